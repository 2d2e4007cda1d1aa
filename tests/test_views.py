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

from graph import KnowledgeGraph, geo
from graph.dossier import render_dossier
from graph.errors import MekgError
from graph.market_map import country_shapes, entries_graph, map_data, render_map
from graph.views import (
    FACT_COLOUR,
    FOCUS_SIZE,
    NEIGHBOURS_PER_HUB,
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
    facts = [f for e in data["edges"] for f in e["facts"]]
    assert any(IMG in (f["evidence"] or "") for f in facts)
    assert any(SCRIPT in (f["article_title"] or "") for f in facts)
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
    facts = [(e, f) for e in edges for f in e["facts"]]
    statuses = {f["status"] for _, f in facts if f["relation"] == "market_entry"}
    assert {"launched", "planned", "withdrawn"} <= statuses
    for e, f in facts:
        expected = STATUS_COLOURS[f["status"]] if f["status"] else FACT_COLOUR
        assert e["color"] == expected and e["label"]


def test_node_size_grows_with_mentions_and_facts(demo_graph: nx.MultiDiGraph) -> None:
    data = view_data(demo_graph, title="t")
    germany, byd, metro = (by_label(data, name) for name in ("Germany", "BYD", "Metro AG"))
    assert germany["info"]["mentions"] == 2  # the BYD and the Walmart article
    assert metro["info"]["facts"] == 0 and metro["lone"]  # named once, as Walmart's buyer
    assert byd["size"] > metro["size"] and germany["size"] > metro["size"]


def test_tooltip_data_has_evidence_article_and_language(demo_graph: nx.MultiDiGraph) -> None:
    data = view_data(demo_graph, title="t")
    entry = next(
        e
        for e in data["edges"]
        if e["facts"][0]["relation"] == "market_entry" and e["to"].endswith("/market/AT")
    )
    (info,) = entry["facts"]
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
    # Walmart left Germany, a market BYD entered: another entry into the same market;
    # Michael Shu only spoke about Germany, a kind of fact that did not lead there from BYD
    assert "Walmart" in deeper and "Michael Shu" not in deeper


def hub_graph(companies: int = 20) -> nx.MultiDiGraph:
    """A focus company in one market with many others, a person quoted about the market, and
    a company linked to that person only."""
    g = nx.MultiDiGraph()
    g.add_node("urn:focus", label="Focus", type="Company", mentions=3)
    g.add_node("urn:m", label="Market", type="Market", mentions=9)
    g.add_edge("urn:focus", "urn:m", label="entered", relation="market_entry", status="launched")
    for i in range(companies):
        g.add_node(f"urn:c{i}", label=f"Rival {i}", type="Company", mentions=i + 1)
        g.add_edge(f"urn:c{i}", "urn:m", label="entered", relation="market_entry")
    g.add_node("urn:p", label="Minister", type="Person", mentions=1)
    g.add_edge("urn:p", "urn:m", label="statement about", relation="statement")
    g.add_node("urn:x", label="Unrelated", type="Company", mentions=50)
    g.add_edge("urn:p", "urn:x", label="position at", relation="position")
    return g


def test_depth_two_stays_about_the_focus_and_shows_15_per_hub_first() -> None:
    """Through a market, depth 2 reaches the other companies in it, the best 15 at first,
    the rest on request; not a person quoted about the market, nor that person's employer."""
    view = ego_subgraph(hub_graph(), "Focus", 2)
    first = {d["label"] for n, d in view.nodes(data=True) if not d.get("more_of")}
    later = {d["label"]: d["more_of"] for n, d in view.nodes(data=True) if d.get("more_of")}
    assert len(first) == 2 + NEIGHBOURS_PER_HUB and len(later) == 20 - NEIGHBOURS_PER_HUB
    assert set(later.values()) == {"urn:m"}
    assert "Rival 19" in first and "Rival 0" in later  # the most mentioned first
    assert "Minister" not in first | set(later) and "Unrelated" not in first | set(later)
    data = view_data(view, title="t", focus="urn:focus")
    assert sum(bool(n["more_of"]) for n in data["nodes"]) == 5 and not data["placed"]


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
    with pytest.raises(MekgError, match="use one of: all, markets, map"):
        render_html(demo_graph, tmp_path / "x.html", view="people")  # type: ignore[arg-type]
    page = render_html(demo_graph, tmp_path / "m.html", view="map").read_text()
    assert '<g id="countries">' in page


def test_parallel_facts_of_one_kind_are_one_link_with_a_count() -> None:
    g = nx.MultiDiGraph()
    g.add_nodes_from(["a", "b"], type="Company")
    for year in ("2021", "2019", "2020"):
        g.add_edge("a", "b", label="x", date=year, evidence=f"In {year}.")
    g.add_edge("b", "a", label="y")
    first, second = view_data(g, title="t")["edges"]
    assert first["label"] == "x ×3" and first["count"] == 3
    assert [f["evidence"] for f in first["facts"]] == ["In 2019.", "In 2020.", "In 2021."]
    # facts of different kinds between the same two nodes bend apart
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
    assert len(data["nodes"]) == 2000 and sum(e["count"] for e in data["edges"]) == 3000


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


# ---------------------------------------------------------------- the market map
def test_world_outlines_are_countries_the_graph_names() -> None:
    shapes = country_shapes()
    assert len(shapes) > 150 and {"DE", "US", "BR", "MX", "IN", "XK"} <= set(shapes)
    assert all(path.startswith("M") and path.endswith("z") for _, path in shapes.values())
    assert "AQ" not in shapes  # no market in Antarctica
    assert (geo.DATA / "world-atlas-LICENSE.txt").exists()


def test_map_shows_entries_by_country_and_regions_through_their_countries(
    demo_graph: nx.MultiDiGraph,
) -> None:
    data = map_data(demo_graph, title="t")
    markets = {e["market"] for e in data["entries"]}
    assert {"DE", "AT", "MX", "419"} <= markets  # 419: Latin America, named as a region
    assert {"BR", "AR", "MX"} <= set(data["regions"]["419"])
    walmart = next(e for e in data["entries"] if e["status"] == "withdrawn" and e["market"] == "DE")
    assert walmart["year"] == 2006 and walmart["evidence"] and walmart["article_url"]
    byd = map_data(demo_graph, title="t", focus="byd")
    assert {e["market"] for e in byd["entries"]} == {"DE", "NO", "SE", "AT"}
    assert byd["focus"] == find_node(demo_graph, "BYD")


def test_map_page_is_offline_and_keeps_article_text_inert(tmp_path: Path) -> None:
    page = render_map(hostile_graph(), tmp_path / "map.html").read_text(encoding="utf-8")
    elements = parsed(page)
    assert elements.loads == [] and len(elements.scripts) == 1
    assert "<img" not in page.lower() and "default-src 'none'" in page
    assert any(IMG in (e["evidence"] or "") for e in page_data(page)["entries"])


# ---------------------------------------------------------------- the company dossier
def test_dossier_lists_markets_channels_launches_with_sentences(
    demo_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    page = render_dossier(demo_graph, tmp_path / "byd.html", "byd").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", page)
    for market in ("Germany", "Norway", "Sweden", "Austria"):
        assert f"<h3>{market}</h3>" in page
    assert "Im kommenden Jahr soll auch der Verkauf in Österreich beginnen." in text
    assert "sells via Hedin Mobility" in text and "launches Atto 3" in text
    assert page.count('href="file:') >= 7  # every fact links its article
    elements = parsed(page)  # links to the articles, nothing the page loads
    assert len(elements.scripts) == 1 and {tag for tag, _ in elements.loads} == {"a"}


def test_dossier_escapes_article_text_and_refuses_a_market(
    demo_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    page = render_dossier(hostile_graph(), tmp_path / "x.html", "Xiaomi").read_text()
    assert "<img" not in page.lower() and "<script>window" not in page
    assert "&lt;img src=x" in page
    with pytest.raises(MekgError, match="is a Market, not a company — name a company"):
        render_dossier(demo_graph, tmp_path / "de.html", "Germany")


@pytest.mark.parametrize(
    ("options", "expected"),
    [(["--view", "map", "--focus", "Walmart"], '"market": "DE"'), (["--company", "IKEA"], "India")],
    ids=["map", "dossier"],
)
def test_cli_renders_the_map_and_a_dossier(
    demo_store: Path, tmp_path: Path, options: list[str], expected: str
) -> None:
    out = tmp_path / "view.html"
    command = [sys.executable, "-m", "graph.cli", "--store", str(demo_store), "render"]
    result = subprocess.run(
        [*command, "--out", str(out), *options], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert expected in out.read_text(encoding="utf-8")


def test_map_read_from_the_store_matches_the_whole_graphs(demo_store: Path) -> None:
    """The map reads only the entries from the store, and shows what the whole graph has."""
    with KnowledgeGraph(demo_store) as kg:
        whole = map_data(kg.to_networkx(), title="t", focus="Walmart")
        entries = map_data(entries_graph(kg.store), title="t", focus="Walmart")
    assert entries == whole and entries["entries"]


def test_the_focus_is_never_small(tmp_path: Path) -> None:
    """Around a little-mentioned company whose market is a big hub, the company still shows."""
    data = page_data(render_html(hub_graph(), tmp_path / "f.html", focus="Focus").read_text())
    sizes = {n["label"]: n["size"] for n in data["nodes"]}
    assert sizes["Focus"] >= FOCUS_SIZE > sizes["Rival 0"]


def test_dossier_lines_alike_in_date_fact_and_article_keep_the_order_of_their_sentences() -> None:
    """Undated lines of one fact from one article came in the order of a set's hashes,
    which changes from process to process: the same store gave two different dossiers."""
    import networkx as nx

    from graph.dossier import dossier_html

    g = nx.MultiDiGraph()
    g.add_node("urn:c", label="Acme", type="Company")
    g.add_node("urn:p", label="Ana Ruiz", type="Person")
    sentences = [f"Ana Ruiz leads Acme, sentence {n}." for n in range(8)]
    for sentence in random.Random(3).sample(sentences, len(sentences)):
        g.add_edge(
            "urn:p",
            "urn:c",
            relation="position",
            role="CEO",
            label="CEO",
            evidence=sentence,
            article_title="Acme news",
            article_url="urn:a",
        )
    page = dossier_html(g, "urn:c")
    assert [page.index(s) for s in sentences] == sorted(page.index(s) for s in sentences)
