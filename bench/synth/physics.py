"""The physics-shaped profile: what an astrophysics or particle-physics corpus looks like to
the resolution (issue 23's real corpus: 14,126 papers, 720,183 author slots, author lists of
up to 2,339 names written "Hook, I. M.").

- Collaborations of a few thousand members (`collaboration_members`) sign hundreds of papers
  between them: each collaboration paper lists the members active that year, each signing with
  `sign_share`, alphabetically, at most `max_authors`. So the same few thousand people are on
  every one of them, and most author slots of the corpus are on these papers.
- Small-team papers (1-8 authors typically, a tail to `team_tail_max`): a lead drawn by
  productivity among the people active that year, coauthors from the lead's research group, the
  lead's past coauthors, or anyone.
- Names are the DBLP tables' names at their real frequencies, written as initials: "Wang,
  W.-J.", "Smith, J. A.". Surname and first initial are shared by many ("Wang, W." by dozens
  in a corpus of this size); `first_initial_only` of the slots of a name with several initials
  keep the first only. No two slots of one paper have the same normalised name (a truth label
  is keyed by paper and name): the second such person is left off the paper, as in the DBLP
  profile.

`PhysicsCorpus(papers, seed)` has the DBLP profile's interface: `papers()` yields (paper dict,
gold person id of each slot), `stats()` describes what was yielded.
"""

from __future__ import annotations

import math
import random
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from typing import Any

from bench.synth.communities import communities, institutions
from bench.synth.names import name_key
from bench.synth.params import PhysicsParams
from bench.synth.physics_people import build_people
from bench.synth.sampling import choice, largest_remainder
from bench.synth.stats import Tally, distribution
from bench.synth.tables.topics import PHYSICS_AREAS
from bench.synth.teams import mean_team, team_table
from bench.synth.text import abstract, keywords, title

FIELDS = PHYSICS_AREAS


def _teams(papers: int, per_team: int) -> int:
    """How many collaborations (or projects) write `papers` papers, `per_team` each."""
    return max(1, math.ceil(papers / per_team)) if papers else 0


class PhysicsCorpus:
    """The people of one (papers, seed, params) and the papers they write."""

    def __init__(self, papers: int, seed: int, params: PhysicsParams | None = None):
        if papers < 1:
            raise ValueError("papers must be at least 1")
        self.p = params or PhysicsParams()
        self.n_papers, self.seed = papers, seed
        self.years = list(range(self.p.first_year, self.p.last_year + 1))
        growth = [math.exp(self.p.growth * (y - self.p.last_year)) for y in self.years]
        self.per_year = largest_remainder(papers, growth)
        n_big = round(papers * self.p.collaboration_share)
        n_project = round(papers * self.p.project_share)
        weights = [
            n if y >= self.p.collaboration_first_year else 0.0
            for y, n in zip(self.years, self.per_year, strict=True)
        ]
        self.big_per_year = largest_remainder(n_big, weights) if n_big else [0] * len(self.years)
        self.project_per_year = (
            largest_remainder(n_project, weights) if n_project else [0] * len(self.years)
        )
        self.team = team_table(self.p)
        self.communities = communities(self.p.communities, seed, FIELDS)
        self.institutions, regions = institutions()
        self.people = build_people(
            self.p,
            seed,
            (papers - n_big - n_project) * mean_team(self.team),
            _teams(n_big, self.p.papers_per_collaboration),
            _teams(n_project, self.p.papers_per_project),
            self.p.communities,
            regions,
        )
        self.tally = Tally(len(self.people))
        self.dropped = self.n_project = 0

    # ---- papers

    def papers(self) -> Iterator[tuple[dict[str, Any], list[str]]]:
        """Every paper with the gold person ids of its slots, in order."""
        self.tally, self.dropped, self.n_project = Tally(len(self.people)), 0, 0
        rng = random.Random(f"namesake-synth/{self.seed}/physics-papers")
        ties: dict[int, list[int]] = {}
        number = 0
        for yi, year in enumerate(self.years):
            n, n_big = self.per_year[yi], self.big_per_year[yi]
            special = rng.sample(range(n), min(n, n_big + self.project_per_year[yi]))
            big_at, project_at = set(special[:n_big]), set(special[n_big:])
            leads, cum = self._leads(year)
            for i in range(n):
                number += 1
                authors = self._collaboration_team(rng, year) if i in big_at else []
                if i in project_at:
                    authors = self._project_team(rng, year)
                    self.n_project += bool(authors)
                big = i in big_at and bool(authors)
                if not authors:
                    lead = leads[bisect_right(cum, rng.random() * cum[-1])]
                    authors = self._small_team(rng, lead, year, ties)
                yield self._paper(rng, number, year, authors, big)

    def _leads(self, year: int) -> tuple[array[int], array[float]]:
        """The people active in `year` and their cumulative productivity."""
        people = self.people
        ids, cum, total = array("i"), array("d"), 0.0
        for pid in range(len(people)):
            if people.active(pid, year):
                total += people.rate[pid]
                ids.append(pid)
                cum.append(total)
        return ids, cum

    def _collaboration_team(self, rng: random.Random, year: int) -> list[int]:
        people = self.people
        members = choice(rng, people.collaborations)
        signing = [
            m for m in members if people.active(m, year) and rng.random() < self.p.sign_share
        ]
        if len(signing) > self.p.max_authors:
            signing = rng.sample(signing, self.p.max_authors)
        return sorted(signing, key=lambda m: people.written[m].casefold())

    def _project_team(self, rng: random.Random, year: int) -> list[int]:
        """A project paper: its active members signing, a first author among them, the rest
        alphabetical; [] when fewer than two sign."""
        people = self.people
        members = choice(rng, people.projects)
        signing = [
            m for m in members if people.active(m, year) and rng.random() < self.p.sign_share
        ]
        if len(signing) < 2:
            return []
        first = signing.pop(int(rng.random() * len(signing)))
        return [first, *sorted(signing, key=lambda m: people.written[m].casefold())]

    def _small_team(
        self, rng: random.Random, lead: int, year: int, ties: dict[int, list[int]]
    ) -> list[int]:
        people, sizes_cum = self.people, self.team
        sizes, cum = sizes_cum
        size = sizes[bisect_right(cum, rng.random() * cum[-1])]
        team, chosen = [lead], {lead}
        group = [m for m in people.groups[people.group[lead]] if people.active(m, year)]
        known = ties.get(lead, [])
        s_group, s_ties, _ = self.p.coauthor_sources
        misses = 0
        while len(team) < size and misses < 20:
            u = rng.random()
            if u < s_group and len(group) > 1:
                person = choice(rng, group)
            elif u < s_group + s_ties and known:
                person = choice(rng, known)
            else:
                person = int(rng.random() * len(people))
            if person in chosen or not people.active(person, year):
                misses += 1
                continue
            chosen.add(person)
            team.append(person)
        remembered = ties.setdefault(lead, [])
        for person in team[1:]:
            if person not in remembered:
                if len(remembered) >= self.p.ties_kept:
                    remembered.pop(0)
                remembered.append(person)
        return team

    def _paper(
        self, rng: random.Random, number: int, year: int, team: list[int], big: bool
    ) -> tuple[dict[str, Any], list[str]]:
        people, p = self.people, self.p
        community = self.communities[-1 if big else people.community[team[0]]]
        authors, gold, keys = [], [], set()
        for pid in team:
            long_form = people.written[pid]
            written = people.short[pid] if rng.random() < p.first_initial_only else long_form
            key = name_key(written)
            if key in keys:  # one name, two people, one paper: leave the second out
                self.dropped += 1
                continue
            keys.add(key)
            shown = rng.random() < p.affiliation_shown
            affiliation = self.institutions[people.institution[pid]] if shown else None
            authors.append({"name": written, "affiliation": affiliation, "orcid": None})
            gold.append(people.gold[pid])
            self.tally.counts[pid] += 1
            self.tally.n_variants += written != long_form
        self.tally.paper(len(authors), big)
        paper = {
            "id": f"phys-{self.seed}-{number:07d}",
            "title": title(rng, community, -1 if big else team[0]),
            "year": year,
            "venue": community.venues.pick(rng),
            "doi": None,
            "authors": authors,
            "keywords": keywords(rng, community, p.keywords_share),
            "abstract": abstract(rng, community, p.abstract_share),
        }
        return paper, gold

    # ---- statistics

    def stats(self) -> dict[str, Any]:
        """What has been yielded so far: size, teams, and how ambiguous the written names are
        (people per surname and first initial, the key a resolution groups them under)."""
        people, tally = self.people, self.tally
        appeared = [pid for pid in range(len(people)) if tally.counts[pid]]
        by_name: Counter[str] = Counter(name_key(people.short[pid]) for pid in appeared)
        shared = {k: n for k, n in by_name.items() if n > 1}
        top = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        members = {m for c in people.collaborations for m in c}
        return {
            "profile": "physics",
            "papers": tally.n_yielded,
            "mentions": tally.n_mentions,
            "people": len(appeared),
            "names": len(by_name),
            "homonym_names": len(shared),
            "homonym_name_share": round(len(shared) / max(1, len(by_name)), 4),
            "max_people_per_name": top[0][1] if top else 1,
            "top_names": [list(kv) for kv in top],
            "mentions_per_paper": round(tally.n_mentions / max(1, tally.n_yielded), 3),
            "max_team": tally.max_team,
            "team_sizes": dict(tally.team_hist),
            "mega_papers": tally.n_mega_written,
            "collaborations": len(people.collaborations),
            "projects": len(people.projects),
            "project_papers": self.n_project,
            "collaboration_members": len(members),
            "collaboration_mentions": sum(tally.counts[m] for m in members),
            "papers_per_person": distribution(sorted(tally.counts[pid] for pid in appeared)),
            "variant_mentions": tally.n_variants,
            "variant_share": round(tally.n_variants / max(1, tally.n_mentions), 4),
            "dropped_same_name_slots": self.dropped,
            "seed": self.seed,
        }
