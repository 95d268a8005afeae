"""Resolution: same-name mentions into people (see pipeline.py for the steps).

Parameters (gathered in parameters.py, so a run can vary them), each with its reason, set on
the first half of aminer-dev (and, where corpus size matters, on the synthetic corpora):
- merge threshold 0.08 on the cosine of cluster profiles (merge.py), for a name others are
  sure to bear; a name few others are expected to bear (the name-frequency prior, prior.py)
  merges at less, down to a quarter of it: expected homonyms read on the scale 0.03 (set on
  the first half of aminer-dev with the 10k-paper synthetic corpus) in a world of 5,000
  names, whatever the corpus size;
- two clusters of 20+ papers each need 1.5 times that (merge.py: they share no coauthor);
- strong text links: mutual 3-nearest neighbours with cosine 0.30 or more (textlinks.py),
  which attach mentions to a seed and never bridge two seeds of several mentions;
- papers of more than 100 authors give no coauthor evidence (graph/teams.py, as in
  the loaders' COAUTHOR);
- every term type of a profile weighs the same: IDF does the weighting (features.py), up to
  one paper in 2,000 (rarer terms weigh the same at any corpus size, as in the corpora the
  rest was set on).
"""

from graph.resolution.pipeline import ResolveSummary, resolve

__all__ = ["ResolveSummary", "resolve"]
