"""How many people are expected to share a name: a prior on name ambiguity (pure).

Most names in a bibliography belong to one person; a few ("Wei Wang") to many. Following
Torvik & Smalheiser's name-frequency prior, name statistics say which is which: a name whose
given name and family name are both frequent is expected to be borne by several people, a name
made of rare parts by one. If given and family names combined independently, among
REFERENCE_NAMES distinct author names the number of *other* names written exactly like this one
would be

    lambda = REFERENCE_NAMES * (n(given) / N) * (n(family) / N)

with N the corpus's distinct author names (suffix dropped), n(given) those with this first given
name (with this initial, for a name written with initials only) and n(family) those with this
family name. The corpus says how common each part is (its shares); how many people share a
name is a property of the world of authors, which Torvik & Smalheiser read off the whole of
MEDLINE, not of how much of it was loaded. With the corpus's own N in place of REFERENCE_NAMES
lambda grew in proportion to the corpus, more careers were held to the full threshold, and
recall fell with size on the synthetic corpora, whose share of shared names is DBLP's at every
size. The distinct-name counts see a name borne by
several people only once, so they undercount; lambda is read on the scale LAMBDA_SCALE, and
exp(-lambda / LAMBDA_SCALE) is taken as the probability that nobody else bears the name
(Poisson).

The merge threshold of a name group is then the mix of the threshold for a name that one person
bears, UNIQUE_FACTOR * t, and the tuned threshold t (set on aminer-dev, whose names are all
highly ambiguous), weighted by those probabilities:

    threshold = t * (1 - (1 - UNIQUE_FACTOR) * exp(-lambda / LAMBDA_SCALE))

A common name keeps t; a rare name merges its seeds on far less shared text, down to a quarter
of t (never to zero: seeds that share nothing at all stay apart, whatever the prior). The
parameters LAMBDA_SCALE and UNIQUE_FACTOR were chosen together, at REFERENCE_NAMES about the
size of the corpora they were set on: without the floor (UNIQUE_FACTOR = 0) aminer-dev's
precision falls below 0.95, because a few of its names are made of parts rare in that small
corpus and still shared by several people (Sanjay Jain, 5 people; Young Park, 9).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from graph.names import base_key, normalize, parse_name

# Set on the first half of aminer-dev with the 10k-paper synthetic corpus (see
# graph/resolution/__init__.py): expected homonyms at which a name counts as shared (1 - 1/e).
LAMBDA_SCALE = 0.03
# The world's size on which lambda is read: about the distinct names of the corpora the scale
# was set on (aminer-dev 4,504, synthetic 10k 6,278), so that it holds there.
REFERENCE_NAMES = 5000
# The threshold of a name nobody else bears, as a fraction of the tuned one.
UNIQUE_FACTOR = 0.25


def _parts(name: str) -> tuple[str, str]:
    """First given name (or initial) and family name, in key form."""
    parsed = parse_name(name)
    given = normalize(parsed.given).split()
    return (given[0] if given else ""), normalize(parsed.family)


@dataclass
class NameStats:
    """Counts of given names, initials and family names over the corpus's distinct names."""

    names: int = 0
    given: Counter[str] = field(default_factory=Counter)
    initials: Counter[str] = field(default_factory=Counter)
    family: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, names: Iterable[str]) -> NameStats:
        stats = cls()
        for given, family in {base_key(n): _parts(n) for n in names}.values():
            stats.names += 1
            if len(given) > 1:
                stats.given[given] += 1
            if given:
                stats.initials[given[0]] += 1
            stats.family[family] += 1
        return stats

    def expected_homonyms(
        self, names: Iterable[str], reference_names: int = REFERENCE_NAMES
    ) -> float:
        """Lambda of a name group: for its most frequent full form (a form with a full given
        name before one with initials only, e.g. "Han Cai" before "H. Cai")."""
        forms = Counter(_parts(n) for n in names)
        if not forms or not self.names:
            return 0.0
        given, family = max(forms, key=lambda f: (len(f[0]) > 1, forms[f], f))
        n_given = self.given[given] if len(given) > 1 else self.initials[given[:1]]
        return reference_names * n_given * self.family[family] / self.names**2


def name_threshold(
    threshold: float,
    expected_homonyms: float,
    scale: float = LAMBDA_SCALE,
    unique_factor: float = UNIQUE_FACTOR,
) -> float:
    """The merge threshold of a name group: `threshold` for a name others surely bear, down to
    `unique_factor` of it for a name nobody else is expected to bear."""
    unique = math.exp(-expected_homonyms / scale)
    return threshold * (1.0 - (1.0 - unique_factor) * unique)
