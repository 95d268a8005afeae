"""The people of the physics-shaped profile: names drawn from the DBLP tables at their real
frequencies and written as initials ("Wang, W.-J."), careers, research groups at institutions,
and the collaborations' member lists."""

from __future__ import annotations

import math
import random
from array import array
from collections import Counter
from dataclasses import dataclass, field

from bench.synth.drawer import NameDrawer
from bench.synth.names import NameBook, initials
from bench.synth.params import Params, PhysicsParams
from bench.synth.sampling import Table
from bench.synth.tables.places import ORIGINS, REGION_OF_ORIGIN


@dataclass
class PhysicsPeople:
    """Everyone, as parallel arrays indexed by person number."""

    written: list[str] = field(default_factory=list)  # usual written name, "Wang, W.-J."
    short: list[str] = field(default_factory=list)  # first initial only, "Wang, W."
    gold: list[str] = field(default_factory=list)  # "Weijie Wang 0003"
    start: array = field(default_factory=lambda: array("H"))
    end: array = field(default_factory=lambda: array("H"))
    rate: array = field(default_factory=lambda: array("d"))
    group: array = field(default_factory=lambda: array("i"))
    community: array = field(default_factory=lambda: array("H"))
    institution: array = field(default_factory=lambda: array("i"))
    groups: list[list[int]] = field(default_factory=list)
    collaborations: list[list[int]] = field(default_factory=list)
    projects: list[list[int]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.start)

    def active(self, pid: int, year: int) -> bool:
        return self.start[pid] <= year <= self.end[pid]


def build_people(
    p: PhysicsParams,
    seed: int,
    small_slots: float,
    collaborations: int,
    projects: int,
    communities: int,
    regions: dict[str, list[int]],
) -> PhysicsPeople:
    """People enough for `small_slots` small-team slots, then the members of each
    collaboration and project; everyone named, in a group, and the gold ids numbered."""
    rng = random.Random(f"namesake-synth/{seed}/physics-people")
    people = PhysicsPeople()
    book = NameBook(Params(origins=p.origins))
    drawer = NameDrawer(book.params, book)
    for _ in range(max(2, round(small_slots / p.slots_per_person))):
        _person(p, rng, people, _career(p, rng), 1.0)
    for _ in range(collaborations):
        people.collaborations.append(_members(p, rng, people, p.collaboration_members, True))
    for _ in range(projects):
        people.projects.append(_members(p, rng, people, p.project_members, False))
    origins = _names(rng, people, book, drawer)
    _groups(p, rng, people, origins, communities, regions)
    return people


def _members(
    p: PhysicsParams,
    rng: random.Random,
    people: PhysicsPeople,
    size: tuple[int, int],
    collaboration: bool,
) -> list[int]:
    """New people with long careers, the members of one collaboration or project."""
    first = len(people)
    rate = p.collaboration_rate if collaboration else 1.0
    for _ in range(rng.randint(*size)):
        start = rng.randint(p.collaboration_first_year - 15, p.last_year - 8)
        _person(p, rng, people, (start, start + rng.randint(12, 35)), rate)
    return list(range(first, len(people)))


def _career(p: PhysicsParams, rng: random.Random) -> tuple[int, int]:
    span = p.last_year - p.first_year
    start = p.first_year - 10 + round(span * 1.3 * math.sqrt(rng.random()))  # more late starts
    length = max(1, round(rng.lognormvariate(math.log(p.career_median), p.career_sigma)))
    return start, start + length - 1


def _person(
    p: PhysicsParams,
    rng: random.Random,
    people: PhysicsPeople,
    career: tuple[int, int],
    rate_factor: float,
) -> None:
    start, end = career
    start, end = max(start, p.first_year), max(min(end, p.last_year), p.first_year)
    people.start.append(min(start, end))
    people.end.append(end)
    rate = math.exp(p.rate_sigma * max(-3.0, min(3.0, rng.gauss(0.0, 1.0))))
    people.rate.append(rate * rate_factor)


def _names(
    rng: random.Random, people: PhysicsPeople, book: NameBook, drawer: NameDrawer
) -> list[str]:
    """Everyone's name as written, at the tables' real frequencies; the gold ids (the full
    name, numbered where several people bear it). Returns each person's name origin."""
    full, origins = [], []
    for _ in range(len(people.start)):
        nid = drawer.draw(rng)
        written, k = book.written[nid], book.split[nid]
        given, family = written[:k], written[k + 1 :]
        letters = initials(given)
        people.written.append(f"{family}, {letters}")
        people.short.append(f"{family}, {letters[:2]}")
        full.append(written)
        origins.append(ORIGINS[book.origin[nid]])
    shared = Counter(full)
    seen: Counter[str] = Counter()
    for name in full:
        seen[name] += 1
        people.gold.append(f"{name} {seen[name]:04d}" if shared[name] > 1 else name)
    return origins


def _groups(
    p: PhysicsParams,
    rng: random.Random,
    people: PhysicsPeople,
    origins: list[str],
    communities: int,
    regions: dict[str, list[int]],
) -> None:
    """Research groups of about `group_size` people (collaboration members among them), each
    at an institution of its first member's region and in one community (field)."""
    order = list(range(len(people)))
    rng.shuffle(order)
    prefs = {o: Table(list(pairs)) for o, pairs in REGION_OF_ORIGIN.items()}
    institutions = {
        r: Table([(i, 1.0 / (k + 2)) for k, i in enumerate(ids)]) for r, ids in regions.items()
    }
    people.group.extend([0] * len(order))
    people.community.extend([0] * len(order))
    people.institution.extend([0] * len(order))
    at = 0
    while at < len(order):
        size = max(2, round(rng.expovariate(1.0 / p.group_size)))
        members = order[at : at + size]
        at += size
        institution = institutions[prefs[origins[members[0]]].pick(rng)].pick(rng)
        community = int(rng.random() * communities)
        for pid in members:
            people.group[pid] = len(people.groups)
            people.community[pid] = community
            people.institution[pid] = institution
        people.groups.append(members)
