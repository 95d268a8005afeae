"""The corpus of one (papers, seed, params): its population, and its papers written one at a
time, each with the gold person id of every author slot."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from typing import Any

from bench.synth.communities import communities, institutions
from bench.synth.names import family_sort_key, name_key
from bench.synth.params import Params
from bench.synth.people import PopulationBuilder
from bench.synth.sampling import largest_remainder
from bench.synth.stats import Tally
from bench.synth.teams import TeamDrawer, mean_team, team_table
from bench.synth.text import abstract, keywords, title


class Corpus:
    """The population of one (papers, seed, params) and the papers it writes.

    `papers()` yields (paper dict, gold person ids of its slots) in order, streaming; `stats()`
    describes what has been yielded so far.
    """

    def __init__(self, papers: int, seed: int, params: Params | None = None):
        if papers < 1:
            raise ValueError("papers must be at least 1")
        self.p = params or Params()
        self.n_papers, self.seed = papers, seed
        self._plan_years()
        self.team = team_table(self.p)
        n_comm = min(
            self.p.max_communities,
            max(self.p.min_communities, round(papers / self.p.papers_per_community)),
        )
        self.communities = communities(n_comm, seed)
        self.institutions, regions = institutions()
        mentions = (papers - self.n_mega) * mean_team(self.team)
        n_collab = math.ceil(self.n_mega / self.p.papers_per_collaboration) if self.n_mega else 0
        builder = PopulationBuilder(self.p, seed, n_comm, regions)
        self.pop = builder.build(mentions / self.p.mentions_per_person_year, n_collab)
        self.teams = TeamDrawer(self.p, self.pop, self.team, len(self.years), len(self.communities))
        self._fill_empty_years()
        self._reset_counts()

    # ---- set-up

    def _plan_years(self) -> None:
        """Papers per year, growing by `growth`, and the collaboration papers among them."""
        p, papers = self.p, self.n_papers
        self.years = list(range(p.first_year, p.last_year + 1))
        growth = [math.exp(p.growth * (y - p.last_year)) for y in self.years]
        self.per_year = largest_remainder(papers, growth)
        self.n_mega = round(papers * p.mega_rate)
        mega_weights = [
            n if y >= p.mega_first_year else 0.0
            for y, n in zip(self.years, self.per_year, strict=True)
        ]
        self.mega_per_year = (
            largest_remainder(self.n_mega, mega_weights) if self.n_mega else [0] * len(self.years)
        )

    def _fill_empty_years(self) -> None:
        """Tiny corpora can have a year nobody is active in: its papers go to the nearest year
        with people."""
        year_cum = self.teams.year_cum
        alive = [yi for yi, row in enumerate(year_cum) if row[-1] > 0]
        for yi, row in enumerate(year_cum):
            if row[-1] <= 0 and self.per_year[yi]:
                nearest = min(alive, key=lambda a: (abs(a - yi), a))
                self.per_year[nearest] += self.per_year[yi]
                self.mega_per_year[nearest] += self.mega_per_year[yi]
                self.per_year[yi] = self.mega_per_year[yi] = 0

    def _reset_counts(self) -> None:
        self.teams.reset()
        self.tally = Tally(len(self.pop))

    # ---- papers

    def papers(self) -> Iterator[tuple[dict[str, Any], list[str]]]:
        """Yield every paper with the gold person ids of its slots, in order."""
        self._reset_counts()
        rng = random.Random(f"namesake-synth/{self.seed}/papers")
        teams = self.teams
        number = 0
        for yi, year in enumerate(self.years):
            n, n_mega = self.per_year[yi], self.mega_per_year[yi]
            mega_at = set(rng.sample(range(n), n_mega)) if n_mega else set()
            due = self._due(yi)
            teams.new_year()
            for i in range(n):
                number += 1
                people = teams.mega_team(rng, year) if i in mega_at else []
                if people:
                    community, mega = len(self.communities) - 1, True
                else:
                    lead = self._next_due(due)
                    (community, people), mega = teams.team(rng, yi, year, lead), False
                yield self._paper(rng, number, year, community, people, mega)

    def _due(self, yi: int) -> list[int]:
        """People in their last year in the corpus who have no paper yet (each will lead one, so
        that every person of the population appears), in order."""
        counts = self.tally.counts
        return [pid for pid in self.teams.last_year_people[yi] if not counts[pid]][::-1]

    def _next_due(self, due: list[int]) -> int:
        while due:
            pid = due.pop()
            if not self.tally.counts[pid]:
                return pid
        return -1

    def _paper(
        self,
        rng: random.Random,
        number: int,
        year: int,
        community: int,
        people: list[int],
        mega: bool,
    ) -> tuple[dict[str, Any], list[str]]:
        pop, names, tally = self.pop, self.pop.names, self.tally
        comm = self.communities[community]
        slots = self._written_names(rng, people)
        if mega:
            slots.sort(key=lambda s: family_sort_key(names, pop.name[s[1]]))
        authors, gold = [], []
        for written, pid in slots:
            authors.append(self._slot(rng, written, pid, year))
            gold.append(pop.person_id(pid))
            tally.counts[pid] += 1
        tally.paper(len(slots), mega)
        lead_pid = -1 if mega else people[0]
        paper = {
            "id": f"synth-{self.seed}-{number:07d}",
            "title": title(rng, comm, lead_pid),
            "year": year,
            "venue": comm.venues.pick(rng),
            "doi": None,
            "authors": authors,
            "keywords": keywords(rng, comm, self.p.keywords_share),
            "abstract": abstract(rng, comm, self.p.abstract_share),
        }
        return paper, gold

    def _written_names(self, rng: random.Random, people: list[int]) -> list[tuple[str, int]]:
        """(name as written, person) of each slot; no two slots with one normalised name."""
        pop, names = self.pop, self.pop.names
        slots: list[tuple[str, int]] = []
        keys: set[str] = set()
        for pid in people:
            nid = pop.name[pid]
            written = names.render(nid, rng.random())
            usual = written == names.written[nid]
            key = names.keys[names.key_of[nid]] if usual else name_key(written)
            if key in keys:  # one name, two people, one paper: leave the second out
                continue
            keys.add(key)
            slots.append((written, pid))
            if not usual:
                self.tally.n_variants += 1
        return slots

    def _slot(self, rng: random.Random, written: str, pid: int, year: int) -> dict[str, Any]:
        pop, p = self.pop, self.p
        affiliation = None
        if rng.random() < p.affiliation_shown:
            affiliation = self.institutions[pop.affiliation(pid, year)]
            self.tally.n_affiliations += 1
        orcid = pop.orcid.get(pid) if year >= p.orcid_from else None
        if orcid is not None:
            if rng.random() < p.orcid_shown:
                self.tally.n_orcids += 1
            else:
                orcid = None
        return {"name": written, "affiliation": affiliation, "orcid": orcid}

    # ---- statistics

    def stats(self) -> dict[str, Any]:
        """What has been yielded so far (the whole corpus once `papers()` is exhausted)."""
        return self.tally.stats(self.pop, len(self.communities), self.seed)
