"""Who writes a paper: the team-size table, samplers over the people active each year, and the
drawing of an ordinary paper's team (lead, lab head, coauthors) or a collaboration paper's."""

from __future__ import annotations

import math
import random
from array import array
from bisect import bisect_right

from bench.synth.params import Params, PhysicsParams
from bench.synth.population import Population
from bench.synth.sampling import choice


def team_table(p: Params | PhysicsParams) -> tuple[list[int], list[float]]:
    """Team sizes 1.. and their cumulative probabilities: `team_head`, then the power-law tail."""
    head = list(p.team_head)
    tail_sizes = range(len(head) + 1, p.team_tail_max + 1)
    tail_w = [t**-p.team_tail_exponent for t in tail_sizes]
    tail_share = max(0.0, 1.0 - sum(head))
    weights = head + [tail_share * w / sum(tail_w) for w in tail_w]
    sizes = list(range(1, len(weights) + 1))
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)
    return sizes, cum


def mean_team(team: tuple[list[int], list[float]]) -> float:
    """The mean size of a `team_table`."""
    sizes, cum = team
    prev, mean = 0.0, 0.0
    for size, c in zip(sizes, cum, strict=True):
        mean += size * (c - prev)
        prev = c
    return mean / cum[-1]


class TeamDrawer:
    """Draws the authors of papers from the people active in a year, in proportion to their
    rates; remembers each lead author's recent coauthors."""

    def __init__(
        self,
        params: Params,
        pop: Population,
        sizes: tuple[list[int], list[float]],
        n_years: int,
        n_communities: int,
    ):
        self.p, self.pop, self.sizes = params, pop, sizes
        self._samplers(n_years, n_communities)
        self.reset()

    def _samplers(self, n_years: int, n_comm: int) -> None:
        """Per community and year: who is active, with cumulative rates (for weighted draws);
        per year: the cumulative total rate of each community."""
        pop, y0 = self.pop, self.p.first_year
        self.ids = [[array("i") for _ in range(n_years)] for _ in range(n_comm)]
        self.cum = [[array("d") for _ in range(n_years)] for _ in range(n_comm)]
        self.last_year_people = [array("i") for _ in range(n_years)]
        for pid in range(len(pop)):
            c, r = pop.community[pid], pop.rate[pid]
            first = max(pop.start[pid], y0) - y0
            last = min(pop.end[pid], self.p.last_year) - y0
            self.last_year_people[last].append(pid)
            ids_c, cum_c = self.ids[c], self.cum[c]
            for yi in range(first, last + 1):
                cum = cum_c[yi]
                ids_c[yi].append(pid)
                cum.append((cum[-1] if cum else 0.0) + r)
        self.year_cum = []
        for yi in range(n_years):
            total, row = 0.0, []
            for c in range(n_comm):
                total += self.cum[c][yi][-1] if self.cum[c][yi] else 0.0
                row.append(total)
            self.year_cum.append(row)

    def reset(self) -> None:
        """Forget the coauthors remembered (a new pass over the papers)."""
        self.ties: dict[int, list[int]] = {}  # lead author -> recent coauthors
        self.new_year()

    def new_year(self) -> None:
        """Forget the lab pools, which hold one year's active members."""
        self.lab_pools: dict[int, tuple[list[int], list[float]]] = {}

    def pick(self, rng: random.Random, c: int, yi: int) -> int:
        """A person active in year index `yi` of community `c`, in proportion to rate; -1 if
        the community has nobody active."""
        cum = self.cum[c][yi]
        if not cum:
            return -1
        return self.ids[c][yi][bisect_right(cum, rng.random() * cum[-1])]

    def pick_any(self, rng: random.Random, yi: int) -> tuple[int, int]:
        """A community (in proportion to its total rate) and a person of it, active in year
        index `yi`."""
        row = self.year_cum[yi]
        c = bisect_right(row, rng.random() * row[-1])
        return c, self.pick(rng, c, yi)

    def team(self, rng: random.Random, yi: int, year: int, lead: int) -> tuple[int, list[int]]:
        """An ordinary paper's community and authors (in order); a lead is drawn unless given."""
        pop = self.pop
        if lead >= 0:
            community = pop.community[lead]
        else:
            community, lead = self.pick_any(rng, yi)
        sizes, cum = self.sizes
        size = sizes[bisect_right(cum, rng.random() * cum[-1])]
        team = [lead]
        if size > 1:
            self._coauthors(rng, team, size, community, yi, year)
        lab = pop.lab_at(lead, year)
        if lab >= 0 and lab != lead and lab in team:  # the lab head signs last
            team.remove(lab)
            team.append(lab)
        elif lab == lead and len(team) > 1 and rng.random() < 0.7:
            team.append(team.pop(0))
        return community, team

    def _coauthors(
        self, rng: random.Random, team: list[int], size: int, community: int, yi: int, year: int
    ) -> None:
        pop = self.pop
        lead = team[0]
        chosen = {lead}
        lab = pop.lab_at(lead, year)
        if (
            lab >= 0
            and lab != lead
            and pop.start[lab] <= year <= pop.end[lab]
            and rng.random() < self.p.head_on_paper
        ):
            team.append(lab)
            chosen.add(lab)
        ties = self.ties.get(lead)
        misses = 0
        while len(team) < size and misses < 12:
            person = self._coauthor(rng, ties, lab, community, yi, year)
            if person in chosen:
                misses += 1
                continue
            chosen.add(person)
            team.append(person)
        if size <= 12:
            self._remember(rng, lead, team)

    def _coauthor(
        self,
        rng: random.Random,
        ties: list[int] | None,
        lab: int,
        community: int,
        yi: int,
        year: int,
    ) -> int:
        """One coauthor, active in `year`: a past coauthor of the lead, a member of the lead's
        lab, of the community or anyone, in the proportions of `coauthor_sources`."""
        pop = self.pop
        s_tie, s_lab, s_comm, _ = self.p.coauthor_sources
        u = rng.random()
        person = -1
        if u < s_tie and ties:
            person = choice(rng, ties)
            if not pop.start[person] <= year <= pop.end[person]:
                person = -1
        elif u < s_tie + s_lab and lab >= 0:
            members, cum = self._lab_pool(lab, year)
            if members:
                person = members[bisect_right(cum, rng.random() * cum[-1])]
        elif u < s_tie + s_lab + s_comm:
            person = self.pick(rng, community, yi)
        if person < 0:
            person = self.pick_any(rng, yi)[1]
        return person

    def _lab_pool(self, lab: int, year: int) -> tuple[list[int], list[float]]:
        """The lab's members active in `year` with their cumulative rates (kept for the year)."""
        pool = self.lab_pools.get(lab)
        if pool is None:
            pool = self.lab_pools[lab] = self._active_members(lab, year)
        return pool

    def _active_members(self, lab: int, year: int) -> tuple[list[int], list[float]]:
        pop = self.pop
        members, cum, total = [], [], 0.0
        for m in self.pop.members.get(lab, ()):
            if pop.start[m] <= year <= pop.end[m] and pop.lab_at(m, year) == lab:
                total += pop.rate[m]
                members.append(m)
                cum.append(total)
        return members, cum

    def _remember(self, rng: random.Random, lead: int, team: list[int]) -> None:
        ties = self.ties.setdefault(lead, [])
        for person in team[1:]:
            if person in ties:
                continue
            if len(ties) < self.p.ties_kept:
                ties.append(person)
            else:
                ties[int(rng.random() * len(ties))] = person

    def mega_team(self, rng: random.Random, year: int) -> list[int]:
        """The authors of a collaboration paper: mega_min..mega_max (log-uniform) members
        active that year, or all of them if fewer; [] when there is no collaboration."""
        pop = self.pop
        if not pop.collaborations:
            return []
        members = choice(rng, pop.collaborations)
        active = [m for m in members if pop.start[m] <= year <= pop.end[m]]
        size = round(math.exp(rng.uniform(math.log(self.p.mega_min), math.log(self.p.mega_max))))
        return rng.sample(active, min(size, len(active))) if len(active) > 1 else []
