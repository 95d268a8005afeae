"""Research communities (venues and vocabulary) and institutions (by region)."""

from __future__ import annotations

import random
from bisect import bisect_right
from dataclasses import dataclass

from bench.synth.sampling import Table, choice
from bench.synth.tables.places import INSTITUTIONS
from bench.synth.tables.topics import AREAS, BIG_SCIENCE, MODIFIERS


@dataclass
class Community:
    """A research community: its venues and vocabulary, both with preference weights."""

    venues: Table
    terms: list[str]
    term_cum: list[float]

    def term(self, rng: random.Random) -> str:
        return self.terms[bisect_right(self.term_cum, rng.random() * self.term_cum[-1])]


def communities(
    count: int, seed: int, areas: tuple[tuple[str, str], ...] = AREAS
) -> list[Community]:
    """`count` ordinary communities (area = index mod the areas), then the big-science one."""
    rng = random.Random(f"namesake-synth/{seed}/communities")
    out = []
    for index in range(count):
        terms_text, venues_text = areas[index % len(areas)]
        out.append(_community(rng, terms_text, venues_text, specific=index >= len(areas)))
    out.append(_community(rng, *BIG_SCIENCE, specific=False))
    return out


def _community(rng: random.Random, terms_text: str, venues_text: str, specific: bool) -> Community:
    terms = terms_text.split("; ")
    rng.shuffle(terms)
    if specific:  # a sub-community: its own terms first, then the area's
        own = [f"{choice(rng, MODIFIERS)} {t}" for t in rng.sample(terms, 6)]
        terms = own + terms
    cum, total = [], 0.0
    for rank in range(len(terms)):
        total += 1.0 / (rank + 3) ** 0.9
        cum.append(total)
    venues = venues_text.split("; ")
    rng.shuffle(venues)
    return Community(Table([(v, 1.0 / (k + 1)) for k, v in enumerate(venues)]), terms, cum)


def institutions() -> tuple[list[str], dict[str, list[int]]]:
    """Every institution's name (by number), and the numbers of each region's institutions."""
    names: list[str] = []
    regions: dict[str, list[int]] = {}
    for region, text in INSTITUTIONS.items():
        for name in text.split("; "):
            regions.setdefault(region, []).append(len(names))
            names.append(name)
    return names, regions
