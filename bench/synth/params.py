"""Every knob of the generator, in one frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Params:
    """Every knob of the generator. The defaults are the DBLP-like corpus of the benchmarks."""

    first_year: int = 1980
    last_year: int = 2024
    growth: float = 0.07  # papers per year multiply by e^growth each year
    # Team sizes: P(1..8) as in DBLP's recent years, then a power-law tail up to team_tail_max.
    team_head: tuple[float, ...] = (0.11, 0.22, 0.22, 0.17, 0.11, 0.07, 0.045, 0.03)
    team_tail_exponent: float = 2.5
    team_tail_max: int = 150
    mega_rate: float = 0.001  # share of papers with mega_min..mega_max authors
    mega_min: int = 200
    mega_max: int = 1000
    mega_first_year: int = 2000
    # People per collaboration (about half active in a given year): collaboration_share of
    # the rest of the population, within collaboration_min..collaboration_max. Small corpora
    # thus have smaller collaborations, and smaller mega papers (at most the active members).
    collaboration_share: float = 0.05
    collaboration_min: int = 600
    collaboration_max: int = 2600
    papers_per_collaboration: int = 250  # one collaboration per this many mega papers
    # Population and careers.
    mentions_per_person_year: float = 1.4  # sets how many people carry the slots
    papers_per_community: int = 8000
    min_communities: int = 16  # every area has a community
    max_communities: int = 200
    community_zipf: float = 0.7  # community sizes ~ rank^-community_zipf
    career_median: float = 4.0  # years, lognormal
    career_sigma: float = 0.9
    career_max: int = 45
    head_share: float = 0.07  # lab heads among people
    head_career: tuple[int, int] = (12, 40)  # uniform
    rate_sigma: float = 1.0  # productivity, lognormal around 1,
    rate_clip: float = 3.0  # ... cut at rate_clip sigmas
    head_rate: float = 3.0  # lab heads' productivity factor
    collaboration_rate: float = 0.3  # collaboration members' factor for ordinary papers
    move_share: float = 0.25  # people (career >= 5 years) who change labs once
    # Coauthors of an ordinary paper: the lead's lab head first (head_on_paper), then each slot
    # from past coauthors / lab / community / anyone in these proportions.
    head_on_paper: float = 0.6
    coauthor_sources: tuple[float, float, float, float] = (0.3, 0.4, 0.25, 0.05)
    ties_kept: int = 8  # past coauthors remembered per lead author
    # What the slots show.
    affiliation_shown: float = 0.7
    orcid_people: float = 0.1  # of people starting in orcid_from - 10 or later
    orcid_shown: float = 0.6  # of their slots from orcid_from on
    orcid_from: int = 2013
    keywords_share: float = 0.4
    abstract_share: float = 0.5
    # Names: origin shares of the names drawn (people's shares differ a little: the most
    # shared names are the most common ones, mostly Chinese and Korean), and variant rates per
    # slot (where the variant applies).
    origins: tuple[tuple[str, float], ...] = (
        ("cn", 0.30),
        ("we", 0.42),
        ("in", 0.08),
        ("kr", 0.05),
        ("jp", 0.05),
        ("me", 0.07),
        ("vn", 0.03),
    )
    # People per name: a share of names is carried by 2+ people, their number power-law
    # distributed (P(k >= x) = (x/2)^-(exponent - 1)); the most common real names get the most.
    homonym_share: float = 0.10
    homonym_exponent: float = 3.5
    cn_single_given: float = 0.35  # Chinese given names of one syllable ("Wei")
    rare_surname: float = 0.55  # Western, Indian, Japanese, Middle-Eastern
    # surnames built from parts (the long tail)
    initials_rate: float = 0.02
    reversed_rate: float = 0.03  # Chinese names only
    hyphen_rate: float = 0.06  # two-syllable Chinese and Korean given names
    accent_rate: float = 0.15  # names with accents in either form
    middle_drop_rate: float = 0.08  # Western names with a middle initial


@dataclass(frozen=True)
class PhysicsParams:
    """Every knob of the physics-shaped profile (physics.py): collaborations of a few thousand
    people who sign hundreds of papers with alphabetical author lists of up to `max_authors`,
    small-team papers beside them, and names written "Family, I. J.", so that many people
    share a surname and first initial."""

    first_year: int = 2000
    last_year: int = 2024
    growth: float = 0.05  # papers per year multiply by e^growth each year
    # Collaboration papers: this share of the papers, from collaboration_first_year on, one
    # collaboration per papers_per_collaboration of them (at least one), each of
    # collaboration_members people (uniform) of whom the active ones sign with sign_share.
    collaboration_share: float = 0.018
    collaboration_first_year: int = 2006
    papers_per_collaboration: int = 100
    collaboration_members: tuple[int, int] = (3600, 4400)
    sign_share: float = 0.92
    max_authors: int = 3000
    # Project papers (instrument and survey teams): this share of the papers, by projects of
    # project_members people (with long careers, also writing small-team papers), one per
    # papers_per_project of them; the active members sign with sign_share, the first author
    # drawn among them, the rest alphabetical. Teams under the coauthor limit that sign
    # together again and again: the coauthor evidence of their members grows with the square
    # of their papers.
    project_share: float = 0.05
    papers_per_project: int = 60
    project_members: tuple[int, int] = (30, 90)
    # Small-team papers: sizes 1..8 as in the head, then a power-law tail up to team_tail_max.
    team_head: tuple[float, ...] = (0.07, 0.14, 0.17, 0.16, 0.13, 0.1, 0.07, 0.05)
    team_tail_exponent: float = 2.3
    team_tail_max: int = 60
    # People beside the collaborations: enough for this many small-team slots each, in
    # research groups (an institution each) of about group_size people.
    slots_per_person: float = 5.0
    group_size: int = 8
    career_median: float = 8.0  # years, lognormal
    career_sigma: float = 0.7
    rate_sigma: float = 0.9  # productivity, lognormal around 1
    collaboration_rate: float = 0.3  # members' factor for small-team papers
    # Coauthors of a small-team paper: from the lead's group, the lead's past coauthors, or
    # anyone active, in these proportions.
    coauthor_sources: tuple[float, float, float] = (0.55, 0.3, 0.15)
    ties_kept: int = 10
    # Names: origins of the names drawn (the DBLP tables, at their real frequencies); each
    # written as initials, and this share of the slots of a name with several initials drops
    # all but the first ("Wang, W.-J." -> "Wang, W.").
    origins: tuple[tuple[str, float], ...] = (
        ("cn", 0.18),
        ("we", 0.60),
        ("in", 0.07),
        ("kr", 0.03),
        ("jp", 0.06),
        ("me", 0.04),
        ("vn", 0.02),
    )
    first_initial_only: float = 0.1
    affiliation_shown: float = 0.85
    communities: int = 12
    keywords_share: float = 0.6
    abstract_share: float = 0.8
