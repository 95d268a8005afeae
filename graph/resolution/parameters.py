"""The resolution's parameters in one place, so that a run can vary them (bench_sensitivity).

Each default lives beside the logic it steers, with its reason: merge.py (threshold, big-cluster
guard), textlinks.py (mutual nearest neighbours), prior.py (name-frequency prior), features.py
(IDF cap), and graph/teams.py (the largest team whose members count as coauthors, a rule the
loaders share). Set on the first half of aminer-dev, with the synthetic corpora where corpus
size matters (see __init__.py).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from graph.resolution import features, merge, prior, textlinks
from graph.teams import MAX_TEAM


@dataclass(frozen=True)
class Parameters:
    threshold: float = merge.THRESHOLD
    big_cluster: int = merge.BIG_CLUSTER
    big_cluster_factor: float = merge.BIG_CLUSTER_FACTOR
    k_nearest: int = textlinks.K_NEAREST
    text_link_cut: float = textlinks.CUT
    lambda_scale: float = prior.LAMBDA_SCALE
    unique_factor: float = prior.UNIQUE_FACTOR
    reference_names: int = prior.REFERENCE_NAMES
    idf_cap_papers: int = features.IDF_CAP_PAPERS
    max_team: int = MAX_TEAM

    def scaled(self, name: str, factor: float) -> Parameters:
        """These parameters with one of them multiplied by `factor` (a count stays a count of
        at least 1)."""
        value = getattr(self, name) * factor
        if isinstance(getattr(self, name), int):
            value = max(1, round(value))
        return replace(self, **{name: value})

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


DEFAULTS = Parameters()
