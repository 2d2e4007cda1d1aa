"""The HTML view in Debian's chromium: drawn, offline, explained on hover, inert, filterable.

Every page is opened from a file with all other requests blocked and recorded.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graph.dossier import render_dossier
from graph.market_map import render_map
from graph.views import ego_subgraph, markets_view, render_html, view_data
from tests.screenshot import CHROMIUM, Visit, launch, open_offline
from tests.test_views import IMG, SCRIPT, big_graph, hostile_graph

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium"),
]

NODES_DRAWN = """() => {
  const canvas = document.querySelector("#net canvas"), pixels = canvas.getContext("2d")
    .getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
  return {positions: Object.keys(mekg.network.getPositions()).length, painted,
          physics: mekg.network.physics.options.enabled, shown: mekg.view.nodes.length};
}"""
SCREEN_POINT = """([ids, share]) => {
  const p = mekg.network.getPositions(ids), a = p[ids[0]], b = p[ids[ids.length - 1]];
  const at = {x: a.x + (b.x - a.x) * share, y: a.y + (b.y - a.y) * share};
  const dom = mekg.network.canvasToDOM(at);
  const box = document.querySelector("#net canvas").getBoundingClientRect();
  return [box.left + dom.x, box.top + dom.y];
}"""
TOOLTIP = """() => {
  const tip = document.getElementById("tip");
  return tip && !tip.hidden ? tip.textContent : null;
}"""
VISIBLE = "() => [mekg.view.nodes.getIds(), mekg.view.edges.get().flatMap(e => e.facts)]"
OVERLAPS = """() => {
  const boxes = window.mekgLabelBoxes(), out = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
      out.push([a.text, b.text]);
  }
  return [boxes.length, out];
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    with playwright.sync_playwright() as driver:
        browser = launch(driver)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def demo(
    browser: Any, demo_graph: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory
) -> Visit:
    path = render_html(demo_graph, tmp_path_factory.mktemp("views") / "demo.html")
    return open_offline(browser, path)


def hover(visit: Visit, ids: list[str]) -> str | None:
    """Move the mouse onto a node (one id) or along an edge (two ids) until a tooltip shows."""
    page = visit.page
    for share in (0.5, 0.4, 0.6, 0.3, 0.7):
        page.mouse.move(5, 5)
        x, y = page.evaluate(SCREEN_POINT, [ids, share])
        page.mouse.move(x, y, steps=4)
        for _ in range(20):
            page.wait_for_timeout(50)
            if text := page.evaluate(TOOLTIP):
                return text
    return None


def assert_clean(visit: Visit) -> None:
    assert visit.requests == [visit.page.url], "the page asked for something besides itself"
    assert visit.errors == []


@pytest.mark.parametrize(
    ("options", "subgraph", "at_least"),
    [
        ({}, lambda g: g, 25),
        ({"view": "markets"}, markets_view, 10),
        ({"focus": "IKEA", "depth": 1}, lambda g: ego_subgraph(g, "IKEA", 1), 3),
    ],
    ids=["whole graph", "markets", "ego"],
)
def test_every_view_is_drawn_offline_without_errors(
    browser: Any,
    demo_graph: nx.MultiDiGraph,
    tmp_path: Path,
    options: dict[str, Any],
    subgraph: Any,
    at_least: int,
) -> None:
    shown_first = [n for n in view_data(subgraph(demo_graph), title="t")["nodes"] if not n["lone"]]
    expected = len(shown_first)
    assert expected >= at_least  # the demo data still makes a view worth drawing
    visit = open_offline(browser, render_html(demo_graph, tmp_path / "view.html", **options))
    drawn = visit.page.evaluate(NODES_DRAWN)
    assert drawn["positions"] == drawn["shown"] == expected
    assert drawn["painted"] > 2000 and drawn["physics"] is False
    assert_clean(visit)
    visit.page.close()


def test_an_empty_graph_says_so(browser: Any, tmp_path: Path) -> None:
    visit = open_offline(browser, render_html(nx.MultiDiGraph(), tmp_path / "empty.html"))
    assert "ingest articles first" in visit.page.inner_text("#empty")
    assert_clean(visit)
    visit.page.close()


def test_hovering_a_fact_shows_its_evidence_and_article(demo: Visit) -> None:
    edge = next(e for e in demo.page.evaluate("() => mekg.edges.get()") if e["to"].endswith("/AT"))
    text = hover(demo, [edge["from"], edge["to"]])
    assert text is not None, "no tooltip on the BYD → Austria edge"
    assert "Im kommenden Jahr soll auch der Verkauf in Österreich beginnen." in text
    assert "BYD startet Verkauf in Deutschland" in text and "2023-03-14" in text


def test_clicking_a_fact_opens_its_details_until_a_filter_hides_it(demo: Visit) -> None:
    page = demo.page
    edge = next(e for e in page.evaluate("() => mekg.edges.get()") if e["to"].endswith("/AT"))
    page.mouse.click(*page.evaluate(SCREEN_POINT, [[edge["from"], edge["to"]], 0.5]))
    assert "Österreich" in page.inner_text("#details")
    assert page.get_attribute("#details a", "href").endswith("de-byd-deutschland-2023.html")
    page.uncheck('#languages input[value="de"]')
    assert page.is_hidden("#details")
    page.check('#languages input[value="de"]')


def test_hovering_a_node_shows_label_type_and_wikidata_link(demo: Visit) -> None:
    walmart = "https://w3id.org/mekg/id/org/walmart"
    text = hover(demo, [walmart])
    assert text is not None and "Walmart" in text and "Retailer" in text
    link = demo.page.get_attribute("#tip a", "href")
    assert link == "https://www.wikidata.org/wiki/Q483551"
    # and the evidence of its facts, as the README says
    assert "withdrew from Germany" in text and "evidence:" in text


def test_hostile_markup_in_an_article_never_runs(browser: Any, tmp_path: Path) -> None:
    visit = open_offline(browser, render_html(hostile_graph(), tmp_path / "hostile.html"))
    page = visit.page
    shown, hrefs = [], []
    for edge in page.evaluate("() => mekg.edges.get()"):
        shown.append(hover(visit, [edge["from"], edge["to"]]) or "")
        x, y = page.evaluate(SCREEN_POINT, [[edge["from"], edge["to"]], 0.5])
        page.mouse.click(x, y)  # the details panel, whose links can be followed
        shown.append(page.inner_text("#details"))
        hrefs += page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.href)")
    for node in page.evaluate("() => mekg.nodes.getIds()"):
        shown.append(hover(visit, [node]) or "")
    page.fill("#search", "img")
    assert any(IMG in text for text in shown), "the hostile text was never shown"
    assert any(SCRIPT in text for text in shown)
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert not any(href.startswith("javascript:") for href in hrefs)
    assert_clean(visit)
    page.close()


def test_filters_change_what_is_visible(demo: Visit, demo_graph: nx.MultiDiGraph) -> None:
    page, data = demo.page, view_data(demo_graph, title="t")
    types = {n["id"]: n["info"]["type"] for n in data["nodes"]}
    facts_total = sum(e["count"] for e in data["edges"])
    everything = page.evaluate(VISIBLE)
    lone = {n["id"] for n in data["nodes"] if n["lone"]}
    assert lone and len(everything[0]) == len(data["nodes"]) - len(lone)
    assert len(everything[1]) == facts_total and not lone & set(everything[0])
    page.check("#lone")  # mentions without facts, on request
    assert len(page.evaluate(VISIBLE)[0]) == len(data["nodes"])
    page.uncheck("#lone")

    page.uncheck('#types input[value="Market"]')
    nodes, facts = page.evaluate(VISIBLE)
    assert nodes and "Market" not in {types[n] for n in nodes}
    assert all(f["relation"] != "market_entry" for f in facts)
    assert len(page.evaluate("() => mekg.network.getPositions()")) == len(nodes)
    page.check('#types input[value="Market"]')

    page.uncheck('#statuses input[value="withdrawn"]')
    nodes, facts = page.evaluate(VISIBLE)
    withdrawn = sum(f["status"] == "withdrawn" for e in data["edges"] for f in e["facts"])
    assert withdrawn and len(facts) == facts_total - withdrawn
    page.check('#statuses input[value="withdrawn"]')

    page.uncheck('#languages input[value="de"]')
    nodes, facts = page.evaluate(VISIBLE)
    assert {f["language"] for f in facts} == {"en"}
    assert "https://w3id.org/mekg/id/org/byd" not in nodes  # only German articles name BYD
    assert "https://w3id.org/mekg/id/org/ikea" in nodes  # IKEA, from an English one
    page.check('#languages input[value="de"]')

    page.fill("#from", "2023")
    nodes, facts = page.evaluate(VISIBLE)
    assert facts and all((f["date"] or f["article_published"]) >= "2023" for f in facts)
    assert "https://w3id.org/mekg/id/org/walmart" not in nodes  # Walmart left Germany in 2006
    page.fill("#from", "")
    assert len(page.evaluate(VISIBLE)[1]) == facts_total


def test_search_selects_matching_nodes(demo: Visit) -> None:
    demo.page.fill("#search", "ikea")
    selected = demo.page.evaluate("() => mekg.network.getSelectedNodes()")
    assert sorted(selected) == [
        "https://w3id.org/mekg/id/org/ikea",
        "https://w3id.org/mekg/id/org/ikea-india",
    ]
    assert demo.page.inner_text("#hits").startswith("2 found")
    demo.page.fill("#search", "")


def test_2000_nodes_settle_and_physics_stops(browser: Any, tmp_path: Path) -> None:
    visit = open_offline(
        browser, render_html(big_graph(), tmp_path / "big.html"), timeout_ms=120_000
    )
    drawn = visit.page.evaluate(NODES_DRAWN)
    linked = sum(not n["lone"] for n in view_data(big_graph(), title="t")["nodes"])
    assert drawn["positions"] == linked > 1500
    assert drawn["physics"] is False and drawn["painted"] > 2000
    timing = visit.page.evaluate(
        "() => { const t = performance.now(); mekg.network.redraw();"
        " return [mekg.stabilisedMs, performance.now() - t]; }"
    )
    print(
        f"2,000 nodes: physics off {timing[0] / 1000:.1f} s after navigation;"
        f" a redraw takes {timing[1]:.0f} ms"
    )
    assert_clean(visit)
    visit.page.close()


# ---------------------------------------------------------------- labels
@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("demo", lambda g: g),
        ("ego", lambda g: ego_subgraph(g, "BYD", 2)),
        ("2,000 nodes", lambda g: big_graph()),
    ],
)
def test_labels_never_overlap_and_more_show_on_zoom(
    browser: Any, demo_graph: nx.MultiDiGraph, tmp_path: Path, name: str, make: Any
) -> None:
    graph = make(demo_graph)
    visit = open_offline(browser, render_html(graph, tmp_path / "v.html"), timeout_ms=120_000)
    page = visit.page
    count, overlapping = page.evaluate(OVERLAPS)
    assert count >= 5 and overlapping == []
    drawn = {b["text"] for b in page.evaluate("() => mekgLabelBoxes()")}
    hidden = [n for n in page.evaluate("() => mekg.view.nodes.getIds()") if n not in drawn]
    label = {str(n): str(d.get("label")) for n, d in graph.nodes(data=True)}
    missing = [n for n in hidden if label[n] not in drawn]
    if missing:  # a label left out at first shows once the user zooms in on its node
        page.evaluate(
            "id => { mekg.network.moveTo({position: mekg.network.getPosition(id),"
            " scale: 4, animation: false}); mekg.network.redraw(); }",
            missing[-1],
        )
        page.wait_for_timeout(100)
        assert label[missing[-1]] in {b["text"] for b in page.evaluate("() => mekgLabelBoxes()")}
        assert page.evaluate(OVERLAPS)[1] == []
    assert_clean(visit)
    page.close()


def test_show_more_brings_a_hubs_other_neighbours(browser: Any, tmp_path: Path) -> None:
    from tests.test_views import hub_graph  # noqa: PLC0415

    visit = open_offline(browser, render_html(hub_graph(), tmp_path / "hub.html", focus="Focus"))
    page = visit.page
    assert len(page.evaluate("() => mekg.view.nodes.getIds()")) == 17
    page.evaluate("() => mekg.network.selectNodes([])")
    x, y = page.evaluate(SCREEN_POINT, [["urn:m"], 0])
    page.mouse.click(x, y)
    page.click("#details button.more")
    page.wait_for_function("() => mekg.view.nodes.length === 22")
    assert_clean(visit)
    page.close()


# ---------------------------------------------------------------- the market map
def test_map_is_drawn_offline_and_explains_a_country(
    browser: Any, demo_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    visit = open_offline(browser, render_map(demo_graph, tmp_path / "map.html"))
    page = visit.page
    counts = page.evaluate("() => mekgMap.byCountry()")
    assert counts["DE"] == 2 and counts["BR"] == 1  # Brazil: Decathlon plans Latin America
    germany = page.locator('#countries path[data-code="DE"]')
    assert germany.evaluate("p => getComputedStyle(p).fill") != "rgb(230, 230, 230)"
    germany.hover()
    tip = page.inner_text("#tip")
    assert "Germany" in tip and "Walmart" in tip and "BYD" in tip
    germany.click()
    details = page.inner_text("#details")
    assert "Berlin – Der chinesische Autobauer BYD" in details and "2006" in details
    assert page.locator("#details a").first.get_attribute("href").startswith("file:")
    page.fill("#from", "2010")  # a range input takes the value; fire its input event
    page.dispatch_event("#from", "input")
    assert page.evaluate("() => mekgMap.byCountry()")["DE"] == 1  # Walmart's 2006 exit gone
    page.select_option("#company", label="BYD (4)")
    assert set(page.evaluate("() => mekgMap.byCountry()")) == {"DE", "NO", "SE", "AT"}
    assert_clean(visit)
    page.close()


def test_map_keeps_hostile_text_inert(browser: Any, tmp_path: Path) -> None:
    visit = open_offline(browser, render_map(hostile_graph(), tmp_path / "map.html"))
    page = visit.page
    page.locator('#countries path[data-code="MX"]').hover()
    page.locator('#countries path[data-code="MX"]').click()
    shown = page.inner_text("#details") + page.inner_text("#tip")
    assert IMG in shown or SCRIPT in shown
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert_clean(visit)
    page.close()


# ---------------------------------------------------------------- the dossier
CLIPPED = """() => [...document.querySelectorAll("body *")].filter(e => {
  const style = getComputedStyle(e), box = e.getBoundingClientRect();
  const cuts = style.overflow !== "visible" || style.textOverflow === "ellipsis";
  return (cuts && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1))
    || box.right > document.documentElement.clientWidth + 1;
}).map(e => e.tagName + ": " + e.textContent.slice(0, 60))"""


def test_dossier_prints_every_line(
    browser: Any, demo_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    visit = open_offline(browser, render_dossier(hostile_graph(), tmp_path / "x.html", "Xiaomi"))
    assert visit.page.evaluate("() => typeof window.__pwned") == "undefined"
    visit.page.close()
    visit = open_offline(browser, render_dossier(demo_graph, tmp_path / "d.html", "Decathlon"))
    page = visit.page
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 700, "height": 1000})  # about an A4 page's text width
    assert page.evaluate(CLIPPED) == []
    lines = page.evaluate("() => [...document.querySelectorAll('li')].map(li => li.innerText)")
    assert len(lines) >= 6 and all("evidence" not in line for line in lines)
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    assert_clean(visit)
    page.close()


# ---------------------------------------------------------------- screenshots to look at
def test_screenshots_of_the_map_a_dossier_and_the_whole_graph(
    browser: Any, demo_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    """Pictures for a person to judge: in $MEKG_SCREENSHOTS if set, else in a temporary folder."""
    folder = Path(os.environ.get("MEKG_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    views = {
        "map": render_map(demo_graph, tmp_path / "map.html"),
        "dossier": render_dossier(demo_graph, tmp_path / "dossier.html", "BYD"),
        "graph": render_html(demo_graph, tmp_path / "graph.html"),
        "graph-2000": render_html(big_graph(), tmp_path / "big.html"),
    }
    for name, path in views.items():
        visit = open_offline(browser, path, timeout_ms=120_000)
        visit.page.screenshot(path=str(folder / f"{name}.png"), full_page=name == "dossier")
        assert_clean(visit)
        visit.page.close()
    print(f"screenshots in {folder}")
    assert all((folder / f"{name}.png").stat().st_size > 10_000 for name in views)
