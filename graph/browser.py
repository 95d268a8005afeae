"""Neo4j Browser: namesake's graph style, and links that open Browser with a query ready to run.

The style (GRASS: captions, colours and sizes per label and relationship type) is applied by the
managed server on every connection: its `neo4j.conf` sets `browser.post_connect_cmd` to
`style {...}`, the style as one line of JSON, which Browser runs as `:style {...}` after
connecting. JSON because Browser splits `post_connect_cmd` at `;` outside quotes, and GRASS's CSS
form separates its properties with `;`. For other servers, `grass_text()` is the same style as a
`.grass` file (drop it on Browser's style panel) and `style_command()` the one-line command.

Links: `<browser>/?dbms=bolt://<user>@<host>:<port>&cmd=edit&arg=<text>` opens Browser's connect
form for that server and user, and puts the text in the editor (never run unasked: Browser only
runs `:play`/`:guide` from a URL). The text is a query of `cypher/queries/` with its values
written in (see `editor_text`). Browser decodes the whole URL before it cuts the argument at `&`
or `#`, so the text may contain neither (the query files are written without them; a test
checks, and the name keys are normalised to letters, digits and spaces).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import quote

import cypher
from graph.names import base_key, block_key

QUERY_PACKAGE = "queries"
NAME_QUERY = "person_subgraph"  # `namesake browse NAME`
START_QUERY = "most_ambiguous_names"  # `namesake browse`, without a name
DEFAULT_TOP = 6  # coauthors per person in the Browser views
DEFAULT_LIMIT = 25  # rows of the ranking queries
DEFAULT_MAX_SCORE = 0.5  # what counts as a low-score assignment
NAME_OPTIONAL = frozenset({"curated_corrections"})  # $key may be null there: every name
URL_BREAKERS = ("&", "#")

_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")

# Selector -> GRASS properties. "node" and "relationship" are Browser's own defaults: a style
# replaces Browser's whole stylesheet, so they are repeated for labels namesake does not style.
GRASS: dict[str, dict[str, str]] = {
    "node": {
        "diameter": "50px",
        "color": "#A5ABB6",
        "border-color": "#9AA1AC",
        "border-width": "2px",
        "text-color-internal": "#FFFFFF",
        "font-size": "10px",
    },
    "relationship": {
        "color": "#A5ABB6",
        "shaft-width": "1px",
        "font-size": "8px",
        "padding": "3px",
        "text-color-external": "#000000",
        "text-color-internal": "#FFFFFF",
        "caption": "<type>",
    },
    "node.Person": {
        "color": "#F79767",
        "border-color": "#F36924",
        "diameter": "80px",
        "text-color-internal": "#FFFFFF",
        "font-size": "13px",
        "caption": "{name}",
    },
    "node.Mention": {
        "color": "#C990C0",
        "border-color": "#B261A5",
        "diameter": "30px",
        "text-color-internal": "#FFFFFF",
        "font-size": "8px",
        "caption": "{name}",
    },
    "node.Author": {
        "color": "#57C7E3",
        "border-color": "#23B3D7",
        "diameter": "50px",
        "text-color-internal": "#2A2C34",
        "font-size": "10px",
        "caption": "{name}",
    },
    "node.Paper": {
        "color": "#4C8EDA",
        "border-color": "#2870C2",
        "diameter": "65px",
        "text-color-internal": "#FFFFFF",
        "font-size": "9px",
        "caption": "{title}",
    },
    "node.Venue": {
        "color": "#8DCC93",
        "border-color": "#5DB665",
        "diameter": "55px",
        "text-color-internal": "#2A2C34",
        "font-size": "11px",
        "caption": "{name}",
    },
    "node.Curation": {
        "color": "#F16667",
        "border-color": "#EB2728",
        "diameter": "45px",
        "text-color-internal": "#FFFFFF",
        "font-size": "10px",
        "caption": "{kind}",
    },
    "node.SourcePerson": {
        "color": "#D9C8AE",
        "border-color": "#C0A378",
        "diameter": "45px",
        "text-color-internal": "#2A2C34",
        "font-size": "9px",
        "caption": "{source_id}",
    },
    "relationship.RESOLVED_TO": {"color": "#F79767", "shaft-width": "3px", "caption": "{score}"},
    "relationship.EVIDENCE": {"color": "#F16667", "shaft-width": "2px", "caption": "{weight}"},
    "relationship.COAUTHOR": {"color": "#57C7E3", "shaft-width": "2px", "caption": "{papers}"},
    "relationship.PUBLISHED_IN": {"color": "#8DCC93", "caption": "{year}"},
    "relationship.OF": {"caption": "<type>"},
    "relationship.NAMED": {"caption": "<type>"},
    "relationship.ABOUT": {"color": "#F16667", "caption": "<type>"},
    "relationship.HAS_NAME": {"caption": "<type>"},
}


def grass_json() -> str:
    """The style as one line of JSON (Browser's `:style` accepts JSON as well as CSS)."""
    return json.dumps(GRASS, separators=(",", ":"))


def grass_text() -> str:
    """The style as a `.grass` file, the CSS-like form Browser exports and accepts."""
    blocks = []
    for selector, properties in GRASS.items():
        lines = [f"  {key}: {_grass_value(key, value)};" for key, value in properties.items()]
        blocks.append(f"{selector} {{\n" + "\n".join(lines) + "\n}")
    return "\n".join(blocks) + "\n"


def _grass_value(key: str, value: str) -> str:
    return f'"{value}"' if key == "caption" else value


def style_command() -> str:
    """The command that applies the style in any Browser: paste it in the editor and run it."""
    return f":style {grass_json()}"


def post_connect_command() -> str:
    """The value of `browser.post_connect_cmd` (Browser adds the leading colon)."""
    return f"style {grass_json()}"


# -- the query library -------------------------------------------------------------------------


def query_names() -> list[str]:
    """The files of `cypher/queries/`, by name."""
    folder = resources.files(cypher).joinpath(QUERY_PACKAGE)
    return sorted(
        Path(entry.name).stem for entry in folder.iterdir() if entry.name.endswith(".cypher")
    )


def query_text(name: str) -> str:
    return cypher.load(f"{QUERY_PACKAGE}/{name}")


def header(text: str) -> str:
    """The leading `//` comment block of a query file."""
    lines = []
    for line in text.splitlines():
        if not line.lstrip().startswith("//"):
            break
        lines.append(line.lstrip()[2:].strip())
    return "\n".join(lines)


def query_parameters(text: str) -> list[str]:
    """The `$parameters` a statement uses (comments left out), in order of first use."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return list(dict.fromkeys(_PARAMETER.findall(body)))


def name_parameters(name: str | None) -> dict[str, object]:
    """The values `namesake browse` can give a query: the name's keys (null without a name)
    and the defaults for sizes and thresholds."""
    return {
        "key": base_key(name) if name else None,
        "block": block_key(name) if name else None,
        "top": DEFAULT_TOP,
        "limit": DEFAULT_LIMIT,
        "max_score": DEFAULT_MAX_SCORE,
    }


def needs_name(query: str) -> bool:
    """Whether the query is about one name (and so cannot run without one)."""
    uses = set(query_parameters(query_text(query)))
    return bool(uses & {"key", "block"}) and query not in NAME_OPTIONAL


def browsable_queries() -> list[str]:
    """Queries whose parameters all come from a name (the others need a person id or mention
    keys, which are looked up first)."""
    known = set(name_parameters(None))
    return [n for n in query_names() if set(query_parameters(query_text(n))) <= known]


def default_query(name: str | None) -> str:
    return NAME_QUERY if name else START_QUERY


def editor_text(query: str, values: Mapping[str, object]) -> str:
    """The query for Browser's editor, as one statement with its parameter values written in.

    Browser cannot take parameters from a URL, and it runs a script of `:param` lines plus a
    query in its multi-statement mode, which shows each statement's status but not its result.
    So the values (namesake's own: normalised name keys and numbers) are written in as Cypher
    literals, and a first comment line names the file and the values; the file's own header is
    left out to keep the URL short."""
    text = query_text(query)
    needed = query_parameters(text)
    missing = [p for p in needed if p not in values]
    if missing:
        raise ValueError(f"{query} needs ${', $'.join(missing)}")
    literals = {p: cypher_literal(values[p]) for p in needed}
    given = ", ".join(f"${p} = {literal}" for p, literal in literals.items())
    body = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    statement = _PARAMETER.sub(lambda m: literals[m.group(1)], "\n".join(body)).strip()
    first = f"// {query} (cypher/queries/{query}.cypher)" + (f": {given}" if given else "")
    return f"{first}\n{statement}"


def cypher_literal(value: object) -> str:
    """A Cypher literal: JSON's strings, numbers, booleans and null are Cypher's too (escapes
    included)."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"no Cypher literal for {value}")
    if value is None or isinstance(value, (bool, int, float, str)):
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


# -- links and login ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Login:
    """Who logs in to Browser. The password itself is never printed: only where it is."""

    user: str
    password_file: Path | None = None

    def describe(self) -> str:
        if self.password_file is None:
            return f"user {self.user}, with the password you gave namesake (NEO4J_PASSWORD)"
        return f"user {self.user}, password in {self.password_file}"


def connect_target(bolt_uri: str, user: str) -> str:
    """`bolt://host:port` with the user put in, as Browser's `dbms` parameter expects. The
    user is encoded here and the whole value again in the URL: Browser decodes it twice."""
    scheme, sep, rest = bolt_uri.partition("://")
    if not sep:
        raise ValueError(f"not a Bolt URI: {bolt_uri!r}")
    return f"{scheme}://{quote(user, safe='')}@{rest.split('@')[-1]}"


def browser_link(browser_url: str, bolt_uri: str, user: str, editor: str | None = None) -> str:
    """The Browser URL that connects to `bolt_uri` as `user` with `editor` in the editor."""
    base = browser_url if browser_url.endswith("/") else browser_url + "/"
    url = f"{base}?dbms={quote(connect_target(bolt_uri, user), safe=':/@')}"
    if editor:
        breakers = [c for c in URL_BREAKERS if c in editor]
        if breakers:
            raise ValueError(
                f"Browser cuts a URL argument at {' and '.join(breakers)}: the "
                "editor text cannot hold them"
            )
        url += f"&cmd=edit&arg={quote(editor, safe='')}"
    return url


def name_link(
    browser_url: str, bolt_uri: str, user: str, name: str | None, query: str | None = None
) -> str:
    """The link for `namesake browse [NAME]`: the name's query (or `query`) ready to run."""
    chosen = query or default_query(name)
    if needs_name(chosen) and not name:
        raise ValueError(f"{chosen} is about one name: give the name")
    return browser_link(browser_url, bolt_uri, user, editor_text(chosen, name_parameters(name)))
