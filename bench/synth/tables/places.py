"""Name origins, the regions their labs are in, and the institutions of each region."""

from __future__ import annotations

ORIGINS = ("cn", "we", "in", "kr", "jp", "me", "vn")
# Name origins -> region preferences (where their labs are).
REGION_OF_ORIGIN: dict[str, tuple[tuple[str, float], ...]] = {
    "cn": (("china", 0.58), ("us", 0.22), ("europe", 0.07), ("other", 0.13)),
    "kr": (("korea", 0.62), ("us", 0.28), ("europe", 0.04), ("other", 0.06)),
    "jp": (("japan", 0.82), ("us", 0.10), ("europe", 0.06), ("other", 0.02)),
    "in": (("india", 0.50), ("us", 0.34), ("europe", 0.08), ("other", 0.08)),
    "vn": (("other", 0.40), ("us", 0.30), ("europe", 0.30)),
    "me": (("other", 0.60), ("us", 0.20), ("europe", 0.20)),
    "we": (("us", 0.45), ("europe", 0.45), ("other", 0.10)),
}
INSTITUTIONS: dict[str, str] = {
    "china": "Tsinghua University; Peking University; Zhejiang University; Shanghai Jiao Tong "
    "University; Fudan University; Nanjing University; University of Science and "
    "Technology of China; Harbin Institute of Technology; Wuhan University; Sun Yat-sen "
    "University; Chinese Academy of Sciences; Beihang University; Xidian University; "
    "Huazhong University of Science and Technology; Tianjin University; Southeast "
    "University; Sichuan University; Shandong University; Xi'an Jiaotong University; "
    "Tongji University; Beijing Institute of Technology; Northeastern University, China; "
    "Dalian University of Technology; South China University of Technology; University "
    "of Electronic Science and Technology of China; Chongqing University; Central South "
    "University; Jilin University; Xiamen University; Hunan University; Microsoft "
    "Research Asia; Alibaba Group; Tencent; Huawei Technologies; Baidu Research; "
    "National University of Defense Technology; Beijing University of Posts and "
    "Telecommunications; Northwestern Polytechnical University; East China Normal "
    "University; Renmin University of China",
    "us": "Massachusetts Institute of Technology; Stanford University; Carnegie Mellon "
    "University; University of California, Berkeley; Cornell University; University of "
    "Washington; Georgia Institute of Technology; University of Illinois at "
    "Urbana-Champaign; Princeton University; Harvard University; University of Michigan; "
    "University of Texas at Austin; University of California, Los Angeles; University of "
    "California, San Diego; Columbia University; New York University; University of "
    "Maryland; Purdue University; University of Wisconsin-Madison; University of Southern "
    "California; Yale University; Johns Hopkins University; Pennsylvania State "
    "University; Ohio State University; Northeastern University; Rice University; Duke "
    "University; University of Pennsylvania; Microsoft Research; Google Research; IBM "
    "Research; Meta AI; NVIDIA; Amazon; University of Massachusetts Amherst; Arizona State "
    "University; University of Minnesota; Rutgers University; Stony Brook University; "
    "Virginia Tech; California Institute of Technology; Fermilab; SLAC National "
    "Accelerator Laboratory; Brookhaven National Laboratory",
    "europe": "University of Oxford; University of Cambridge; ETH Zurich; EPFL; Imperial College "
    "London; University College London; University of Edinburgh; Technical University "
    "of Munich; Max Planck Institute for Informatics; KU Leuven; Delft University of "
    "Technology; University of Amsterdam; INRIA; CNRS; Sorbonne Université; Université "
    "Paris-Saclay; Politecnico di Milano; Sapienza University of Rome; University of "
    "Bologna; Universidad Politécnica de Madrid; Universitat Politècnica de Catalunya; "
    "University of Copenhagen; KTH Royal Institute of Technology; Aalto University; "
    "University of Helsinki; Chalmers University of Technology; TU Berlin; RWTH Aachen "
    "University; Karlsruhe Institute of Technology; University of Stuttgart; Saarland "
    "University; TU Wien; University of Zurich; Charles University; Warsaw University "
    "of Technology; University of Lisbon; Trinity College Dublin; University of Oslo; "
    "Lund University; CERN; DESY; INFN",
    "korea": "KAIST; Seoul National University; POSTECH; Yonsei University; Korea University; "
    "Sungkyunkwan University; Hanyang University; UNIST; GIST; Samsung Electronics; "
    "Kyung Hee University; ETRI",
    "japan": "The University of Tokyo; Kyoto University; Osaka University; Tokyo Institute of "
    "Technology; Tohoku University; Nagoya University; Kyushu University; Hokkaido "
    "University; Keio University; Waseda University; NTT; RIKEN; National Institute of "
    "Informatics; University of Tsukuba; KEK",
    "india": "Indian Institute of Technology Bombay; Indian Institute of Technology Delhi; "
    "Indian Institute of Technology Madras; Indian Institute of Technology Kanpur; "
    "Indian Institute of Technology Kharagpur; Indian Institute of Science; IIIT "
    "Hyderabad; Jadavpur University; Anna University; National Institute of Technology "
    "Tiruchirappalli; BITS Pilani; Indian Statistical Institute; Microsoft Research "
    "India; Tata Consultancy Services; Vellore Institute of Technology; Indian "
    "Institute of Technology Roorkee; Indian Institute of Technology Hyderabad",
    "other": "National University of Singapore; Nanyang Technological University; The Chinese "
    "University of Hong Kong; Hong Kong University of Science and Technology; The "
    "University of Hong Kong; City University of Hong Kong; The Hong Kong Polytechnic "
    "University; National Taiwan University; University of Sydney; University of "
    "Melbourne; Monash University; UNSW Sydney; University of Toronto; University of "
    "Waterloo; McGill University; University of British Columbia; Technion; Tel Aviv "
    "University; KAUST; University of São Paulo; Sharif University of Technology; "
    "University of Tehran; Bilkent University; Middle East Technical University; "
    "Boğaziçi University; King Saud University; Cairo University; American University "
    "of Beirut; Vietnam National University; Hanoi University of Science and Technology",
}
