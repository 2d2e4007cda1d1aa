"""A store behind a SPARQL 1.1 Protocol endpoint (Oxigraph server, Fuseki, GraphDB,
Virtuoso, QLever, Neptune …), with the same interface as the embedded store.

Queries are form-encoded POSTs answered as SPARQL JSON (or N-Triples for
CONSTRUCT); an article is replaced by one update request, ``DROP SILENT GRAPH``
then ``INSERT DATA``, or by a Graph Store Protocol PUT when ``gsp_url`` is given.
Only named graphs are read: several servers answer the default graph as the
union of all graphs, and mekg keeps every triple in a named graph.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from http.client import HTTPResponse
from typing import IO

import pyoxigraph as ox

from graph.errors import QueryError, StoreError
from graph.store import EXPORT_FORMATS, QueryResult, bind_values, query_result

DEFAULT_TIMEOUT = 60.0
# One INSERT DATA request carries at most this much N-Triples text; servers
# limit request sizes (Virtuoso and QLever among them) and parse big ones slowly.
CHUNK_BYTES = 4_000_000
ANSWER_TYPES = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


class RemoteStore:
    """A SPARQL 1.1 endpoint as a store: ``query_url`` reads, ``update_url`` or ``gsp_url`` write.

    >>> store = RemoteStore("http://localhost:7878/query", update_url="http://localhost:7878/update")

    Credentials in a URL (``https://user:password@host/sparql``) are sent as
    HTTP basic authentication and left out of ``location``.
    """

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        gsp_url: str | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        chunk_bytes: int = CHUNK_BYTES,
    ) -> None:
        self.query_url, self._headers = _without_credentials(query_url)
        self.update_url = _without_credentials(update_url)[0] if update_url else None
        self.gsp_url = _without_credentials(gsp_url)[0] if gsp_url else None
        self.location = self.query_url
        self.timeout = timeout
        self.chunk_bytes = chunk_bytes

    # ------------------------------------------------------------------ writing
    def replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """Replace one named graph: one request unless it is larger than ``chunk_bytes``.

        A chunked replacement is not atomic: readers may see part of the graph
        until the last chunk is in. Use ``gsp_url`` where the server offers it.
        """
        lines = [f"{q.subject} {q.predicate} {q.object} ." for q in quads]
        if self.gsp_url:
            separator = "&" if "?" in self.gsp_url else "?"
            target = self.gsp_url + separator + urllib.parse.urlencode({"graph": graph.value})
            body = ("\n".join(lines) + "\n").encode("utf-8")
            self._send(target, body, "application/n-triples", method="PUT").close()
            return
        chunks = list(_chunks(lines, self.chunk_bytes)) or [""]
        self.update(f"DROP SILENT GRAPH {graph} ;\n{_insert(graph, chunks[0])}")
        for chunk in chunks[1:]:
            self.update(_insert(graph, chunk))

    def load_graph(self, graph: ox.NamedNode, nquads: bytes) -> None:
        """Replace one named graph with N-Quads made elsewhere (see ``replace_graph``)."""
        self.replace_graph(graph, list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS)))

    def add_graph_if_missing(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> bool:
        if self.has_graph(graph):
            return False
        self.replace_graph(graph, list(quads))
        return True

    def update(self, sparql: str) -> None:
        """Send a SPARQL Update to ``update_url``."""
        if not self.update_url:
            raise StoreError(
                f"the store at {self.location} is read-only here — "
                "give its update endpoint with --update-url"
            )
        body = urllib.parse.urlencode({"update": sparql}).encode("utf-8")
        self._send(self.update_url, body, "application/x-www-form-urlencoded").close()

    # ------------------------------------------------------------------ reading
    def has_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}").boolean)

    def graph_value(self, graph: ox.NamedNode, predicate: str) -> str | None:
        sparql = f"SELECT ?o WHERE {{ GRAPH {graph} {{ {graph} <{predicate}> ?o }} }} LIMIT 1"
        rows = self.query(sparql).rows
        return rows[0]["o"] if rows else None

    def query(self, sparql: str, bindings: dict[str, str] | None = None) -> QueryResult:
        """Run a query remotely; ``bindings`` are bound as literal values (see
        :func:`graph.store.bind_values`), as in the embedded store."""
        with self._ask(bind_values(sparql, bindings)) as response:
            media_type = response.headers.get_content_type()
            try:
                body = response.read()
            except OSError as error:
                raise StoreError(f"reading the answer of {self.location} failed: {error}") from None
        return self._parse(body, media_type)

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad in a named graph, streamed from one SELECT."""
        with self._ask("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }") as response:
            try:
                solutions = ox.parse_query_results(response, ox.QueryResultsFormat.JSON)
                for row in solutions:  # type: ignore[union-attr]  # a SELECT answers solutions
                    yield ox.Quad(row["s"], row["p"], row["o"], row["g"])
            except (SyntaxError, OSError) as error:
                raise StoreError(
                    f"reading all quads from {self.location} failed: {error}"
                ) from error

    def count(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return int(rows[0]["n"] or 0) if rows else 0

    def dump(self, out: IO[bytes], fmt: str) -> None:
        """Write the whole dataset; triple formats get the union of all graphs."""
        from graph.rdf import PREFIXES  # noqa: PLC0415

        rdf_format = EXPORT_FORMATS[fmt]
        quads = self.quads()
        items = quads if rdf_format.supports_datasets else (q.triple for q in quads)
        ox.serialize(items, out, rdf_format, prefixes=PREFIXES)

    def flush(self) -> None:
        """Nothing to write: the server commits each update."""

    def close(self) -> None:
        """Nothing to release: every request has its own connection."""

    # ------------------------------------------------------------------ HTTP
    def _ask(self, sparql: str) -> HTTPResponse:
        body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
        return self._send(
            self.query_url, body, "application/x-www-form-urlencoded", accept=ANSWER_TYPES
        )

    def _send(
        self, url: str, body: bytes, content_type: str, *, method: str = "POST", accept: str = "*/*"
    ) -> HTTPResponse:
        headers = {**self._headers, "Content-Type": content_type, "Accept": accept}
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)  # noqa: S310 — http(s) only
        except urllib.error.HTTPError as error:
            message = _first_line(error.read())
            if error.code == 400:
                raise QueryError(f"{url} rejected the request: {message}") from None
            raise StoreError(f"{url} answered {error.code} {error.reason}: {message}") from None
        except urllib.error.URLError as error:
            raise StoreError(
                f"cannot reach the SPARQL endpoint {url}: {error.reason} — "
                "is the server running and the URL right?"
            ) from None
        except (TimeoutError, OSError) as error:
            raise StoreError(f"the SPARQL endpoint {url} failed: {error or 'timed out'}") from None

    def _parse(self, body: bytes, media_type: str) -> QueryResult:
        try:
            results_format = ox.QueryResultsFormat.from_media_type(media_type)
            if results_format is not None:
                return query_result(ox.parse_query_results(body, results_format))
            rdf_format = ox.RdfFormat.from_media_type(media_type)
            if rdf_format is not None:
                return QueryResult("graph", triples=[q.triple for q in ox.parse(body, rdf_format)])
        except SyntaxError as error:
            raise StoreError(
                f"{self.location} sent an unreadable {media_type} answer: {error}"
            ) from None
        raise StoreError(
            f"{self.location} answered with {media_type}, not SPARQL results — "
            "is this the query endpoint?"
        )

    def __repr__(self) -> str:
        urls = f"{self.query_url!r}, update_url={self.update_url!r}, gsp_url={self.gsp_url!r}"
        return f"RemoteStore({urls})"


def _without_credentials(url: str) -> tuple[str, dict[str, str]]:
    """The URL without ``user:password@``, and the basic-auth header they make."""
    if not url.startswith(("http://", "https://")):
        raise StoreError(f"{url} is not an http(s) URL — give the SPARQL endpoint's address")
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url, {}
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if parts.port:
        netloc += f":{parts.port}"
    user = urllib.parse.unquote(parts.username)
    password = urllib.parse.unquote(parts.password or "")
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc)), {
        "Authorization": f"Basic {token}"
    }


def _chunks(lines: list[str], limit: int) -> Iterator[str]:
    """The lines joined into texts of at most ``limit`` bytes (a longer line stands alone)."""
    chunk: list[str] = []
    size = 0
    for line in lines:
        length = len(line.encode("utf-8")) + 1
        if chunk and size + length > limit:
            yield "\n".join(chunk)
            chunk, size = [], 0
        chunk.append(line)
        size += length
    if chunk:
        yield "\n".join(chunk)


def _insert(graph: ox.NamedNode, triples: str) -> str:
    return f"INSERT DATA {{ GRAPH {graph} {{\n{triples}\n}} }}"


def _first_line(body: bytes, width: int = 300) -> str:
    text = body.decode("utf-8", "replace").strip()
    return (text.splitlines() or ["(no message)"])[0][:width]
