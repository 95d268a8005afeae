"""Counting what the papers contain, and the statistics written to stats.json."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter
from typing import Any

from bench.synth.population import Population
from bench.synth.tables.places import ORIGINS


class Tally:
    """What the papers yielded so far contain: the slots of each person, and counters the
    paper writer increments (variants, ORCIDs and affiliations shown)."""

    def __init__(self, people: int):
        self.counts = array("I", bytes(4 * people))
        self.n_yielded = self.n_mentions = self.n_variants = self.n_orcids = 0
        self.n_affiliations = self.max_team = self.n_mega_written = 0
        self.team_hist: Counter[str] = Counter()

    def paper(self, team: int, mega: bool) -> None:
        """Count one paper of `team` slots."""
        self.n_yielded += 1
        self.n_mentions += team
        self.max_team = max(self.max_team, team)
        self.n_mega_written += mega
        bucket = (
            "1"
            if team == 1
            else "2-3"
            if team <= 3
            else "4-8"
            if team <= 8
            else "9-20"
            if team <= 20
            else "21-199"
            if team < 200
            else "200+"
        )
        self.team_hist[bucket] += 1

    def stats(self, pop: Population, communities: int, seed: int) -> dict[str, Any]:
        """The statistics of what has been counted (stats.json, without the parameters)."""
        names = pop.names
        people_per_key, mentions_per_key, origins = self._per_key(pop)
        per_person = sorted(n for n in self.counts if n)
        n_names = sum(1 for n in people_per_key if n)
        homonyms = [k for k, n in enumerate(people_per_key) if n > 1]
        top = sorted(homonyms, key=lambda k: (-people_per_key[k], names.keys[k]))[:10]
        people = len(per_person)
        mentions = max(1, self.n_mentions)
        return {
            "papers": self.n_yielded,
            "mentions": self.n_mentions,
            "people": people,
            "names": n_names,
            "homonym_names": len(homonyms),
            "homonym_name_share": round(len(homonyms) / max(1, n_names), 4),
            "people_in_homonym_names": sum(people_per_key[k] for k in homonyms),
            "mention_share_in_homonym_names": round(
                sum(mentions_per_key[k] for k in homonyms) / mentions, 4
            ),
            "max_people_per_name": people_per_key[top[0]] if top else min(1, people),
            "top_names": [[names.keys[k], people_per_key[k]] for k in top],
            "mentions_per_paper": round(self.n_mentions / max(1, self.n_yielded), 3),
            "max_team": self.max_team,
            "team_sizes": {
                b: self.team_hist[b] for b in ("1", "2-3", "4-8", "9-20", "21-199", "200+")
            },
            "mega_papers": self.n_mega_written,
            "papers_per_person": distribution(per_person),
            "variant_mentions": self.n_variants,
            "variant_share": round(self.n_variants / mentions, 4),
            "orcid_mentions": self.n_orcids,
            "affiliation_mentions": self.n_affiliations,
            "name_origins": dict(zip(ORIGINS, origins, strict=True)),
            "communities": communities,
            "population": len(pop),
            "seed": seed,
        }

    def _per_key(self, pop: Population) -> tuple[array, array, list[int]]:
        """People and slots per normalised name (key id) among the people counted, and
        people per name origin."""
        names = pop.names
        people_per_key = array("I", bytes(4 * len(names.keys)))
        mentions_per_key = array("I", bytes(4 * len(names.keys)))
        origins = [0] * len(ORIGINS)
        for pid in range(len(pop)):
            n = self.counts[pid]
            if n:
                nid = pop.name[pid]
                kid = names.key_of[nid]
                people_per_key[kid] += 1
                mentions_per_key[kid] += n
                origins[names.origin[nid]] += 1
        return people_per_key, mentions_per_key, origins


def distribution(sorted_counts: list[int]) -> dict[str, Any]:
    if not sorted_counts:
        return {}
    n = len(sorted_counts)

    def quantile(q: float) -> int:
        return sorted_counts[min(n - 1, int(q * n))]

    return {
        "median": quantile(0.5),
        "p90": quantile(0.9),
        "p99": quantile(0.99),
        "max": sorted_counts[-1],
        "mean": round(sum(sorted_counts) / n, 2),
        "share_1_to_3": round(bisect_right(sorted_counts, 3) / n, 4),
    }
