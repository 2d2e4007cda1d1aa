"""RemoteStore against real SPARQL servers on loopback ports — `oxigraph serve` and
Debian's Virtuoso (slow: it takes seconds to start) — each given only its URL: the
same articles give the same competency-query rows, exports, stats, validation and
views as the embedded store, and no answer is cut short silently."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from sample_facts import LIDL_TEXT, XIAOMI_TEXT, fill, lidl_facts, xiaomi_facts
from sparql_servers import (
    GRANT_UPDATES,
    VIRTUOSO_PASSWORD,
    VIRTUOSO_RESULT_CAP,
    Server,
    free_port,
    mekg_server,
    oxigraph_server,
    virtuoso_server,
)

from graph import __version__, queries
from graph.api import KnowledgeGraph
from graph.errors import QueryError, StoreError, TruncatedAnswerError
from graph.remote import PASSWORD_VARIABLE, RemoteStore, _without_credentials
from graph.store import EXPORT_FORMATS

SERVERS = {"oxigraph": oxigraph_server, "virtuoso": virtuoso_server}


@pytest.fixture(
    scope="module",
    params=["oxigraph", pytest.param("virtuoso", marks=pytest.mark.slow)],
)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """A SPARQL server on a free loopback port, with the password mekg reads from the
    environment."""
    folder = tmp_path_factory.mktemp(request.param)
    with pytest.MonkeyPatch.context() as patch, SERVERS[request.param](folder) as running:
        patch.setenv(PASSWORD_VARIABLE, VIRTUOSO_PASSWORD)
        yield running


@pytest.fixture(scope="module")
def endpoint(server: Server) -> str:
    return server.store_url


@pytest.fixture(scope="module")
def pair(server: Server) -> Iterator[tuple[KnowledgeGraph, KnowledgeGraph]]:
    """The same articles in an embedded store and in the server, which mekg is given
    by its URL alone: how it writes there it finds out itself."""
    from graph.rdf import ExtractionRun  # noqa: PLC0415

    embedded = KnowledgeGraph()
    remote = KnowledgeGraph(server.store_url)
    run = ExtractionRun(__version__)
    for kg in (embedded, remote):
        fill(kg.store, [xiaomi_facts(), lidl_facts()], run)
    yield embedded, remote
    embedded.close()
    remote.close()


def same_rows(
    name: str, pair: tuple[KnowledgeGraph, KnowledgeGraph]
) -> list[dict[str, str | None]]:
    embedded, remote = pair
    rows = remote.cq(name)
    assert sorted(map(sorted_items, rows)) == sorted(map(sorted_items, embedded.cq(name)))
    return rows


def sorted_items(row: dict[str, str | None]) -> list[tuple[str, str]]:
    return sorted((k, v or "") for k, v in row.items())


@pytest.mark.parametrize("name", queries.names())
def test_every_competency_query_gives_the_same_rows(
    name: str, pair: tuple[KnowledgeGraph, KnowledgeGraph]
) -> None:
    same_rows(name, pair)


def test_the_sample_articles_fill_the_main_queries(
    pair: tuple[KnowledgeGraph, KnowledgeGraph],
) -> None:
    for name in (
        "market_entries",
        "sales_channels",
        "product_launches",
        "executives",
        "market_statements",
        "organizations",
        "articles",
    ):
        assert same_rows(name, pair), f"{name} is empty: the comparison would prove nothing"


def test_bound_variables_give_the_same_rows(pair: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    embedded, remote = pair
    sparql = "SELECT ?o ?name WHERE { GRAPH ?g { ?o rdfs:label ?name } }"
    assert remote.query(sparql, name="Xiaomi") == embedded.query(sparql, name="Xiaomi") != []


def test_writing_an_article_again_replaces_it(pair: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    _, remote = pair
    before = remote.store.count()
    fill(remote.store, [xiaomi_facts()])
    assert remote.store.count() == before


def test_updates_go_in_chunks_the_server_accepts(
    server: Server, pair: tuple[KnowledgeGraph, KnowledgeGraph]
) -> None:
    """The geography graph (about 400 KB) in SPARQL updates: Virtuoso refused it in one
    request ('SP031 … exceeded 10000 lines'); mekg now halves the chunks until it takes them."""
    from graph.rdf import GEO_GRAPH  # noqa: PLC0415

    embedded, remote = pair
    geography = list(embedded.store.quads())
    geography = [quad for quad in geography if quad.graph_name == GEO_GRAPH]
    by_update = RemoteStore(server.store_url, update_url=server.update_url, gsp_url="")
    by_update.replace_graph(GEO_GRAPH, geography)
    assert by_update.count() == embedded.store.count()
    small = RemoteStore(server.store_url, update_url=server.update_url, gsp_url="", chunk_bytes=300)
    from graph.ingest import write_facts  # noqa: PLC0415

    write_facts(small, xiaomi_facts())
    assert small.count() == embedded.store.count()
    same_rows("entries_in_region", pair)
    same_rows("market_entries", pair)


def test_graph_store_protocol_put_replaces_a_graph(
    server: Server, pair: tuple[KnowledgeGraph, KnowledgeGraph]
) -> None:
    from graph.ingest import write_facts  # noqa: PLC0415

    embedded, _ = pair
    gsp = RemoteStore(server.store_url, gsp_url=server.gsp_url)
    write_facts(gsp, lidl_facts())
    assert gsp.count() == embedded.store.count()
    same_rows("market_entries", pair)


# The extraction run's IRI and start time change whenever an article is rewritten.
RUN_TERMS = re.compile(r'<https://w3id\.org/mekg/id/run/\w+>|"[^"]*"\^\^<[^>]*#dateTime>')


def comparable(statements: list[ox.Quad] | list[ox.Triple]) -> set[tuple[str, ...]]:
    """Quads or triples as text, with the extraction run's IRI and time blanked out."""
    return {
        tuple(RUN_TERMS.sub("RUN", str(term)) for term in statement) for statement in statements
    }


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_export_holds_the_same_statements(
    fmt: str, server: Server, pair: tuple[KnowledgeGraph, KnowledgeGraph], tmp_path: Path
) -> None:
    """Only mekg's graphs (never Virtuoso's virtrdf#, DAV, ldp …), every quad (Virtuoso
    caps answers below their number: the export goes graph by graph), and the same
    datatypes (an offset was xsd:nonNegativeInteger in Virtuoso, xsd:integer embedded)."""
    embedded, remote = pair
    exported = {}
    for name, kg in (("embedded", embedded), ("remote", remote)):
        path = kg.export(tmp_path / f"{name}.{fmt}", fmt)
        parsed = list(ox.parse(path=str(path), format=EXPORT_FORMATS[fmt]))
        exported[name] = (
            parsed if EXPORT_FORMATS[fmt].supports_datasets else [quad.triple for quad in parsed]
        )
    assert comparable(exported["remote"]) == comparable(exported["embedded"])
    assert remote.store.count() == embedded.store.count()
    if server.name == "virtuoso":
        assert embedded.store.count() > VIRTUOSO_RESULT_CAP, "the cap would not be tested"


def test_stats_agree(pair: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    embedded, remote = pair
    assert remote.stats() == embedded.stats()


def test_validate_agrees(pair: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    embedded, remote = pair
    remote_report, embedded_report = remote.validate(), embedded.validate()
    assert remote_report.conforms == embedded_report.conforms
    assert sorted(remote_report.violations) == sorted(embedded_report.violations)


def test_render_and_analyze_read_the_remote_store(
    pair: tuple[KnowledgeGraph, KnowledgeGraph], tmp_path: Path
) -> None:
    embedded, remote = pair
    page = remote.render(tmp_path / "view.html").read_text(encoding="utf-8")
    assert "Xiaomi" in page
    assert remote.analyze() == embedded.analyze()


@pytest.fixture
def graphs_dropped_after(server: Server) -> Iterator[None]:
    """The graphs a test adds are dropped after it: the other tests compare whole stores."""
    store = RemoteStore(server.store_url, update_url=server.update_url)
    before = graph_names(store)
    yield
    for graph in graph_names(store) - before:
        store.update(f"DROP SILENT GRAPH <{graph}>")


def graph_names(store: RemoteStore) -> set[str | None]:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    return {row["g"] for row in store.query(query).rows}


@pytest.mark.usefixtures("graphs_dropped_after")
def test_ingest_through_the_api_and_skip_unchanged_articles(server: Server, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "de-xiaomi.txt").write_text(XIAOMI_TEXT, encoding="utf-8")
    (folder / "en-lidl.txt").write_text(LIDL_TEXT, encoding="utf-8")
    with KnowledgeGraph(server.store_url) as remote:
        first = remote.ingest([folder])
        assert sorted(first.ingested) == ["de-xiaomi.txt", "en-lidl.txt"] and not first.failed
        again = remote.ingest([folder])
        assert sorted(again.unchanged) == ["de-xiaomi.txt", "en-lidl.txt"] and not again.ingested
        sources = {row["source"] for row in remote.cq("articles")}
        assert {"de-xiaomi.txt", "en-lidl.txt"} <= sources


def mekg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.usefixtures("graphs_dropped_after")
def test_the_documented_recipe_ingests_with_the_store_url_alone(server: Server) -> None:
    articles = str(Path(__file__).resolve().parent.parent / "data" / "articles")
    first = mekg("--store", server.store_url, "ingest", articles)
    assert first.returncode == 0, first.stderr
    assert "4 ingested, 0 unchanged, 0 failed" in first.stdout + first.stderr
    again = mekg("--store", server.store_url, "ingest", articles)
    assert "0 ingested, 4 unchanged, 0 failed" in again.stdout + again.stderr


@pytest.mark.usefixtures("graphs_dropped_after")
def test_the_write_flags_of_the_command_line(server: Server, tmp_path: Path) -> None:
    only_on(server, "oxigraph")
    article = tmp_path / "en-lidl.txt"
    article.write_text(LIDL_TEXT, encoding="utf-8")
    by_update_only = ("--store", server.store_url, "--gsp-url", "none")
    refused = mekg(*by_update_only, "ingest", str(article))
    assert refused.returncode == 1 and "--update-url" in refused.stderr
    assert "Traceback" not in refused.stderr
    written = mekg(*by_update_only, "--update-url", str(server.update_url), "ingest", str(article))
    assert written.returncode == 0, written.stderr
    sources = {row["source"] for row in KnowledgeGraph(server.store_url).cq("articles")}
    assert "en-lidl.txt" in sources


# ------------------------------------------------------------------ Virtuoso
def only_on(server: Server, name: str) -> None:
    if server.name != name:
        pytest.skip(f"about {name} only")


def test_a_capped_answer_is_an_error_with_a_non_zero_exit(
    server: Server, pair: tuple[KnowledgeGraph, KnowledgeGraph]
) -> None:
    only_on(server, "virtuoso")
    every_quad = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"
    with pytest.raises(TruncatedAnswerError, match=f"cap of {VIRTUOSO_RESULT_CAP} rows"):
        pair[1].query(every_quad)
    result = mekg("--store", server.store_url, "query", every_quad)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("error: ") and "ResultSetMaxRows" in result.stderr


def test_a_free_query_sees_what_the_server_holds(
    server: Server, pair: tuple[KnowledgeGraph, KnowledgeGraph]
) -> None:
    only_on(server, "virtuoso")
    assert "http://www.openlinksw.com/schemas/virtrdf#" in graph_names(pair[1].store)
    blank = "SELECT ?o WHERE { ?s ?p ?o FILTER(isBlank(?o)) } LIMIT 3"
    assert len(pair[1].query(blank)) == 3  # Virtuoso's nodeID://… labels are read


def test_the_anonymous_endpoint_takes_writes_after_the_documented_grant(
    server: Server, pair: tuple[KnowledgeGraph, KnowledgeGraph]
) -> None:
    only_on(server, "virtuoso")
    from graph.ingest import write_facts  # noqa: PLC0415
    from graph.rdf import article_graph  # noqa: PLC0415

    embedded, remote = pair
    lidl = lidl_facts()
    by_login = RemoteStore(server.store_url)
    by_login.update(f"DROP SILENT GRAPH {article_graph(lidl.document.locator)}")
    assert remote.store.count() < embedded.store.count()
    anonymous = RemoteStore(f"{server.base}/sparql")
    write_facts(anonymous, lidl)
    assert anonymous.count() == embedded.store.count()


def test_an_anonymous_write_without_the_grant_says_what_to_do(server: Server) -> None:
    only_on(server, "virtuoso")
    server.run_sql('REVOKE SPARQL_UPDATE FROM "SPARQL";')
    try:
        with pytest.raises(StoreError, match='GRANT SPARQL_UPDATE TO "SPARQL"'):
            RemoteStore(f"{server.base}/sparql").replace_graph(ox.NamedNode("urn:mekg:test"), [])
    finally:
        server.run_sql(GRANT_UPDATES)


def test_a_wrong_password_says_where_the_password_goes(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    only_on(server, "virtuoso")
    monkeypatch.setenv(PASSWORD_VARIABLE, "not-the-password")
    with pytest.raises(StoreError, match=PASSWORD_VARIABLE):
        RemoteStore(server.store_url).count()


# ------------------------------------------------------------------ mekg serve
@pytest.fixture(scope="module")
def mekg_serve(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`mekg serve --limit 3000` over the sample articles (about 3,400 quads): its URL."""
    folder = tmp_path_factory.mktemp("served")
    with KnowledgeGraph(folder / "store") as kg:
        fill(kg.store)
    with mekg_server(folder, limit=3000) as running:
        yield running.store_url


def test_mekg_serve_capped_answers_are_errors_and_exports_go_graph_by_graph(
    mekg_serve: str,
) -> None:
    """Through `mekg serve --limit`, `validate` reported 'conforms' on a cut export."""
    remote = KnowledgeGraph(store=RemoteStore(mekg_serve))
    with pytest.raises(TruncatedAnswerError, match="cap of 3000 rows"):
        remote.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")
    with KnowledgeGraph() as embedded:
        fill(embedded.store)
        assert comparable(list(remote.store.quads())) == comparable(list(embedded.store.quads()))
        assert remote.store.count() == embedded.store.count() > 3000
        assert sorted(remote.validate().violations) == sorted(embedded.validate().violations)


def test_an_export_under_a_cap_below_the_number_of_graphs_gets_every_quad(
    tmp_path: Path,
) -> None:
    """60 graphs of 3 quads behind a cap of 20 rows: the list of graphs is asked by the
    next character of their names, the quads in batches small enough."""
    from graph.rdf import ID  # noqa: PLC0415

    quads = [
        ox.Quad(ox.NamedNode(f"urn:s{n}"), ox.NamedNode("urn:p"), ox.Literal(k), graph)
        for n in range(60)
        for graph in [ox.NamedNode(f"{ID}article/{n:024x}")]
        for k in range(3)
    ]
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.store.store.extend(quads)  # type: ignore[attr-defined]
    with mekg_server(tmp_path, limit=20) as running:
        assert set(RemoteStore(running.store_url).quads()) == set(quads)


@pytest.mark.parametrize(
    ("status", "headers"),
    [
        (206, {}),
        (200, {"X-SQL-State": "S1TAT", "X-SQL-Message": "RC...: Returning incomplete results"}),
        (200, {"X-SPARQL-Anytime": "timeout=1000; max_timeout=1000"}),
    ],
)
def test_a_part_of_an_answer_cut_at_the_time_limit_is_an_error(
    status: int, headers: dict[str, str]
) -> None:
    """Virtuoso's "anytime" answers (its time limit set in virtuoso.ini) are complete-looking
    SPARQL results that hold only what it found in time."""
    import http.server
    import threading

    rows = b'{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "1"}}]}}'

    class Partial(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 — the handler's name
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(status)
            for name, value in {
                **headers,
                "Content-Type": "application/sparql-results+json",
            }.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(rows)))
            self.end_headers()
            self.wfile.write(rows)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Partial)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
        with pytest.raises(TruncatedAnswerError, match="time limit"):
            RemoteStore(url).query("SELECT ?n WHERE { ?s ?p ?n }")
        with pytest.raises(TruncatedAnswerError, match="time limit"):
            list(RemoteStore(url).quads())
        result = subprocess.run(
            [sys.executable, "-m", "graph.cli", "--store", url, "query", "SELECT * { ?s ?p ?o }"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 1 and "part of the answer" in result.stderr
    finally:
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------------- errors
def test_an_unreachable_endpoint_is_one_line_naming_the_url() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(StoreError) as raised:
        KnowledgeGraph(url).cq("articles")
    message = str(raised.value)
    assert url in message and "\n" not in message


def test_a_malformed_query_is_a_query_error(pair: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    with pytest.raises(QueryError, match="rejected"):
        pair[1].store.query("SELEC ?x")


def test_without_an_update_url_or_graph_store_writing_says_what_to_do(server: Server) -> None:
    only_on(server, "oxigraph")
    store = RemoteStore(server.store_url, gsp_url="")
    with pytest.raises(StoreError, match="--update-url"):
        store.replace_graph(ox.NamedNode("urn:mekg:test"), [])


def test_credentials_stay_out_of_the_location_and_the_password_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _without_credentials("https://ana:s%40cret@example.org:8443/sparql") == (
        "https://example.org:8443/sparql",
        "ana",
        "s@cret",
    )
    assert RemoteStore("https://ana:pw@example.org/sparql").location == "https://example.org/sparql"
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)
    with pytest.raises(StoreError, match=PASSWORD_VARIABLE):
        RemoteStore("https://ana@example.org/sparql")
