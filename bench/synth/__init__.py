"""A seeded synthetic corpus shaped like DBLP, in the generic JSONL format, with gold labels.

    python -m bench.synth --papers 100000 --seed 7 --out DIR

writes DIR/corpus.jsonl (one paper per line, DESIGN.md "Exchange formats"), DIR/truth.jsonl
(one gold label per author slot: {"paper", "name" as written, "person"}) and DIR/stats.json.
From Python: `generate(papers, seed)` yields the paper dicts, `Corpus(papers, seed).papers()`
yields (paper dict, gold person id of each slot), `write_corpus(out, papers, seed)` writes the
three files and returns the statistics. Papers are generated and written one at a time; the
people (a few hundred thousand at 1M papers) are held in compact arrays.
The same (papers, seed, params) give byte-identical files; only the standard library and the
project's name normalisation (`graph.names.normalize`) are used (`random.Random` seeded with a
string, whose algorithms are stable across Python 3 versions).

The model, in the order it is built (every number is a field of `Params`):

- Years `first_year`..`last_year`; papers per year grow by `growth` (e-folding), as DBLP's do.
- Communities: about `papers / papers_per_community` (at least one per area), each a sub-field
  of one of 16 areas with its own venues and vocabulary (the area's terms in its own order of
  preference, plus terms of its own); community sizes are Zipf-like. Titles, keywords and
  abstracts are drawn from the vocabulary, half of the title terms from a few favourite terms of
  the first author, so that title overlap carries signal.
- People, created until their active person-years can carry the expected author slots at
  `mentions_per_person_year`. Each has a community, a career (start year drawn with the same
  growth, length lognormal; lab heads have 12-40 years), a productivity rate (lognormal, clipped,
  lab heads `head_rate` times higher), a lab (a lab head of the community active when they
  start, preferably of their region) whose institution is their affiliation, for some a move to
  another lab mid-career (a second affiliation), and for a few an ORCID.
- Names. How many people share each name is drawn first: one person with probability
  1 - `homonym_share`, else a power law (`homonym_exponent`) truncated at its expected maximum.
  Real names are then drawn from per-origin frequency tables (Chinese, Western in seven
  languages, Indian, Korean, Japanese, Vietnamese, Middle-Eastern; common names from real
  frequency lists, rare ones built from parts) and the names drawn most often go to the largest
  groups, so "Wei Wang" and "Jun Zhang" are the most shared names at every size, about 10% of
  names are shared (DBLP's rate) at every size, and the largest groups grow with the corpus.
  The name's origin sets the region of the person's lab.
- Papers, streamed year by year. A lead author is drawn among the people active that year in
  proportion to their rate (people in their last year without a paper lead one first, so that
  everyone appears); the team size from a DBLP-like table (1-8 typical, a power-law tail to
  `team_tail_max`); the coauthors from the lead's recent coauthors, the lab (its head first, who
  signs last), the community and, rarely, anyone, all active that year. `mega_rate` of the
  papers (from `mega_first_year` on) are collaboration papers of `mega_min`..`mega_max`
  (log-uniform, at most the members active that year) authors in alphabetical order, drawn from
  physics/astronomy collaborations of `collaboration_min`..`collaboration_max` people.
- Names as written: mostly the person's own spelling; at low rates a variant (initials
  "W. Wang", reversed order "Wang Wei" for Chinese names, the other hyphenation
  "Wei-Jie"/"Weijie", accents dropped or added, a middle initial dropped). The truth always
  points to the person. No two slots of one paper have the same normalised name (a truth label
  is keyed by paper and name): the second such person is left off the paper.

`--profile physics` (`write_corpus(..., profile="physics")`, physics.py with `PhysicsParams`)
writes a corpus shaped like astrophysics or particle physics instead: collaborations of a few
thousand people signing hundreds of papers with alphabetical author lists of up to 3,000 names,
small-team papers beside them, names written "Family, I. J." so that many people share a
surname and first initial. Same files, same gold format.

Gold person ids look like DBLP's: the person's usual name, with a 4-digit suffix when several
people share that name ("Wei Wang 0007").

The package, in the order of the model: `params` (the knobs), `tables/` (names, places, topics),
`sampling`, `names` (keys, the book of usual names, variants) and `drawer` (drawing names),
`communities`, `population` and `people` (building it), `teams` (who writes a paper), `text`,
`papers` (the `Corpus`), `stats`, `corpus` (`generate`, `write_corpus`) and `cli`; the physics
profile in `physics_people` and `physics`.
"""

from __future__ import annotations

from bench.synth.cli import main
from bench.synth.communities import Community
from bench.synth.corpus import generate, write_corpus
from bench.synth.drawer import NameDrawer
from bench.synth.names import ACCENT, HYPHEN, INITIALS, MIDDLE, REVERSED, NameBook, name_key
from bench.synth.papers import Corpus
from bench.synth.params import Params, PhysicsParams
from bench.synth.physics import PhysicsCorpus
from bench.synth.population import Population
from bench.synth.tables.names_asia import (
    CN_FAMILY,
    CN_GIVEN,
    CN_SYLLABLE_1,
    CN_SYLLABLE_2,
    IN_FAMILY,
    IN_GIVEN,
    JP_FAMILY,
    JP_GIVEN,
    KR_FAMILY,
    KR_SYLLABLE_1,
    KR_SYLLABLE_2,
    ME_FAMILY,
    ME_GIVEN,
    RARE_PARTS,
    VN_FAMILY,
    VN_GIVEN,
    VN_MIDDLE,
)
from bench.synth.tables.names_west import MIDDLE_INITIALS, WE_INFIXES, WE_LANGUAGES, WE_STEMS
from bench.synth.tables.places import INSTITUTIONS, ORIGINS, REGION_OF_ORIGIN
from bench.synth.tables.topics import (
    AREAS,
    BIG_SCIENCE,
    METHOD_WORDS,
    MODIFIERS,
    PROPERTY_WORDS,
    STUDY_WORDS,
    SYSTEM_SUFFIXES,
    TITLE_TEMPLATES,
)

__all__ = [
    "ACCENT",
    "AREAS",
    "BIG_SCIENCE",
    "CN_FAMILY",
    "CN_GIVEN",
    "CN_SYLLABLE_1",
    "CN_SYLLABLE_2",
    "HYPHEN",
    "INITIALS",
    "INSTITUTIONS",
    "IN_FAMILY",
    "IN_GIVEN",
    "JP_FAMILY",
    "JP_GIVEN",
    "KR_FAMILY",
    "KR_SYLLABLE_1",
    "KR_SYLLABLE_2",
    "METHOD_WORDS",
    "ME_FAMILY",
    "ME_GIVEN",
    "MIDDLE",
    "MIDDLE_INITIALS",
    "MODIFIERS",
    "ORIGINS",
    "PROPERTY_WORDS",
    "RARE_PARTS",
    "REGION_OF_ORIGIN",
    "REVERSED",
    "STUDY_WORDS",
    "SYSTEM_SUFFIXES",
    "TITLE_TEMPLATES",
    "VN_FAMILY",
    "VN_GIVEN",
    "VN_MIDDLE",
    "WE_INFIXES",
    "WE_LANGUAGES",
    "WE_STEMS",
    "Community",
    "Corpus",
    "NameBook",
    "NameDrawer",
    "Params",
    "PhysicsCorpus",
    "PhysicsParams",
    "Population",
    "generate",
    "main",
    "name_key",
    "write_corpus",
]
