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
import html
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

VIEWS = ("all", "markets", "map")
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
FOCUS_SIZE = 25  # pixels, at least, of the node an ego view is about
# an ego view shows this many neighbours of each node at first, the rest on request
NEIGHBOURS_PER_HUB = 15
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


def ego_subgraph(
    g: nx.MultiDiGraph, focus: str, depth: int, per_hub: int = NEIGHBOURS_PER_HUB
) -> nx.MultiDiGraph:
    """The focus (named as :func:`find_node` finds it) and what it is linked to, ``depth``
    steps out, ranked so that the view stays about the focus.

    A step from a node goes on only along facts of the kind that led to it (from a market
    the focus entered, to the other companies that entered it, not to people quoted about
    it); each node keeps its ``per_hub`` best neighbours: those that share the most
    neighbours with the focus, then have the most facts with the node, then the most
    mentions. The rest are in the graph too, marked with ``more_of`` (the node they hang
    from), for the page to show on request.
    """
    if depth < 0:
        raise MekgError(f"depth must be 0 or more, not {depth}")
    centre = find_node(g, focus)
    undirected = g.to_undirected(as_view=True)
    around_focus = set(undirected[centre])
    kinds_to: dict[str, set[str]] = {centre: set()}  # node → kinds of fact that reached it
    more_of: dict[str, str] = {}
    frontier = [centre]
    for _ in range(depth):
        reached: list[str] = []
        for hub in frontier:
            facts = Counter[str]()
            kinds: dict[str, set[str]] = {}
            for _, other, d in undirected.edges(hub, data=True):
                relation = str(d.get("relation"))
                if other in kinds_to or other in more_of:
                    continue
                if hub != centre and relation not in kinds_to[hub]:
                    continue
                facts[other] += 1
                kinds.setdefault(other, set()).add(relation)

            def rank(node: str, facts: Counter[str] = facts) -> tuple[int, int, int, str]:
                shared = len(around_focus & set(undirected[node]))
                return (-shared, -facts[node], -int(g.nodes[node].get("mentions") or 0), node)

            for i, node in enumerate(sorted(facts, key=rank)):
                if i < per_hub:
                    kinds_to[node] = kinds[node]
                    reached.append(node)
                else:
                    more_of[node] = hub
        frontier = reached
    view = g.subgraph([*kinds_to, *more_of]).copy()
    for node, hub in more_of.items():
        view.nodes[node]["more_of"] = hub
    return view


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
    weights = {node: int(d.get("mentions") or 1) + degree[node] for node, d in g.nodes(data=True)}
    heaviest = max(weights.values(), default=1)
    nodes: list[dict[str, Any]] = []
    for node, d in g.nodes(data=True):
        kind = d.get("type") if d.get("type") in STYLE else "Organization"
        colour, shape = STYLE[kind]
        weight = weights[node]
        languages = set(d.get("languages") or ()) | edge_languages.get(node, set())
        nodes.append(
            {
                "id": str(node),
                "label": str(d.get("label") or node),
                "shape": shape,
                "color": colour,
                # the view's heaviest node is the biggest, whatever the corpus' size;
                # the focus of a view is never small
                "size": round(
                    max(8 + 27 * math.sqrt(weight / heaviest), FOCUS_SIZE * (node == focus)), 1
                ),
                "weight": weight,
                "lone": not degree[node],  # a mention without facts: hidden at first
                "more_of": d.get("more_of"),  # beyond an ego view's first neighbours
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
    # parallel facts of one kind between two nodes are one edge with a count; edges of
    # different kinds between the same two nodes bend apart instead of overlapping
    kinds: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for u, v, d in g.edges(data=True):
        kinds.setdefault((str(u), str(v), str(d.get("label") or "")), []).append(d)
    edges: list[dict[str, Any]] = []
    seen = Counter[frozenset[str]]()
    for i, ((u, v, label), facts) in enumerate(kinds.items()):
        facts.sort(key=lambda d: str(d.get("date") or d.get("article_published") or ""))
        if dated_labels:
            dates = sorted({str(d["date"]) for d in facts if d.get("date")})
            label = " ".join([label, ", ".join(dates)]) if dates else label
        twin = seen[frozenset((u, v))]
        seen[frozenset((u, v))] += 1
        first = facts[0]
        edges.append(
            {
                "id": i,
                "from": u,
                "to": v,
                "label": f"{label} ×{len(facts)}" if len(facts) > 1 else label,
                "count": len(facts),
                "color": STATUS_COLOURS.get(first.get("status") or "", FACT_COLOUR),
                "width": (2 if first.get("relation") == "market_entry" else 1)
                + math.log2(len(facts)),
                "smooth": {"type": "curvedCW", "roundness": 0.2 * twin} if twin else False,
                "facts": [{key: d.get(key) for key in EDGE_FIELDS} for d in facts],
            }
        )
    # a big view is laid out here, once (see graph.layout), and drawn at once; what counts
    # is what the page shows at first
    placed = sum(not n["lone"] and not n["more_of"] for n in nodes) > PLACE_IN_PYTHON
    if placed:
        from graph.layout import positions  # noqa: PLC0415

        where = positions(g)
        for n in nodes:
            n["x"], n["y"] = where[n["id"]]
    present_types = {n["info"]["type"] for n in nodes}
    present_statuses = {f["status"] for e in edges for f in e["facts"]}
    return {
        "title": title,
        "focus": str(focus) if focus is not None else None,
        "placed": placed,
        "nodes": nodes,
        "edges": edges,
        "types": {kind: STYLE[kind] for kind in STYLE if kind in present_types},
        "statuses": {s: c for s, c in STATUS_COLOURS.items() if s in present_statuses},
        "languages": sorted(
            {f["language"] or "unknown" for e in edges for f in e["facts"]}
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
    view: Literal["all", "markets", "map"] = "all",
) -> Path:
    """Write one self-contained HTML file (no network requests) and return its path.

    ``view="markets"`` keeps companies and the markets they enter; ``focus``
    keeps the nodes within ``depth`` steps of that entity; ``view="map"`` is the
    market map (:func:`graph.market_map.render_map`).
    """
    if view not in VIEWS:
        raise MekgError(f"unknown view {view!r} — use one of: {', '.join(VIEWS)}")
    if view == "map":
        from graph.market_map import render_map  # noqa: PLC0415

        return render_map(g, path, focus=focus)
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
    return inline_page(
        title="mekg view",
        style=(lib / "vis-network.css").read_text(encoding="utf-8") + _STYLE,
        body=_BODY,
        scripts=[
            (lib / "vis-network.min.js").read_text(encoding="utf-8"),
            data_script(data, _PAGE_SCRIPT),
        ],
    )


# Every page calls markReady() once it is drawn: tests wait for data-ready, and
# ``mekg bench`` reads data-ready-ms, the milliseconds since the page began to load.
MARK_READY = """function markReady() {
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  document.body.dataset.ready = "1";
}
"""


def data_script(data: object, script: str) -> str:
    """A page script that starts with ``const DATA = …;`` on one line, then ``script``
    (which calls ``markReady()`` once the page is drawn)."""
    return f'"use strict";\nconst DATA = {_safe_json(data)};\n{MARK_READY}{script}'


def inline_page(*, title: str, style: str, body: str, scripts: list[str]) -> str:
    """One self-contained HTML page: its policy lets only these inline scripts run (by hash)
    and loads nothing from anywhere; ``body`` is trusted markup, the scripts add the data."""
    scripts = [s.replace("</script", "<\\/script") for s in scripts]
    hashes = " ".join(_sha256_source(s) for s in scripts)
    policy = (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    parts = {
        "title": html.escape(title),
        "policy": policy,
        "style": style,
        "body": body,
        "scripts": "".join(f"<script>{s}</script>\n" for s in scripts),
    }
    # one pass over the skeleton, so inserted text is never scanned for slots
    return re.sub(r"\{(title|policy|style|body|scripts)\}", lambda slot: parts[slot[1]], _SKELETON)


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


_SKELETON = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{style}</style></head><body>
{body}{scripts}</body></html>
"""

_STYLE = """
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
#details[hidden],#tip[hidden]{display:none}
#details button.close{float:right}
#tip{position:absolute;pointer-events:none;background:#fff;border:1px solid #bbb;
  border-radius:4px;padding:6px 8px;box-shadow:0 2px 8px #0002;font-size:13px;z-index:2}
#empty{position:absolute;top:40%;width:100%;text-align:center;color:#666}
.card{max-width:420px;white-space:normal;line-height:1.35}
.card b{color:#555}
.card .evidence{font-style:italic;margin:4px 0}
.card .fact{border-top:1px solid #eee;margin-top:5px;padding-top:4px}
"""

_BODY = """
<div id="bar">
<div class="row"><span id="title"></span>
<input id="search" type="search" placeholder="search labels…" aria-label="search labels">
<span id="hits"></span></div>
<div class="row"><span class="group" id="types"><span class="name">type</span></span>
<label><input id="lone" type="checkbox"> <span id="lone-text">mentions without facts</span></label>
<span class="name">size: mentions + facts · labels: the biggest first, more as you zoom</span></div>
<div class="row"><span class="group" id="statuses"><span class="name">status</span></span>
<span class="group" id="languages"><span class="name">language</span></span>
<span class="group"><span class="name">date</span>
<label>from <input id="from" size="10" aria-label="from date"></label>
<label>to <input id="to" size="10" aria-label="to date"></label></span>
<span id="shown"></span></div>
</div>
<div id="stage"><div id="net"></div><div id="tip" hidden></div><div id="details" hidden></div></div>
"""

# Everything from the data reaches the DOM through textContent or attribute
# setters that cannot run code; links are made only for http(s) and file URLs.
# Labels are drawn by the page, not by vis-network: each frame places them biggest
# node first and leaves out any that would overlap one already drawn.
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
function card(rows, cls) {
  const box = el("div", undefined, cls || "card");
  for (const [key, value] of rows) {
    if (value === null || value === undefined || value === "" || value.length === 0) continue;
    const line = el("div", undefined, key === "evidence" ? "evidence" : "");
    line.appendChild(el("b", key + ": "));
    line.appendChild(value instanceof Node ? value : document.createTextNode(String(value)));
    box.appendChild(line);
  }
  return box;
}
function factRows(f) {
  return [["fact", f.label], ["status", f.status], ["date", f.date], ["channel", f.channel],
    ["role", f.role], ["quote", f.quote], ["evidence", f.evidence],
    ["article", f.article_url ? link(f.article_url, f.article_title || f.article_url)
                              : f.article_title],
    ["published", f.article_published], ["language", f.language]];
}
const FACTS_SHOWN = 3;
function nodeCard(n) {
  const i = n.info, qid = /^Q[0-9]+$/.test(i.qid || "") ? i.qid : null;
  const box = card([["label", i.label], ["type", i.type],
    ["Wikidata", qid && link("https://www.wikidata.org/wiki/" + qid, qid)],
    ["mentioned in", i.mentions && i.mentions + " article(s)"], ["facts", i.facts],
    ["languages", i.languages.join(", ")]]);
  // a node's evidence: its first facts, each with the sentence it was read from
  const facts = edgesOf.get(n.id).filter(e => shownEdges.has(e.id)).flatMap(e => e.facts);
  for (const f of facts.slice(0, FACTS_SHOWN)) {
    box.appendChild(card([["fact", f.label + " " + other(n, f)],
      ["evidence", f.evidence], ["article", f.article_title]], "fact"));
  }
  if (facts.length > FACTS_SHOWN)
    box.appendChild(el("div", "… " + (facts.length - FACTS_SHOWN) + " more (click a link)"));
  return box;
}
function other(n, f) {  // the node at the fact's other end
  const e = factEdge.get(f);
  return labelOf.get(e.from === n.id ? e.to : e.from);
}
function edgeCard(e) {
  const box = el("div", undefined, "card");
  if (e.count > 1) box.appendChild(el("div", e.count + " facts"));
  for (const f of e.facts.filter(factShown).slice(0, 20))
    box.appendChild(card(factRows(f), "fact"));
  if (e.facts.length > 20) box.appendChild(el("div", "… and " + (e.facts.length - 20) + " more"));
  return box;
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
const nodes = new vis.DataSet(DATA.nodes.map(n => {
  const ring = {background: n.color, border: "#000"};
  // a hub repels more, so that hubs sharing many neighbours do not sit on one another
  return {id: n.id, shape: n.shape, size: n.size, x: n.x, y: n.y, info: n.info,
    mass: 1 + Math.sqrt(n.info.facts) / 2,
    color: {background: n.color, border: n.color, highlight: ring, hover: ring}};
}));
const edges = new vis.DataSet(DATA.edges.map(e => ({id: e.id, from: e.from, to: e.to,
  width: e.width, smooth: e.smooth, facts: e.facts, count: e.count, arrows: "to",
  color: {color: e.color, highlight: "#000", hover: "#000"}})));
const byId = new Map(DATA.nodes.map(n => [n.id, n]));
const labelOf = new Map(DATA.nodes.map(n => [n.id, n.label]));
const edgesOf = new Map(DATA.nodes.map(n => [n.id, []]));
const factEdge = new Map();
for (const e of DATA.edges) {
  edgesOf.get(e.from).push(e); if (e.to !== e.from) edgesOf.get(e.to).push(e);
  for (const f of e.facts) factEdge.set(f, e);
}
const moreOf = new Map();  // an ego view's hub → its neighbours shown on request
for (const n of DATA.nodes) if (n.more_of) moreOf.set(n.more_of, (moreOf.get(n.more_of) || 0) + 1);

// Filters: status, language and date select facts; a node stays while one of its
// facts does (or, without facts, while its languages do and mentions are shown),
// and its type is shown.
const hidden = {type: new Set(), status: new Set(), language: new Set()};
const expanded = new Set();
const shownNodes = new Set(), shownEdges = new Set();
const lone = DATA.nodes.filter(n => n.lone).length;
$("lone-text").textContent = "mentions without facts (" + lone + ")";
// with no facts at all, the mentions are all there is to see
$("lone").checked = lone === DATA.nodes.length;
function factDate(f) { return f.date || f.article_published || ""; }
function inRange(date) {
  const from = $("from").value.trim(), to = $("to").value.trim();
  if (!from && !to) return true;
  if (!date) return false;
  return (!from || date >= from.slice(0, date.length)) && (!to || date.slice(0, to.length) <= to);
}
function factShown(f) {
  return !(f.status && hidden.status.has(f.status))
    && !hidden.language.has(f.language || "unknown") && inRange(factDate(f));
}
function applyFilters() {
  shownNodes.clear(); shownEdges.clear();
  const ranged = $("from").value.trim() || $("to").value.trim();
  for (const n of DATA.nodes) {
    if (hidden.type.has(n.info.type) || (n.more_of && !expanded.has(n.more_of))) continue;
    const facts = edgesOf.get(n.id);
    const spoken = !n.info.languages.length || n.info.languages.some(l => !hidden.language.has(l));
    if (facts.length ? facts.some(e => e.facts.some(factShown))
        : $("lone").checked && !ranged && spoken) shownNodes.add(n.id);
  }
  for (const e of DATA.edges)
    if (shownNodes.has(e.from) && shownNodes.has(e.to) && e.facts.some(factShown))
      shownEdges.add(e.id);
  view.nodes.refresh(); view.edges.refresh();
  $("details").hidden = true; // it may describe something the filters just hid
  $("shown").textContent = shownNodes.size + " of " + DATA.nodes.length + " nodes, "
    + shownEdges.size + " of " + DATA.edges.length + " links";
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
const years = DATA.edges.flatMap(e => e.facts.map(f => factDate(f).slice(0, 4)))
  .filter(Boolean).sort();
if (years.length) [$("from").placeholder, $("to").placeholder] = [years[0], years.at(-1)];
for (const id of ["from", "to"]) $(id).addEventListener("input", applyFilters);
applyFilters();

// a big view (over PLACE_IN_PYTHON nodes) comes with its positions, laid out in Python:
// drawn at once, no physics
const big = DATA.placed;
const network = new vis.Network($("net"), view, {
  physics: DATA.placed ? {enabled: false} : {solver: "barnesHut",
            barnesHut: {gravitationalConstant: -9000, centralGravity: 0.3, springLength: 180,
                        springConstant: 0.03, avoidOverlap: 1},
            stabilization: {iterations: 1000, updateInterval: 25}},
  layout: {improvedLayout: !big, randomSeed: 7},
  interaction: {hover: true, hideEdgesOnDrag: big, tooltipDelay: 3600000}});
const mekg = {network, nodes, edges, view, stabilised: false, stabilisedMs: null};
window.mekg = mekg;

// labels: the focus first, then nodes by weight, then links by count; one is drawn
// only where its box overlaps no label drawn before it
const LABEL_FONT = "13px system-ui,sans-serif", LINK_FONT = "11px system-ui,sans-serif";
const order = [...DATA.nodes].sort((a, b) => (b.id === DATA.focus) - (a.id === DATA.focus)
  || b.weight - a.weight || (a.label < b.label ? -1 : 1));
const linkOrder = [...DATA.edges].sort((a, b) => b.count - a.count || a.id - b.id);
const widths = new Map();
let labelBoxes = [];
function textWidth(ctx, font, text) {
  const key = font + "|" + text;
  if (!widths.has(key)) { ctx.font = font; widths.set(key, ctx.measureText(text).width); }
  return widths.get(key);
}
function placeLabels(ctx) {
  const canvas = ctx.canvas, ratio = canvas.width / canvas.clientWidth;
  const W = canvas.clientWidth, H = canvas.clientHeight, scale = network.getScale();
  const cell = 80, grid = new Map(), placed = [];
  const cellsOf = b => {
    const out = [];
    for (let gx = Math.floor(b.x / cell); gx <= Math.floor((b.x + b.w) / cell); gx++)
      for (let gy = Math.floor(b.y / cell); gy <= Math.floor((b.y + b.h) / cell); gy++)
        out.push(gx + "," + gy);
    return out;
  };
  // a label keeps GAP pixels from the others, so that each reads as its own
  const GAP = 4;
  const free = b => cellsOf(b).every(k => !(grid.get(k) || []).some(o =>
    b.x < o.x + o.w + GAP && o.x < b.x + b.w + GAP && b.y < o.y + o.h + GAP
    && o.y < b.y + b.h + GAP));
  const take = b => {
    for (const k of cellsOf(b)) { if (!grid.has(k)) grid.set(k, []); grid.get(k).push(b); }
    placed.push(b);
  };
  ctx.save();
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.textBaseline = "top"; ctx.lineJoin = "round";
  const body = network.body.nodes;
  for (const n of order) {
    const drawn = body[n.id];
    if (!shownNodes.has(n.id) || !drawn) continue;
    const p = network.canvasToDOM({x: drawn.x, y: drawn.y});
    const w = textWidth(ctx, LABEL_FONT, n.label) + 4, r = n.size * scale;
    const b = {x: p.x - w / 2, y: p.y + r + 1, w: w, h: 17, text: n.label};
    if (b.x > W || b.x + b.w < 0 || b.y > H || b.y + b.h < 0 || !free(b)) continue;
    take(b);
    ctx.font = LABEL_FONT; ctx.lineWidth = 4; ctx.strokeStyle = "#ffffff"; ctx.fillStyle = "#222";
    ctx.strokeText(n.label, b.x + 2, b.y + 2); ctx.fillText(n.label, b.x + 2, b.y + 2);
  }
  const links = network.body.edges;
  for (const e of linkOrder) {
    const drawn = links[e.id];
    if (!shownEdges.has(e.id) || !drawn || !drawn.edgeType || !e.label) continue;
    const mid = drawn.edgeType.getPoint(0.5), p = network.canvasToDOM(mid);
    const w = textWidth(ctx, LINK_FONT, e.label) + 4;
    const b = {x: p.x - w / 2, y: p.y - 7, w: w, h: 14, text: e.label};
    if (b.x > W || b.x + b.w < 0 || b.y > H || b.y + b.h < 0 || !free(b)) continue;
    take(b);
    ctx.font = LINK_FONT; ctx.lineWidth = 3; ctx.strokeStyle = "#ffffff"; ctx.fillStyle = "#444";
    ctx.strokeText(e.label, b.x + 2, b.y + 1); ctx.fillText(e.label, b.x + 2, b.y + 1);
  }
  ctx.restore();
  labelBoxes = placed;
}
network.on("afterDrawing", placeLabels);
// nodes shown later (mentions, more neighbours) get places: the browser's physics runs
// again in a small view; a big one came with a place for every node
function reveal() {
  applyFilters();
  if (!DATA.placed) {
    network.setOptions({physics: {enabled: true}});
    network.stabilize(300);
    network.once("stabilized", () => { network.setOptions({physics: false}); });
  }
  network.fit({animation: false});
}
$("lone").addEventListener("change", reveal);
window.mekgLabelBoxes = () => labelBoxes.map(b => ({x: b.x, y: b.y, w: b.w, h: b.h, text: b.text}));

function stabilised() {
  network.setOptions({physics: false});
  network.fit({animation: false});
  if (DATA.focus) network.selectNodes([DATA.focus]);
  // ready once the fitted view is on the canvas: the browser draws it at its next frame
  network.once("afterDrawing", () => {
    mekg.stabilised = true; mekg.stabilisedMs = performance.now();
    markReady();
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
  markReady();
}

// tooltips are made when the pointer rests on a node or link, not for all of them up front
const tip = $("tip");
function showTip(content, pointer) {
  tip.replaceChildren(content);
  tip.hidden = false;
  const box = $("stage").getBoundingClientRect();
  tip.style.left = Math.max(0, Math.min(pointer.x + 14, box.width - tip.offsetWidth - 4)) + "px";
  tip.style.top = Math.max(0, Math.min(pointer.y + 14, box.height - tip.offsetHeight - 4)) + "px";
}
network.on("hoverNode", p => showTip(nodeCard(byId.get(p.node)), p.pointer.DOM));
network.on("hoverEdge", p => showTip(edgeCard(edges.get(p.edge)), p.pointer.DOM));
for (const event of ["blurNode", "blurEdge", "dragStart", "zoom"])
  network.on(event, () => { tip.hidden = true; });

network.on("click", params => {
  const box = $("details");
  box.replaceChildren();
  tip.hidden = true;
  const n = params.nodes[0], e = params.edges[0];
  const content = n !== undefined ? nodeCard(byId.get(n))
    : e !== undefined ? edgeCard(edges.get(e)) : null;
  box.hidden = !content;
  if (!content) return;
  const close = el("button", "×", "close"); close.setAttribute("aria-label", "close");
  close.addEventListener("click", () => { box.hidden = true; });
  box.appendChild(close); box.appendChild(content);
  if (n !== undefined && moreOf.has(n) && !expanded.has(n)) {
    const more = el("button", "show " + moreOf.get(n) + " more neighbours", "more");
    more.addEventListener("click", () => { expanded.add(n); reveal(); });
    box.appendChild(more);
  }
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
