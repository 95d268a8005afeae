"""Learning the merge model from labelled data: `namesake train`.

Kept apart from graph/resolution/, which never reads a gold label: the resolution reads the
model file this package writes, nothing else of it.
"""
