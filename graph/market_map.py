"""The market map: a world map of market entries, one self-contained offline page.

Countries take the colour of the status most companies have there (each company's
latest entry in the chosen years); an entry into a region (Europe, the EU, Latin
America) shows through its countries, hatched. The outlines are Natural Earth's
1:110m countries (``data/geo/world-110m.tsv``, built by ``data/geo/build_world.py``),
drawn as inline SVG: nothing is fetched, and article text reaches the page only as
JSON that the script puts into the DOM with ``textContent``.
"""

from __future__ import annotations

from functools import cache
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph import geo
from graph.facttypes import BY_NAME
from graph.network import fact_attributes
from graph.rdf import PREFIXES
from graph.views import STATUS_COLOURS, data_script, find_node, inline_page

if TYPE_CHECKING:
    import networkx as nx

    from graph.store import Store

WORLD = geo.DATA / "world-110m.tsv"
WIDTH, HEIGHT = 2000, 1040  # the box build_world.py projects into


@cache
def country_shapes() -> dict[str, tuple[str, str]]:
    """Each country's CLDR code → (name, SVG path) of its 1:110m outline."""
    rows = [
        line.split("\t")
        for line in WORLD.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return {code: (name, path) for code, name, path in rows}


def _countries_of(code: str) -> list[str]:
    """The countries a market stands for: itself, or a region's countries (M49, EU)."""
    if not geo.is_region(code):
        return [code]
    out: set[str] = set()
    todo = [code]
    while todo:  # containment is a tree of at most four levels
        for child in geo.children(todo.pop()):
            if geo.is_region(child):
                todo.append(child)
            else:
                out.add(child)
    return sorted(out)


# The map needs the market entries only: reading just those from the store takes a
# tenth of the time of the whole graph (graph.network.to_networkx) on a corpus store
_ENTRIES = (
    "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    + """
SELECT ?company ?label ?pref ?qid ?type ?m ?market ?status ?date ?evidence
       ?title ?published ?url ?language WHERE { GRAPH ?g {
  ?f a mekg:MarketEntry ; mekg:company ?company ; mekg:market ?m ; mekg:article ?a .
  ?m mekg:territoryCode ?market .
  OPTIONAL { ?company a ?class . VALUES (?class ?type) { (mekg:Company "Company")
    (mekg:Retailer "Retailer") (mekg:Carrier "Carrier") (mekg:MediaOrganization "Media")
    (mekg:OtherOrganization "Organization") } }
  OPTIONAL { ?company rdfs:label ?label } OPTIONAL { ?company skos:prefLabel ?pref }
  OPTIONAL { ?company schema:sameAs ?qid }
  OPTIONAL { ?f mekg:status ?status } OPTIONAL { ?f mekg:date ?date }
  OPTIONAL { ?f prov:wasDerivedFrom/nif:anchorOf ?evidence }
  OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:datePublished ?published }
  OPTIONAL { ?a mekg:locator ?url } OPTIONAL { ?a schema:inLanguage ?language } } }"""
)


def entries_graph(store: Store) -> nx.MultiDiGraph:
    """The market entries of the store as the graph :func:`map_data` reads: companies and
    markets with the node attributes of :func:`graph.network.to_networkx`, entry edges."""
    import networkx as nx  # noqa: PLC0415

    g = nx.MultiDiGraph()
    # a server answers in an order of its own: the rows in one order, so the company's
    # label and the page are the same from every store
    rows = sorted(
        store.query(_ENTRIES).rows, key=lambda r: sorted((k, v or "") for k, v in r.items())
    )
    for r in rows:
        company, market, code = r["company"] or "", r["m"] or "", r["market"] or ""
        if company not in g or r.get("pref"):
            g.add_node(
                company,
                label=r.get("pref") or r.get("label") or company,
                type=r.get("type") or "Organization",
                qid=(r.get("qid") or "").rsplit("/", 1)[-1] or None,
            )
        g.add_node(market, label=geo.label(code), type="Market", code=code)
        g.add_edge(company, market, **fact_attributes(BY_NAME["market_entry"], r))
    return g


def map_data(g: nx.MultiDiGraph, *, title: str, focus: str | None = None) -> dict[str, Any]:
    """The entries the map shows, the regions they name, and the companies, as JSON-ready data.

    ``focus`` keeps the entries of that entity (found as ``--focus`` finds it).
    """
    centre = find_node(g, focus) if focus else None
    entries: list[dict[str, Any]] = []
    regions: dict[str, list[str]] = {}
    for u, v, d in g.edges(data=True):
        if d.get("relation") != "market_entry" or (centre and centre not in (u, v)):
            continue
        code = d.get("market") or g.nodes[v].get("code")
        if not code:
            continue
        if geo.is_region(code):
            regions.setdefault(code, _countries_of(code))
        date = d.get("date") or d.get("article_published") or ""
        entries.append(
            {
                "company": str(u),
                "market": code,
                "status": d.get("status") or "launched",
                "date": d.get("date"),
                "year": int(date[:4]) if date[:4].isdigit() else None,
                "evidence": d.get("evidence"),
                "article_title": d.get("article_title"),
                "article_url": d.get("article_url"),
                "article_published": d.get("article_published"),
            }
        )
    entries.sort(key=lambda e: (e["year"] or 0, e["date"] or "", e["company"], e["market"]))
    companies = {
        e["company"]: str(g.nodes[e["company"]].get("label") or e["company"]) for e in entries
    }
    markets = {e["market"] for e in entries} | {c for cs in regions.values() for c in cs}
    return {
        "title": title,
        "focus": centre,
        "entries": entries,
        "companies": companies,
        "regions": regions,
        "names": {code: geo.label(code) for code in sorted(markets)},
        "statuses": STATUS_COLOURS,
        "drawn": sorted(c for c in markets if c in country_shapes()),
    }


def render_map(
    g: nx.MultiDiGraph, path: Path, *, focus: str | None = None, title: str | None = None
) -> Path:
    """Write the market map of ``g`` (of one company's entries with ``focus``) to ``path``."""
    data = map_data(g, title=title or "Market map: who enters where, and when", focus=focus)
    if data["focus"]:
        data["title"] += f" — {g.nodes[data['focus']].get('label') or focus}"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(map_html(data), encoding="utf-8")
    return path


def map_html(data: dict[str, Any]) -> str:
    """The page for ``map_data`` output: the outlines as SVG, the data and script inlined."""
    shapes = "".join(
        f'<path data-code="{code}" d="{outline}"><title>{escape(name)}</title></path>'
        for code, (name, outline) in country_shapes().items()
    )
    hatches = "".join(
        f'<pattern id="via-{status}" width="8" height="8" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="8" height="8" fill="#eeeeee"/>'
        f'<rect width="4" height="8" fill="{colour}"/></pattern>'
        for status, colour in STATUS_COLOURS.items()
    )
    svg = (
        f'<svg id="map" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="world map">'
        f'<defs>{hatches}</defs><rect id="sea" width="{WIDTH}" height="{HEIGHT}"/>'
        f'<g id="countries">{shapes}</g></svg>'
    )
    return inline_page(
        title="mekg market map",
        style=_STYLE,
        body=_BODY.replace("{svg}", svg),
        scripts=[data_script(data, _SCRIPT)],
    )


_STYLE = """
html,body{margin:0;height:100%;font:14px system-ui,sans-serif;color:#222}
body{display:flex;flex-direction:column}
#bar{padding:6px 10px;background:#f4f4f4;border-bottom:1px solid #ddd;display:flex;
  gap:16px;flex-wrap:wrap;align-items:center}
#bar .name{color:#666;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
#bar label{display:inline-flex;align-items:center;gap:4px;white-space:nowrap}
#title{font-weight:600}
.swatch{display:inline-block;width:14px;height:14px;border-radius:2px}
#stage{flex:1;position:relative;min-height:300px;overflow:hidden;background:#dbe9f4}
#map{position:absolute;inset:0;width:100%;height:100%;cursor:grab}
#sea{fill:#dbe9f4}
#countries path{fill:#e6e6e6;stroke:#fff;stroke-width:.8;vector-effect:non-scaling-stroke}
#countries path.hit{cursor:pointer}
#countries path.hover{stroke:#222;stroke-width:1.5}
#tip{position:absolute;pointer-events:none;background:#fff;border:1px solid #bbb;
  border-radius:4px;padding:6px 8px;max-width:360px;box-shadow:0 2px 8px #0002;font-size:13px}
#tip[hidden],#details[hidden]{display:none}
#details{position:absolute;top:10px;right:10px;width:420px;max-height:85%;overflow:auto;
  background:#fff;border:1px solid #ccc;border-radius:4px;padding:8px 12px;
  box-shadow:0 2px 8px #0002}
#details button{float:right}
#details h3{margin:4px 0 8px}
.entry{margin:8px 0;padding-top:6px;border-top:1px solid #eee}
.entry .head{font-weight:600}
.entry .evidence{font-style:italic;margin:3px 0}
#legend{position:absolute;left:10px;bottom:10px;background:#fffd;border:1px solid #ccc;
  border-radius:4px;padding:6px 8px;font-size:12px}
#offmap{position:absolute;left:10px;top:10px;background:#fffd;border-radius:4px;padding:4px 8px;
  font-size:12px;max-width:50%}
#offmap[hidden]{display:none}
#offmap a{cursor:pointer;color:#1a5fb4;text-decoration:underline}
#empty{position:absolute;top:40%;width:100%;text-align:center;color:#444;font-size:16px}
"""

_BODY = """<div id="bar"><span id="title"></span>
<label><span class="name">company</span> <select id="company" aria-label="company"></select></label>
<span id="statuses"><span class="name">status</span></span>
<label><span class="name">years</span>
<input id="from" type="range" aria-label="from year"><span id="years"></span>
<input id="to" type="range" aria-label="to year"></label>
<span id="shown"></span></div>
<div id="stage">{svg}<div id="offmap" hidden></div><div id="legend"></div>
<div id="tip" hidden></div><div id="details" hidden></div></div>
"""

# Every value from the data reaches the DOM through textContent or attribute setters
# that cannot run code; links only for http(s) and file URLs.
_SCRIPT = r"""
const $ = id => document.getElementById(id);
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function link(url, text) {
  if (!/^(https?|file):/i.test(String(url || ""))) return el("span", text || url || "");
  const a = el("a", text || url);
  a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
  return a;
}
const STATUSES = Object.keys(DATA.statuses);
const shapes = new Map([...document.querySelectorAll("#countries path")]
  .map(p => [p.dataset.code, p]));
$("title").textContent = DATA.title;

// controls: company (unless the map is about one), statuses, a range of years
const company = $("company"), hiddenStatus = new Set();
const perCompany = new Map();
for (const e of DATA.entries) perCompany.set(e.company, (perCompany.get(e.company) || 0) + 1);
company.appendChild(el("option", "all companies (" + perCompany.size + ")")).value = "";
for (const [id, n] of [...perCompany].sort((a, b) => b[1] - a[1] || (DATA.companies[a[0]]
     .localeCompare(DATA.companies[b[0]])))) {
  company.appendChild(el("option", DATA.companies[id] + " (" + n + ")")).value = id;
}
if (DATA.focus && perCompany.has(DATA.focus)) company.value = DATA.focus;
for (const status of STATUSES) {
  const label = el("label"), box = el("input"), swatch = el("span", "", "swatch");
  box.type = "checkbox"; box.checked = true; box.value = status;
  box.addEventListener("change", () => {
    if (box.checked) hiddenStatus.delete(status); else hiddenStatus.add(status);
    draw();
  });
  swatch.style.background = DATA.statuses[status];
  label.append(box, swatch, document.createTextNode(status));
  $("statuses").appendChild(label);
}
const years = DATA.entries.map(e => e.year).filter(y => y);
// without dates there is nothing to choose: the range stays whole
if (!years.length) for (const id of ["from", "to"]) $(id).hidden = true;
const first = years.length ? Math.min(...years) : 2000;
const last = years.length ? Math.max(...years) : 2000;
for (const [id, value] of [["from", first], ["to", last]]) {
  Object.assign($(id), {min: first, max: last, step: 1, value: value});
  $(id).addEventListener("input", () => {
    if (+$("from").value > +$("to").value) $(id === "from" ? "to" : "from").value = $(id).value;
    draw();
  });
}
company.addEventListener("change", draw);

// what each country shows: entries into it or into a region that holds it
function shown(e) {
  const from = +$("from").value, to = +$("to").value, whole = from === first && to === last;
  return (!company.value || e.company === company.value) && !hiddenStatus.has(e.status)
    && (e.year ? e.year >= from && e.year <= to : whole);
}
function countriesOf(market) { return DATA.regions[market] || [market]; }
let byCountry = new Map();
function draw() {
  byCountry = new Map();
  let count = 0;
  for (const e of DATA.entries) {
    if (!shown(e)) continue;
    count++;
    for (const c of countriesOf(e.market)) {
      if (!byCountry.has(c)) byCountry.set(c, []);
      byCountry.get(c).push(e);
    }
  }
  most = Math.max(1, ...[...byCountry.values()].map(list => standing(list).companies));
  for (const [code, path] of shapes) {
    const list = byCountry.get(code);
    path.classList.toggle("hit", !!list);
    path.style.fill = list ? fill(code, list) : "";
    path.style.fillOpacity = list ? opacity(list) : "";
  }
  // markets named outright that have no outline at this scale (Singapore, Malta, …)
  const off = [...byCountry.keys()].filter(c => !shapes.has(c)
    && byCountry.get(c).some(e => e.market === c)).sort();
  const box = $("offmap");
  box.replaceChildren();
  box.hidden = !off.length;
  if (off.length) {
    box.appendChild(el("span", "too small for this map: "));
    off.forEach((c, i) => {
      const a = el("a", (DATA.names[c] || c) + " (" + byCountry.get(c).length + ")");
      a.addEventListener("click", () => details(c));
      box.append(...(i ? [document.createTextNode(", "), a] : [a]));
    });
  }
  $("years").textContent = years.length ? $("from").value + "–" + $("to").value : "none dated";
  $("shown").textContent = count + " of " + DATA.entries.length + " entries, "
    + byCountry.size + " countries";
  $("details").hidden = true;
}
// each company's latest entry in a country is where it stands there; the country takes the
// colour of the status most companies stand at (ties: the order of the legend)
function standing(list) {
  const latest = new Map();
  for (const e of list) latest.set(e.company, e);  // entries come sorted by date
  const votes = new Map(STATUSES.map(s => [s, 0]));
  for (const e of latest.values()) votes.set(e.status, votes.get(e.status) + 1);
  return {status: STATUSES.reduce((a, b) => votes.get(b) > votes.get(a) ? b : a),
          companies: latest.size, direct: list.some(e => !DATA.regions[e.market])};
}
function fill(code, list) {
  const s = standing(list);
  return s.direct ? DATA.statuses[s.status] : "url(#via-" + s.status + ")";
}
// paler where fewer companies are: a share of the most companies any country has
let most = 1;
function opacity(list) {
  return String(0.35 + 0.65 * Math.log1p(standing(list).companies) / Math.log1p(most));
}

function entryLine(e) {
  const box = el("div", undefined, "entry");
  const region = DATA.regions[e.market] ? DATA.names[e.market] || e.market : null;
  const via = region ? " (as part of " + region + ")" : "";
  box.appendChild(el("div", [DATA.companies[e.company], e.status, e.date || e.year || "undated"]
    .join(" · ") + via, "head"));
  if (e.evidence) box.appendChild(el("div", "“" + e.evidence + "”", "evidence"));
  const source = el("div");
  source.appendChild(link(e.article_url, e.article_title || e.article_url || "article"));
  if (e.article_published) source.appendChild(document.createTextNode(" · " + e.article_published));
  box.appendChild(source);
  return box;
}
function summary(code) {
  const list = byCountry.get(code) || [], counts = new Map();
  for (const e of list) counts.set(e.status, (counts.get(e.status) || 0) + 1);
  return [...counts].map(([s, n]) => n + " " + s).join(", ");
}
function details(code) {
  const box = $("details"), list = byCountry.get(code) || [];
  box.replaceChildren();
  const close = el("button", "×");
  close.setAttribute("aria-label", "close");
  close.addEventListener("click", () => { box.hidden = true; });
  box.append(close, el("h3", DATA.names[code] || code), el("div", summary(code)));
  for (const e of [...list].reverse()) box.appendChild(entryLine(e));
  box.hidden = false;
}

// hover: the country, its entries by status and the latest ones; click: every entry
const tip = $("tip"), stage = $("stage");
let hovered = null;
stage.addEventListener("mousemove", event => {
  const path = event.target.closest ? event.target.closest("#countries path") : null;
  if (hovered && hovered !== path) hovered.classList.remove("hover");
  hovered = path;
  if (!path) { tip.hidden = true; return; }
  path.classList.add("hover");
  const code = path.dataset.code, list = byCountry.get(code) || [];
  tip.replaceChildren(el("b", DATA.names[code] || path.textContent));
  tip.appendChild(el("div", list.length ? summary(code) : "no entries shown"));
  for (const e of list.slice(-3).reverse()) tip.appendChild(entryLine(e));
  if (list.length > 3) tip.appendChild(el("div", "click for all " + list.length));
  const box = stage.getBoundingClientRect();
  const x = event.clientX - box.left, y = event.clientY - box.top;
  tip.hidden = false;
  tip.style.left = Math.min(x + 14, box.width - tip.offsetWidth - 4) + "px";
  tip.style.top = Math.min(y + 14, box.height - tip.offsetHeight - 4) + "px";
});
stage.addEventListener("mouseleave", () => { tip.hidden = true; });

// zoom with the wheel, pan by dragging; a click without a drag opens a country
const svg = $("map"), view = {x: 0, y: 0, w: 2000, h: 1040};
function setView() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }
svg.addEventListener("wheel", event => {
  event.preventDefault();
  const box = svg.getBoundingClientRect(), k = event.deltaY < 0 ? 0.8 : 1.25;
  const w = Math.min(2000, Math.max(120, view.w * k)), h = w * 1040 / 2000;
  const fx = (event.clientX - box.left) / box.width, fy = (event.clientY - box.top) / box.height;
  view.x += (view.w - w) * fx; view.y += (view.h - h) * fy; view.w = w; view.h = h;
  setView();
}, {passive: false});
let drag = null;
svg.addEventListener("mousedown", event => {
  drag = {x: event.clientX, y: event.clientY, moved: 0};
});
window.addEventListener("mousemove", event => {
  if (!drag) return;
  const box = svg.getBoundingClientRect(), scale = view.w / box.width;
  view.x -= (event.clientX - drag.x) * scale; view.y -= (event.clientY - drag.y) * scale;
  drag.moved += Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y);
  drag.x = event.clientX; drag.y = event.clientY;
  setView();
});
window.addEventListener("mouseup", event => {
  const path = event.target.closest ? event.target.closest("#countries path") : null;
  const code = path && path.dataset.code;
  if (drag && drag.moved < 4 && byCountry.has(code)) details(code);
  drag = null;
});

const legend = $("legend");
legend.appendChild(el("div", "colour: the status most companies have there (their latest entry)"));
legend.appendChild(el("div", "hatched: only through a region (Europe, EU, …); "
  + "paler: fewer companies"));
if (!DATA.entries.length) stage.appendChild(el("div", "No market entries in the graph: "
  + "ingest articles first.")).id = "empty";
draw();
// for tests: how many entries each country shows, and its details
window.mekgMap = {
  byCountry: () => Object.fromEntries([...byCountry].map(([c, list]) => [c, list.length])),
  details};
// drawn at the second frame from now: the first lays out the colours, the second paints them
requestAnimationFrame(() => requestAnimationFrame(markReady));
"""
