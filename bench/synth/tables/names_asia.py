"""Name tables of the Chinese, Korean, Japanese, Indian, Vietnamese and Middle-Eastern origins.
Real frequencies where known (shares in percent), Zipf weights otherwise."""

from __future__ import annotations

from bench.synth.tables.weights import shares, zipf

CN_FAMILY = shares(
    "Wang 7.6, Li 7.4, Zhang 6.9, Liu 5.4, Chen 4.6, Yang 3.1, Huang 2.3, Zhao 2.2, Wu 2.0, "
    "Zhou 1.9, Xu 1.6, Sun 1.5, Ma 1.3, Zhu 1.2, Hu 1.2, Guo 1.1, He 1.1, Gao 1.0, Lin 1.0, "
    "Luo 0.9, Zheng 0.9, Liang 0.8, Xie 0.7, Song 0.6, Tang 0.6, Han 0.6, Feng 0.6, Deng 0.6, "
    "Cao 0.5, Peng 0.5, Zeng 0.5, Xiao 0.5, Tian 0.5, Dong 0.5, Pan 0.5, Yuan 0.4, Cai 0.4, "
    "Jiang 0.9, Yu 0.7, Du 0.4, Ye 0.4, Cheng 0.4, Wei 0.3, Su 0.3, Lu 0.6, Ding 0.3, Ren 0.3, "
    "Shen 0.3, Yao 0.3, Fan 0.3, Fu 0.3, Zhong 0.3, Jin 0.3, Qian 0.2, Dai 0.2, Xia 0.2, "
    "Qiu 0.2, Hou 0.2, Shi 0.3, Bai 0.2, Cui 0.2, Qin 0.2, Yin 0.2, Gu 0.2, Kong 0.1, Kang 0.1, "
    "Mao 0.1, Xiong 0.1, Meng 0.1, Qi 0.1, Xue 0.1, Lei 0.1, Hao 0.1, Duan 0.1, Wen 0.1, "
    "Fang 0.1, Chang 0.1, Niu 0.05, Lai 0.05, Tan 0.1, Zou 0.1, Yan 0.2, Wan 0.05"
)
CN_GIVEN = zipf(
    "Wei Jun Lei Yang Jing Hui Min Tao Jie Bin Yan Hao Qiang Peng Xin Yu Li Ming Fei Gang Chao "
    "Lin Bo Yi Feng Hong Ying Jian Ning Kai Dong Yong Liang Rui Xu Juan Na Qi Long Zhen Hua "
    "Ping Yue Le Lu Chen Yun Jia Yuan Wen Heng Zhi Xiang Dan Shuai Song Cheng Ke Jin Fang Guang "
    "Han Tong Xi Ye Meng Yao Kun Lan Ting Shan Bing Zheng Hai Jiang Liu",
    s=1.0,
    k0=3,
)
CN_SYLLABLE_1 = zipf(
    "Xiao Jian Zhi Wei Yu Jia Hong Xin Zhen Guo Hai Ming Hui Yong Jun Chun Li Xue Yi Zi Hao "
    "Jing Shu Wen Yan Ya Qing Rui Lin Si Ke Kai Jin Shao Guang De Bao Cheng Zhong Tian Meng "
    "Dong Yun Xiang Feng Ling Ruo Bo Jie Qi Shi Chang Mei Ze Yuan Han Hua An Bai Bei Can Ce "
    "Chao Chen Chu Cong Da Dan Deng Di Fan Fang Fei Gang Gao Ge Geng Gui Hang Heng Huai Huan "
    "Jiao Jiang Kang Lan Lei Liang Lu Man Miao Min Mu Nan Ning Pei Peng Qian Qiao Qin Rong Ru "
    "Sen Shan Shang Shen Sheng Shuang Song Tao Ting Wan Xi Xia Xian Xu Xuan Yang Yao Ye Yin "
    "Ying You Yue Zhan Zhao Zhe Zheng Zhu Zhuo Zong",
    s=0.6,
    k0=4,
)
CN_SYLLABLE_2 = zipf(
    "Ming Hua Wei Jun Yu Jie Hong Ying Xin Li Feng Qiang Yang Peng Bin Hao Lin Tao Yi Qing Jing "
    "Long Fei Dong Gang Jian Hui Ping Yan Rong Chen Bo Kai Liang Zhi Yuan Ran Han Xuan Hang "
    "Tian Yue Wen Lei Ning Kun Jiang Fan Chao Heng Rui Sheng Song An Bai Biao Can Cheng Chong "
    "Chuan Da Dan De Di Duo Fang Ge Guang Hai Hu Huai Huan Jia Jin Jiu Ju Jue Kang Ke Lan Le "
    "Ling Lu Man Mao Mei Meng Miao Min Nan Pei Qi Qian Qiao Qin Quan Ru Shan Shu Shuang Si Tai "
    "Ting Xi Xia Xiang Xiao Xu Xue Ya Yao Ye Yin Yong You Yun Ze Zhan Zhao Zhe Zhen Zheng Zhong "
    "Zhou Zhu Zi",
    s=0.6,
    k0=4,
)
KR_FAMILY = shares(
    "Kim 21.5, Lee 14.7, Park 8.4, Choi 4.7, Jung 4.3, Kang 2.3, Cho 2.1, Yoon 2.1, Jang 2.0, "
    "Lim 1.7, Han 1.5, Oh 1.5, Seo 1.5, Shin 1.5, Kwon 1.4, Hwang 1.4, Ahn 1.3, Song 1.3, "
    "Yoo 1.2, Hong 1.1, Jeon 1.1, Ko 0.9, Moon 0.9, Yang 0.9, Son 0.9, Bae 0.8, Baek 0.8, "
    "Heo 0.6, Nam 0.5, Noh 0.4, Ha 0.4, Kwak 0.4, Sung 0.3, Cha 0.3, Joo 0.3, Woo 0.3"
)
KR_SYLLABLE_1 = zipf(
    "Min Jae Sung Ji Hyun Young Jin Seung Dong Jung Sang Kyung Hye Eun Yong Joon Tae Kwang Jong "
    "Hyung Chang Won Seok Hee Hong Byung Su Woo Ho Yeon Kyu Chul Do",
    s=0.8,
    k0=3,
)
KR_SYLLABLE_2 = zipf(
    "Soo Ho Hyun Jin Woo Min Young Hee Jun Seok Hoon Sik Won Kyu Chul Yeon Ki Ha Eun Bin Jae "
    "Sung Il Gu Hwan Joon Wook Hyuk Kyung Sun",
    s=0.8,
    k0=3,
)
JP_FAMILY = zipf(
    "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
    "Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Saito Yamazaki Mori Abe Ikeda "
    "Hashimoto Ishikawa Ogawa Okada Hasegawa Fujita Goto Kondo Murakami Endo Aoki Sakamoto "
    "Nishimura Fukuda Ota Miura Fujii Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura "
    "Takeuchi Kaneko Wada Nakayama Ishii Ueda Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki "
    "Miyamoto Uchida Takagi",
    s=0.7,
    k0=3,
)
JP_GIVEN = zipf(
    "Hiroshi Takashi Kenji Yuki Satoshi Akira Makoto Naoki Koji Tetsuya Yusuke Daisuke "
    "Kazuhiro Masahiro Takeshi Shinji Yoshihiro Hideki Kenichi Ryo Shota Kazuki Takuya Tomoya "
    "Keisuke Hiroki Yuta Daiki Masato Nobuhiro Atsushi Toshiyuki Yasuhiro Kentaro Yoko Naoko "
    "Keiko Ayumi Yui Mai Haruka Kaori Tomoko Akiko Shigeru Tsuyoshi Junichi Masashi Kei Sho",
    s=0.7,
    k0=3,
)
IN_FAMILY = shares(
    "Kumar 10, Singh 8, Sharma 6, Gupta 4, Patel 3, Reddy 3, Rao 3, Jain 2, Shah 2, "
    "Agarwal 2, Verma 2, Mishra 2, Das 2, Nair 1.5, Iyer 1, Mehta 1, Joshi 1.5, Chatterjee 1, "
    "Banerjee 1, Mukherjee 1, Srinivasan 1, Krishnan 1, Bhat 1, Pandey 1.5, Yadav 1, "
    "Chaudhary 1, Saxena 1, Menon 0.7, Pillai 0.7, Ghosh 1.2, Sinha 1, Tiwari 1, Dubey 0.7, "
    "Malhotra 0.6, Kapoor 0.6, Bose 0.6, Sen 0.8, Dutta 0.8, Roy 1, Chakraborty 1, "
    "Bhattacharya 1, Naidu 0.5, Prasad 1, Goyal 0.6, Arora 0.7, Garg 0.7, Bansal 0.6, "
    "Mittal 0.6, Kulkarni 0.8, Desai 0.8, Kaur 0.8, Chandra 0.6, Mohan 0.6, Raman 0.6, "
    "Subramanian 0.8, Venkatesan 0.5, Ramaswamy 0.4, Krishnamurthy 0.4, Narayanan 0.5, "
    "Balasubramanian 0.4, Sundaram 0.4, Rajan 0.4, Shukla 0.6, Srivastava 0.8, Tripathi 0.6, "
    "Rathore 0.3, Chauhan 0.5, Thakur 0.5, Hegde 0.4, Shetty 0.4, Kamath 0.3, Pai 0.3"
)
IN_GIVEN = zipf(
    "Amit Rahul Rajesh Sanjay Anil Sunil Vijay Ravi Arun Ashok Manoj Suresh Ramesh Deepak "
    "Vikas Ajay Rohit Nitin Abhishek Sandeep Arjun Ankit Gaurav Saurabh Pankaj Prakash Mukesh "
    "Alok Sachin Vivek Rakesh Dinesh Naveen Praveen Srinivas Venkatesh Karthik Krishna Harish "
    "Priya Pooja Neha Anjali Shweta Deepika Kavita Sunita Swati Divya Aditi Ritu Meera Lakshmi "
    "Anand Sumit Rajiv Sudhir Ashish Vinod Sanjeev Yogesh Hemant Aravind Balaji Ganesh "
    "Kiran Mahesh Nikhil Pradeep Raghav Siddharth Tarun Varun",
    s=0.6,
    k0=4,
)
VN_FAMILY = shares(
    "Nguyen 38, Tran 11, Le 9.5, Pham 7, Hoang 5, Phan 4.5, Vu 3.9, Dang 2.1, Bui 2, Do 1.4, "
    "Ho 1.3, Ngo 1.3, Duong 1, Ly 0.5, Truong 1, Dinh 1, Lam 0.5, Mai 0.5, Cao 0.5"
)
VN_MIDDLE = zipf("Van Thi Duc Quoc Minh Thanh Ngoc Huu Hong Xuan Anh Viet", s=0.8, k0=2)
VN_GIVEN = zipf(
    "Minh Anh Hung Tuan Dung Hai Long Nam Quang Thanh Trung Huy Khoa Phuong Linh Hoa Thu Hieu "
    "Duc Son Thang Cuong Hoang Binh Tam Vinh Khanh Phong Tien Quan Dat Kien Tai Nhat Bao Thao "
    "Ha Trang",
    s=0.8,
    k0=3,
)
ME_FAMILY = zipf(
    "Ahmed Ali Khan Hassan Mohammadi Hosseini Rezaei Ahmadi Karimi Yılmaz Kaya Demir Şahin "
    "Çelik Aydın Öztürk Rahman Hussain Abdullah Ibrahim Mahmoud Salem Haddad Nasser Saleh "
    "Mansour Hamdan Farouk Aziz Sadeghi Moradi Jafari Ghorbani Tehrani Akbari Kılıç Arslan Doğan "
    "Özdemir Koç Kurt Aslan Yıldız Erdem Hamidi Rashidi Shams Zaki Khalil Youssef Ashraf",
    s=0.7,
    k0=4,
)
ME_GIVEN = zipf(
    "Mohammad Mohammed Ahmed Ali Omar Hassan Hussein Mahmoud Mustafa Mehmet Ahmet Emre Reza "
    "Amir Hamid Fatemeh Sara Maryam Zahra Yusuf Ibrahim Khaled Tarek Karim Samir Walid Nabil "
    "Hesham Murat Özgür Burak Mehdi Hossein Saeed Majid Ehsan Fatma Elif Zeynep Ayşe Layla Nour",
    s=0.7,
    k0=4,
)

# The long tail of rare surnames (and Japanese given names) of the other origins: stem + ending.
RARE_PARTS: dict[str, tuple[str, str]] = {
    "in": (
        "Venkata Subra Krishna Rama Srini Bala Chandra Gopala Nara Siva Hari Raghu Sundara "
        "Vasu Ananda Padma Jaya Vijaya Raja Deva Shiva Mukh Chakra Bhatta Ganga Parthasa Saty "
        "Kali Sara Pras",
        "murthy swamy nathan raman krishnan subramanian moorthy sekaran chari rajan velu sami "
        "varma kar jee charya nath pati",
    ),
    "jp": (
        "Yama Naka Taka Matsu Ishi Ta Ko Mori Ha Fuji Kawa Sa Ono Hashi Kita Nishi Higashi "
        "Minami Ao Kuro Shira Ike Hira Sugi Hoshi",
        "kawa moto mura da ta no saki zaki shita hara yama uchi gawa oka kura be ki shima zawa",
    ),
    "jp_given": (
        "Hiro Taka Masa Kazu Yoshi Nobu Toshi Shin Ken Ryo Dai Yu Ko Sho Tomo Aki Nao "
        "Kei Mitsu Tetsu",
        "shi ki ya to ro ta hiro nori yuki aki suke hiko kazu o",
    ),
    "me": (
        "Mohammad Hossein Rahim Karim Hasan Jafar Ahmad Ali Abbas Reza Kazem Nasr Sadegh "
        "Yusuf Ozer Akin Bay Kara Ak Gul Tas Demir Yil Sar Er Khos Ghaf Mir Shir Bah",
        "i zadeh pour nejad far an oglu ci kaya tas demir abadi ian ani",
    ),
}
