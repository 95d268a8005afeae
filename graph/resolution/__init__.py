"""Resolution: same-name mentions into people (pipeline.py has the steps).

What decides a merge is learned (model.py, trained by graph/learning/); what remains set by
hand shapes the evidence and the statistics the model reads, gathered in parameters.py so that
a run can vary them.
"""

from graph.resolution.pipeline import ResolveSummary, resolve

__all__ = ["ResolveSummary", "resolve"]
