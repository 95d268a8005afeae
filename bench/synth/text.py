"""The words of a paper: title, keywords and abstract, drawn from its community's vocabulary."""

from __future__ import annotations

import random
from functools import lru_cache

from bench.synth.communities import Community
from bench.synth.sampling import choice
from bench.synth.tables.topics import (
    METHOD_WORDS,
    PROPERTY_WORDS,
    SMALL_WORDS,
    STUDY_WORDS,
    SYSTEM_SUFFIXES,
    TITLE_TEMPLATES,
)


def terms(rng: random.Random, comm: Community, lead: int, n: int) -> list[str]:
    """`n` distinct terms: the lead author's favourites half of the time."""
    out: list[str] = []
    for _ in range(n * 4):
        if lead >= 0 and rng.random() < 0.5:
            k = int(rng.random() * 5)
            term = comm.terms[(lead * 2654435761 + k * 40503) % len(comm.terms)]
        else:
            term = comm.term(rng)
        if term not in out:
            out.append(term)
            if len(out) == n:
                break
    return out


def title(rng: random.Random, comm: Community, lead: int) -> str:
    """A title on two terms, half of them the lead author's favourites (no lead: -1)."""
    a, b = [*terms(rng, comm, lead, 2), "systems"][:2]
    template = choice(rng, TITLE_TEMPLATES)
    system = a.split()[0].replace("-", "").capitalize() + choice(rng, SYSTEM_SUFFIXES)
    return template.format(
        A=title_case(a),
        B=title_case(b),
        M=choice(rng, METHOD_WORDS),
        P=choice(rng, PROPERTY_WORDS),
        S=choice(rng, STUDY_WORDS),
        X=system,
    )


def keywords(rng: random.Random, comm: Community, share: float) -> list[str]:
    """2-5 keywords on `share` of the papers, else none."""
    if rng.random() >= share:
        return []
    return terms(rng, comm, -1, rng.randint(2, 5))


def abstract(rng: random.Random, comm: Community, share: float) -> str | None:
    """A one-template abstract on `share` of the papers, else None."""
    if rng.random() >= share:
        return None
    a, b, c = [*terms(rng, comm, -1, 3), "data", "models"][:3]
    method = choice(rng, METHOD_WORDS).lower()
    article = "an" if method[0] in "aeiou" else "a"
    return (
        f"We study {a} in the context of {b}. We propose {article} {method} method "
        f"based on {c} and show that it improves on the state of the art."
    )


@lru_cache(maxsize=1 << 12)
def title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        w if (i and w in SMALL_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )
