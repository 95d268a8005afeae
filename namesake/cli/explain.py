"""`namesake explain`: why a mention belongs to its person, or why two are together or apart."""

from __future__ import annotations

import json

import click

from graph.explain import (
    EvidenceLink,
    MentionExplanation,
    MergeReasons,
    PairExplanation,
    SharedCoauthors,
    explain_mention,
    explain_pair,
    find_mention,
)
from graph.wording import counted, titled
from namesake.cli.context import AppContext, json_option, pass_app


@click.command()
@click.option("--paper", required=True, help="The paper (its id in its source).")
@click.option("--name", required=True, help="The author name on that paper.")
@click.option("--other-paper", help="A second mention's paper, to explain the two together.")
@click.option("--other-name", help="The author name on the second paper (default: --name).")
@json_option
@pass_app
def explain(
    app: AppContext,
    paper: str,
    name: str,
    other_paper: str | None,
    other_name: str | None,
    as_json: bool,
) -> None:
    """Why a mention belongs to its person: score, evidence, rules, community, curations.

    With --other-paper: why the two mentions are one person or two.

    \b
    Examples:
      namesake explain --paper 27564 --name "Feng Liu"
      namesake explain --paper 27564 --name "Feng Liu" --other-paper 7957 --json
    """
    db = app.database()
    first = find_mention(db, paper, name)
    if other_paper is None:
        mention = explain_mention(db, first, app.model())
        click.echo(
            json.dumps(mention, indent=2, default=str) if as_json else _mention_text(mention)
        )
        return
    second = find_mention(db, other_paper, other_name or name)
    pair = explain_pair(db, first, second)
    click.echo(json.dumps(pair, indent=2, default=str) if as_json else _pair_text(pair))


def _mention_text(m: MentionExplanation) -> str:
    if m["person"] is None:
        return f"{m['name']} on {m['paper']} is not resolved yet: run namesake resolve."
    merge = m["merge"]
    join = (
        f"merged in with probability {merge['probability']:.2f} "
        f"(the merge model joins from {merge['threshold']:.2f})"
        if merge is not None
        else "in the person's founding seed"
    )
    lines = [
        f"{m['name']} on {m['paper']} ({m['year']}): {titled(m['title'])}",
        f"  person {m['person']} ({m['person_name']}, {m['person_mentions']} mentions), "
        f"score {m['score']:.2f}: evidence seed of {counted(m['seed_size'], 'mention')} "
        f"(seed score {m['seed_score']:.2f}), {join}",
    ]
    if merge is not None:
        lines += _merge_lines(merge)
    lines += ["  evidence:" if m["evidence"] else "  no evidence link to another mention"]
    lines += [_evidence_line(e) for e in m["evidence"]]
    lines += [
        f"  curation {c['id']} ({c['kind']}, {c['role']}, "
        f"{'active' if c['active'] else 'undone'}) by {c['who']}: {c['why'] or ''}"
        for c in m["curations"]
    ]
    return "\n".join(lines)


def _merge_lines(merge: MergeReasons) -> list[str]:
    lines = [
        "  what moved that merge most (log-odds, from a base of "
        f"{merge['base']:+.2f} for any pair):"
    ]
    for reason in merge["reasons"]:
        value = "unknown" if reason["value"] is None else f"{reason['value']:g}"
        lines.append(f"    {reason['contribution']:+.2f}  {reason['words']}: {value}")
    if not merge["same_model"]:
        lines.append("  (the persons were made by another merge model: re-run namesake resolve)")
    return lines


def _evidence_line(e: EvidenceLink) -> str:
    why = []
    if e["coauthors"]:
        why.append("shared coauthors " + _coauthors(e))
    if e["title_match"]:
        why.append("same title")
    if e["rule"]:
        why.append(e["rule"])
    where = "same person" if e["same_person"] else "another person"
    return f"    {e['weight']:6.2f}  {e['paper']} ({where}): {'; '.join(why)}"


def _coauthors(link: SharedCoauthors) -> str:
    """Shared coauthor names; a subject name (on half the corpus's papers or more) was
    counted only as one resolved person (rules/coauthor_person), and says so."""
    return ", ".join(
        f"{c} (one person)" if c in link["by_person"] else c for c in link["coauthors"] or []
    )


def _pair_text(r: PairExplanation) -> str:
    a, b = r["first"], r["second"]
    verdict = "one person" if r["same_person"] else "two people"
    lines = [
        f"{a['name']} on {a['paper']} and {b['name']} on {b['paper']}: {verdict} "
        f"({a['person']}, {b['person']})"
    ]
    if r["path"]:
        lines.append("  evidence chain:")
        lines += [
            f"    {h['from_paper']} -> {h['to_paper']}: "
            + "; ".join(
                filter(
                    None,
                    [
                        "coauthors " + _coauthors(h) if h["coauthors"] else "",
                        "same title" if h["title_match"] else "",
                        h["rule"] or "",
                    ],
                )
            )
            for h in r["path"]
        ]
    else:
        lines.append("  no chain of evidence links between them")
    lines += [f"  apart because {reason}" for reason in r["apart_because"]]
    if "shared" in r:
        shared = r["shared"]
        lines.append(
            f"  their persons share coauthors: {', '.join(shared['coauthors']) or 'none'}"
            f"; venues: {', '.join(shared['venues']) or 'none'} (the merge model joins "
            f"two clusters from probability {r['threshold']})"
        )
    return "\n".join(lines)
