"""Hostile names and content: valid IRIs, strict exports, bound query values, inert pages."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from sample_facts import fill, lidl_facts, xiaomi_facts

from graph.api import KnowledgeGraph
from graph.model import ArticleFacts
from graph.server import PAGE_SCRIPT, render_home

# Breaks out of a SPARQL string, an IRI, a JSON string, an HTML attribute or element.
INJECTION = 'x" } ; DROP ALL ; #'
MARKUP = "<img src=x onerror=alert(1)><script>alert(2)</script>"
NAMES = {
    "injection": INJECTION,
    "brace": "}",
    "markup": f"Best Buy {MARKUP}",
    "everything": 'Sam\'s "Club" <b>\n{a|b^c`d} back\\slash \u202eRTL مرحبا 🚀 👩\u200d👩\u200d👧',
}


def mekg(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "graph.cli", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def hostile_facts() -> list[ArticleFacts]:
    """One article per hostile name, as its retailer, author, dateline place and in its title."""
    articles = []
    for key, name in NAMES.items():
        facts = xiaomi_facts(title=f"Xiaomi {name} kommt nach Mexiko", retailer=name)
        document = dataclasses.replace(
            facts.document,
            source=f"{key}.txt",
            locator=f"file:///articles/{key}.txt",
            author=name,
            place=name,
        )
        articles.append(dataclasses.replace(facts, document=document))
    return [*articles, lidl_facts()]


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the hostile articles, plus one ingested from JSON through the CLI."""
    folder = tmp_path_factory.mktemp("hostile")
    store = folder / "store"
    with KnowledgeGraph(store) as kg:
        fill(kg.store, hostile_facts())
    article = {
        "title": NAMES["everything"],
        "author": NAMES["everything"],
        "place": MARKUP,
        "publisher": INJECTION,
        "url": 'https://x.example/a b"<>',
        "text": f'{MARKUP} Xiaomi startet in Mexiko. "{INJECTION}", sagte der Chef.',
    }
    (folder / "hostile.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    result = mekg("--store", store, "ingest", folder / "hostile.json")
    assert result.returncode == 0, result.stderr
    return store


def count(store: Path) -> int:
    return len(ox.Store.read_only(str(store)))


# ---------------------------------------------------------------------- exports
@pytest.mark.parametrize(
    ("fmt", "rdflib_format", "oxigraph_format"),
    [
        ("turtle", "turtle", ox.RdfFormat.TURTLE),
        ("nt", "nt", ox.RdfFormat.N_TRIPLES),
        ("nq", "nquads", ox.RdfFormat.N_QUADS),
        ("trig", "trig", ox.RdfFormat.TRIG),
        ("jsonld", "json-ld", ox.RdfFormat.JSON_LD),
    ],
)
def test_every_export_of_hostile_names_parses_strictly_and_keeps_the_labels(
    hostile_store: Path,
    tmp_path: Path,
    fmt: str,
    rdflib_format: str,
    oxigraph_format: ox.RdfFormat,
) -> None:
    out = tmp_path / f"export.{fmt}"
    result = mekg("--store", hostile_store, "export", "--format", fmt, "--out", out)
    assert result.returncode == 0, result.stderr
    strict = list(ox.parse(path=str(out), format=oxigraph_format))  # raises on any error
    literals = {t.object.value for t in strict if isinstance(t.object, ox.Literal)}
    parsed = rdflib.Dataset()
    parsed.parse(out, format=rdflib_format)
    rdflib_literals = {str(o) for _, _, o, _ in parsed.quads() if isinstance(o, rdflib.Literal)}
    for name in NAMES.values():
        assert name in literals and name in rdflib_literals  # the label, character for character
    assert f"Xiaomi {NAMES['everything']} kommt nach Mexiko" in literals


# ---------------------------------------------------------------------- bound values
@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_query_binds_hostile_labels_as_values(hostile_store: Path, name: str) -> None:
    with KnowledgeGraph(hostile_store) as kg:
        before = kg.store.count()
        rows = kg.query("SELECT DISTINCT ?o WHERE { GRAPH ?g { ?o rdfs:label ?name } }", name=name)
        assert len(rows) >= 1  # found as the value it is, not run as SPARQL
        assert (
            kg.query(
                "SELECT ?o WHERE { GRAPH ?g { ?o rdfs:label ?name } }", name=name + " (absent)"
            )
            == []
        )
        assert kg.store.count() == before


@pytest.mark.parametrize("name", [INJECTION, "}"], ids=["injection", "brace"])
def test_render_focus_and_analyze_path_take_hostile_labels_as_labels(
    hostile_store: Path, tmp_path: Path, name: str
) -> None:
    before = count(hostile_store)
    view = tmp_path / "view.html"
    result = mekg("--store", hostile_store, "render", "--focus", name, "--out", view)
    assert result.returncode == 0, result.stderr
    assert "<html" in view.read_text(encoding="utf-8").lower()
    result = mekg("--store", hostile_store, "analyze", "--path", name, "Xiaomi")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    absent = mekg("--store", hostile_store, "render", "--focus", name + " absent", "--out", view)
    assert absent.returncode == 1 and absent.stderr.startswith("error: no entity named")
    assert "Traceback" not in absent.stderr
    assert count(hostile_store) == before


def test_analyze_prints_console_markup_in_labels_as_text(tmp_path: Path) -> None:
    label = "Buy [/][b]"  # short enough for one table cell
    with KnowledgeGraph(tmp_path / "store") as kg:
        fill(kg.store, [xiaomi_facts(retailer=label)])
    result = mekg("--store", tmp_path / "store", "analyze", "--top", "50")
    assert result.returncode == 0, result.stderr
    assert label in result.stdout


# ---------------------------------------------------------------------- pages
HTML_SINKS = (
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
    "eval(",
    "new Function",
    "srcdoc",
    'setAttribute("on',
    "DOMParser",
)


def test_the_query_page_puts_data_into_the_page_only_as_text() -> None:
    for sink in HTML_SINKS:
        assert sink not in PAGE_SCRIPT
    assert "textContent" in PAGE_SCRIPT
    page = render_home([{"title": MARKUP, "source": INJECTION, "published": MARKUP}], 1)
    assert page.count("<script") == 1 and f"<script>{PAGE_SCRIPT}</script>" in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


@pytest.mark.browser
def test_hostile_names_stay_text_when_the_view_is_clicked_through(
    hostile_store: Path, tmp_path: Path
) -> None:
    playwright = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("needs Debian's chromium")
    view = tmp_path / "view.html"
    assert mekg("--store", hostile_store, "render", "--out", view).returncode == 0
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(view.as_uri())
        scripts = page.evaluate("() => document.scripts.length")
        shown, failures = page.evaluate(
            """() => {
              const net = (window.mekg && mekg.network) || network;
              const texts = [], failures = [];
              const click = (nodes, edges) => {
                try {
                  net.body.emitter.emit("click", {nodes, edges, event: {}, pointer: {}});
                } catch (error) {
                  failures.push(String(error));
                }
                texts.push(document.body.innerText);
              };
              for (const id of net.body.data.nodes.getIds()) click([id], []);
              for (const id of net.body.data.edges.getIds()) click([], [id]);
              return [texts.join("\\n"), failures];
            }"""
        )
        injected = page.evaluate("() => document.querySelectorAll('img, [onerror]').length")
        scripts_after = page.evaluate("() => document.scripts.length")
        browser.close()
    assert dialogs == []
    assert injected == 0 and scripts_after == scripts  # no element came from the data
    assert failures == []  # every node's and edge's details were shown
    assert MARKUP in shown  # as the text it is
