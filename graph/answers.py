"""A query's result as the bytes of an HTTP answer: the format negotiated from
``Accept``, serialised by pyoxigraph, capped at the result limit.

Apart from the web stack, so that the query worker processes (see
:mod:`graph.query_pool`) can import it cheaply.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from typing import Any

import pyoxigraph as ox

from graph.errors import QueryError


class AnswerError(Exception):
    """A request that gets an HTTP error status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    def __reduce__(self):  # noqa: ANN204 — it crosses process boundaries
        return (AnswerError, (self.status, self.message))


# Media types per result kind, the server's preference first (the default).
RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


@dataclass
class Answer:
    body: bytes
    media_type: str
    truncated: bool = False


def evaluate(raw_query: Callable[[str], Any], query: str, accept: str, limit: int) -> Answer:
    """Run a query and serialise its result in the negotiated format (in a worker thread)."""
    try:
        result = raw_query(query)
    except QueryError as error:
        raise AnswerError(400, str(error)) from None
    if isinstance(result, ox.QueryTriples):
        media_type = negotiate(accept, list(GRAPH_FORMATS))
        return _graph_answer(result, GRAPH_FORMATS[media_type], limit)
    media_type = negotiate(accept, list(RESULT_FORMATS))
    results_format = RESULT_FORMATS[media_type]
    if isinstance(result, ox.QuerySolutions) and limit:
        result, truncated = _first_solutions(result, limit)
    else:
        truncated = False
    try:
        body = result.serialize(format=results_format)
    except OSError as error:
        raise AnswerError(500, f"query failed: {error}") from None
    return Answer(body, results_format.media_type, truncated)


def _graph_answer(triples: ox.QueryTriples, rdf_format: ox.RdfFormat, limit: int) -> Answer:
    from graph.rdf import PREFIXES  # noqa: PLC0415

    try:
        kept = list(islice(triples, limit + 1)) if limit else list(triples)
    except OSError as error:
        raise AnswerError(500, f"query failed: {error}") from None
    truncated = bool(limit) and len(kept) > limit
    body = ox.serialize(kept[:limit] if truncated else kept, format=rdf_format, prefixes=PREFIXES)
    return Answer(body or b"", rdf_format.media_type, truncated)


def _first_solutions(solutions: ox.QuerySolutions, limit: int) -> tuple[ox.QuerySolutions, bool]:
    """At most ``limit`` solutions, still as a pyoxigraph result that can serialise itself.

    They pass through SPARQL TSV, which writes every term in full (IRIs, blank
    nodes, typed and language-tagged literals, triple terms), one row per line.
    """
    variables = [v.value for v in solutions.variables]
    lines = ["\t".join("?" + name for name in variables)]
    try:
        for solution in islice(solutions, limit + 1):
            lines.append("\t".join(_tsv_term(solution[name]) for name in variables))
    except OSError as error:
        raise AnswerError(500, f"query failed: {error}") from None
    truncated = len(lines) > limit + 1
    text = "\n".join(lines[: limit + 1]) + "\n"
    first = ox.parse_query_results(text.encode("utf-8"), ox.QueryResultsFormat.TSV)
    return first, truncated  # type: ignore[return-value]  # rows in, rows out


def _tsv_term(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        parts = (term.subject, term.predicate, term.object)
        return "<<( " + " ".join(_tsv_term(part) for part in parts) + " )>>"
    return str(term)


def negotiate(accept: str, offered: list[str]) -> str:
    """The offered media type the ``Accept`` header likes best; the first one for ``*/*``.

    A type's quality comes from the most specific range that matches it; ties
    go to the range the client listed first, then to the order of ``offered``.
    Raises a 406 HTTPException when the client accepts none of them.
    """
    if not accept.strip():
        return offered[0]
    ranges = [_media_range(item) for item in accept.split(",")]
    best: tuple[float, int, int] | None = None
    chosen = None
    for preference, media_type in enumerate(offered):
        matching = [
            (_specificity(media_range), quality, -position)
            for position, (media_range, quality) in enumerate(ranges)
            if _matches(media_range, media_type)
        ]
        if not matching:
            continue
        _, quality, position = max(matching)
        if quality > 0 and (best is None or (quality, position, -preference) > best):
            best, chosen = (quality, position, -preference), media_type
    if chosen is None:
        raise AnswerError(
            406,
            "the Accept header names none of the formats of this result — "
            f"ask for one of {', '.join(offered)}",
        )
    return chosen


def _media_range(item: str) -> tuple[str, float]:
    """``text/csv;q=0.5`` → ("text/csv", 0.5)."""
    media_range, *params = (part.strip() for part in item.split(";"))
    quality = 1.0
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "q":
            try:
                quality = float(value)
            except ValueError:
                quality = 0.0
    return media_range.lower(), quality


def _specificity(media_range: str) -> int:
    return 0 if media_range == "*/*" else 1 if media_range.endswith("/*") else 2


def _matches(media_range: str, media_type: str) -> bool:
    if media_range in ("*/*", media_type):
        return True
    kind, _, subtype = media_range.partition("/")
    return subtype == "*" and media_type.startswith(kind + "/")
