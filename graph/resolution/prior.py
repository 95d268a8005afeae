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
MEDLINE, not of how much of it was loaded: with the corpus's own N in place of REFERENCE_NAMES,
lambda grows in proportion to the corpus and every name looks more ambiguous the more papers
are loaded. The merge model reads log(1 + lambda) as a feature (views.py): a name few others
are expected to bear merges on less shared evidence than "Wei Wang".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from graph.names import base_key, normalize, parse_name

# The world's size on which lambda is read: about the distinct names of the corpora the model
# was first built on (aminer-dev 4,504, synthetic 10k 6,278).
REFERENCE_NAMES = 5000


def given_and_family(name: str) -> tuple[str, str]:
    """First given name (or initial) and family name, in key form."""
    parsed = parse_name(name)
    given = normalize(parsed.given).split()
    return (given[0] if given else ""), normalize(parsed.family)


def full_given_words(name: str) -> list[str]:
    """The given names written in full (not initials), in key form: "philip" of "C. L. Philip
    Chen"."""
    return [word for word in normalize(parse_name(name).given).split() if len(word) > 1]


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
        for given, family in {base_key(n): given_and_family(n) for n in names}.values():
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
        forms = Counter(given_and_family(n) for n in names)
        if not forms or not self.names:
            return 0.0
        given, family = max(forms, key=lambda f: (len(f[0]) > 1, forms[f], f))
        n_given = self.given[given] if len(given) > 1 else self.initials[given[:1]]
        return reference_names * n_given * self.family[family] / self.names**2
