"""The generator's data: name frequency tables, places and research topics (no code but the
weighting helpers of `weights`)."""
