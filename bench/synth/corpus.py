"""The public entry points: the papers as a stream, or the three files of a corpus."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from bench.synth.papers import Corpus
from bench.synth.params import Params, PhysicsParams
from bench.synth.physics import PhysicsCorpus

PROFILES = ("dblp", "physics")


def generate(papers: int, seed: int, params: Params | None = None) -> Iterator[dict[str, Any]]:
    """Yield `papers` paper dicts in the generic JSONL format (DESIGN.md), streaming."""
    for paper, _ in Corpus(papers, seed, params).papers():
        yield paper


def write_corpus(
    out_dir: str | Path,
    papers: int,
    seed: int,
    params: Params | PhysicsParams | None = None,
    profile: str = "dblp",
) -> dict[str, Any]:
    """Write corpus.jsonl, truth.jsonl and stats.json into `out_dir`; return the stats.
    `profile`: "dblp" (Corpus, `Params`) or "physics" (PhysicsCorpus, `PhysicsParams`)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    corpus: Corpus | PhysicsCorpus
    if profile == "physics":
        corpus = PhysicsCorpus(papers, seed, params if isinstance(params, PhysicsParams) else None)
    elif profile == "dblp":
        corpus = Corpus(papers, seed, params if isinstance(params, Params) else None)
    else:
        raise ValueError(f"unknown profile {profile!r}: one of {', '.join(PROFILES)}")
    encode = json.JSONEncoder(ensure_ascii=False).encode
    with (
        (out / "corpus.jsonl").open("w", encoding="utf-8", newline="\n") as papers_file,
        (out / "truth.jsonl").open("w", encoding="utf-8", newline="\n") as truth_file,
    ):
        for paper, gold in corpus.papers():
            papers_file.write(encode(paper))
            papers_file.write("\n")
            paper_json = encode_basestring(paper["id"])
            truth_file.write(
                "".join(
                    f'{{"paper": {paper_json}, "name": {encode_basestring(a["name"])}, '
                    f'"person": {encode_basestring(person)}}}\n'
                    for a, person in zip(paper["authors"], gold, strict=True)
                )
            )
    stats = corpus.stats()
    stats["params"] = dict(asdict(corpus.p))
    (out / "stats.json").write_text(
        json.dumps(stats, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return stats
