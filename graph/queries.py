"""Competency queries: load ``ontology/queries/*.rq`` and format results."""

from __future__ import annotations

import csv
import io
import json
import re
from functools import cache

from graph.errors import QueryError
from graph.names import did_you_mean, folded
from graph.paths import ONTOLOGY
from graph.store import QueryResult, Store

QUERY_DIR = ONTOLOGY / "queries"
FORMATS = ("table", "csv", "tsv", "json")


def names() -> list[str]:
    """Names of the shipped queries (file stems of ``ontology/queries/*.rq``)."""
    return sorted(p.stem for p in QUERY_DIR.glob("*.rq"))


@cache
def load(name: str) -> str:
    """The SPARQL text of a shipped query; QueryError lists the known names."""
    path = QUERY_DIR / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no competency query named {name!r} — known: {', '.join(names())}")
    return path.read_text(encoding="utf-8")


def parameters(name: str) -> list[str]:
    """The variables a competency query may be asked about (its ``# parameters:`` line):
    ``mekg query --cq NAME --where VARIABLE=VALUE`` binds them."""
    for line in load(name).splitlines():
        if line.startswith("# parameters:"):
            return line.split(":", 1)[1].split()
    return []


def bindings(name: str | None, where: dict[str, str]) -> dict[str, str]:
    """``where`` checked against the parameters of query ``name`` (any variable for
    a query of the user's own, ``name`` None); QueryError names the allowed ones."""
    if name is not None:
        allowed = parameters(name)
        for variable in where:
            if variable not in allowed:
                raise QueryError(
                    f"{name} cannot be asked about {variable!r} — its parameters: "
                    f"{', '.join(allowed) or 'none'}"
                )
    return where


# What a parameter of the competency queries holds, and so how a user's value is read:
# an entity's label (any case or accents, its gazetteer name, an alias or its Wikidata ID),
# a territory (code or name in any of the three languages), an article's name, a kind.
LABEL_PARAMETERS = ("company", "organization", "person", "product", "retailer")
TERRITORY_PARAMETERS = ("market", "region")
KINDS = ("company", "retailer", "carrier", "media", "other")


def run(store: Store, name: str, where: dict[str, str] | None = None) -> QueryResult:
    """Run competency query ``name`` with ``where`` read as :func:`resolve` reads it."""
    values = resolve(store, name, where or {})
    return store.query(load(name), values or None)


def resolve(store: Store, name: str, where: dict[str, str]) -> dict[str, list[str]]:
    """The stored values each ``where`` value of query ``name`` means, matched the way
    ``render --focus`` matches: ``company="byd"`` binds "BYD", ``market="Deutschland"``
    binds "DE". QueryError with a "did you mean" when a value means nothing in the store."""
    values: dict[str, list[str]] = {}
    for variable, value in bindings(name, where).items():
        if variable in TERRITORY_PARAMETERS:
            from graph import geo  # noqa: PLC0415

            code = geo.find_code(value)
            if code is None:
                raise QueryError(
                    f"no market named {value!r}{did_you_mean(value, geo.market_names())} "
                    "(a code such as DE or 419, or a name in German, English or Spanish)"
                )
            values[variable] = [code]
        elif variable in LABEL_PARAMETERS:
            values[variable] = _labels_meaning(store, variable, value)
        elif variable == "source":
            values[variable] = _matching(value, _source_names(store, value), "article named")
        elif variable == "kind":
            values[variable] = _matching(value, list(KINDS), "kind of organisation named")
        else:
            values[variable] = [value]
    return values


def _matching(value: str, known: list[str], what: str) -> list[str]:
    found = [name for name in known if folded(name) == folded(value)]
    if not found:
        raise QueryError(f"no {what} {value!r} in the store{did_you_mean(value, known)}")
    return found


_PREFIXES = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX mekg: <https://w3id.org/mekg/ontology#>
"""


def _labels_meaning(store: Store, variable: str, value: str) -> list[str]:
    """The labels articles give the entities ``value`` names by label, gazetteer name,
    alias or Wikidata ID (``Q1234``): a name as stored is looked up in the index, any other
    spelling among every name folded (a scan of the names, seconds on a big store)."""
    if re.fullmatch(r"[Qq][0-9]+", value):
        found = _labels_of(store, f"?n schema:sameAs <{WIKIDATA}{value.upper()}>", {})
    else:
        found = _labels_of(store, _NAMED, {"value": [value]})
    if found:
        return found
    known = [row["value"] or "" for row in store.query(_PREFIXES + _ALL_NAMES).rows]
    spelled = [name for name in known if folded(name) == folded(value)]
    if not spelled:
        raise QueryError(f"no {variable} named {value!r} in the store{did_you_mean(value, known)}")
    return _labels_of(store, _NAMED, {"value": spelled})


WIKIDATA = "http://www.wikidata.org/entity/"
_IN_ARTICLES = 'FILTER(STRSTARTS(STR(?h), "https://w3id.org/mekg/id/article/"))'
_NAMED = "VALUES ?name { rdfs:label skos:prefLabel skos:altLabel } ?n ?name ?value"
_ALL_NAMES = f"""SELECT DISTINCT ?value WHERE {{
  VALUES ?name {{ rdfs:label skos:prefLabel skos:altLabel }}
  GRAPH ?h {{ ?n ?name ?value }} {_IN_ARTICLES} }}"""


def _labels_of(store: Store, pattern: str, values: dict[str, list[str]]) -> list[str]:
    """The article labels of the entities ``pattern`` (on ``?n``) finds."""
    rows = store.query(
        _PREFIXES
        + f"""SELECT DISTINCT ?label WHERE {{
          #@where
          GRAPH ?g {{ {pattern} }}
          GRAPH ?h {{ ?n rdfs:label ?label }} {_IN_ARTICLES} }}""",
        values or None,
    ).rows
    return sorted(row["label"] or "" for row in rows)


def _source_names(store: Store, value: str) -> list[str]:
    """``[value]`` when an article has that name (asked of the index), else every name."""
    query = _PREFIXES + "SELECT DISTINCT ?s WHERE {\n#@where\nGRAPH ?g { ?a mekg:sourceName ?s } }"
    if store.query(query, {"s": value}).rows:
        return [value]
    return [row["s"] or "" for row in store.query(query).rows]


def description(name: str) -> str:
    """The first comment line of a query file."""
    for line in load(name).splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result as an aligned table, CSV, TSV or JSON (SPARQL 1.1 JSON for SELECT)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r} — use one of {', '.join(FORMATS)}")
    if result.kind == "ask":
        return (
            json.dumps({"head": {}, "boolean": result.boolean})
            if fmt == "json"
            else str(result.boolean).lower()
        )
    if result.kind == "graph":
        from pyoxigraph import RdfFormat, serialize  # noqa: PLC0415

        return (serialize(result.triples, format=RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    header, rows = result.variables, result.rows
    if fmt == "json":
        bindings = [
            {k: {"type": "literal", "value": v} for k, v in row.items() if v is not None}
            for row in rows
        ]
        return json.dumps(
            {"head": {"vars": header}, "results": {"bindings": bindings}},
            ensure_ascii=False,
            indent=1,
        )
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(
                [_one_line(row.get(k)) if fmt == "tsv" else row.get(k) or "" for k in header]
            )
        return buffer.getvalue()
    return _table(header, rows)


def _one_line(value: str | None) -> str:
    return (value or "").replace("\t", " ").replace("\n", " ")


def _table(header: list[str], rows: list[dict[str, str | None]], width: int = 60) -> str:
    cells = [[_one_line(r.get(k))[:width] for k in header] for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()
    out = [line, "  ".join("-" * w for w in widths)]
    out += [
        "  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)).rstrip() for cell in cells
    ]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
