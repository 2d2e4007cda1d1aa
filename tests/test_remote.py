"""RemoteStore against a real Oxigraph server on a loopback port: the same articles
give the same competency-query rows, exports and stats as the embedded store."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from sample_facts import LIDL_TEXT, XIAOMI_TEXT, fill, lidl_facts, xiaomi_facts

from graph import __version__, queries
from graph.api import KnowledgeGraph
from graph.errors import QueryError, StoreError
from graph.remote import RemoteStore, _without_credentials

OXIGRAPH = shutil.which("oxigraph")
pytestmark = pytest.mark.skipif(
    OXIGRAPH is None, reason="the Oxigraph server is missing — `pip install oxigraph` provides it"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``oxigraph serve`` on a free loopback port; its base URL."""
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    command = [str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 15
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph serve did not start: {process.communicate()[1]!r}")
            time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(10)


@pytest.fixture(scope="module")
def pair(endpoint: str) -> Iterator[tuple[KnowledgeGraph, KnowledgeGraph]]:
    """The same articles in an embedded store and in the Oxigraph server."""
    from graph.rdf import ExtractionRun  # noqa: PLC0415

    embedded = KnowledgeGraph()
    remote = KnowledgeGraph(f"{endpoint}/query", update_url=f"{endpoint}/update")
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


def test_large_graphs_are_written_in_chunks(
    endpoint: str, pair: tuple[KnowledgeGraph, KnowledgeGraph]
) -> None:
    from graph.ingest import write_facts  # noqa: PLC0415

    _, remote = pair
    before = remote.store.count()
    chunked = RemoteStore(f"{endpoint}/query", update_url=f"{endpoint}/update", chunk_bytes=300)
    write_facts(chunked, xiaomi_facts())
    assert chunked.count() == before
    same_rows("market_entries", pair)


def test_graph_store_protocol_put_replaces_a_graph(
    endpoint: str, pair: tuple[KnowledgeGraph, KnowledgeGraph]
) -> None:
    from graph.ingest import write_facts  # noqa: PLC0415

    _, remote = pair
    before = remote.store.count()
    gsp = RemoteStore(f"{endpoint}/query", gsp_url=f"{endpoint}/store")
    write_facts(gsp, lidl_facts())
    assert gsp.count() == before
    same_rows("market_entries", pair)


# The extraction run's IRI and start time change whenever an article is rewritten.
RUN_TERMS = re.compile(r'<https://w3id\.org/mekg/id/run/\w+>|"[^"]*"\^\^<[^>]*#dateTime>')


def comparable(quads: list[ox.Quad]) -> set[tuple[str, ...]]:
    """Quads as text, with the extraction run's IRI and time blanked out."""
    return {tuple(RUN_TERMS.sub("RUN", str(term)) for term in quad) for quad in quads}


def test_export_holds_the_same_quads(
    pair: tuple[KnowledgeGraph, KnowledgeGraph], tmp_path: Path
) -> None:
    embedded, remote = pair
    exported = {}
    for name, kg in (("embedded", embedded), ("remote", remote)):
        path = kg.export(tmp_path / f"{name}.nq", "nq")
        exported[name] = list(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
    assert comparable(exported["remote"]) == comparable(exported["embedded"])
    assert len(exported["remote"]) == remote.store.count() == embedded.store.count()
    turtle = remote.export(tmp_path / "remote.ttl", "turtle").read_text(encoding="utf-8")
    assert "@prefix mekg:" in turtle


def test_stats_agree(pair: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    pytest.importorskip("graph.network", reason="graph.network (stats) is not written yet")
    embedded, remote = pair
    assert remote.stats() == embedded.stats()


def test_ingest_through_the_api_and_skip_unchanged_articles(endpoint: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "de-xiaomi.txt").write_text(XIAOMI_TEXT, encoding="utf-8")
    (folder / "en-lidl.txt").write_text(LIDL_TEXT, encoding="utf-8")
    with KnowledgeGraph(f"{endpoint}/query", update_url=f"{endpoint}/update") as remote:
        first = remote.ingest([folder])
        assert sorted(first.ingested) == ["de-xiaomi.txt", "en-lidl.txt"] and not first.failed
        again = remote.ingest([folder])
        assert sorted(again.unchanged) == ["de-xiaomi.txt", "en-lidl.txt"] and not again.ingested
        sources = {row["source"] for row in remote.cq("articles")}
        assert {"de-xiaomi.txt", "en-lidl.txt"} <= sources


def test_render_reads_the_remote_store(
    pair: tuple[KnowledgeGraph, KnowledgeGraph], tmp_path: Path
) -> None:
    pytest.importorskip("graph.views", reason="graph.views (render) is not written yet")
    _, remote = pair
    page = remote.render(tmp_path / "view.html").read_text(encoding="utf-8")
    assert "Xiaomi" in page


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


def test_without_an_update_url_writing_says_what_to_do(endpoint: str) -> None:
    store = RemoteStore(f"{endpoint}/query")
    with pytest.raises(StoreError, match="--update-url"):
        store.replace_graph(ox.NamedNode("urn:mekg:test"), [])


def test_credentials_become_basic_auth_and_stay_out_of_the_location() -> None:
    url, headers = _without_credentials("https://ana:s%40cret@example.org:8443/sparql")
    assert url == "https://example.org:8443/sparql"
    assert headers == {"Authorization": "Basic YW5hOnNAY3JldA=="}
    assert RemoteStore("https://ana:pw@example.org/sparql").location == "https://example.org/sparql"
