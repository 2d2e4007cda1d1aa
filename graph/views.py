"""Interactive HTML views of the graph: one self-contained file, offline and safe.

pyvis builds the node and edge lists and ships vis-network; the page template is
our own, because pyvis's links Bootstrap from a CDN and places node titles into
the page as raw HTML. Here all data travels as JSON and every tooltip is built
with ``textContent``: markup from articles is shown, never run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from graph.errors import MekgError

if TYPE_CHECKING:
    import networkx as nx

STYLE = {  # type: (colour, shape)
    "Company": ("#1f77b4", "dot"), "Retailer": ("#2ca02c", "square"), "Carrier": ("#17becf", "triangle"),
    "Media": ("#7f7f7f", "diamond"), "Organization": ("#bcbd22", "dot"), "Person": ("#ff7f0e", "star"),
    "Product": ("#9467bd", "box"), "Market": ("#d62728", "ellipse"), "Article": ("#8c564b", "text"),
}
STATUS_COLOURS = {"launched": "#2ca02c", "planned": "#1f77b4", "rumored": "#ff7f0e", "withdrawn": "#d62728"}


def ego_subgraph(g: nx.MultiDiGraph, focus: str, depth: int) -> nx.MultiDiGraph:
    """The nodes within ``depth`` steps of the node labelled (or identified by) ``focus``."""
    import difflib  # noqa: PLC0415

    import networkx as nx  # noqa: PLC0415

    wanted = focus.casefold()
    centre = next((n for n, d in g.nodes(data=True) if n == focus or str(d.get("label", "")).casefold() == wanted), None)
    if centre is None:
        labels = sorted({str(d.get("label", "")) for _, d in g.nodes(data=True)})
        close = difflib.get_close_matches(focus, labels, n=5, cutoff=0.5)
        hint = f" — did you mean: {', '.join(close)}?" if close else " — see `mekg query --cq organizations`"
        raise MekgError(f"no node labelled {focus!r}{hint}")
    nodes = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), centre, cutoff=depth)
    return g.subgraph(nodes).copy()


def markets_view(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Companies and the markets they enter, plan, are rumoured to enter or left."""
    h = g.__class__()
    for u, v, d in g.edges(data=True):
        if d.get("relation") == "market_entry":
            h.add_node(u, **g.nodes[u])
            h.add_node(v, **g.nodes[v])
            h.add_edge(u, v, **d)
    return h


def render_html(g: nx.MultiDiGraph, path: Path, *, title: str = "Market-expansion graph",
                focus: str | None = None, depth: int = 2,
                view: Literal["all", "markets"] = "all") -> Path:
    """Write one self-contained HTML file (no network requests) and return its path."""
    from pyvis.network import Network  # noqa: PLC0415

    if view == "markets":
        g = markets_view(g)
    if focus:
        g = ego_subgraph(g, focus, depth)
    net = Network(directed=True)
    for node, d in g.nodes(data=True):
        kind = d.get("type", "Organization")
        colour, shape = STYLE.get(kind, STYLE["Organization"])
        net.add_node(str(node), label=str(d.get("label", node)), color=colour, shape=shape,
                     size=10 + 4 * min(int(d.get("mentions") or 1), 10),
                     info={"label": d.get("label"), "type": kind, "qid": d.get("qid")})
    for u, v, d in g.edges(data=True):
        net.add_edge(str(u), str(v), label=str(d.get("label", "")),
                     color=STATUS_COLOURS.get(d.get("status") or "", "#999999"), arrows="to",
                     info={k: d.get(k) for k in ("label", "status", "date", "channel", "role", "evidence",
                                                 "article_title", "article_published", "article_url", "language")})
    data = {"nodes": net.nodes, "edges": net.edges, "title": title,
            "legend": {k: v[0] for k, v in STYLE.items()}, "status": STATUS_COLOURS}
    lib = Path(__import__("pyvis").__file__).parent / "templates" / "lib" / "vis-9.1.2"
    page = _TEMPLATE.replace("/*VIS_CSS*/", (lib / "vis-network.css").read_text(encoding="utf-8"))
    page = page.replace("/*VIS_JS*/", (lib / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script"))
    page = page.replace("/*DATA*/null", _safe_json(data))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


def _safe_json(value: object) -> str:
    """JSON that cannot close the script element or break the line."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>mekg view</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<style>/*VIS_CSS*/
body{margin:0;font:14px system-ui,sans-serif}#bar{padding:6px;background:#f4f4f4;display:flex;gap:12px;flex-wrap:wrap;align-items:center}
#net{position:absolute;top:80px;bottom:0;left:0;right:0}#legend span{margin-right:10px}.sw{display:inline-block;width:10px;height:10px;margin-right:3px}
.tip{max-width:420px;white-space:normal}</style></head><body>
<div id="bar"><strong id="title"></strong><input id="search" placeholder="search…">
<span id="types"></span><span id="statuses"></span>
<label>from <input id="from" size="7" placeholder="2017"></label><label>to <input id="to" size="7" placeholder="2025"></label>
<span id="legend"></span></div><div id="net"></div>
<script>/*VIS_JS*/</script>
<script>
"use strict";
const DATA = /*DATA*/null;
document.getElementById("title").textContent = DATA.title;
function tip(lines){const d=document.createElement("div");d.className="tip";
  for(const [k,v] of lines){if(v===null||v===undefined||v==="")continue;const p=document.createElement("div");
    const b=document.createElement("b");b.textContent=k+": ";p.appendChild(b);p.appendChild(document.createTextNode(String(v)));d.appendChild(p);}
  return d;}
const nodes=new vis.DataSet(DATA.nodes.map(n=>Object.assign({},n,{title:tip([["label",n.info.label],["type",n.info.type],["Wikidata",n.info.qid?"https://www.wikidata.org/wiki/"+n.info.qid:null]])})));
const edges=new vis.DataSet(DATA.edges.map((e,i)=>Object.assign({},e,{id:i,title:tip([["fact",e.info.label],["status",e.info.status],["date",e.info.date],["channel",e.info.channel],["role",e.info.role],["evidence",e.info.evidence],["article",e.info.article_title],["published",e.info.article_published],["source",e.info.article_url]])})));
const hiddenTypes=new Set(), hiddenStatus=new Set();
function visibleNode(n){return !hiddenTypes.has(n.info.type);}
function visibleEdge(e){const f=document.getElementById("from").value,t=document.getElementById("to").value,d=e.info.date||"";
  if(e.info.status&&hiddenStatus.has(e.info.status))return false;if(f&&d&&d<f)return false;if(t&&d&&d.slice(0,t.length)>t)return false;return true;}
const view={nodes:new vis.DataView(nodes,{filter:visibleNode}),edges:new vis.DataView(edges,{filter:visibleEdge})};
const network=new vis.Network(document.getElementById("net"),view,{physics:{stabilization:{iterations:200}},
  layout:{improvedLayout:DATA.nodes.length<300},edges:{font:{size:9},smooth:false},interaction:{hover:true,tooltipDelay:100}});
network.once("stabilizationIterationsDone",()=>network.setOptions({physics:false}));
window.mekg={network,nodes,edges,view};
function toggles(id,values,set,colours){const box=document.getElementById(id);
  for(const v of values){const l=document.createElement("label");const c=document.createElement("input");c.type="checkbox";c.checked=true;
    c.onchange=()=>{c.checked?set.delete(v):set.add(v);view.nodes.refresh();view.edges.refresh();};
    const s=document.createElement("span");s.className="sw";s.style.background=colours[v];l.appendChild(c);l.appendChild(s);l.appendChild(document.createTextNode(v));box.appendChild(l);}}
toggles("types",Object.keys(DATA.legend),hiddenTypes,DATA.legend);
toggles("statuses",Object.keys(DATA.status),hiddenStatus,DATA.status);
for(const id of ["from","to"])document.getElementById(id).oninput=()=>view.edges.refresh();
document.getElementById("search").oninput=e=>{const q=e.target.value.toLowerCase();if(!q)return;
  const hit=DATA.nodes.find(n=>String(n.label).toLowerCase().includes(q));if(hit){network.selectNodes([hit.id]);network.focus(hit.id,{scale:1.2});}};
</script></body></html>
"""
