"""A read-only SPARQL 1.1 Protocol endpoint over the store, with a query page.

``/sparql`` answers GET ``?query=``, POST ``application/sparql-query`` and POST
form data; ``default-graph-uri`` and ``named-graph-uri`` (in the URL or the form)
set the dataset; results are negotiated by ``Accept`` and serialised by
pyoxigraph. Without a query it describes itself (SPARQL 1.1 Service
Description). ``/`` is a small offline query editor with the competency queries
as examples, ``/graph`` the interactive HTML view (``?view=map``: the market map).
Updates and federated queries (SERVICE) are refused: the server only reads, and
never calls out to other hosts.

Every query, the endpoint's and those of other mekg processes on the local
route, runs in a worker process that is killed at the deadline or ends at its
memory cap (see :mod:`graph.query_pool`): only that query fails. A few run at a
time; further requests wait in line for a worker (a bounded line, for at most
the timeout). The local update route takes only updates of data, which the
server process itself writes.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import html
import ipaddress
import tempfile
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable, Collection
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import parse_qs

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from graph.answers import GRAPH_FORMATS, Answer, AnswerError, negotiate
from graph.errors import MekgError, QueryError, QueryRefused, StoreError
from graph.limits import Limits
from graph.owner import USER, Announcement, announce, withdraw
from graph.query_pool import Job, QueryPool
from graph.sparql_text import UPDATE_FORMS, Outline, outline
from graph.store import Dataset, OxigraphStore

if TYPE_CHECKING:
    from graph.api import KnowledgeGraph

T = TypeVar("T")

READ_ONLY = (
    "this endpoint is read-only: SPARQL Update is refused — change the store with `mekg ingest`"
)
# Updates on the local route run in the server process, which alone may write the
# store: only those with nothing to evaluate and nothing to fetch (what `mekg ingest` sends).
LOCAL_UPDATES = (
    "the local route takes only updates of data (INSERT DATA, DELETE DATA, DROP, CLEAR, "
    "CREATE) — add articles with `mekg ingest`, or stop the server to change the store otherwise"
)
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
MAX_CACHED_VIEWS = 8
MAX_LOCAL_UPDATE_BYTES = 64_000_000  # an article replaced by `mekg ingest` through the server
KILL_GRACE = 5.0  # seconds to stop a worker process that passed the deadline
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
# The result formats a Service Description lists (W3C's names for them).
DESCRIBED_FORMATS = (
    "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
    "Turtle", "N-Triples", "JSON-LD", "RDF_XML",
)  # fmt: skip


@dataclass(frozen=True)
class ProtocolRequest:
    """What a SPARQL protocol request asks: one query, over the dataset it names
    (None: the query's own ``FROM``, else the union of all graphs)."""

    query: str
    dataset: Dataset | None


def make_app(
    kg: KnowledgeGraph,
    limits: Limits | None = None,
    *,
    allowed_hosts: Collection[str] | None = None,
    cors_origins: Collection[str] = (),
    local_url: str | None = None,
) -> Starlette:
    """The ASGI application serving ``kg``: ``/``, ``/sparql`` and ``/graph``.

    ``allowed_hosts``: the host names a request's ``Host`` header may name (with
    the server's port), None for any. ``cors_origins``: the web origins whose
    pages may read the answers (none by default). ``local_url``: the loopback
    address of this server; with it, a store on disk is announced to other mekg
    processes while the application runs (see :mod:`graph.owner`), which then
    read and write through ``/local/sparql`` and ``/local/update``.
    """
    limits = limits or Limits()
    if not isinstance(kg.store, OxigraphStore):
        raise StoreError(
            f"mekg serve needs a local store, not {kg.store.location} — query that endpoint itself"
        )
    workers = Workers(limits.workers, limits.timeout, limits.queue)
    pool = QueryPool(kg.store, limits.workers, limits.timeout, limits.memory_mb)
    views: dict[tuple[str | None, int, str], bytes] = {}

    async def answer_in_worker(job: Job) -> Answer:
        """The answer of ``job`` from a worker process of the pool, which stops it at
        the deadline or the memory cap; refused before any worker when unsafe."""
        _refuse_unsafe(job.query)
        return await workers.run(lambda give_back: pool.run(job, give_back), hand_back=True)

    async def sparql(request: Request) -> Response:
        asked = await _protocol_request(request, limits)
        accept = request.headers.get("accept", "")
        endpoint = _endpoint_url(request)
        if asked is None:
            return _service_description(endpoint, accept)
        job = Job(asked.query, asked.dataset, endpoint, accept, limits.result_limit)
        answer = await answer_in_worker(job)
        headers = dict(SECURITY_HEADERS)
        if answer.truncated:
            headers["Mekg-Result-Limit"] = str(limits.result_limit)
        return Response(answer.body, media_type=answer.media_type, headers=headers)

    async def home(request: Request) -> Response:
        articles, triples = await workers.run(lambda: (kg.cq("articles"), kg.store.count()))
        page = render_home(articles, triples)
        return HTMLResponse(
            page, headers={**SECURITY_HEADERS, "Content-Security-Policy": PAGE_POLICY}
        )

    async def graph_view(request: Request) -> Response:
        focus = request.query_params.get("focus") or None
        view = request.query_params.get("view", "all")
        depth = _int_param(request, "depth", 2, 1, 5)
        key = (focus, depth, view)
        if key not in views:
            if len(views) >= MAX_CACHED_VIEWS:
                views.pop(next(iter(views)))
            views[key] = await workers.run(lambda: _render_view(kg, focus, depth, view))
        return HTMLResponse(views[key], headers=SECURITY_HEADERS)

    middleware = []
    if cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(cors_origins),
                allow_methods=["GET", "POST", "HEAD"],
                allow_headers=["Content-Type", "Accept"],
                expose_headers=["Mekg-Result-Limit"],
                max_age=600,
            )
        )
    if allowed_hosts is not None:
        middleware.insert(0, Middleware(HostCheck, names=allowed_hosts))

    announced: list[Announcement] = []

    async def local_query(request: Request) -> Response:
        _local_only(request, announced)
        asked = await _protocol_request(request, limits)
        if asked is None:
            raise HTTPException(400, "no query")
        # Whole answers (an export needs every quad; no result limit), but under the
        # same deadline and memory cap as the endpoint's: the query runs in a worker.
        # The base IRI is none, as for a query on a store that is not served.
        job = Job(asked.query, asked.dataset, None, request.headers.get("accept", ""), 0)
        answer = await answer_in_worker(job)
        return Response(answer.body, media_type=answer.media_type, headers=SECURITY_HEADERS)

    async def local_update(request: Request) -> Response:
        _local_only(request, announced)
        body = await _read_body(request, MAX_LOCAL_UPDATE_BYTES, limits.timeout)
        updates = parse_qs(_utf8(body)).get("update", [])
        if len(updates) != 1:
            raise HTTPException(400, "give exactly one update=…")
        try:
            await asyncio.to_thread(update_data, updates[0])
        except (SyntaxError, OSError) as error:
            raise HTTPException(400, f"update failed: {error}") from None
        pool.changed()  # after the write: the next query, local or public, reads it
        return Response(status_code=204)

    def update_data(update: str) -> None:
        """Write an update of data to the store (in a thread: reading a few MB of it
        takes a fraction of a second); 400 for any other update."""
        # 400, not 403: a remote store reads a 403 as a user without write permission.
        if not _outline(update, refused=400).only_data():
            raise HTTPException(400, LOCAL_UPDATES)
        store.update(update)

    store = kg.store

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if local_url and store.path is not None:
            announced.append(announce(store.path, local_url))
        try:
            yield
        finally:
            if announced and store.path is not None:
                withdraw(store.path, announced[0])
            pool.close()  # before uvicorn ends the process, which skips atexit after a signal

    return Starlette(
        lifespan=lifespan,
        routes=[
            Route("/", home, methods=["GET"]),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/graph", graph_view, methods=["GET"]),
            Route("/local/sparql", local_query, methods=["POST"]),
            Route("/local/update", local_update, methods=["POST"]),
        ],
        middleware=middleware,
        exception_handlers={
            HTTPException: _plain_error,
            AnswerError: _plain_error,
            Exception: _internal_error,
        },
    )


def _local_only(request: Request, announced: list[Announcement]) -> None:
    """403 unless the request comes from loopback with the token of the serve file; a
    loopback request without credentials gets the 401 challenge that makes an HTTP client
    send them (mekg's does, as for any server that asks for a password)."""
    client = request.client.host if request.client else ""
    if "authorization" not in request.headers and announced and _is_loopback(client):
        raise HTTPException(401, "log in", headers={"WWW-Authenticate": 'Basic realm="mekg"'})
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    try:
        user, _, password = base64.b64decode(credentials).decode().partition(":")
    except ValueError:
        user = password = ""
    if not (
        announced
        and scheme.lower() == "basic"
        and user == USER
        and announced[0].accepts(password)
        and _is_loopback(client)
    ):
        raise HTTPException(403, "only mekg commands on this machine may use this route")


class HostCheck:
    """Answer only requests whose ``Host`` header names one of ``names`` and the
    server's own port, so that a web page cannot reach a server on loopback by
    pointing a DNS name of its own at 127.0.0.1 (DNS rebinding)."""

    def __init__(self, app: ASGIApp, names: Collection[str]) -> None:
        self.app = app
        self.names = {name.lower() for name in names}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self._allowed(scope):
            response = PlainTextResponse(
                "this server does not answer to the host name in the request — "
                "use http://127.0.0.1:PORT/, or start it with --allow-host NAME\n",
                status_code=421,
                headers=SECURITY_HEADERS,
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _allowed(self, scope: Scope) -> bool:
        host = dict(scope["headers"]).get(b"host", b"").decode("latin-1").lower()
        name, port = _split_authority(host)
        server = scope.get("server")
        own_port = server[1] if server else None
        same_port = port == own_port or (port is None and own_port == 80)
        return name in self.names and same_port


def _authority(host: str) -> str:
    """An IPv6 address in brackets, as a URL wants it."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _split_authority(authority: str) -> tuple[str, int | None]:
    """``[::1]:7878`` → ("[::1]", 7878); ``localhost`` → ("localhost", None)."""
    head, colon, tail = authority.rpartition(":")
    if colon and tail.isdigit() and (not head.startswith("[") or head.endswith("]")):
        return head, int(tail)
    return authority, None


def _is_loopback(host: str) -> bool:
    try:
        return host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def default_allowed_hosts(host: str, allow_hosts: Collection[str] = ()) -> set[str] | None:
    """The Host names a server bound to ``host`` answers: loopback names for a
    loopback address, plus ``allow_hosts``; None (any) for another address and
    no ``allow_hosts``."""
    if not _is_loopback(host) and not allow_hosts:
        return None
    return {*LOOPBACK_NAMES, *allow_hosts}


class Workers:
    """Slots for work, at most ``count`` at a time, each done in a daemon thread.

    A request waits for a free slot up to ``timeout`` seconds, first come
    first served, with at most ``queue`` requests waiting; past that it gets a
    503 at once. A SPARQL query's thread only waits for a worker process (see
    :class:`graph.query_pool.QueryPool`), which stops the query at the deadline;
    the page and the view run in the thread itself, and are daemon threads so
    that Ctrl+C stops the server even while one runs.
    """

    def __init__(self, count: int, timeout: float, queue: int = 0) -> None:
        self.count = max(1, count)
        self.timeout = timeout
        self.queue = max(0, queue)
        self.free = self.count
        self.lock = threading.Lock()
        self.waiting: deque[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = deque()

    async def run(self, work: Callable[..., T], *, hand_back: bool = False) -> T:
        """The value of ``work()`` run in a worker; 503 when all are busy or it takes too long.

        With ``hand_back``, ``work`` is called with a function that gives the slot
        back before ``work`` ends (a long query makes way for the next requests).
        """
        if not await self._acquire():
            raise HTTPException(
                503,
                f"all {self.count} query workers are busy — try again later",
                headers={"Retry-After": "5"},
            )
        future: Future[T] = Future()
        threading.Thread(
            target=self._work, args=(work, future, hand_back), name="mekg-query", daemon=True
        ).start()
        try:
            # The query pool ends a query at ``timeout``; this is for work done in the thread.
            return await asyncio.wait_for(
                asyncio.wrap_future(future), timeout=self.timeout + KILL_GRACE
            )
        except TimeoutError:
            raise HTTPException(
                503,
                f"timed out after {self.timeout:g} s — add a LIMIT, narrow the query, "
                "or start the server with a longer --timeout",
            ) from None

    async def _acquire(self) -> bool:
        """Take a worker slot, waiting in line for one up to ``timeout``; False if none came."""
        loop = asyncio.get_running_loop()
        with self.lock:
            if self.free:
                self.free -= 1
                return True
            if len(self.waiting) >= self.queue:
                return False
            turn: asyncio.Future[None] = loop.create_future()
            self.waiting.append((loop, turn))
        try:
            await asyncio.wait_for(asyncio.shield(turn), timeout=self.timeout)
            return True
        except BaseException as error:  # timed out, or the client went away
            with self.lock:
                handed = (loop, turn) not in self.waiting
                if not handed:
                    self.waiting.remove((loop, turn))
            # A finishing worker may have handed over its slot at this very moment.
            if handed and isinstance(error, TimeoutError):
                return True
            if handed:
                self._release()
            if isinstance(error, TimeoutError):
                return False
            raise

    def _release(self) -> None:
        """Hand the slot to the longest-waiting request, or mark it free."""
        with self.lock:
            while self.waiting:
                loop, turn = self.waiting.popleft()
                try:
                    loop.call_soon_threadsafe(turn.set_result, None)
                    return
                except RuntimeError:  # that request's event loop is gone
                    continue
            self.free += 1

    def _work(self, work: Callable[..., T], future: Future[T], hand_back: bool) -> None:
        future.set_running_or_notify_cancel()
        given_back = threading.Event()

        def give_back() -> None:
            with self.lock:
                if given_back.is_set():
                    return
                given_back.set()
            self._release()

        try:
            future.set_result(work(give_back) if hand_back else work())
        except Exception as error:  # noqa: BLE001 — handed to the request, which raises it
            future.set_exception(_detached(error))
        finally:
            give_back()


def _detached(error: BaseException) -> BaseException:
    """The error without its tracebacks.

    Their frames may hold pyoxigraph results, which must be dropped by the
    thread that made them.
    """
    link: BaseException | None = error
    while link is not None:
        link.__traceback__ = None
        link = link.__cause__ or link.__context__
    return error


def serve(
    kg: KnowledgeGraph,
    host: str = "127.0.0.1",
    port: int = 7878,
    limits: Limits | None = None,
    *,
    allow_hosts: Collection[str] = (),
    cors_origins: Collection[str] = (),
) -> None:
    """Serve ``kg`` until interrupted (Ctrl+C); see :func:`make_app` and
    :func:`default_allowed_hosts` for ``allow_hosts`` and ``cors_origins``."""
    import uvicorn  # noqa: PLC0415

    limits = limits or Limits()
    # h11 refuses request lines longer than this before our own limit could answer.
    line_limit = max(16_384, 3 * limits.max_query_bytes + 8_192)
    # Other mekg processes reach the server on loopback when it listens there or everywhere.
    local_host = host if _is_loopback(host) else "127.0.0.1" if host in ("0.0.0.0", "::") else None
    app = make_app(
        kg,
        limits,
        allowed_hosts=default_allowed_hosts(host, allow_hosts),
        cors_origins=cors_origins,
        local_url=f"http://{_authority(local_host)}:{port}" if local_host else None,
    )
    from graph.connections import BoundedH11Protocol  # noqa: PLC0415

    uvicorn.run(
        app,
        host=host,
        port=port,
        http=BoundedH11Protocol,
        timeout_keep_alive=5,
        log_level="info",
        h11_max_incomplete_event_size=line_limit,
        server_header=False,
    )


# ---------------------------------------------------------------------- requests
async def _protocol_request(request: Request, limits: Limits) -> ProtocolRequest | None:
    """The query and dataset of a protocol request (None for a GET without a query:
    the client asks what the service is), or an HTTPException saying what is wrong."""
    # The URL's parameters count for every method (the protocol's dataset
    # parameters may stand in the URL of a POST).
    fields = {k: request.query_params.getlist(k) for k in request.query_params}
    too_large = 414
    if request.method == "POST":
        media_type, _, parameters = request.headers.get("content-type", "").partition(";")
        content_type = media_type.strip().lower()
        charset = dict(_parameters(parameters)).get("charset", "utf-8")
        body = await _read_body(request, limits.max_body_bytes, limits.timeout)
        too_large = 413
        if content_type == "application/sparql-update" or "update" in fields:
            raise HTTPException(403, READ_ONLY)
        if content_type not in ("application/sparql-query", "application/x-www-form-urlencoded"):
            raise HTTPException(
                415,
                f"unsupported Content-Type {content_type[:100] or '(none)'!r} — send "
                "application/sparql-query or application/x-www-form-urlencoded",
            )
        if charset not in ("utf-8", "utf8"):
            raise HTTPException(415, "send the query as UTF-8 (charset=utf-8)")
        if content_type == "application/sparql-query":
            fields["query"] = [*fields.get("query", []), _utf8(body)]
        else:
            for key, values in parse_qs(_utf8(body), keep_blank_values=True).items():
                fields[key] = [*fields.get(key, []), *values]
    if "update" in fields:
        raise HTTPException(403, READ_ONLY)
    queries = fields.get("query", [])
    if request.method in ("GET", "HEAD") and not fields:
        return None
    if len(queries) != 1 or not queries[0].strip():
        raise HTTPException(
            400,
            "give exactly one SPARQL query as query=… (or as the POST body "
            "with Content-Type application/sparql-query)",
        )
    size = len(queries[0].encode("utf-8"))
    if size > limits.max_query_bytes:
        raise HTTPException(
            too_large,
            f"the query has {size} bytes, more than the limit of "
            f"{limits.max_query_bytes} — send a shorter query",
        )
    return ProtocolRequest(queries[0], _dataset(fields))


def _parameters(text: str) -> list[tuple[str, str]]:
    """``; charset=UTF-8`` → [("charset", "utf-8")]."""
    pairs = (part.partition("=") for part in text.split(";") if "=" in part)
    return [(key.strip().lower(), value.strip().strip('"').lower()) for key, _, value in pairs]


def _dataset(fields: dict[str, list[str]]) -> Dataset | None:
    """The dataset that ``default-graph-uri`` and ``named-graph-uri`` name, if any."""
    default, named = fields.get("default-graph-uri", []), fields.get("named-graph-uri", [])
    if not default and not named:
        return None
    for iri in (*default, *named):
        try:
            ox.NamedNode(iri)
        except ValueError:
            raise HTTPException(
                400, "default-graph-uri and named-graph-uri must be absolute IRIs"
            ) from None
    return Dataset(tuple(default), tuple(named))


def _endpoint_url(request: Request) -> str:
    """The URL of the endpoint the client asked, without the query string: the base
    IRI of its queries and the subject of the service description."""
    return f"{request.url.scheme}://{request.url.netloc}{request.url.path}"


async def _read_body(request: Request, limit: int, timeout: float) -> bytes:
    """The request body, at most ``limit`` bytes, all of it within ``timeout`` seconds."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request body of {declared} bytes is over the limit of {limit}")
    chunks, size = [], 0
    try:
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise HTTPException(413, f"request body is over the limit of {limit} bytes")
                chunks.append(chunk)
    except TimeoutError:
        raise HTTPException(408, f"the request body took longer than {timeout:g} s") from None
    return b"".join(chunks)


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the request body is not UTF-8 text") from None


def _int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    text = request.query_params.get(name)
    if text is None:
        return default
    if not text.isdigit() or not low <= int(text) <= high:
        raise HTTPException(400, f"{name} must be a whole number from {low} to {high}")
    return int(text)


def _refuse_unsafe(query: str) -> None:
    """403 for an update or SERVICE, 400 for too deep a query: before any worker."""
    if _outline(query).form in UPDATE_FORMS:
        raise HTTPException(403, READ_ONLY)


def _outline(sparql: str, refused: int = 403) -> Outline:
    """The outline of a query or update; ``refused`` for SERVICE, 400 for too deep a text."""
    try:
        return outline(sparql)
    except QueryRefused as error:
        raise HTTPException(refused, str(error)) from None
    except QueryError as error:
        raise HTTPException(400, str(error)) from None


def _plain_error(request: Request, error: Exception) -> Response:
    if isinstance(error, AnswerError):
        error = HTTPException(error.status, error.message)
    assert isinstance(error, HTTPException)
    return PlainTextResponse(
        f"{error.detail}\n",
        status_code=error.status_code,
        headers={**SECURITY_HEADERS, **(error.headers or {})},
    )


def _internal_error(request: Request, error: Exception) -> Response:
    message = str(error) if isinstance(error, MekgError) else f"{type(error).__name__}: {error}"
    return PlainTextResponse(
        f"internal error: {message}\n", status_code=500, headers=SECURITY_HEADERS
    )


# ---------------------------------------------------------------------- results
def _service_description(endpoint: str, accept: str) -> Response:
    """A SPARQL 1.1 Service Description of this endpoint, in Turtle or JSON-LD."""
    media_type = negotiate(accept, ["text/turtle", "application/ld+json"])
    service = ox.NamedNode(endpoint)
    dataset, default_graph = ox.BlankNode("dataset"), ox.BlankNode("default")

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    kind = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    triples = [
        ox.Triple(service, kind, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, kind, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, kind, sd("Graph")),
        *(
            ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS_NS + name))
            for name in DESCRIBED_FORMATS
        ),
    ]
    body = ox.serialize(triples, format=GRAPH_FORMATS[media_type], prefixes={"sd": SD})
    return Response(body, media_type=media_type, headers=SECURITY_HEADERS)


def _render_view(kg: KnowledgeGraph, focus: str | None, depth: int, view: str) -> bytes:
    try:
        import graph.views  # noqa: F401, PLC0415
    except ImportError:
        raise HTTPException(
            503, "the HTML view is not available in this installation (graph.views is missing)"
        ) from None
    with tempfile.TemporaryDirectory(prefix="mekg-view-") as folder:
        try:
            path = kg.render(Path(folder) / "graph.html", focus=focus, depth=depth, view=view)
        except MekgError as error:
            raise HTTPException(400, str(error)) from None
        return path.read_bytes()


# ---------------------------------------------------------------------- the page
PAGE_SCRIPT = """
const form = document.getElementById("editor");
const box = document.getElementById("query");
const out = document.getElementById("result");
const note = document.getElementById("note");
for (const button of document.querySelectorAll("button.example")) {
  button.addEventListener("click", () => { box.value = button.dataset.query; box.focus(); });
}
box.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
});
function cell(tag, text) {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}
function table(data) {
  const t = document.createElement("table");
  const head = t.createTHead().insertRow();
  for (const name of data.head.vars) head.appendChild(cell("th", name));
  const body = t.createTBody();
  for (const binding of data.results.bindings) {
    const row = body.insertRow();
    for (const name of data.head.vars) {
      const term = binding[name];
      row.appendChild(cell("td", term ? term.value : ""));
    }
  }
  return t;
}
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  out.replaceChildren();
  note.textContent = "running…";
  const started = performance.now();
  const response = await fetch("sparql", {
    method: "POST",
    headers: {"Content-Type": "application/sparql-query",
              "Accept": document.getElementById("format").value},
    body: box.value,
  });
  const text = await response.text();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok) {
    note.textContent = `error ${response.status}`;
    out.appendChild(cell("pre", text)).className = "error";
    return;
  }
  const limit = response.headers.get("Mekg-Result-Limit");
  note.textContent = `${seconds} s` + (limit ? ` — only the first ${limit} results` : "");
  if (type.startsWith("application/sparql-results+json")) {
    const data = JSON.parse(text);
    if ("boolean" in data) out.appendChild(cell("p", String(data.boolean)));
    else {
      const count = data.results.bindings.length;
      note.textContent += ` — ${count} row${count === 1 ? "" : "s"}`;
      out.appendChild(table(data));
    }
  } else {
    out.appendChild(cell("pre", text));
  }
});
"""

PAGE_STYLE = """
body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5rem auto; max-width: 70rem; }
main { padding: 0 1rem; }
textarea { width: 100%; height: 16rem; font: 13px/1.35 ui-monospace, monospace; }
table { border-collapse: collapse; margin-top: .5rem; }
th, td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; vertical-align: top; }
pre { background: #f6f6f6; padding: .5rem; overflow: auto; }
pre.error { background: #fdecea; }
button.example { font-family: ui-monospace, monospace; }
li { margin: .15rem 0; }
"""


def _sha256_source(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


# Only the page's own script and style may run: injected markup stays inert.
PAGE_POLICY = (
    f"default-src 'none'; script-src {_sha256_source(PAGE_SCRIPT)}; "
    f"style-src {_sha256_source(PAGE_STYLE)}; connect-src 'self'; base-uri 'none'; "
    "form-action 'none'"
)
DEFAULT_QUERY = """PREFIX mekg: <https://w3id.org/mekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?g ?company ?market WHERE {
  GRAPH ?g { ?e a mekg:MarketEntry ; mekg:company/rdfs:label ?company ;
                mekg:market/mekg:territoryCode ?market }
} LIMIT 20"""
FORMAT_CHOICES = (
    ("table", "application/sparql-results+json, text/turtle;q=0.9"),
    ("SPARQL JSON", "application/sparql-results+json, application/ld+json;q=0.9"),
    ("SPARQL XML", "application/sparql-results+xml, application/rdf+xml;q=0.9"),
    ("CSV", "text/csv, text/turtle;q=0.9"),
    ("TSV", "text/tab-separated-values, text/turtle;q=0.9"),
    ("N-Triples", "application/n-triples, application/sparql-results+json;q=0.9"),
)
MAX_LISTED_ARTICLES = 20


def render_home(articles: list[dict[str, str | None]], triples: int) -> str:
    """The query page: editor, example queries, and the first articles of the store."""
    from graph import queries  # noqa: PLC0415

    e = html.escape
    examples = "\n".join(
        f'<li><button type="button" class="example" data-query="{e(queries.load(name))}">'
        f"{e(name)}</button> {e(queries.description(name))}</li>"
        for name in queries.names()
    )
    formats = "".join(
        f'<option value="{e(accept)}">{e(label)}</option>' for label, accept in FORMAT_CHOICES
    )
    listed = "\n".join(
        f"<li>{e(row.get('title') or '(untitled)')} — {e(row.get('source') or '')}"
        f" {e(row.get('published') or '')}</li>"
        for row in articles[:MAX_LISTED_ARTICLES]
    )
    more = (
        f"<p>… and {len(articles) - MAX_LISTED_ARTICLES} more.</p>"
        if len(articles) > MAX_LISTED_ARTICLES
        else ""
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mekg SPARQL</title><style>{PAGE_STYLE}</style></head>
<body><main>
<h1>mekg SPARQL endpoint</h1>
<p>{len(articles)} articles, {triples} triples. Send SPARQL 1.1 queries to
<code>/sparql</code> (read-only). <a href="graph">Interactive graph view</a>,
<a href="graph?view=map">market map</a>.</p>
<form id="editor">
<textarea id="query" spellcheck="false" aria-label="SPARQL query">{e(DEFAULT_QUERY)}</textarea>
<p><button type="submit">Run query</button> (Ctrl+Enter) as
<select id="format" aria-label="result format">{formats}</select> <span id="note"></span></p>
</form>
<div id="result"></div>
<h2>Competency queries</h2>
<ul>
{examples}
</ul>
<h2>Articles</h2>
<ul>
{listed}
</ul>
{more}
<script>{PAGE_SCRIPT}</script>
</main></body></html>
"""
