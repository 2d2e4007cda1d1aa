"""The HTML view without a browser: offline page, escaped data, styles, views and filters' data."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graph import KnowledgeGraph
from graph.errors import MekgError
from graph.views import (
    FACT_COLOUR,
    PLACE_IN_PYTHON,
    STATUS_COLOURS,
    STYLE,
    ego_subgraph,
    find_node,
    markets_view,
    render_html,
    view_data,
)

IMG = '<img src=x onerror="window.__pwned=1">'
SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_TEXT = (
    f"Xiaomi {IMG} startet Ende Mai in Mexiko. {SCRIPT} Das Redmi Note 4 gibt es online "
    f"bei Best Buy. Die {IMG} GmbH plant den Markteintritt in Spanien."
)


def hostile_graph() -> nx.MultiDiGraph:
    """An ingested article with markup in its title and sentences, plus a hostile node and link."""
    with KnowledgeGraph() as kg:
        kg.ingest_text(
            HOSTILE_TEXT,
            title=f"Xiaomi {IMG} {SCRIPT} kommt nach Mexiko",
            published="2017-05-11",
            language="de",
            source="hostile.txt",
        )
        g = kg.to_networkx()
    g.add_node(
        "urn:hostile", label=f"{IMG} AG", type="Company", qid="javascript:alert(1)", mentions=1
    )
    g.add_edge(
        "urn:hostile",
        "https://w3id.org/mekg/id/market/MX",
        label="plans entry",
        relation="market_entry",
        status="planned",
        evidence=f"{SCRIPT} plans Mexico.",
        article_title=SCRIPT,
        article_url="javascript:window.__pwned=1",
        language="de",
    )
    return g


def big_graph(n: int = 2000, m: int = 3000) -> nx.MultiDiGraph:
    """A random graph of ``n`` typed nodes and ``m`` dated market entries in three languages."""
    rng = random.Random(7)
    kinds, statuses, languages = list(STYLE), list(STATUS_COLOURS), ["de", "en", "es"]
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"urn:n{i}", label=f"Entity {i}", type=kinds[i % len(kinds)], mentions=1 + i % 5)
    for j in range(m):
        g.add_edge(
            f"urn:n{rng.randrange(n)}",
            f"urn:n{rng.randrange(n)}",
            label="entered",
            relation="market_entry",
            status=statuses[j % 4],
            date=str(2010 + j % 15),
            evidence=f"Sentence {j}.",
            article_title=f"Article {j}",
            article_published="2024-01-01",
            language=languages[j % 3],
        )
    return g


class _Scripts(HTMLParser):
    """Collects the elements of a page that a browser would run or load."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.loads: list[tuple[str, str]] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.loads += [(tag, value or "") for name, value in attrs if name in ("src", "href")]
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = self._in_script and tag != "script"

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def parsed(page: str) -> _Scripts:
    parser = _Scripts()
    parser.feed(page)
    return parser


def page_data(page: str) -> dict[str, Any]:
    """The JSON the page draws, read back from the written file."""
    found = re.search(r"^const DATA = (.*);$", page, re.MULTILINE)
    assert found, "the page carries its data as one JSON line"
    return json.loads(found[1])


def by_label(data: dict[str, Any], label: str) -> dict[str, Any]:
    return next(n for n in data["nodes"] if n["label"] == label)


# ---------------------------------------------------------------- one offline, safe file
def test_page_requests_nothing_from_any_host(demo_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    page = render_html(demo_graph, tmp_path / "v.html").read_text(encoding="utf-8")
    elements = parsed(page)
    assert elements.loads == [] and len(elements.scripts) == 2  # the library and ours, inline
    assert "@import" not in page and not re.search(r"url\((?!\"?data:)", page)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert (
        policy
        and "default-src 'none'" in policy[1]
        and "unsafe-inline" not in policy[1].split(";")[1]
    )


def test_policy_allows_exactly_the_page_scripts(
    demo_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    page = render_html(demo_graph, tmp_path / "v.html").read_text(encoding="utf-8")
    policy = re.search(r"script-src ([^;]+);", page)
    assert policy
    scripts = parsed(page).scripts
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in scripts
    }
    assert set(policy[1].split()) == hashes


def test_hostile_article_text_stays_data(tmp_path: Path) -> None:
    page = render_html(hostile_graph(), tmp_path / "v.html").read_text(encoding="utf-8")
    assert "<img" not in page.lower()
    elements = parsed(page)
    assert elements.loads == [] and len(elements.scripts) == 2
    data = page_data(page)
    # the markup is kept, as text, so people can see what the article said
    assert any(IMG in (e["info"]["evidence"] or "") for e in data["edges"])
    assert any(SCRIPT in (e["info"]["article_title"] or "") for e in data["edges"])
    assert by_label(data, f"{IMG} AG")["info"]["type"] == "Company"


# ---------------------------------------------------------------- styles, sizes, tooltips' data
def test_nodes_take_colour_and_shape_of_their_type(demo_graph: nx.MultiDiGraph) -> None:
    data = view_data(demo_graph, title="t")
    for label, kind in (("BYD", "Company"), ("Walmart", "Retailer"), ("Germany", "Market")):
        node = by_label(data, label)
        assert (node["color"], node["shape"]) == STYLE[kind] and node["info"]["type"] == kind
    assert set(data["types"]) == {n["info"]["type"] for n in data["nodes"]}


def test_entry_edges_take_the_colour_of_their_status(demo_graph: nx.MultiDiGraph) -> None:
    edges = view_data(demo_graph, title="t")["edges"]
    statuses = {e["info"]["status"] for e in edges if e["info"]["relation"] == "market_entry"}
    assert {"launched", "planned", "withdrawn"} <= statuses
    for e in edges:
        expected = STATUS_COLOURS[e["info"]["status"]] if e["info"]["status"] else FACT_COLOUR
        assert e["color"] == expected and e["label"]


def test_node_size_grows_with_mentions_and_facts(demo_graph: nx.MultiDiGraph) -> None:
    data = view_data(demo_graph, title="t")
    germany, byd, metro = (by_label(data, name) for name in ("Germany", "BYD", "Metro AG"))
    assert germany["info"]["mentions"] == 2  # the BYD and the Walmart article
    assert metro["info"]["facts"] == 0  # named once, as Walmart's buyer
    assert byd["size"] > metro["size"] and germany["size"] > metro["size"]


def test_tooltip_data_has_evidence_article_and_language(demo_graph: nx.MultiDiGraph) -> None:
    data = view_data(demo_graph, title="t")
    entry = next(
        e
        for e in data["edges"]
        if e["info"]["relation"] == "market_entry" and e["to"].endswith("/market/AT")
    )
    info = entry["info"]
    assert info["evidence"] == "Im kommenden Jahr soll auch der Verkauf in Österreich beginnen."
    assert info["article_title"] == "BYD startet Verkauf in Deutschland"
    assert info["article_published"] == "2023-03-14" and info["language"] == "de"
    assert info["article_url"].endswith("de-byd-deutschland-2023.html")
    assert by_label(data, "Walmart")["info"]["qid"] == "Q483551"
    assert data["languages"] == ["de", "en"]
    assert by_label(data, "Amazon")["info"]["languages"]  # no facts, still filterable by language


# ---------------------------------------------------------------- views
def test_ego_view_keeps_nodes_within_depth(demo_graph: nx.MultiDiGraph) -> None:
    labels = {d["label"] for _, d in ego_subgraph(demo_graph, "byd", 1).nodes(data=True)}
    assert {"BYD", "Germany", "Norway", "Hedin Mobility"} <= labels
    assert "Walmart" not in labels and "Michael Shu" not in labels
    deeper = {d["label"] for _, d in ego_subgraph(demo_graph, "BYD", 2).nodes(data=True)}
    assert {"Walmart", "Michael Shu"} <= deeper


def test_ego_view_of_an_unknown_label_suggests_close_ones(demo_graph: nx.MultiDiGraph) -> None:
    with pytest.raises(MekgError, match="did you mean: Walmart"):
        ego_subgraph(demo_graph, "Walmrt", 2)
    with pytest.raises(MekgError, match="depth"):
        ego_subgraph(demo_graph, "BYD", -1)


def test_markets_view_keeps_companies_and_markets_with_dated_labels(
    demo_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    markets = markets_view(demo_graph)
    assert {d["relation"] for _, _, d in markets.edges(data=True)} == {"market_entry"}
    assert {d["type"] for _, d in markets.nodes(data=True)} <= {"Company", "Retailer", "Market"}
    data = page_data(render_html(demo_graph, tmp_path / "m.html", view="markets").read_text())
    assert data["title"].startswith("Markets")
    assert "withdrew from 2006" in {e["label"][:18] for e in data["edges"]}


def test_focus_is_selected_in_the_page(demo_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    data = page_data(
        render_html(demo_graph, tmp_path / "f.html", focus="ikea", depth=1).read_text()
    )
    assert data["focus"] == "https://w3id.org/mekg/id/org/ikea"
    assert "around IKEA (depth 1)" in data["title"]


@pytest.mark.parametrize("focus", ["Q54078", "q54078", "IKEA", "https://w3id.org/mekg/id/org/ikea"])
def test_focus_names_an_entity_as_analyze_does(demo_graph: nx.MultiDiGraph, focus: str) -> None:
    """A Wikidata ID, a label in any case or the IRI: the same lookup as `mekg analyze`."""
    assert find_node(demo_graph, focus) == "https://w3id.org/mekg/id/org/ikea"
    assert find_node(demo_graph, "mx").endswith("/MX")  # a market by its code


def test_unknown_view_is_refused(demo_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(MekgError, match="use one of: all, markets"):
        render_html(demo_graph, tmp_path / "x.html", view="people")  # type: ignore[arg-type]


def test_parallel_facts_bend_apart() -> None:
    g = nx.MultiDiGraph()
    g.add_nodes_from(["a", "b"], type="Company")
    g.add_edge("a", "b", label="x")
    g.add_edge("b", "a", label="y")
    first, second = view_data(g, title="t")["edges"]
    assert first["smooth"] is False and second["smooth"]["roundness"] > 0


def test_cli_renders_the_markets_view_around_a_company(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "byd.html"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "graph.cli",
            "--store",
            str(demo_store),
            "render",
            "--out",
            str(out),
            "--focus",
            "BYD",
            "--depth",
            "1",
            "--view",
            "markets",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    labels = {n["label"] for n in page_data(out.read_text())["nodes"]}
    assert labels == {"BYD", "Germany", "Norway", "Sweden", "Austria"}


def test_a_big_graph_is_drawn_whole(tmp_path: Path) -> None:
    data = page_data(render_html(big_graph(), tmp_path / "big.html").read_text())
    assert len(data["nodes"]) == 2000 and len(data["edges"]) == 3000


def test_a_big_view_comes_laid_out_with_components_apart() -> None:
    """Over PLACE_IN_PYTHON nodes, every node has a position, the same on every run, and
    no two connected components share any space."""
    g = big_graph(n=600, m=300)  # sparse: one big component and hundreds of small ones
    data = view_data(g, title="t")
    assert data["placed"] and all("x" in n and "y" in n for n in data["nodes"])
    assert view_data(g, title="t")["nodes"] == data["nodes"]
    where = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    boxes = []
    for component in nx.connected_components(nx.Graph(g)):
        xs, ys = zip(*(where[str(node)] for node in component), strict=True)
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    assert len(boxes) > 50
    for i, (ax0, ay0, ax1, ay1) in enumerate(boxes):
        for bx0, by0, bx1, by1 in boxes[i + 1 :]:
            assert ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0


def test_a_small_view_is_left_to_the_browsers_physics(demo_graph: nx.MultiDiGraph) -> None:
    data = view_data(demo_graph, title="t")
    assert len(data["nodes"]) <= PLACE_IN_PYTHON
    assert not data["placed"] and not any("x" in n for n in data["nodes"])


@pytest.mark.bench
def test_rendering_2000_nodes_takes_under_3_seconds(tmp_path: Path) -> None:
    g = big_graph()
    started = time.perf_counter()
    render_html(g, tmp_path / "big.html")
    seconds = time.perf_counter() - started
    print(f"render of 2,000 nodes and 3,000 edges: {seconds:.2f} s")
    assert seconds <= 3
