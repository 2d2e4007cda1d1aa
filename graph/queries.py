"""Competency queries: load ``ontology/queries/*.rq`` and format results."""

from __future__ import annotations

import csv
import io
import json
from functools import cache

from graph.errors import QueryError
from graph.paths import ONTOLOGY
from graph.store import QueryResult

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
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += [
        "  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)).rstrip() for cell in cells
    ]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
