"""Resolution: same-name mentions into people (see pipeline.py for the steps).

Parameters, few and principled: the merge threshold (0.08, the one tuned value, chosen on the
first half of aminer-dev), the team size above which a paper gives no coauthor evidence (100),
and equal weights for every term type of a profile (IDF does the weighting).
"""

from graph.resolution.pipeline import ResolveSummary, resolve

__all__ = ["ResolveSummary", "resolve"]
