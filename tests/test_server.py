"""The SPARQL endpoint, driven by real HTTP clients against a server on a loopback port."""

from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager

import pyoxigraph as ox
import pytest
import uvicorn
from sample_facts import HOSTILE, fill, lidl_facts, xiaomi_facts
from test_sparql_text import CRASHING, service_calls

from graph.api import KnowledgeGraph
from graph.errors import StoreError
from graph.server import KILL_GRACE, Limits, default_allowed_hosts, make_app, negotiate

ENTRIES = """PREFIX mekg: <https://w3id.org/mekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?company ?market WHERE {
  GRAPH ?g { ?e a mekg:MarketEntry ; mekg:company/rdfs:label ?company ;
                mekg:market/mekg:territoryCode ?market }
} ORDER BY ?company ?market"""
CONSTRUCT = """PREFIX mekg: <https://w3id.org/mekg/ontology#>
CONSTRUCT { ?e mekg:market ?m } WHERE { GRAPH ?g { ?e a mekg:MarketEntry ; mekg:market ?m } }"""
ASK = "ASK { GRAPH ?g { ?s ?p ?o } }"
ALL_QUADS = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"
VALUES_30 = " ".join(map(str, range(30)))


def product(factors: int) -> str:
    """A cartesian product of ``factors`` times 30 values, whatever the data."""
    return " ".join(f"VALUES ?v{i} {{ {VALUES_30} }}" for i in range(factors))


# The runaway queries of the issue, each with what the server must answer:
# 30^8 rows to count (hours), an ORDER BY that grows by hundreds of MB a second,
# and a string that doubles 40 times (pyoxigraph aborts the process).
RUNAWAY = {
    "never-ending count": (
        f"SELECT (COUNT(*) AS ?n) WHERE {{ {product(8)} }}",
        503,
        b"timed out after 2 s and stopped",
    ),
    "ORDER BY over a product": (
        f"SELECT * WHERE {{ {product(6)} BIND(CONCAT(STR(?v0), '{'x' * 50}') AS ?s) }} "
        "ORDER BY ?s ?v1 LIMIT 1",
        500,
        b"more than 200 MB of memory",
    ),
    "doubling BIND chain": (
        "SELECT * WHERE { BIND('aaaaaaaaaaaaaaaa' AS ?x0) "
        + " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(40))
        + " }",
        500,
        b"more than 200 MB of memory",
    ),
}
EXPECTED_ENTRIES = [("Lidl", "US"), ("Xiaomi", "003"), ("Xiaomi", "MX")]
LIMITS = Limits(result_limit=50, max_body_bytes=20_000, max_query_bytes=10_000, timeout=10)


@contextmanager
def running(app: object) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free loopback port in a thread; yield its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="module")
def kg() -> Iterator[KnowledgeGraph]:
    graph = KnowledgeGraph()
    hostile = xiaomi_facts(
        title=f"Xiaomi {HOSTILE} kommt nach Mexiko", retailer=f"Best Buy {HOSTILE}"
    )
    fill(graph.store, [hostile, lidl_facts()])
    yield graph
    graph.close()


@pytest.fixture(scope="module")
def url(kg: KnowledgeGraph) -> Iterator[str]:
    with running(make_app(kg, LIMITS)) as base:
        yield base


def http(
    url: str,
    path: str,
    body: bytes | None = None,
    method: str | None = None,
    seconds: float = 10,
    **headers: str,
) -> tuple[int, str, bytes]:
    """Status, Content-Type and body of a request (error statuses included)."""
    headers = {k.replace("_", "-"): v for k, v in headers.items()}
    request = urllib.request.Request(url + path, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=seconds) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def get(url: str, query: str, seconds: float = 10, **headers: str) -> tuple[int, str, bytes]:
    path = "/sparql?" + urllib.parse.urlencode({"query": query})
    return http(url, path, seconds=seconds, **headers)


def rows_of(body: bytes) -> list[tuple[str, ...]]:
    data = json.loads(body)
    names = data["head"]["vars"]
    return [tuple(b[n]["value"] for n in names) for b in data["results"]["bindings"]]


# ---------------------------------------------------------------------- protocol
def test_get_answers_sparql_json_by_default(url: str) -> None:
    status, content_type, body = get(url, ENTRIES)
    assert status == 200 and content_type.startswith("application/sparql-results+json")
    assert rows_of(body) == EXPECTED_ENTRIES


def test_post_direct_and_post_form_give_the_same_rows(url: str) -> None:
    direct = http(url, "/sparql", ENTRIES.encode(), Content_Type="application/sparql-query")
    form = http(
        url,
        "/sparql",
        urllib.parse.urlencode({"query": ENTRIES}).encode(),
        Content_Type="application/x-www-form-urlencoded",
    )
    assert direct[0] == form[0] == 200
    assert rows_of(direct[2]) == rows_of(form[2]) == EXPECTED_ENTRIES


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/html, */*;q=0.8", "application/sparql-results+json"),  # a browser
        ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_select_results_in_every_format(url: str, accept: str, media_type: str) -> None:
    status, content_type, body = get(url, ENTRIES, Accept=accept)
    assert status == 200 and content_type.startswith(media_type)
    text = body.decode("utf-8")
    if media_type.endswith("json"):
        assert rows_of(body) == EXPECTED_ENTRIES
    elif media_type.endswith("xml"):
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        values = [b.text for b in ET.fromstring(body).iterfind(".//r:literal", ns)]
        assert values == [v for row in EXPECTED_ENTRIES for v in row]
    elif media_type == "text/csv":
        assert list(csv.reader(io.StringIO(text))) == [
            ["company", "market"],
            *map(list, EXPECTED_ENTRIES),
        ]
    else:
        lines = text.splitlines()
        assert lines[0] == "?company\t?market" and lines[1] == '"Lidl"\t"US"'


@pytest.mark.parametrize(
    "accept", ["application/sparql-results+json", "application/sparql-results+xml"]
)
def test_ask(url: str, accept: str) -> None:
    status, content_type, body = get(url, ASK, Accept=accept)
    assert status == 200 and content_type.startswith(accept)
    assert b"true" in body


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [
        ("", ox.RdfFormat.TURTLE),
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
    ],
)
def test_construct_formats(url: str, accept: str, rdf_format: ox.RdfFormat) -> None:
    status, content_type, body = get(url, CONSTRUCT, **({"Accept": accept} if accept else {}))
    assert status == 200 and content_type.startswith(rdf_format.media_type)
    triples = list(ox.parse(body, rdf_format))
    assert len(triples) == 3
    assert {t.object.value.rsplit("/", 1)[1] for t in triples} == {"MX", "003", "US"}


def test_results_are_capped_at_the_limit_and_say_so(kg: KnowledgeGraph) -> None:
    with running(make_app(kg, Limits(result_limit=3))) as base:
        request = urllib.request.Request(
            base + "/sparql?" + urllib.parse.urlencode({"query": ALL_QUADS})
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.headers["Mekg-Result-Limit"] == "3"
            assert len(rows_of(response.read())) == 3
        status, _, body = get(base, CONSTRUCT, Accept="application/n-triples")
        assert status == 200 and len(body.decode().splitlines()) == 3


# ---------------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }", "application/sparql-update"),
        (b"update=DROP+ALL", "application/x-www-form-urlencoded"),
        (b"# comment\nPREFIX x: <urn:x#>\nDELETE WHERE { ?s ?p ?o }", "application/sparql-query"),
        (b"query=CLEAR+ALL", "application/x-www-form-urlencoded"),
    ],
)
def test_updates_are_refused(url: str, kg: KnowledgeGraph, body: bytes, content_type: str) -> None:
    before = kg.store.count()
    status, content_type_out, message = http(url, "/sparql", body, Content_Type=content_type)
    assert status == 403 and content_type_out.startswith("text/plain")
    assert b"read-only" in message
    assert kg.store.count() == before


def test_update_in_a_get_is_refused(url: str) -> None:
    assert http(url, "/sparql?update=DROP%20ALL")[0] == 403


def test_federated_queries_are_refused_in_any_spelling_and_call_no_one(
    url: str, listener: tuple[str, list[int]]
) -> None:
    address, connections = listener
    for name, query in service_calls(address).items():
        status, _, message = get(url, query)
        assert (status, b"SERVICE" in message) == (403, True), name
    assert connections == []


@pytest.mark.parametrize("name", list(CRASHING))
def test_a_deep_query_is_a_400_and_the_server_keeps_answering(
    kg: KnowledgeGraph, name: str
) -> None:
    with running(make_app(kg, Limits(timeout=10))) as url:  # queries up to 100 KB
        status, _, message = http(
            url, "/sparql", CRASHING[name].encode(), Content_Type="application/sparql-query"
        )
        assert status == 400 and b"levels deep" in message
        assert get(url, ASK)[0] == 200


def test_malformed_query_is_a_400_with_the_parser_message(url: str) -> None:
    status, content_type, message = get(url, "SELEC ?x WHERE { ?x ?y ?z }")
    assert status == 400 and content_type.startswith("text/plain")
    assert message.startswith(b"SPARQL syntax error: error at 1:")


def test_oversized_body_and_query_are_refused(url: str) -> None:
    big_body = b"query=" + b"x" * 30_000
    assert (
        http(url, "/sparql", big_body, Content_Type="application/x-www-form-urlencoded")[0] == 413
    )
    long_query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 12_000
    assert (
        http(url, "/sparql", long_query.encode(), Content_Type="application/sparql-query")[0] == 413
    )
    assert get(url, long_query)[0] == 414


@pytest.mark.parametrize(
    ("path", "body", "headers", "status"),
    [
        ("/sparql?query=ASK%7B%7D", None, {"Accept": "image/png"}, 406),
        ("/sparql", b"ASK {}", {"Content-Type": "text/plain"}, 415),
        ("/sparql", b"", {"Content-Type": "application/x-www-form-urlencoded"}, 400),
        ("/sparql?query=ASK%7B%7D&query=ASK%7B%7D", None, {}, 400),
        ("/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20IRI", None, {}, 400),
        ("/sparql", b"ASK {}", {"Content-Type": "application/sparql-query; charset=UTF-16"}, 415),
        ("/sparql", b"\xff\xfe", {"Content-Type": "application/sparql-query"}, 400),
        ("/graph?depth=99", None, {}, 400),
    ],
)
def test_bad_requests_get_a_status_and_a_message(
    url: str, path: str, body: bytes | None, headers: dict[str, str], status: int
) -> None:
    request = urllib.request.Request(url + path, data=body, headers=headers)
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=10)
    assert raised.value.code == status
    assert raised.value.headers["Content-Type"].startswith("text/plain")
    assert raised.value.read().strip()


@pytest.fixture(scope="module")
def guarded(kg: KnowledgeGraph) -> Iterator[str]:
    """A server with two workers, a 2 s deadline and 1 GB per query."""
    with running(make_app(kg, Limits(timeout=2, workers=2))) as base:
        assert get(base, ASK)[0] == 200  # the workers have started
        yield base


@pytest.fixture(scope="module")
def memory_capped(kg: KnowledgeGraph) -> Iterator[str]:
    """A server with two workers, a 20 s deadline and 200 MB per query."""
    with running(make_app(kg, Limits(timeout=20, workers=2, memory_mb=200))) as base:
        assert get(base, ASK)[0] == 200
        yield base


@pytest.mark.parametrize("name", list(RUNAWAY))
def test_a_runaway_query_ends_alone_and_the_next_query_is_answered(
    guarded: str, memory_capped: str, name: str
) -> None:
    query, status, reason = RUNAWAY[name]
    base, deadline = (guarded, 2) if status == 503 else (memory_capped, 20)
    started = time.monotonic()
    answer = get(base, query, seconds=deadline + KILL_GRACE)
    assert (answer[0], reason in answer[2]) == (status, True), answer
    assert time.monotonic() - started < deadline + KILL_GRACE
    assert get(base, ASK)[0] == 200


def test_runaway_queries_on_every_worker_leave_the_server_answering(guarded: str) -> None:
    statuses: list[int] = []
    never_ending = RUNAWAY["never-ending count"][0]
    clients = [
        threading.Thread(target=lambda: statuses.append(get(guarded, never_ending)[0]))
        for _ in range(4)
    ]
    started = time.monotonic()
    for client in clients:
        client.start()
    for client in clients:
        client.join(30)
    assert statuses == [503] * 4
    assert time.monotonic() - started < 2 * (2 + KILL_GRACE)  # two rounds on two workers
    assert get(guarded, ASK)[0] == 200


# ---------------------------------------------------------------------- SPARQLWrapper
def test_sparqlwrapper_select_ask_construct_over_get_and_post(url: str) -> None:
    from SPARQLWrapper import GET, JSON, POST, TURTLE, SPARQLWrapper  # noqa: PLC0415

    for method in (GET, POST):
        client = SPARQLWrapper(url + "/sparql")
        client.setMethod(method)
        client.setReturnFormat(JSON)
        client.setQuery(ENTRIES)
        bindings = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
        assert [(b["company"]["value"], b["market"]["value"]) for b in bindings] == EXPECTED_ENTRIES
        client.setQuery(ASK)
        assert client.queryAndConvert()["boolean"] is True  # type: ignore[index]
    client = SPARQLWrapper(url + "/sparql")
    client.setReturnFormat(TURTLE)
    client.setQuery(CONSTRUCT)
    turtle = client.queryAndConvert()  # SPARQLWrapper hands Turtle over as bytes
    assert len(list(ox.parse(turtle, ox.RdfFormat.TURTLE))) == 3  # type: ignore[arg-type]


def test_sparqlwrapper_update_is_refused(url: str) -> None:
    from SPARQLWrapper import POST, SPARQLWrapper  # noqa: PLC0415

    client = SPARQLWrapper(url + "/sparql")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(urllib.error.HTTPError) as raised:
        client.query()
    assert raised.value.code == 403


def test_sparqlwrapper_reports_a_bad_query(url: str) -> None:
    from SPARQLWrapper import SPARQLWrapper  # noqa: PLC0415
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed  # noqa: PLC0415

    client = SPARQLWrapper(url + "/sparql")
    client.setQuery("SELECT ?x WHERE { ?x ?y }")
    with pytest.raises(QueryBadFormed, match="error at"):
        client.query()


# ---------------------------------------------------------------------- pages
def test_query_page_lists_competency_queries_and_escapes_stored_text(url: str) -> None:
    from graph import queries  # noqa: PLC0415

    status, content_type, body = http(url, "/")
    page = body.decode("utf-8")
    assert status == 200 and content_type.startswith("text/html")
    for name in queries.names():
        assert f">{name}</button>" in page
    assert "&lt;script&gt;alert(&#x27;mekg&#x27;)&lt;/script&gt;" in page  # the hostile title
    assert HOSTILE not in page and "<script>alert" not in page
    assert page.count("<script>") == 1  # the page's own


def test_query_page_allows_only_its_own_script(url: str) -> None:
    with urllib.request.urlopen(url + "/", timeout=10) as response:
        policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy
    assert "unsafe-inline" not in policy


def test_graph_view_is_served_or_explained(url: str) -> None:
    try:
        import graph.views  # noqa: F401, PLC0415
    except ImportError:
        status, _, message = http(url, "/graph")
        assert status == 503 and b"graph.views" in message
    else:
        status, content_type, body = http(url, "/graph")
        assert status == 200 and content_type.startswith("text/html") and b"<html" in body.lower()
        assert HOSTILE.encode() not in body


@pytest.mark.browser
def test_query_page_runs_examples_in_a_browser_without_running_stored_scripts(url: str) -> None:
    playwright = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("needs Debian's chromium")
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(url + "/")
        page.click("button.example >> text=sales_channels")
        page.click("button[type=submit]")
        page.wait_for_selector("#result table", timeout=5000)
        assert HOSTILE in page.inner_text("#result table")  # shown as text
        page.fill("#query", "SELEC ?x")
        page.click("button[type=submit]")
        page.wait_for_selector("#result pre.error", timeout=5000)
        assert "error 400" in page.inner_text("#note")
        browser.close()
    assert dialogs == []


# ---------------------------------------------------------------------- units
def test_a_remote_store_cannot_be_served() -> None:
    from graph.remote import RemoteStore  # noqa: PLC0415

    with pytest.raises(StoreError, match="local store"):
        make_app(KnowledgeGraph(store=RemoteStore("http://127.0.0.1:1/query")))


def test_negotiation_prefers_quality_then_order() -> None:
    offered = ["application/sparql-results+json", "text/csv", "text/tab-separated-values"]
    assert negotiate("", offered) == "application/sparql-results+json"
    assert negotiate("text/*", offered) == "text/csv"
    assert negotiate("text/csv;q=0.2, text/*;q=0.5", offered) == "text/tab-separated-values"
    assert negotiate("text/tab-separated-values, text/csv", offered) == "text/tab-separated-values"


def test_the_market_map_is_linked_from_the_page_and_served(url: str) -> None:
    pytest.importorskip("graph.views")
    _, _, home = http(url, "/")
    assert b'href="graph?view=map"' in home
    status, content_type, body = http(url, "/graph?view=map")
    assert status == 200 and content_type.startswith("text/html")
    assert b'<g id="countries">' in body and HOSTILE.encode() not in body


# ---------------------------------------------------------------------- datasets
@pytest.fixture(scope="module")
def two_graphs() -> Iterator[str]:
    """A server over two named graphs with one triple each."""
    graph = KnowledgeGraph()
    graph.store.update(
        "INSERT DATA { GRAPH <urn:g1> { <urn:a> <urn:p> 1 } GRAPH <urn:g2> { <urn:b> <urn:p> 2 } }"
    )
    with running(make_app(graph, LIMITS)) as base:
        yield base


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:p> ?o }"
COUNT_NAMED = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <urn:p> ?o } }"


@pytest.mark.parametrize(
    ("query", "parameters", "expected"),
    [
        (COUNT, {}, "2"),  # the default graph is the union of all graphs
        (COUNT.replace("WHERE", "FROM <urn:g1> WHERE"), {}, "1"),
        (COUNT, {"default-graph-uri": ["urn:g2"]}, "1"),
        (COUNT, {"default-graph-uri": ["urn:g1", "urn:g2"]}, "2"),
        (COUNT, {"named-graph-uri": ["urn:g1"]}, "0"),  # the default graph is then empty
        (COUNT_NAMED, {"named-graph-uri": ["urn:g1"]}, "1"),
        (COUNT_NAMED, {"default-graph-uri": ["urn:g1"]}, "0"),
        # the protocol's dataset replaces the query's own
        (COUNT.replace("WHERE", "FROM <urn:g1> WHERE"), {"default-graph-uri": ["urn:g2"]}, "1"),
    ],
)
@pytest.mark.parametrize("method", ["GET", "POST form", "POST direct with URL parameters"])
def test_the_dataset_is_what_the_request_names(
    two_graphs: str, query: str, parameters: dict[str, list[str]], expected: str, method: str
) -> None:
    if method == "GET":
        fields = urllib.parse.urlencode({"query": query, **parameters}, doseq=True)
        status, _, body = http(two_graphs, "/sparql?" + fields)
    elif method == "POST form":
        fields = urllib.parse.urlencode({"query": query, **parameters}, doseq=True)
        status, _, body = http(
            two_graphs,
            "/sparql",
            fields.encode(),
            Content_Type="application/x-www-form-urlencoded",
        )
    else:
        path = "/sparql?" + urllib.parse.urlencode(parameters, doseq=True)
        status, _, body = http(
            two_graphs, path, query.encode(), Content_Type="application/sparql-query"
        )
    assert status == 200, body
    assert rows_of(body) == [(expected,)]


def test_relative_iris_resolve_against_the_endpoint(two_graphs: str) -> None:
    status, _, body = http(
        two_graphs,
        "/sparql",
        b"CONSTRUCT { <s> <p> 1 } WHERE {}",
        Content_Type="application/sparql-query",
        Accept="application/n-triples",
    )
    assert status == 200
    assert body.decode().startswith(f"<{two_graphs}/s> <{two_graphs}/p> ")


@pytest.mark.parametrize(
    ("accept", "media_type", "rdf_format"),
    [
        ("", "text/turtle", ox.RdfFormat.TURTLE),
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
    ],
)
def test_the_endpoint_describes_itself(
    two_graphs: str, accept: str, media_type: str, rdf_format: ox.RdfFormat
) -> None:
    status, content_type, body = http(two_graphs, "/sparql", Accept=accept)
    assert status == 200 and content_type.startswith(media_type)
    sd = "http://www.w3.org/ns/sparql-service-description#"
    triples = {
        (str(t.subject), str(t.predicate), str(t.object)) for t in ox.parse(body, rdf_format)
    }
    endpoint = f"<{two_graphs}/sparql>"
    assert (endpoint, f"<{sd}endpoint>", endpoint) in triples
    assert (endpoint, f"<{sd}feature>", f"<{sd}UnionDefaultGraph>") in triples


def test_head_answers_like_get_without_a_body(two_graphs: str) -> None:
    status, content_type, body = http(two_graphs, "/sparql", method="HEAD")
    assert (status, body) == (200, b"") and content_type.startswith("text/turtle")
    query = "/sparql?" + urllib.parse.urlencode({"query": COUNT})
    status, content_type, body = http(two_graphs, query, method="HEAD")
    assert (status, body) == (200, b"")
    assert content_type.startswith("application/sparql-results+json")


def test_a_406_does_not_repeat_the_accept_header(two_graphs: str) -> None:
    status, _, body = get(two_graphs, COUNT, Accept="<script>alert(1)</script>/x")
    assert status == 406 and b"script" not in body and b"text/csv" in body


# ---------------------------------------------------------------------- who may ask
def headers_of(url: str, method: str = "GET", **headers: str) -> tuple[int, dict[str, str]]:
    """Status and headers of a request, header names in lower case."""
    headers = {k.replace("_", "-"): v for k, v in headers.items()}
    request = urllib.request.Request(url, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}


def test_no_cross_origin_reads_by_default(two_graphs: str) -> None:
    _, headers = headers_of(two_graphs + "/sparql?query=ASK%7B%7D", Origin="https://evil.example")
    assert "access-control-allow-origin" not in headers


def test_cors_lets_the_named_origin_read_and_preflight() -> None:
    app = make_app(KnowledgeGraph(), LIMITS, cors_origins=["https://app.example"])
    with running(app) as base:
        url = base + "/sparql?query=ASK%7B%7D"
        _, headers = headers_of(url, Origin="https://app.example")
        assert headers["access-control-allow-origin"] == "https://app.example"
        _, headers = headers_of(url, Origin="https://evil.example")
        assert "access-control-allow-origin" not in headers
        status, headers = headers_of(
            base + "/sparql",
            "OPTIONS",
            Origin="https://app.example",
            Access_Control_Request_Method="POST",
            Access_Control_Request_Headers="content-type",
        )
        assert status == 200 and "POST" in headers["access-control-allow-methods"]


@pytest.mark.parametrize(
    ("host", "allowed", "status"),
    [
        ("127.0.0.1:{port}", (), 200),
        ("localhost:{port}", (), 200),
        ("[::1]:{port}", (), 200),
        ("rebound.evil.example:{port}", (), 421),  # DNS rebinding
        ("localhost:1", (), 421),
        ("graph.example.org:{port}", ("graph.example.org",), 200),
    ],
)
def test_a_loopback_server_answers_only_loopback_host_names(
    host: str, allowed: tuple[str, ...], status: int
) -> None:
    app = make_app(
        KnowledgeGraph(), LIMITS, allowed_hosts=default_allowed_hosts("127.0.0.1", allowed)
    )
    with running(app) as base:
        port = base.rsplit(":", 1)[1]
        assert (
            headers_of(base + "/sparql?query=ASK%7B%7D", Host=host.format(port=port))[0] == status
        )


def test_a_server_on_another_address_answers_any_host_unless_told() -> None:
    assert default_allowed_hosts("0.0.0.0") is None
    assert default_allowed_hosts("::1") == {"localhost", "127.0.0.1", "[::1]"}
    assert "graph.example.org" in (default_allowed_hosts("0.0.0.0", ["graph.example.org"]) or ())
