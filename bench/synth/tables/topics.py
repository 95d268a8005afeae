"""Topics: 16 areas (terms; venues), the collaboration physics of the mega papers, and the
words of titles."""

from __future__ import annotations

AREAS: tuple[tuple[str, str], ...] = (
    (
        "neural networks; deep learning; reinforcement learning; representation learning; graph "
        "neural networks; transformers; generative models; variational inference; Bayesian "
        "optimization; kernel methods; meta-learning; few-shot learning; contrastive learning; "
        "self-supervised learning; federated learning; domain adaptation; active learning; online "
        "learning; multi-armed bandits; stochastic gradient descent; adversarial robustness; "
        "model compression; knowledge distillation; neural architecture search; causal inference; "
        "Gaussian processes; diffusion models; uncertainty estimation; continual learning; "
        "imitation learning; policy optimization; language models",
        "ICML; NeurIPS; ICLR; AISTATS; J. Mach. Learn. Res.; Mach. Learn.; UAI; AAAI",
    ),
    (
        "image classification; object detection; semantic segmentation; instance segmentation; "
        "pose estimation; image generation; image super-resolution; video understanding; action "
        "recognition; visual tracking; 3D reconstruction; point clouds; stereo matching; optical "
        "flow; depth estimation; face recognition; person re-identification; visual question "
        "answering; image captioning; scene understanding; visual localization; image retrieval; "
        "vision transformers; neural radiance fields; anomaly detection; image denoising; medical "
        "image analysis; remote sensing images; low-light enhancement",
        "CVPR; ICCV; ECCV; BMVC; IEEE Trans. Pattern Anal. Mach. Intell.; Int. J. Comput. Vis.; "
        "IEEE Trans. Image Process.; WACV",
    ),
    (
        "machine translation; named entity recognition; sentiment analysis; question answering; "
        "text summarization; dialogue systems; language modeling; relation extraction; dependency "
        "parsing; word embeddings; text classification; information extraction; coreference "
        "resolution; semantic parsing; reading comprehension; natural language inference; "
        "cross-lingual transfer; speech recognition; knowledge graphs; event extraction; text "
        "generation; low-resource languages; prompt learning; instruction tuning; argument "
        "mining; entity linking; topic models; hate speech detection",
        "ACL; EMNLP; NAACL-HLT; COLING; Trans. Assoc. Comput. Linguistics; Comput. Linguistics; "
        "EACL; LREC",
    ),
    (
        "query optimization; query processing; transaction processing; concurrency control; index "
        "structures; data integration; data cleaning; entity resolution; stream processing; graph "
        "databases; spatial databases; time series; data provenance; approximate query "
        "processing; distributed databases; key-value stores; column stores; schema matching; "
        "data lakes; crowdsourcing; skyline queries; join algorithms; learned indexes; query "
        "languages; storage engines; data versioning; uncertain data; workload management",
        "SIGMOD Conference; Proc. VLDB Endow.; ICDE; EDBT; VLDB J.; CIDR; DASFAA; IEEE Trans. "
        "Knowl. Data Eng.",
    ),
    (
        "recommender systems; collaborative filtering; information retrieval; web search; "
        "learning to rank; link prediction; community detection; graph mining; frequent pattern "
        "mining; clustering; outlier detection; social networks; click models; query suggestion; "
        "user modeling; network embedding; knowledge graph completion; text mining; "
        "spatio-temporal data; session-based recommendation; conversational search; fairness; "
        "matrix factorization; heterogeneous information networks; influence maximization; "
        "trajectory mining",
        "KDD; WSDM; SIGIR; WWW; ICDM; CIKM; SDM; RecSys",
    ),
    (
        "software-defined networking; congestion control; wireless networks; network function "
        "virtualization; data center networks; routing protocols; mobile edge computing; Internet "
        "of Things; network measurement; content delivery; peer-to-peer networks; vehicular "
        "networks; wireless sensor networks; traffic engineering; network verification; 5G "
        "networks; video streaming; packet scheduling; interdomain routing; mobile computing; "
        "indoor localization; programmable switches; satellite networks",
        "SIGCOMM; INFOCOM; NSDI; IEEE/ACM Trans. Netw.; MobiCom; CoNEXT; IMC; Comput. Networks",
    ),
    (
        "malware detection; intrusion detection; side channels; fuzzing; access control; "
        "authentication; differential privacy; secure multiparty computation; homomorphic "
        "encryption; blockchain; smart contracts; web security; binary analysis; vulnerability "
        "detection; cryptographic protocols; attribute-based encryption; phishing; anonymity; "
        "trusted execution; password security; botnets; software supply chain; membership "
        "inference",
        "IEEE Symposium on Security and Privacy; CCS; USENIX Security Symposium; NDSS; ESORICS; "
        "IEEE Trans. Dependable Secur. Comput.; IEEE Trans. Inf. Forensics Secur.; ACSAC",
    ),
    (
        "approximation algorithms; graph algorithms; complexity theory; randomized algorithms; "
        "online algorithms; parameterized complexity; streaming algorithms; property testing; "
        "combinatorial optimization; computational geometry; communication complexity; lower "
        "bounds; submodular maximization; matching; network flows; hardness of approximation; "
        "distributed algorithms; sublinear algorithms; algorithmic game theory; mechanism design; "
        "quantum algorithms; pseudorandomness; coding theory; linear programming; spectral graph "
        "theory; metric embeddings",
        "STOC; FOCS; SODA; ICALP; SIAM J. Comput.; J. ACM; APPROX-RANDOM; ESA",
    ),
    (
        "program repair; test generation; code review; software testing; static analysis; "
        "symbolic execution; mutation testing; regression testing; code clones; technical debt; "
        "requirements engineering; software architecture; continuous integration; mining software "
        "repositories; defect prediction; code search; code completion; API usage; refactoring; "
        "software evolution; developer productivity; microservices; model-driven engineering; "
        "software maintenance; bug localization",
        "ICSE; ESEC/SIGSOFT FSE; ASE; ISSTA; IEEE Trans. Software Eng.; Empir. Softw. Eng.; MSR; "
        "ICSME",
    ),
    (
        "operating systems; file systems; virtual machines; cloud computing; serverless "
        "computing; distributed storage; consensus protocols; fault tolerance; GPU computing; "
        "cache coherence; memory systems; processor design; hardware accelerators; energy "
        "efficiency; job scheduling; big data processing; persistent memory; performance "
        "modeling; network stacks; datacenter scheduling; transactional memory; branch "
        "prediction; dataflow systems; resource management; deep learning systems",
        "OSDI; SOSP; ASPLOS; ISCA; MICRO; EuroSys; USENIX ATC; HPCA",
    ),
    (
        "user interfaces; visualization; accessibility; social computing; virtual reality; "
        "augmented reality; user studies; interaction techniques; mobile interaction; eye "
        "tracking; haptics; collaborative work; computer-supported learning; health informatics; "
        "older adults; children; conversational agents; gesture recognition; usability; "
        "participatory design; wearable devices; information visualization; explainable "
        "interfaces",
        "CHI; UIST; CSCW; IUI; ACM Trans. Comput. Hum. Interact.; IEEE Trans. Vis. Comput. "
        "Graph.; DIS; Int. J. Hum. Comput. Stud.",
    ),
    (
        "motion planning; robot manipulation; grasping; legged locomotion; simultaneous "
        "localization and mapping; multi-robot systems; path planning; visual servoing; "
        "human-robot interaction; autonomous driving; trajectory optimization; model predictive "
        "control; sensor fusion; aerial robots; soft robots; state estimation; collision "
        "avoidance; exoskeletons; robot learning; swarm robotics; task planning",
        "ICRA; IROS; Robotics: Science and Systems; IEEE Trans. Robotics; Int. J. Robotics Res.; "
        "IEEE Robotics Autom. Lett.; Auton. Robots",
    ),
    (
        "protein structure prediction; gene expression; sequence alignment; genome assembly; "
        "single-cell sequencing; drug discovery; protein-protein interaction; phylogenetics; "
        "metagenomics; variant calling; biological networks; gene regulatory networks; molecular "
        "docking; cancer genomics; RNA secondary structure; epigenomics; biomedical text mining; "
        "precision medicine; microbiome; disease prediction",
        "Bioinform.; ISMB; RECOMB; BMC Bioinform.; PLoS Comput. Biol.; Briefings Bioinform.; IEEE "
        "ACM Trans. Comput. Biol. Bioinform.",
    ),
    (
        "rendering; global illumination; physically based simulation; mesh processing; geometry "
        "processing; texture synthesis; character animation; motion capture; point-based "
        "graphics; shape analysis; subdivision surfaces; fluid simulation; ray tracing; "
        "image-based rendering; procedural modeling; sketch-based modeling; 3D printing; cloth "
        "simulation; level of detail; soft shadows",
        "ACM Trans. Graph.; SIGGRAPH; Comput. Graph. Forum; Eurographics; Comput. Graph.; Vis. "
        "Comput.",
    ),
    (
        "channel estimation; massive MIMO; beamforming; compressed sensing; sparse recovery; "
        "resource allocation; power control; cognitive radio; millimeter wave; intelligent "
        "reflecting surfaces; speech enhancement; array processing; radar signal processing; "
        "source separation; physical layer security; NOMA; OFDM; spectrum sensing; graph signal "
        "processing; adaptive filtering; wireless power transfer; UAV communications",
        "ICASSP; IEEE Trans. Signal Process.; GLOBECOM; ICC; IEEE Trans. Wirel. Commun.; IEEE "
        "Trans. Commun.; IEEE Signal Process. Lett.; IEEE J. Sel. Areas Commun.",
    ),
    (
        "type systems; program verification; compilers; program synthesis; abstract "
        "interpretation; garbage collection; concurrency; memory models; dependent types; "
        "separation logic; gradual typing; just-in-time compilation; domain-specific languages; "
        "program analysis; effect systems; model checking; probabilistic programming; incremental "
        "computation; parallel programming; functional programming; language semantics",
        "PLDI; POPL; OOPSLA; ICFP; ECOOP; CAV; CGO; ESOP",
    ),
)
BIG_SCIENCE = (
    "higher-order corrections; dark matter searches; gravitational waves; neutrino oscillations; "
    "Higgs boson; top quark production; cosmic rays; jet substructure; supersymmetry searches; "
    "B-physics; heavy-ion collisions; cosmological parameters; galaxy surveys; exoplanets; "
    "gamma-ray bursts; detector calibration; trigger systems; event reconstruction; luminosity "
    "measurement; particle identification; lepton flavour; dark energy",
    "CoRR; Phys. Rev. D; J. High Energy Phys.; Eur. Phys. J. C; Astrophys. J.; Phys. Rev. Lett.; "
    "Comput. Phys. Commun.",
)
MODIFIERS = (
    "federated; quantum; streaming; temporal; multi-modal; large-scale; decentralized; "
    "explainable; probabilistic; incremental; hierarchical; neural; semantic; interactive; "
    "real-time; lightweight; collaborative; cross-domain; multi-agent; edge"
).split("; ")
METHOD_WORDS = (
    "Efficient; Scalable; Robust; Fast; Adaptive; Provable; Unified; Practical; Distributed; "
    "Interpretable; Lightweight; Hierarchical; Incremental; Privacy-Preserving; Energy-Efficient; "
    "Accurate; Automated; Dynamic; Generalized; Optimal; Sparse; Secure; Learning-Based; "
    "Data-Driven; Fine-Grained"
).split("; ")
PROPERTY_WORDS = (
    "Complexity; Limits; Robustness; Convergence; Power; Role; Effectiveness; Hardness; "
    "Generalization; Stability; Design; Evaluation"
).split("; ")
STUDY_WORDS = ("Case Study; Survey; Benchmark; Empirical Study; Framework; New Perspective").split(
    "; "
)
SYSTEM_SUFFIXES = "Net Former Flow Opt Bench Gen Scope Lens Fuse DB Guard Mind".split()
TITLE_TEMPLATES = (
    "{M} {A} for {B}",
    "{A} via {B}",
    "Towards {M} {A}",
    "On the {P} of {A}",
    "{M} {A} with {B}",
    "Learning {A} from {B}",
    "{A} and {B}: A {S}",
    "{X}: {M} {A} for {B}",
    "Improving {A} with {B}",
    "{A} in {B}: A {S}",
    "Rethinking {A} for {B}",
    "{M} {A}",
)
SMALL_WORDS = frozenset("a an and for from in of on the to via with".split())
# The fields of the physics-shaped profile (bench/synth/physics.py): terms; venues.
PHYSICS_AREAS: tuple[tuple[str, str], ...] = (
    (
        "galaxy evolution; stellar populations; star formation; active galactic nuclei; "
        "galaxy clusters; interstellar medium; molecular clouds; spectral energy distributions; "
        "high-redshift galaxies; galaxy mergers; dust emission; metallicity gradients",
        "Astrophys. J.; Mon. Not. R. Astron. Soc.; Astron. Astrophys.; Astron. J.",
    ),
    (
        "cosmic microwave background; dark energy; large-scale structure; weak lensing; "
        "baryon acoustic oscillations; cosmological simulations; primordial non-gaussianity; "
        "reionization; galaxy surveys; photometric redshifts; cosmological parameters",
        "J. Cosmol. Astropart. Phys.; Phys. Rev. D; Mon. Not. R. Astron. Soc.; Astrophys. J.",
    ),
    (
        "exoplanets; transit photometry; radial velocities; protoplanetary disks; planet "
        "formation; debris disks; brown dwarfs; stellar activity; asteroseismology; binary stars",
        "Astron. J.; Astron. Astrophys.; Astrophys. J. Lett.; Icarus",
    ),
    (
        "gamma-ray bursts; neutron stars; black hole binaries; supernova remnants; pulsars; "
        "gravitational waves; accretion disks; relativistic jets; cosmic rays; magnetars",
        "Astrophys. J.; Phys. Rev. Lett.; Mon. Not. R. Astron. Soc.; Astropart. Phys.",
    ),
    (
        "solar flares; coronal mass ejections; solar wind; magnetic reconnection; sunspots; "
        "helioseismology; chromosphere; space weather; coronal heating",
        "Sol. Phys.; Astrophys. J.; Astron. Astrophys.; J. Geophys. Res.",
    ),
    (
        "detector calibration; adaptive optics; spectrographs; interferometry; radio telescopes; "
        "data pipelines; survey instrumentation; photometric calibration; CCD detectors",
        "Proc. SPIE; Publ. Astron. Soc. Pac.; Astron. Comput.; J. Astron. Telesc. Instrum. Syst.",
    ),
)
