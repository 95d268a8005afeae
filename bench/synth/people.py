"""Building the population: careers, names (homonyms included), labs and moves, collaborations
and ORCIDs."""

from __future__ import annotations

import math
import random
from array import array

from bench.synth.drawer import NameDrawer
from bench.synth.names import NameBook
from bench.synth.params import Params
from bench.synth.population import Population
from bench.synth.sampling import Table, choice
from bench.synth.tables.places import ORIGINS, REGION_OF_ORIGIN


class PopulationBuilder:
    """Builds the people, their labs and moves, collaborations and ORCIDs."""

    def __init__(self, params: Params, seed: int, communities: int, regions: dict[str, list[int]]):
        self.p = params
        self.rng = random.Random(f"namesake-synth/{seed}/people")
        self.pop = Population(NameBook(params))
        self.drawer = NameDrawer(params, self.pop.names)
        ranks = list(range(communities))
        self.rng.shuffle(ranks)
        self.community = Table(
            [(c, 1.0 / (ranks[c] + 1) ** params.community_zipf) for c in range(communities)]
        )
        self.big = communities
        self.regions = {
            r: Table([(i, 1.0 / (k + 2)) for k, i in enumerate(ids)]) for r, ids in regions.items()
        }
        span = range(params.first_year - 35, params.last_year + 1)
        self.start_year = Table(
            [(y, math.exp(params.growth * (y - params.last_year))) for y in span]
        )
        self.region_of: list[str] = []
        self.region_pref = {o: Table(list(prefs)) for o, prefs in REGION_OF_ORIGIN.items()}

    def build(self, person_years: float, collaborations: int) -> Population:
        carried = 0.0
        while carried < person_years:
            carried += self._person(self.community.pick(self.rng), 1.0, None)
        size = min(
            self.p.collaboration_max,
            max(self.p.collaboration_min, round(self.p.collaboration_share * len(self.pop))),
        )
        for _ in range(collaborations):
            first = len(self.pop)
            for _ in range(size):
                self._person(
                    self.big,
                    self.p.collaboration_rate,
                    (self.p.mega_first_year - 25, self.p.last_year - 2),
                )
            self.pop.collaborations.append(list(range(first, len(self.pop))))
        self._names()
        self._labs()
        self._ordinals()
        self.pop.names.freeze()
        return self.pop

    def _person(
        self, community: int, rate_factor: float, start_range: tuple[int, int] | None
    ) -> int:
        """Add one person; return their active years inside the corpus's years."""
        p, rng, pop = self.p, self.rng, self.pop
        head = rng.random() < p.head_share
        while True:
            if start_range:  # a collaboration member
                start = rng.randint(*start_range)
                length = rng.randint(*p.head_career)
            else:
                start = self.start_year.pick(rng)
                length = (
                    rng.randint(*p.head_career)
                    if head
                    else min(
                        p.career_max,
                        max(
                            1, round(rng.lognormvariate(math.log(p.career_median), p.career_sigma))
                        ),
                    )
                )
            end = min(start + length - 1, 9999)
            active = min(end, p.last_year) - max(start, p.first_year) + 1
            if active > 0:
                break
        rate = math.exp(p.rate_sigma * max(-p.rate_clip, min(p.rate_clip, rng.gauss(0.0, 1.0))))
        rate *= rate_factor * (p.head_rate if head else 1.0)
        pid = len(pop)
        pop.community.append(community)
        pop.start.append(start)
        pop.end.append(end)
        pop.rate.append(rate)
        pop.head.append(head)
        if start >= p.orcid_from - 10 and rng.random() < p.orcid_people:
            pop.orcid[pid] = orcid(rng)
        return active

    def _names(self) -> None:
        """Give everyone a name. First how many people share each name: one with probability
        1 - homonym_share, else k >= 2 with P(k >= x) = (x/2)^-(homonym_exponent - 1). Then
        which names: real names drawn at their real frequencies, the most often drawn names
        going to the largest groups ("Wei Wang" to the largest). Each bearer takes one of the
        spellings drawn for the name ("Weijie Wang", "Wei-Jie Wang"). So the share of names
        carried by several people is the same at every corpus size, and the largest groups
        grow with the size, as in DBLP."""
        rng, pop, book = self.rng, self.pop, self.pop.names
        sizes = self._name_sizes(len(pop))
        drawn = array("I")  # key id -> times drawn
        first = array("i")  # key id -> its first spelling (name id)
        others: dict[int, list[int]] = {}  # key id -> all its spellings, when several
        draws, limit = 0, 50 * len(sizes) + 1000
        while len(drawn) < len(sizes) and draws < limit:
            nid = self.drawer.draw(rng)
            kid = book.key_of[nid]
            if kid == len(drawn):
                drawn.append(0)
                first.append(nid)
            drawn[kid] += 1
            if nid != first[kid] or kid in others:
                others.setdefault(kid, [first[kid]] * (drawn[kid] - 1)).append(nid)
            draws += 1
        ranked = sorted(range(len(drawn)), key=lambda kid: -drawn[kid])  # ties: first drawn
        while len(sizes) > len(ranked):  # the name space is exhausted (tiny tables only)
            sizes[len(sizes) - 2] += sizes.pop()
        bearers = array(
            "i", (kid for size, kid in zip(sizes, ranked, strict=True) for _ in range(size))
        )
        del ranked
        rng.shuffle(bearers)
        for kid in bearers:
            forms = others.get(kid)
            nid = forms[int(rng.random() * len(forms))] if forms else first[kid]
            pop.name.append(nid)
            self.region_of.append(self.region_pref[ORIGINS[book.origin[nid]]].pick(rng))

    def _name_sizes(self, people: int) -> list[int]:
        """How many people carry each name, largest first, summing to `people`. The power law
        is truncated at its expected maximum for this many shared names, so that one unlucky
        draw does not give a tenth of a small corpus one name."""
        rng, p = self.rng, self.p
        power = -1.0 / (p.homonym_exponent - 1.0)
        shared = p.homonym_share * people / 1.3  # about how many names are shared
        cap = max(2, int(2.0 * shared**-power))
        sizes, total = [], 0
        while total < people:
            size = 1
            if rng.random() < p.homonym_share:
                size = cap + 1
                while size > cap:
                    size = int(2.0 * (1.0 - rng.random()) ** power)
            size = min(size, people - total)
            sizes.append(size)
            total += size
        sizes.sort(reverse=True)
        return sizes

    def _labs(self) -> None:
        """Lab heads found labs at an institution of their region; everyone else joins a lab of
        their community active when they start (preferably in their region), and
        `move_share` of those with careers of 5 years or more move to another lab mid-career.
        People of a community without lab heads work at an institution of their region."""
        p, rng, pop = self.p, self.rng, self.pop
        n = len(pop)
        pop.lab.extend([-1] * n)
        pop.lab2.extend([-1] * n)
        pop.move.extend([0] * n)
        pop.inst.extend([-1] * n)
        pop.inst2.extend([-1] * n)
        heads_by: dict[tuple[int, int], list[int]] = {}
        for pid in range(n):
            if pop.head[pid]:
                pop.lab[pid] = pid
                pop.inst[pid] = self.regions[self.region_of[pid]].pick(rng)
                pop.members[pid] = [pid]
                for year in range(pop.start[pid], pop.end[pid] + 1):
                    heads_by.setdefault((pop.community[pid], year), []).append(pid)
        for pid in range(n):
            if pop.head[pid]:
                continue
            lab = self._choose_lab(heads_by, pid, pop.start[pid], prefer_region=True)
            if lab < 0:
                pop.inst[pid] = self.regions[self.region_of[pid]].pick(rng)
                continue
            pop.lab[pid], pop.inst[pid] = lab, pop.inst[lab]
            pop.members[lab].append(pid)
            if pop.end[pid] - pop.start[pid] + 1 >= 5 and rng.random() < p.move_share:
                year = rng.randint(pop.start[pid] + 2, pop.end[pid] - 1)
                other = self._choose_lab(heads_by, pid, year, prefer_region=False)
                if other >= 0 and other != lab:
                    pop.move[pid], pop.lab2[pid], pop.inst2[pid] = year, other, pop.inst[other]
                    pop.members[other].append(pid)

    def _choose_lab(
        self, heads_by: dict[tuple[int, int], list[int]], pid: int, year: int, prefer_region: bool
    ) -> int:
        """A lab head of the person's community active in `year` (or the nearest year that has
        one); of the person's region when possible. -1: the community has no lab heads."""
        rng = self.rng
        candidates = self._heads_near(heads_by, self.pop.community[pid], year)
        if not candidates:
            return -1
        if prefer_region:
            region = self.region_of[pid]
            for _ in range(6):
                head = choice(rng, candidates)
                if self.region_of[head] == region:
                    return head
        return choice(rng, candidates)

    def _heads_near(
        self, heads_by: dict[tuple[int, int], list[int]], community: int, year: int
    ) -> list[int]:
        for delta in range(30):
            for y in (year - delta, year + delta):
                found = heads_by.get((community, y))
                if found:
                    return found
        return []

    def _ordinals(self) -> None:
        """Number the bearers of each shared name 1, 2, ... (0 for a name of one person)."""
        pop = self.pop
        key_of, name = pop.names.key_of, pop.name
        counts = array("I", bytes(4 * len(pop.names.keys)))
        for nid in name:
            counts[key_of[nid]] += 1
        seen = array("H", bytes(2 * len(counts)))
        for nid in name:
            kid = key_of[nid]
            if counts[kid] > 1:
                seen[kid] += 1
                pop.ordinal.append(seen[kid])
            else:
                pop.ordinal.append(0)


def orcid(rng: random.Random) -> str:
    """A well-formed ORCID iD (ISO 7064 mod 11-2 check digit) in the 0000-0001..0003 range."""
    digits = f"000{rng.randint(1, 3)}{rng.randrange(10**11):011d}"
    total = 0
    for d in digits:
        total = (total + int(d)) * 2
    check = (12 - total % 11) % 11
    body = digits + ("X" if check == 10 else str(check))
    return "-".join(body[i : i + 4] for i in range(0, 16, 4))
