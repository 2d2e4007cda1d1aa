"""Interactive HTML views of the graph: one self-contained file, offline and safe.

The page inlines the vis-network library that pyvis ships; the template is our
own, because pyvis's links Bootstrap from a CDN and places node titles into the
page as raw HTML. Here all data travels as JSON, every tooltip is built with
``textContent``, and the Content-Security-Policy allows only the page's own two
scripts (by hash): markup from articles is shown, never run.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from graph.errors import MekgError

if TYPE_CHECKING:
    import networkx as nx

VIEWS = ("all", "markets")
# node type → (colour, vis-network shape); shapes draw their label below, so size shows weight
STYLE = {
    "Company": ("#1f77b4", "dot"),
    "Retailer": ("#2ca02c", "square"),
    "Carrier": ("#17becf", "triangle"),
    "Media": ("#7f7f7f", "triangleDown"),
    "Organization": ("#bcbd22", "dot"),
    "Person": ("#ff7f0e", "star"),
    "Product": ("#9467bd", "hexagon"),
    "Market": ("#d62728", "diamond"),
}
STATUS_COLOURS = {
    "launched": "#2ca02c",
    "planned": "#1f77b4",
    "rumored": "#ff7f0e",
    "withdrawn": "#d62728",
}
FACT_COLOUR = "#9a9a9a"  # edges that carry no status
# more nodes than this are laid out in Python: the browser's physics would need too long
PLACE_IN_PYTHON = 300
EDGE_FIELDS = (
    "relation",
    "label",
    "status",
    "date",
    "channel",
    "role",
    "quote",
    "evidence",
    "article_title",
    "article_published",
    "article_url",
    "language",
)


def ego_subgraph(g: nx.MultiDiGraph, focus: str, depth: int) -> nx.MultiDiGraph:
    """The nodes within ``depth`` steps of the node ``focus`` names (see :func:`find_node`)."""
    import networkx as nx  # noqa: PLC0415

    if depth < 0:
        raise MekgError(f"depth must be 0 or more, not {depth}")
    centre = find_node(g, focus)
    undirected = g.to_undirected(as_view=True)
    nodes = nx.single_source_shortest_path_length(undirected, centre, cutoff=depth)
    return g.subgraph(nodes).copy()


def find_node(g: nx.MultiDiGraph, focus: str) -> str:
    """The node ``focus`` names: its IRI (an article's too), or an entity's label in any
    case and accents, Wikidata QID or market code; an error suggests close labels."""
    if focus in g:
        return focus
    from graph.analytics import find_entity  # noqa: PLC0415

    return find_entity(g, focus)


def markets_view(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Companies and the markets they entered, plan to enter, are rumoured to enter or left."""
    h = g.__class__()
    for u, v, d in g.edges(data=True):
        if d.get("relation") == "market_entry":
            h.add_node(u, **g.nodes[u])
            h.add_node(v, **g.nodes[v])
            h.add_edge(u, v, **d)
    return h


def view_data(
    g: nx.MultiDiGraph, *, title: str, focus: str | None = None, dated_labels: bool = False
) -> dict[str, Any]:
    """The nodes, edges and legends the page draws, as plain JSON-ready data.

    Node size grows with the articles that mention the entity plus the facts it
    takes part in; market-entry edges take the colour of their status.
    ``dated_labels`` appends each fact's date to its edge label.
    """
    degree = Counter[str]()
    edge_languages: dict[str, set[str]] = {}
    for u, v, d in g.edges(data=True):
        degree[u] += 1
        degree[v] += 1
        for node in (u, v):
            edge_languages.setdefault(node, set()).add(d.get("language") or "")
    nodes: list[dict[str, Any]] = []
    for node, d in g.nodes(data=True):
        kind = d.get("type") if d.get("type") in STYLE else "Organization"
        colour, shape = STYLE[kind]
        weight = int(d.get("mentions") or 1) + degree[node]
        languages = set(d.get("languages") or ()) | edge_languages.get(node, set())
        nodes.append(
            {
                "id": str(node),
                "label": str(d.get("label") or node),
                "shape": shape,
                "color": colour,
                "size": round(min(10 + 5 * math.sqrt(weight), 45), 1),
                "info": {
                    "label": d.get("label"),
                    "type": kind,
                    "qid": d.get("qid"),
                    "mentions": d.get("mentions"),
                    "facts": degree[node],
                    "languages": sorted(language for language in languages if language),
                },
            }
        )
    edges: list[dict[str, Any]] = []
    seen = Counter[frozenset[str]]()
    for i, (u, v, d) in enumerate(g.edges(data=True)):
        label = str(d.get("label") or "")
        if dated_labels and d.get("date"):
            label = f"{label} {d['date']}"
        # parallel facts between the same two nodes bend apart instead of overlapping
        twin = seen[frozenset((u, v))]
        seen[frozenset((u, v))] += 1
        edges.append(
            {
                "id": i,
                "from": str(u),
                "to": str(v),
                "label": label,
                "color": STATUS_COLOURS.get(d.get("status") or "", FACT_COLOUR),
                "width": 2 if d.get("relation") == "market_entry" else 1,
                "smooth": {"type": "curvedCW", "roundness": 0.2 * twin} if twin else False,
                "info": {key: d.get(key) for key in EDGE_FIELDS},
            }
        )
    placed = len(nodes) > PLACE_IN_PYTHON
    if placed:  # a big view is laid out here, once (see graph.layout), and drawn at once
        from graph.layout import positions  # noqa: PLC0415

        where = positions(g)
        for n in nodes:
            n["x"], n["y"] = where[n["id"]]
    present_types = {n["info"]["type"] for n in nodes}
    present_statuses = {e["info"]["status"] for e in edges}
    return {
        "title": title,
        "focus": str(focus) if focus is not None else None,
        "placed": placed,
        "nodes": nodes,
        "edges": edges,
        "types": {kind: STYLE[kind] for kind in STYLE if kind in present_types},
        "statuses": {s: c for s, c in STATUS_COLOURS.items() if s in present_statuses},
        "languages": sorted(
            {e["info"]["language"] or "unknown" for e in edges}
            | {lang for n in nodes for lang in n["info"]["languages"]}
        ),
    }


def render_html(
    g: nx.MultiDiGraph,
    path: Path,
    *,
    title: str = "Market-expansion graph",
    focus: str | None = None,
    depth: int = 2,
    view: Literal["all", "markets"] = "all",
) -> Path:
    """Write one self-contained HTML file (no network requests) and return its path.

    ``view="markets"`` keeps companies and the markets they enter; ``focus``
    keeps the nodes within ``depth`` steps of that entity.
    """
    if view not in VIEWS:
        raise MekgError(f"unknown view {view!r} — use one of: {', '.join(VIEWS)}")
    if view == "markets":
        g = markets_view(g)
        title = "Markets: who enters where, by status and date"
    centre = None
    if focus:
        centre = find_node(g, focus)
        g = ego_subgraph(g, centre, depth)
        title = f"{title} — around {g.nodes[centre].get('label', focus)} (depth {depth})"
    data = view_data(g, title=title, focus=centre, dated_labels=view == "markets")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page_html(data), encoding="utf-8")
    return path


def page_html(data: dict[str, Any]) -> str:
    """The whole page for ``view_data`` output: library, data and script inlined."""
    lib = _vis_library()
    library = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    library = library.replace("</script", "<\\/script")
    script = f'"use strict";\nconst DATA = {_safe_json(data)};\n{_PAGE_SCRIPT}'
    scripts = f"{_sha256_source(library)} {_sha256_source(script)}"
    policy = (
        f"default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    parts = {
        "policy": policy,
        "css": (lib / "vis-network.css").read_text(encoding="utf-8"),
        "library": library,
        "script": script,
    }
    # one pass over the template, so inserted text is never scanned for slots
    return re.sub(r"\{(policy|css|library|script)\}", lambda slot: parts[slot[1]], _TEMPLATE)


def _vis_library() -> Path:
    """The folder of the vis-network build pyvis ships, found without importing pyvis (slow)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise MekgError("the pyvis package is missing — reinstall mekg: pip install -e .")
    return Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib" / "vis-9.1.2"


def _sha256_source(text: str) -> str:
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
    return f"'sha256-{digest}'"


def _safe_json(value: object) -> str:
    """JSON that cannot close the script element or break the line."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>mekg view</title>
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{css}
html,body{margin:0;height:100%;font:14px system-ui,sans-serif;color:#222}
body{display:flex;flex-direction:column}
#bar{padding:6px 10px;background:#f4f4f4;border-bottom:1px solid #ddd}
#bar .row{display:flex;gap:14px;flex-wrap:wrap;align-items:center;margin:2px 0}
#bar .group{display:flex;gap:8px;flex-wrap:wrap;align-items:center}
#bar .name{color:#666;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
#bar label{display:inline-flex;align-items:center;gap:3px;white-space:nowrap}
#bar svg{vertical-align:middle}
#title{font-weight:600;margin-right:8px}
#stage{flex:1;position:relative;min-height:300px}
#net{position:absolute;inset:0}
#details{position:absolute;top:10px;right:10px;max-width:380px;max-height:80%;overflow:auto;
  background:#fff;border:1px solid #ccc;border-radius:4px;padding:8px 10px;
  box-shadow:0 2px 8px #0002}
#details[hidden]{display:none}
#details button{float:right}
#empty{position:absolute;top:40%;width:100%;text-align:center;color:#666}
.card{max-width:420px;white-space:normal;line-height:1.35}
.card b{color:#555}
.card .evidence{font-style:italic;margin:4px 0}
div.vis-tooltip{white-space:normal;max-width:440px;font:13px system-ui,sans-serif}
</style></head><body>
<div id="bar">
<div class="row"><span id="title"></span>
<input id="search" type="search" placeholder="search labels…" aria-label="search labels">
<span id="hits"></span></div>
<div class="row"><span class="group" id="types"><span class="name">type</span></span>
<span class="name">size: mentions + facts</span></div>
<div class="row"><span class="group" id="statuses"><span class="name">status</span></span>
<span class="group" id="languages"><span class="name">language</span></span>
<span class="group"><span class="name">date</span>
<label>from <input id="from" size="10" aria-label="from date"></label>
<label>to <input id="to" size="10" aria-label="to date"></label></span>
<span id="shown"></span></div>
</div>
<div id="stage"><div id="net"></div><div id="details" hidden></div></div>
<script>{library}</script>
<script>{script}</script>
</body></html>
"""

# Everything from the data reaches the DOM through textContent or attribute
# setters that cannot run code; links are made only for http(s) and file URLs.
_PAGE_SCRIPT = r"""
const $ = id => document.getElementById(id);
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function link(url, text) {
  if (!/^(https?|file):/i.test(String(url))) return el("span", text || url);
  const a = el("a", text || url);
  a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
  return a;
}
function card(rows) {
  const box = el("div", undefined, "card");
  for (const [key, value] of rows) {
    if (value === null || value === undefined || value === "" || value.length === 0) continue;
    const line = el("div", undefined, key === "evidence" ? "evidence" : "");
    line.appendChild(el("b", key + ": "));
    line.appendChild(value instanceof Node ? value : document.createTextNode(String(value)));
    box.appendChild(line);
  }
  return box;
}
function nodeCard(n) {
  const i = n.info, qid = /^Q[0-9]+$/.test(i.qid || "") ? i.qid : null;
  return card([["label", i.label], ["type", i.type],
    ["Wikidata", qid && link("https://www.wikidata.org/wiki/" + qid, qid)],
    ["mentioned in", i.mentions && i.mentions + " article(s)"], ["facts", i.facts],
    ["languages", i.languages.join(", ")]]);
}
function edgeCard(e) {
  const i = e.info;
  return card([["fact", i.label], ["status", i.status], ["date", i.date], ["channel", i.channel],
    ["role", i.role], ["quote", i.quote], ["evidence", i.evidence],
    ["article", i.article_url ? link(i.article_url, i.article_title || i.article_url)
                              : i.article_title],
    ["published", i.article_published], ["language", i.language]]);
}
function shape(kind, colour) {
  const ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg");
  svg.setAttribute("width", "14"); svg.setAttribute("height", "14");
  svg.setAttribute("viewBox", "0 0 14 14");
  const points = {square: "2,2 12,2 12,12 2,12", triangle: "7,1 13,12 1,12",
    triangleDown: "1,2 13,2 7,13", diamond: "7,0 14,7 7,14 0,7",
    hexagon: "7,0 13,3.5 13,10.5 7,14 1,10.5 1,3.5",
    star: "7,0 8.8,4.9 14,5.1 9.9,8.3 11.3,13.4 7,10.4 2.7,13.4 4.1,8.3 0,5.1 5.2,4.9"};
  const mark = document.createElementNS(ns, points[kind] ? "polygon" : "circle");
  if (points[kind]) mark.setAttribute("points", points[kind]);
  else { mark.setAttribute("cx", "7"); mark.setAttribute("cy", "7"); mark.setAttribute("r", "6"); }
  mark.setAttribute("fill", colour);
  svg.appendChild(mark);
  return svg;
}
function line(colour) {
  const ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg");
  svg.setAttribute("width", "18"); svg.setAttribute("height", "10");
  const l = document.createElementNS(ns, "line");
  const attributes = {x1: 0, y1: 5, x2: 18, y2: 5, stroke: colour, "stroke-width": 3};
  for (const [key, value] of Object.entries(attributes)) l.setAttribute(key, String(value));
  svg.appendChild(l);
  return svg;
}

$("title").textContent = DATA.title;
const font = {size: 20, strokeWidth: 4, strokeColor: "#ffffff", color: "#222"};
const nodes = new vis.DataSet(DATA.nodes.map(n => {
  const ring = {background: n.color, border: "#000"};
  return Object.assign({}, n, {title: nodeCard(n), font: font,
    color: {background: n.color, border: n.color, highlight: ring, hover: ring}});
}));
const edges = new vis.DataSet(DATA.edges.map(e => Object.assign({}, e, {
  title: edgeCard(e), arrows: "to", color: {color: e.color, highlight: "#000", hover: "#000"}})));
const edgesOf = new Map(DATA.nodes.map(n => [n.id, []]));
for (const e of DATA.edges) { edgesOf.get(e.from).push(e); edgesOf.get(e.to).push(e); }
const typeOf = new Map(DATA.nodes.map(n => [n.id, n.info.type]));

// Filters: status, language and date select facts; a node stays while one of its
// facts does (or, without facts, while its languages do), and its type is shown.
const hidden = {type: new Set(), status: new Set(), language: new Set()};
const shownNodes = new Set(), shownEdges = new Set();
function edgeDate(e) { return e.info.date || e.info.article_published || ""; }
function inRange(date) {
  const from = $("from").value.trim(), to = $("to").value.trim();
  if (!from && !to) return true;
  if (!date) return false;
  return (!from || date >= from.slice(0, date.length)) && (!to || date.slice(0, to.length) <= to);
}
function factShown(e) {
  return !(e.info.status && hidden.status.has(e.info.status))
    && !hidden.language.has(e.info.language || "unknown") && inRange(edgeDate(e));
}
function applyFilters() {
  shownNodes.clear(); shownEdges.clear();
  const ranged = $("from").value.trim() || $("to").value.trim();
  for (const n of DATA.nodes) {
    if (hidden.type.has(n.info.type)) continue;
    const facts = edgesOf.get(n.id);
    const spoken = !n.info.languages.length || n.info.languages.some(l => !hidden.language.has(l));
    if (facts.length ? facts.some(factShown) : !ranged && spoken) shownNodes.add(n.id);
  }
  for (const e of DATA.edges)
    if (shownNodes.has(e.from) && shownNodes.has(e.to) && factShown(e)) shownEdges.add(e.id);
  view.nodes.refresh(); view.edges.refresh();
  $("details").hidden = true; // it may describe something the filters just hid
  $("shown").textContent = shownNodes.size + " of " + DATA.nodes.length + " nodes, "
    + shownEdges.size + " of " + DATA.edges.length + " facts";
}
const view = {nodes: new vis.DataView(nodes, {filter: n => shownNodes.has(n.id)}),
              edges: new vis.DataView(edges, {filter: e => shownEdges.has(e.id)})};
function toggles(id, values, set, marker) {
  for (const [value, style] of values) {
    const label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = value;
    box.addEventListener("change", () => {
      if (box.checked) set.delete(value); else set.add(value);
      applyFilters();
    });
    label.appendChild(box);
    if (marker) label.appendChild(marker(style));
    label.appendChild(document.createTextNode(value));
    $(id).appendChild(label);
  }
}
toggles("types", Object.entries(DATA.types), hidden.type, s => shape(s[1], s[0]));
toggles("statuses", Object.entries(DATA.statuses), hidden.status, line);
toggles("languages", DATA.languages.map(l => [l, null]), hidden.language, null);
const years = DATA.edges.map(e => edgeDate(e).slice(0, 4)).filter(Boolean).sort();
if (years.length) [$("from").placeholder, $("to").placeholder] = [years[0], years.at(-1)];
for (const id of ["from", "to"]) $(id).addEventListener("input", applyFilters);
applyFilters();

// a big view (over PLACE_IN_PYTHON nodes) comes with its positions, laid out in Python:
// drawn at once, no physics
const big = DATA.placed;
const network = new vis.Network($("net"), view, {
  physics: DATA.placed ? {enabled: false} : {solver: "barnesHut",
            barnesHut: {gravitationalConstant: -4000, centralGravity: 0.5, springLength: 150,
                        springConstant: 0.03, avoidOverlap: 0.5},
            stabilization: {iterations: 1000, updateInterval: 25}},
  layout: {improvedLayout: !big, randomSeed: 7},
  nodes: {scaling: {label: {drawThreshold: 6}}},
  edges: {font: {size: 15, color: "#333", strokeWidth: 3, strokeColor: "#ffffff"},
          selectionWidth: 2},
  interaction: {hover: true, tooltipDelay: 120, hideEdgesOnDrag: big}});
const mekg = {network, nodes, edges, view, stabilised: false, stabilisedMs: null};
window.mekg = mekg;
function stabilised() {
  network.setOptions({physics: false});
  network.fit({animation: false});
  if (DATA.focus) network.selectNodes([DATA.focus]);
  // ready once the fitted view is on the canvas: the browser draws it at its next frame
  network.once("afterDrawing", () => {
    mekg.stabilised = true; mekg.stabilisedMs = performance.now();
  });
  network.redraw();
}
// The browser's layout (small views) gets 10 s from page load; after it, or once it
// settles, physics stops so that dragging and zooming stay responsive.
network.on("stabilizationProgress", () => {
  if (performance.now() > 10000) network.stopSimulation();
});
if (DATA.placed) stabilised();
else if (DATA.nodes.length) network.once("stabilizationIterationsDone", stabilised);
else {
  $("net").appendChild(el("div", "The graph is empty: ingest articles first.")).id = "empty";
  network.setOptions({physics: false});
  mekg.stabilised = true; mekg.stabilisedMs = performance.now();
}

network.on("click", params => {
  const box = $("details");
  box.replaceChildren();
  const n = params.nodes[0], e = params.edges[0];
  const content = n !== undefined ? nodeCard(nodes.get(n))
    : e !== undefined ? edgeCard(edges.get(e)) : null;
  box.hidden = !content;
  if (!content) return;
  const close = el("button", "×"); close.setAttribute("aria-label", "close");
  close.addEventListener("click", () => { box.hidden = true; });
  box.appendChild(close); box.appendChild(content);
});
let matches = [], current = 0;
$("search").addEventListener("input", event => {
  const q = event.target.value.trim().toLowerCase();
  const hit = n => shownNodes.has(n.id) && n.label.toLowerCase().includes(q);
  matches = q ? DATA.nodes.filter(hit).map(n => n.id) : [];
  current = 0;
  network.selectNodes(matches);
  const more = matches.length > 1 ? " (Enter: next)" : "";
  $("hits").textContent = q ? matches.length + " found" + more : "";
  if (matches.length) network.fit({nodes: matches, animation: false});
});
$("search").addEventListener("keydown", event => {
  if (event.key !== "Enter" || !matches.length) return;
  network.focus(matches[current], {scale: 1.3});
  network.selectNodes([matches[current]]);
  current = (current + 1) % matches.length;
});
"""
