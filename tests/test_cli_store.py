"""The CLI through subprocess, the store, exports and validation."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from tests.conftest import ROOT

COLUMNS = {
    "market_entries": "source,company,market,status,date",
    "sales_channels": "source,company,market,retailer,channel",
    "product_launches": "source,company,product,market,date",
    "executives": "source,person,organization,role",
    "market_statements": "source,person,market,date",
    "organizations": "source,organization,kind",
    "articles": "source,title,published,publisher,author,place,language",
}


def mekg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_competency_query_columns(demo_store: Path, name: str) -> None:
    result = mekg("--store", str(demo_store), "query", "--cq", name, "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == COLUMNS[name]


def test_demo_store_rows(demo_store: Path) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(
                mekg(
                    "--store", str(demo_store), "query", "--cq", "market_entries", "--format", "csv"
                ).stdout
            )
        )
    )
    found = {(r["company"], r["market"], r["status"]) for r in rows}
    assert ("Walmart", "DE", "withdrawn") in found
    assert ("IKEA", "IN", "launched") in found


def test_bad_inputs_fail_one_line_each_and_the_rest_is_ingested(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "bad.json").write_text('{"text": "trunc')
    good = tmp_path / "good.txt"
    good.write_text("Lidl opens in Serbia\n\nLidl opened its first stores in Serbia on Tuesday.\n")
    result = mekg(
        "--store",
        str(tmp_path / "s"),
        "ingest",
        str(tmp_path / "empty.txt"),
        str(tmp_path / "bad.json"),
        str(tmp_path / "missing.txt"),
        str(good),
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert sum(line.startswith("error:") for line in result.stderr.splitlines()) == 3
    rows = mekg(
        "--store", str(tmp_path / "s"), "query", "--cq", "articles", "--format", "csv"
    ).stdout
    assert "good.txt" in rows


def test_unknown_cq_is_a_helpful_error(demo_store: Path) -> None:
    result = mekg("--store", str(demo_store), "query", "--cq", "nope")
    assert (
        result.returncode == 1 and "known: " in result.stderr and "Traceback" not in result.stderr
    )


def test_reingest_is_idempotent_and_survives_reopen(tmp_path: Path) -> None:
    from graph import KnowledgeGraph

    store = tmp_path / "s"
    with KnowledgeGraph(store) as kg:
        kg.ingest([ROOT / "data" / "articles"])
        before = kg.store.count()
    with KnowledgeGraph(store) as kg:
        report = kg.ingest([ROOT / "data" / "articles"], force=True)
        assert report.ingested and kg.store.count() == before
        assert len(kg.cq("articles")) == 4


def test_query_binds_labels_never_splices(demo_store: Path) -> None:
    from graph import KnowledgeGraph

    with KnowledgeGraph(demo_store) as kg:
        hostile = '"} } DROP ALL #'
        assert kg.query("SELECT ?o WHERE { GRAPH ?g { ?o rdfs:label ?name } }", name=hostile) == []
        assert kg.query("SELECT ?o WHERE { GRAPH ?g { ?o rdfs:label ?name } }", name="IKEA")


@pytest.mark.parametrize(
    ("fmt", "parser"),
    [("turtle", "turtle"), ("nt", "nt"), ("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")],
)
def test_export_round_trips_through_rdflib(
    demo_store: Path, tmp_path: Path, fmt: str, parser: str
) -> None:
    out = tmp_path / f"export.{fmt}"
    assert (
        mekg("--store", str(demo_store), "export", "--format", fmt, "--out", str(out)).returncode
        == 0
    )
    data = rdflib.Dataset()
    data.parse(out, format=parser)
    assert len(data) > 100 or sum(1 for _ in data.quads()) > 100


def test_validate_demo_store_conforms_and_broken_store_fails(
    demo_store: Path, tmp_path: Path
) -> None:
    assert mekg("--store", str(demo_store), "validate").returncode == 0
    from graph import KnowledgeGraph

    with KnowledgeGraph(tmp_path / "b") as kg:
        kg.ingest([ROOT / "data" / "articles"])
        kg.store.update(
            "INSERT DATA { GRAPH <urn:x> { <urn:e> a <https://w3id.org/mekg/ontology#MarketEntry> } }"
        )
    result = mekg("--store", str(tmp_path / "b"), "validate")
    assert result.returncode == 1 and "urn:e" in result.stderr


def test_each_entry_states_its_market_as_entry_market_and_nothing_else_does(
    tmp_path: Path,
) -> None:
    from sample_facts import fill

    from graph import KnowledgeGraph

    mekg_ = "https://w3id.org/mekg/ontology#"
    with KnowledgeGraph(tmp_path / "s") as kg:
        fill(kg.store)
        rows = kg.store.query(
            f"SELECT ?kind ?market ?entryMarket WHERE {{ GRAPH ?g {{ ?f a ?kind ; "
            f"<{mekg_}market> ?market . OPTIONAL {{ ?f <{mekg_}entryMarket> ?entryMarket }} }} }}"
        ).rows
        kinds = {row["kind"].rsplit("#", 1)[1] for row in rows}
        assert {"MarketEntry", "SalesChannel", "ProductLaunch", "Statement"} <= kinds
        for row in rows:
            expected = row["market"] if row["kind"] == mekg_ + "MarketEntry" else None
            assert row["entryMarket"] == expected, row
        # the sample facts break other shapes on purpose (hostile names, no evidence)
        assert not [v for v in kg.validate().violations if "entryMarket" in v]
        # an entry whose two market statements disagree, and a launch that claims one
        kg.store.update(
            f"""DELETE {{ GRAPH ?g {{ ?e <{mekg_}entryMarket> ?m }} }}
            INSERT {{ GRAPH ?g {{ ?e <{mekg_}entryMarket> <urn:elsewhere> .
                                  ?l <{mekg_}entryMarket> ?m }} }}
            WHERE {{ GRAPH ?g {{ ?e a <{mekg_}MarketEntry> ; <{mekg_}entryMarket> ?m .
                                ?l a <{mekg_}ProductLaunch> }} }}"""
        )
        broken = kg.validate().violations
    assert any("entryMarket" in v and "urn:elsewhere" in v for v in broken)  # sh:equals
    assert any("does not have class mekg:MarketEntry" in v for v in broken)  # the launch


def test_render_is_offline_and_escapes_hostile_labels(tmp_path: Path) -> None:
    from graph import KnowledgeGraph

    with KnowledgeGraph() as kg:
        kg.ingest_text(
            "<img src=x onerror=alert(1)> GmbH plant den Markteintritt in Mexiko. Die <img src=x onerror=alert(1)> GmbH will 2019 in Mexiko starten.",
            title="t",
            published="2017-05-11",
            language="de",
            source="x.txt",
        )
        path = kg.render(tmp_path / "v.html")
    html = path.read_text()
    assert "<img src=x" not in html
    assert 'src="http' not in html and 'href="http' not in html


def test_help_teaches() -> None:
    out = mekg("--help").stdout
    for command in ("ingest", "query", "render", "export", "validate", "stats", "demo"):
        assert command in out


def test_region_query_finds_entries_into_member_countries(demo_store: Path) -> None:
    args = ("--store", str(demo_store), "query", "--cq", "entries_in_region", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(mekg(*args, "--where", "region=419").stdout)))
    assert ("Decathlon", "MX") in {(r["company"], r["market"]) for r in rows}
    assert all(r["market"] != "IN" for r in rows)
    # unbound: every enclosing region, from the subregion up to the world
    regions = {
        r["region"]
        for r in csv.DictReader(io.StringIO(mekg(*args).stdout))
        if (r["company"], r["market"]) == ("Decathlon", "MX")
    }
    assert {"013", "419", "019", "001"} <= regions


def test_every_parameter_of_every_competency_query_filters_exactly(demo_store: Path) -> None:
    """Bound by --where, a query returns the rows of its full answer with that value, in
    the same order: the VALUES block sits where it cannot change what the rest means."""
    from graph import KnowledgeGraph, queries
    from graph.errors import QueryError

    checked = 0
    with KnowledgeGraph(demo_store) as kg:
        for name in queries.names():
            full = kg.cq(name)
            assert full, f"{name} answers nothing on the demo articles"  # each has its case
            for parameter in queries.parameters(name):
                for value in sorted({row[parameter] for row in full if row[parameter]})[:3]:
                    expected = [row for row in full if row[parameter] == value]
                    assert kg.cq(name, **{parameter: value}) == expected, (name, parameter)
                    checked += 1
                with pytest.raises(QueryError, match="named 'no such value'"):
                    kg.cq(name, **{parameter: "no such value"})
    assert checked >= 60


def test_where_refuses_what_a_query_cannot_be_asked(demo_store: Path) -> None:
    base = ("--store", str(demo_store), "query", "--cq", "market_entries")
    result = mekg(*base, "--where", "status=launched")
    assert result.returncode == 1
    assert "parameters: company, market, source" in result.stderr
    assert mekg(*base, "--where", "company").returncode == 2
    own = mekg(
        "--store", str(demo_store), "query", "--where", "name=IKEA", "--format", "csv",
        "SELECT ?o WHERE { GRAPH ?g { ?o rdfs:label ?name } }",
    )  # fmt: skip
    assert own.returncode == 0 and own.stdout.count("\n") >= 2, own.stderr


def test_static_graphs_are_replaced_when_their_content_changed(tmp_path: Path) -> None:
    """A store made by an older version (here: a geography graph without mekg:within)
    gets the current ontology and geography on its next ingest, and keeps its articles."""
    from pyoxigraph import Literal, NamedNode, Quad

    from graph import KnowledgeGraph, rdf

    article = tmp_path / "a.txt"
    article.write_text("Lidl opens in Serbia\n\nLidl opened its first stores in Serbia.\n")
    within = "ASK { GRAPH ?g { ?m <https://w3id.org/mekg/ontology#within> ?r } }"
    with KnowledgeGraph(tmp_path / "s") as kg:
        kg.ingest([article])
        assert kg.store.query(within).boolean
        old = Quad(NamedNode("urn:x"), NamedNode("urn:p"), Literal("old"), rdf.GEO_GRAPH)
        kg.store.replace_graph(rdf.GEO_GRAPH, [old])
        assert not kg.store.query(within).boolean
    with KnowledgeGraph(tmp_path / "s") as kg:
        kg.ingest([article])
        assert kg.store.query(within).boolean
        assert len(kg.cq("articles")) == 1


def test_shared_graphs_are_loaded_even_when_no_article_is(tmp_path: Path) -> None:
    from graph import KnowledgeGraph

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02 binary")
    within = "ASK { GRAPH ?g { ?m <https://w3id.org/mekg/ontology#within> ?r } }"
    with KnowledgeGraph(tmp_path / "s") as kg:
        report = kg.ingest([bad])
        assert report.failed and not report.ingested
        assert kg.store.query(within).boolean


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_flushes_the_store_every_few_hundred_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    """So that with workers the writing process does it while they extract, and the
    next open need not replay a long log."""
    from graph import KnowledgeGraph, ingest

    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(20):
        (folder / f"a{n:02}.txt").write_text(
            f"Lidl opens in Serbia\n\nLidl opened {n + 2} stores.\n"
        )
    monkeypatch.setattr(ingest, "FLUSH_EVERY", 6)
    with KnowledgeGraph(tmp_path / "s") as kg:
        flushes = []
        monkeypatch.setattr(kg.store, "flush", lambda: flushes.append(len(kg.cq("articles"))))
        report = kg.ingest([folder], workers=workers)
    assert len(report.ingested) == 20
    assert flushes == [6, 12, 18]  # and the rest when the store is closed


def test_worker_tasks_come_back_in_input_order_each_article_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Articles go to the workers in tasks of several, a bounded number in flight; what
    comes back is every article once, in the order read, across many windows."""
    from graph import ingest, rdf
    from graph.model import Document

    monkeypatch.setattr(ingest, "ARTICLES_PER_TASK", 3)
    monkeypatch.setattr(ingest, "ARTICLES_IN_FLIGHT_PER_WORKER", 6)  # 2 tasks each
    documents = [
        Document(f"Lidl opened {n} stores in Serbia.", f"a{n:02}.txt", f"file:///a{n:02}.txt")
        for n in range(40)
    ]
    out = ingest._extract_in_pool(iter(documents), 2, rdf.ExtractionRun("t"), lambda: None)
    results = list(out)
    assert [d.source for d, _, _ in results] == [d.source for d in documents]
    assert all(nquads and b"Serbia" in nquads for _, _, nquads in results)


def test_workers_write_graphs_that_replace_the_old_ones_whole(tmp_path: Path) -> None:
    """With worker processes the N-Quads are made in the workers; a changed article's
    graph is replaced, with nothing of the old one left, as in one process."""
    from graph import KnowledgeGraph

    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(20):
        (folder / f"a{n:02}.txt").write_text(
            f"Lidl opens in Serbia\n\nLidl opened its first {n + 2} stores in Serbia.\n"
        )
    with KnowledgeGraph(tmp_path / "s") as kg:
        assert len(kg.ingest([folder], workers=2).ingested) == 20
        (folder / "a07.txt").write_text(
            "IKEA opens in India\n\nIKEA opened its first store in India on Thursday.\n"
        )
        # force: all 20 again, enough for worker processes (fewer stay in this one)
        assert len(kg.ingest([folder], workers=2, force=True).ingested) == 20
        rows = kg.cq("market_entries", source="a07.txt")
        assert {(r["company"], r["market"]) for r in rows} == {("IKEA", "IN")}
        assert len(kg.cq("articles")) == 20
