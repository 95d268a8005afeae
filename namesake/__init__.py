"""namesake's command line (`namesake.cli`), over the library in graph/, loaders/ and cypher/."""

from graph import __version__

__all__ = ["__version__"]
