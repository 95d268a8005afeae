"""The resolution's parameters in one place, so that a run can vary them (bench_sensitivity).

What decides a merge is learned (model.py); what remains set by hand is what shapes the
evidence and the statistics the model reads, each beside the logic it steers with its reason:
features.py (IDF cap), prior.py (the world of names the prior reads a name's shares in), and
graph/teams.py (the largest team whose members count as coauthors, a rule the loaders share).
`threshold` overrides the model's merge threshold (None: the model's own).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from graph.resolution import features, prior
from graph.teams import MAX_TEAM


@dataclass(frozen=True)
class Parameters:
    reference_names: int = prior.REFERENCE_NAMES
    idf_cap_papers: int = features.IDF_CAP_PAPERS
    max_team: int = MAX_TEAM
    threshold: float | None = None

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
