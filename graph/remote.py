"""A store behind a SPARQL 1.1 Protocol endpoint (Oxigraph server, Fuseki, GraphDB,
Virtuoso, QLever, Neptune …), with the same interface as the embedded store.

Queries are form-encoded POSTs answered as SPARQL JSON (or N-Triples for
CONSTRUCT). An article is written by a Graph Store Protocol PUT where the server
offers one (``gsp_url``, found on its own for Oxigraph and Virtuoso), else by a
SPARQL Update, ``DROP SILENT GRAPH`` then ``INSERT DATA`` in chunks the server
accepts. Only the named graphs mekg writes are counted and exported: servers
keep graphs of their own (Virtuoso's virtrdf#, DAV …). An answer the server cut
at its result cap is an error, never a silent part (see ``TruncatedAnswerError``).
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from http.client import HTTPResponse
from typing import IO

import pyoxigraph as ox

from graph.errors import QueryError, StoreError, TruncatedAnswerError
from graph.store import EXPORT_FORMATS, Bindings, QueryResult, bind_values, query_result

DEFAULT_TIMEOUT = 60.0
PASSWORD_VARIABLE = "MEKG_REMOTE_PASSWORD"
# One INSERT DATA request carries at most this much N-Triples text at first; a
# server that refuses a request as too large gets half as much until it accepts
# (Virtuoso compiles INSERT DATA to SQL and refuses over 10,000 lines of it: SP031).
CHUNK_BYTES = 4_000_000
MIN_CHUNK_BYTES = 2_000
# How servers say that this user may not write (Virtuoso: SR186 without the grant).
REFUSED_MARKS = (" 403 ", "SR186", "No permission")
TOO_LARGE_MARKS = ("SP031", "exceeded 10000 lines", "too large")
# Headers by which a server says it cut an answer at its cap: Virtuoso's, mekg serve's.
CAP_HEADERS = ("X-SPARQL-MaxRows", "Mekg-Result-Limit")
# Headers by which a server says it sent part of an answer, cut at its time limit:
# Virtuoso's "anytime" answers (X-SQL-State: S1TAT, X-SPARQL-Anytime).
PARTIAL_HEADERS = ("X-SQL-State", "X-SPARQL-Anytime")
# Graph Store Protocol paths next to a server's SPARQL endpoint, by its Server header.
GSP_PATHS = {"oxigraph": "/store", "virtuoso": "/sparql-graph-crud"}
# Graphs fetched in one request when an export has to go in parts.
EXPORT_BATCH = 64
_EVERY_QUAD = "GRAPH ?g { ?s ?p ?o }"
ANSWER_TYPES = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


class RemoteStore:
    """A SPARQL 1.1 endpoint as a store: ``query_url`` reads, ``gsp_url`` or ``update_url`` write.

    >>> store = RemoteStore("http://localhost:7878/query")
    >>> store = RemoteStore("http://dba@localhost:8890/sparql-auth")  # $MEKG_REMOTE_PASSWORD

    A user name in a URL is sent with the password from ``$MEKG_REMOTE_PASSWORD``
    (or from the URL, kept out of ``location``), by HTTP digest or basic
    authentication as the server asks. Without ``gsp_url`` the server's own Graph
    Store Protocol endpoint is used when its ``Server`` header names Oxigraph or
    Virtuoso; ``gsp_url=""`` writes by SPARQL Update only. Virtuoso takes updates
    at its query endpoint, so ``update_url`` defaults to it there.
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
        self.query_url, user, password = _without_credentials(query_url)
        self.update_url = _without_credentials(update_url)[0] if update_url else None
        self.gsp_url = _without_credentials(gsp_url)[0] if gsp_url else gsp_url
        self._gsp_given = gsp_url is not None
        self.location = self.query_url
        self.timeout = timeout
        self.chunk_bytes = chunk_bytes
        self.cap: int | None = None  # the server's result cap, once it has told it
        self._server: str | None = None
        self._opener = _opener(
            [self.query_url, self.update_url, self.gsp_url],
            user,
            password if password is not None else os.environ.get(PASSWORD_VARIABLE),
        )

    # ------------------------------------------------------------------ writing
    def replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """Replace one named graph: by one Graph Store Protocol PUT, else by SPARQL Update.

        An update larger than the server takes goes in chunks, and a chunked
        replacement is not atomic: readers may see part of the graph until the
        last chunk is in.
        """
        lines = [f"{q.subject} {q.predicate} {q.object} ." for q in quads]
        gsp_url = self._gsp_url()
        if gsp_url:
            separator = "&" if "?" in gsp_url else "?"
            target = gsp_url + separator + urllib.parse.urlencode({"graph": graph.value})
            body = ("\n".join(lines) + "\n").encode("utf-8")
            try:
                self._send(target, body, "application/n-triples", method="PUT").close()
                return
            except StoreError:
                if self._gsp_given:
                    raise
                # found, not given: the server may not let this user write through it
                # (Virtuoso's /sparql-graph-crud without a login); SPARQL Update may
                self.gsp_url = ""
        while True:
            inserts = [_insert(graph, chunk) for chunk in _chunks(lines, self.chunk_bytes)]
            try:
                # Virtuoso refuses an empty INSERT DATA: an empty graph is only dropped
                self.update(";\n".join([f"DROP SILENT GRAPH {graph}", *inserts[:1]]))
                for insert in inserts[1:]:
                    self.update(insert)
                return
            except (StoreError, QueryError) as error:
                if not _too_large(error) or self.chunk_bytes <= MIN_CHUNK_BYTES:
                    raise
                self.chunk_bytes //= 2

    def load_graph(self, graph: ox.NamedNode, nquads: bytes) -> None:
        """Replace one named graph with N-Quads made elsewhere (see ``replace_graph``)."""
        self.replace_graph(graph, list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS)))

    def add_graph_if_missing(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> bool:
        if self.has_graph(graph):
            return False
        self.replace_graph(graph, list(quads))
        return True

    def update(self, sparql: str) -> None:
        """Send a SPARQL Update to ``update_url`` (Virtuoso: its query endpoint)."""
        update_url = self.update_url or (self.query_url if self._is("virtuoso") else None)
        if not update_url:
            raise StoreError(
                f"the store at {self.location} is read-only here — "
                "give its update endpoint with --update-url"
            )
        body = urllib.parse.urlencode({"update": sparql}).encode("utf-8")
        try:
            self._send(update_url, body, "application/x-www-form-urlencoded").close()
        except StoreError as error:
            if not any(mark in str(error) for mark in REFUSED_MARKS):
                raise
            raise StoreError(
                f"{error} — this user may not write there: give a user who may in the URL "
                f"(Virtuoso: http://dba@HOST:8890/sparql-auth, password in ${PASSWORD_VARIABLE}) "
                'or grant updates (Virtuoso: GRANT SPARQL_UPDATE TO "SPARQL")'
            ) from None

    def _gsp_url(self) -> str | None:
        """The Graph Store Protocol endpoint: given, or the one the server is known to offer."""
        if self.gsp_url is not None:
            return self.gsp_url or None
        parts = urllib.parse.urlsplit(self.query_url)
        for server, path in GSP_PATHS.items():
            if self._is(server):
                # Virtuoso's authenticated endpoints end in -auth, its GSP endpoint too
                suffix = "-auth" if parts.path.endswith("-auth") else ""
                self.gsp_url = urllib.parse.urlunsplit((*parts[:2], path + suffix, "", ""))
                return self.gsp_url
        self.gsp_url = ""
        return None

    def _is(self, server: str) -> bool:
        """Whether the server's ``Server`` header names ``server`` (asked once)."""
        if self._server is None:
            with self._ask("ASK { }") as response:
                self._server = (response.headers.get("Server") or "").lower()
                response.read()
        return self._server.startswith(server)

    # ------------------------------------------------------------------ reading
    def has_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}").boolean)

    def graph_value(self, graph: ox.NamedNode, predicate: str) -> str | None:
        sparql = f"SELECT ?o WHERE {{ GRAPH {graph} {{ {graph} <{predicate}> ?o }} }} LIMIT 1"
        rows = self.query(sparql).rows
        return rows[0]["o"] if rows else None

    def query(self, sparql: str, bindings: Bindings | None = None) -> QueryResult:
        """Run a query remotely; ``bindings`` are bound as literal values (see
        :func:`graph.store.bind_values`), as in the embedded store.

        Raises ``TruncatedAnswerError`` when the server cut the answer at its cap.
        """
        with self._ask(bind_values(sparql, bindings)) as response:
            cap = self._cap(response)
            media_type = response.headers.get_content_type()
            try:
                body = response.read()
            except OSError as error:
                raise StoreError(f"reading the answer of {self.location} failed: {error}") from None
        result = self._parse(body, media_type)
        # a server that names its cap only now and then: an answer of exactly that size
        size = len(result.rows) or len(result.triples)
        if cap is not None or (self.cap is not None and size == self.cap):
            raise TruncatedAnswerError(
                f"{self.location} cut the answer at its cap of {self.cap} rows — ask for "
                "less (a LIMIT, or --where for a competency query) or raise the server's "
                "limit (Virtuoso: ResultSetMaxRows in virtuoso.ini; mekg serve: --limit)"
            )
        return result

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad in the graphs mekg wrote: in one answer, or graph by graph when the
        server caps answers below their number."""
        whole = f"SELECT ?s ?p ?o ?g WHERE {{ {_EVERY_QUAD} {_ours()} }}"
        with self._ask(whole) as response:
            if self._cap(response) is None:
                yield from self._solutions_as_quads(response)
                return
        batches = _batches(sorted(self._graphs(_id())), EXPORT_BATCH)
        while batches:
            batch = batches.pop(0)
            values = " ".join(f"<{graph}>" for graph in batch)
            sparql = (
                f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
            )
            with self._ask(sparql) as response:
                if self._cap(response) is None:
                    yield from self._solutions_as_quads(response)
                    continue
            if len(batch) == 1:
                raise TruncatedAnswerError(
                    f"the graph <{batch[0]}> holds more quads than {self.location} answers "
                    f"at once ({self.cap}) — raise the server's limit (Virtuoso: "
                    "ResultSetMaxRows in virtuoso.ini)"
                )
            half = len(batch) // 2
            batches[:0] = [batch[:half], batch[half:]]

    def _graphs(self, prefix: str) -> list[str]:
        """The names of the graphs whose IRI starts with ``prefix``; when the server caps
        the list, asked again one next character at a time (never by OFFSET)."""
        pattern = f"{_EVERY_QUAD} FILTER(STRSTARTS(STR(?g), {ox.Literal(prefix)}))"
        try:
            return [
                row["g"] or ""
                for row in self.query(f"SELECT DISTINCT ?g WHERE {{ {pattern} }}").rows
            ]
        except TruncatedAnswerError:
            pass
        start = len(prefix) + 1
        next_character = f"(SUBSTR(STR(?g), {start}, 1) AS ?next)"
        nexts = self.query(f"SELECT DISTINCT {next_character} WHERE {{ {pattern} }}").rows
        names = [prefix] if any(not row["next"] for row in nexts) else []
        for row in nexts:
            if row["next"]:
                names += self._graphs(prefix + row["next"])
        return names

    def _solutions_as_quads(self, response: HTTPResponse) -> Iterator[ox.Quad]:
        try:
            solutions = ox.parse_query_results(response, ox.QueryResultsFormat.JSON)
            for row in solutions:  # type: ignore[union-attr]  # a SELECT answers solutions
                yield ox.Quad(row["s"], row["p"], row["o"], row["g"])
        except (SyntaxError, OSError) as error:
            raise StoreError(f"reading the quads of {self.location} failed: {error}") from error

    def count(self) -> int:
        """The number of quads in the graphs mekg wrote."""
        sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_ours()} }}"
        rows = self.query(sparql).rows
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
        """The server's answer to a query; TruncatedAnswerError when it says that the
        answer is part of one, cut at its time limit (Virtuoso's "anytime" answers: 206
        Partial Content, or the status its HTTPAnytimeStatus names, with X-SQL-State)."""
        body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
        response = self._send(
            self.query_url, body, "application/x-www-form-urlencoded", accept=ANSWER_TYPES
        )
        said = [response.headers.get(header, "00000") for header in PARTIAL_HEADERS]
        if response.status == 206 or any(value != "00000" for value in said):
            response.close()
            raise TruncatedAnswerError(
                f"{self.location} stopped the query at its time limit and sent part of the "
                "answer — ask for less (a LIMIT, or --where for a competency query) or raise "
                "the server's limit (Virtuoso: MaxQueryExecutionTime and ExecutionTimeout "
                "in the [SPARQL] section of virtuoso.ini)"
            )
        return response

    def _send(
        self, url: str, body: bytes, content_type: str, *, method: str = "POST", accept: str = "*/*"
    ) -> HTTPResponse:
        headers = {"Content-Type": content_type, "Accept": accept}
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            return self._opener.open(request, timeout=self.timeout)  # type: ignore[no-any-return]
        except urllib.error.HTTPError as error:
            message = _first_line(error.read())
            if error.code == 401:
                raise StoreError(
                    f"{url} refused the credentials ({error.code} {error.reason}) — give the "
                    f"user in the URL (http://user@host/…) and the password in ${PASSWORD_VARIABLE}"
                ) from None
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

    def _cap(self, response: HTTPResponse) -> int | None:
        """The cap the server says it cut this answer at, if it says so (and remember it)."""
        for header in CAP_HEADERS:
            value = response.headers.get(header)
            if value and value.strip().isdigit():
                self.cap = int(value)
                return self.cap
        return None

    def _parse(self, body: bytes, media_type: str) -> QueryResult:
        try:
            results_format = ox.QueryResultsFormat.from_media_type(media_type)
            if results_format == ox.QueryResultsFormat.JSON:
                body = _plain_blank_nodes(body)
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


def _without_credentials(url: str) -> tuple[str, str | None, str | None]:
    """The URL without ``user:password@``, the user and the password (None where absent)."""
    if not url.startswith(("http://", "https://")):
        raise StoreError(f"{url} is not an http(s) URL — give the SPARQL endpoint's address")
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url, None, None
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if parts.port:
        netloc += f":{parts.port}"
    user = urllib.parse.unquote(parts.username)
    password = urllib.parse.unquote(parts.password) if parts.password is not None else None
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc)), user, password


def _opener(
    urls: list[str | None], user: str | None, password: str | None
) -> urllib.request.OpenerDirector:
    """An opener that answers digest or basic challenges with ``user`` anywhere on the
    servers of ``urls`` (a Graph Store Protocol endpoint is found after this is made)."""
    if user is None:
        return urllib.request.build_opener()
    if password is None:
        raise StoreError(
            f"no password for the user {user} — set ${PASSWORD_VARIABLE} "
            "(never put it on the command line)"
        )
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    for url in urls:
        if url:
            origin = urllib.parse.urlunsplit((*urllib.parse.urlsplit(url)[:2], "/", "", ""))
            passwords.add_password(None, origin, user, password)
    return urllib.request.build_opener(
        urllib.request.HTTPDigestAuthHandler(passwords),
        urllib.request.HTTPBasicAuthHandler(passwords),
    )


def _id() -> str:
    from graph.rdf import ID  # noqa: PLC0415 — rdf loads the gazetteers; reading needs only this

    return ID


def _ours() -> str:
    """A filter that keeps ``?g`` to the graphs mekg writes (articles, geography, ontology)."""
    return f"FILTER(STRSTARTS(STR(?g), {ox.Literal(_id())}))"


def _plain_blank_nodes(body: bytes) -> bytes:
    """SPARQL JSON whose blank node labels are ones pyoxigraph reads: Virtuoso names
    them like IRIs (``nodeID://b10006``). Labels only tell nodes apart, so that stays."""
    if b"nodeID://" not in body:
        return body
    answer = json.loads(body)
    for row in answer.get("results", {}).get("bindings", []):
        for term in row.values():
            if term.get("type") == "bnode":
                term["value"] = re.sub(r"\W", "_", term["value"])
    return json.dumps(answer).encode("utf-8")


def _batches(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _too_large(error: StoreError | QueryError) -> bool:
    """Whether the server refused a request for its size."""
    text = str(error)
    return " 413 " in text or any(mark in text for mark in TOO_LARGE_MARKS)


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
