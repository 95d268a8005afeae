"""The pure parts of the resolution: hard rules, seed re-splits, ids and scores (the merge:
test_agglomerate.py)."""

from __future__ import annotations

from graph.resolution.agglomerate import Cluster
from graph.resolution.constraints import Curated, Spellings, broken, resplit
from graph.resolution.features import (
    TITLE,
    MentionFacts,
    title_terms,
    topic_terms,
    venue_words,
)
from graph.resolution.persons import assign_ids, content_id, seed_score


def fact(
    key: str, paper: str, suffix: str | None = None, orcid: str | None = None, name: str = "Han Cai"
) -> MentionFacts:
    return MentionFacts(
        key=key, group="g", paper=paper, name=name, seed=0, suffix=suffix, orcid=orcid
    )


# Blocking chains these three into one group: the first is compatible with both others.
PHILIP, CHAO, CAILIAN = "C. L. Philip Chen", "Chao Chen", "Cailian Chen"


def test_spellings_keep_incompatible_names_apart() -> None:
    spellings = Spellings([CHAO, PHILIP, CAILIAN, CHAO])
    chao, philip, cailian = (spellings.bit[n] for n in (CHAO, PHILIP, CAILIAN))
    assert spellings.apart(chao, cailian) and spellings.apart(cailian, chao)
    assert not spellings.apart(chao, philip) and not spellings.apart(philip, cailian)
    assert spellings.apart(chao | philip, cailian)
    # A pair that one side already holds (joined by a must-link, e.g. one ORCID) is not new.
    assert not spellings.apart(chao | cailian, chao) and not spellings.apart(chao, chao)


def test_seed_with_incompatible_names_is_resplit() -> None:
    members = [
        fact("a", "p1", name=CHAO),
        fact("b", "p2", name=PHILIP),
        fact("c", "p3", name=CAILIAN),
        fact("d", "p4", name=CAILIAN),
    ]
    assert broken(members, set()) and not broken(members[:2], set())
    links = [("a", "b", 3.0), ("b", "c", 2.0), ("c", "d", 1.0)]
    parts = resplit(members, links, set(), must_weight=100.0)
    assert sorted(sorted(p) for p in parts) == [["a", "b"], ["c", "d"]]
    one_orcid = resplit(members, [("a", "c", 100.0), *links], set(), must_weight=100.0)
    assert len(one_orcid) == 1  # a must-link still joins


def test_broken_seed_is_resplit_along_its_strongest_links() -> None:
    members = [fact("a", "p1"), fact("b", "p2"), fact("c", "p1")]  # a and c share a paper
    assert broken(members, set())
    parts = resplit(members, [("a", "b", 5.0), ("b", "c", 1.0)], set(), must_weight=100.0)
    assert sorted(sorted(p) for p in parts) == [["a", "b"], ["c"]]
    curated = resplit(
        [fact("a", "p1"), fact("b", "p2")],
        [("a", "b", 100.0)],
        {frozenset(("a", "b"))},
        must_weight=100.0,
    )
    assert len(curated) == 2  # a curator's split beats even a must-link


def test_curations_become_constraints() -> None:
    rows = [
        {
            "about": [
                {"mention": "a", "role": "subject"},
                {"mention": "b", "role": "with"},
                {"mention": "c", "role": "against"},
            ]
        }
    ]
    curated = Curated.from_rows(rows)
    assert curated.together == [{"a", "b"}] and curated.apart == {frozenset(("a", "c"))}


def test_ids_follow_the_largest_overlap_and_new_ids_depend_on_content() -> None:
    facts = {k: fact(k, f"paper-{k}") for k in "abcde"}
    clusters = [Cluster(["a", "b", "c"], set()), Cluster(["d"], set()), Cluster(["e"], set())]
    previous = {"a": "p-old", "b": "p-old", "d": "p-old", "e": "p-other"}
    ids = assign_ids(clusters, previous, facts)
    assert ids[0] == "p-old" and ids[2] == "p-other"
    assert ids[1] == assign_ids([Cluster(["d"], set())], {}, facts)[0] != "p-old"
    assert content_id(["x", "y"]) == content_id(["y", "x"])


def test_scores() -> None:
    assert seed_score(0.0) == 1.0 and 0.99 < seed_score(6.0) < 1.0


def test_terms() -> None:
    assert title_terms("Learning Networks for Graphs") == {"learn", "network", "graph"}
    assert venue_words("dblp:conf/gecco") == {"gecco"}


def test_keywords_are_topic_terms_beside_the_title() -> None:
    assert topic_terms("Learning Networks", ["graph mining", "Networks"]) == {
        "learn",
        "network",
        "graph",
        "mining",
    }
    assert topic_terms(None, None) == frozenset()
    with_keywords = MentionFacts(
        key="m",
        group="g",
        paper="p",
        name="Han Cai",
        seed=0,
        title="Learning Networks",
        keywords=("graph mining",),
    )
    assert with_keywords.terms()[TITLE] == {"learn", "network", "graph", "mining"}
    row = {
        "key": "m",
        "paper": "p",
        "name": "Han Cai",
        "seed": 0,
        "title": None,
        "keywords": None,
        "venue_key": None,
        "venue": None,
        "year": None,
        "affiliation": None,
        "suffix": None,
        "orcid": None,
        "coauthors": [],
    }
    assert MentionFacts.from_row(row, "g").keywords == ()


def test_a_mention_row_gives_its_coauthors_and_their_communities():
    row = {
        "key": "m",
        "paper": "p",
        "name": "Han Cai",
        "seed": 0,
        "suffix": None,
        "orcid": None,
        "coauthors": [["song han", "0001", 7], ["ligeng zhu", None, None], ["song han", None, 7]],
    }
    facts = MentionFacts.from_row(row, "g")
    assert facts.coauthors == (("song han", "0001"), ("ligeng zhu", None), ("song han", None))
    assert facts.communities == (7, 7)  # one per coauthor in a community, as counts
