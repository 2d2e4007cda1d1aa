"""The company dossier: one printable page of everything the graph knows about a company.

Its markets as a timeline of entries and exits, its sales channels and retailers, its
product launches, its people and what they said: each line with the sentence it comes
from and a link to the article. The page is plain HTML written here with every value
escaped; its only script marks the page as drawn.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from graph.errors import MekgError
from graph.views import MARK_READY, STATUS_COLOURS, find_node, inline_page

if TYPE_CHECKING:
    import networkx as nx

ORGANISATIONS = ("Company", "Retailer", "Carrier", "Media", "Organization")


@dataclass(frozen=True)
class Line:
    """One fact of the dossier: what it says, its date, the sentence and the article."""

    what: str
    date: str
    status: str | None
    evidence: str
    title: str
    url: str
    published: str


def _line(what: str, d: dict[str, object]) -> Line:
    def text(key: str) -> str:
        return str(d.get(key) or "")

    return Line(
        what=what,
        date=text("date"),
        status=d.get("status") or None,  # type: ignore[arg-type]
        evidence=text("evidence"),
        title=text("article_title"),
        url=text("article_url"),
        published=text("article_published"),
    )


def _when(line: Line) -> str:
    return line.date or line.published


def _chronological(lines: list[Line]) -> list[Line]:
    """The lines in date order, undated ones last, each fact once (an article may state
    it twice)."""
    return sorted(set(lines), key=_order)


def _order(line: Line) -> tuple[bool, str, str, str, str, str, str]:
    # every field: lines alike in date, fact and article come from a set, in the order of
    # its hashes, which changes from process to process
    return (
        not _when(line),
        _when(line),
        line.what,
        line.title,
        line.evidence,
        line.url,
        line.status or "",
    )


def render_dossier(g: nx.MultiDiGraph, path: Path, company: str) -> Path:
    """Write the dossier of ``company`` (named as ``--focus`` names an entity) to ``path``."""
    node = find_node(g, company)
    kind = g.nodes[node].get("type")
    if kind not in ORGANISATIONS:
        raise MekgError(
            f"{g.nodes[node].get('label') or company!r} is a {kind}, not a company — "
            "name a company, retailer or other organisation"
        )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dossier_html(g, node), encoding="utf-8")
    return path


def dossier_html(g: nx.MultiDiGraph, node: str) -> str:
    """The whole dossier page of the organisation ``node``."""

    def name(n: str) -> str:
        return str(g.nodes[n].get("label") or n)

    markets: dict[str, list[Line]] = defaultdict(list)
    channels: list[Line] = []
    launches: list[Line] = []
    people: dict[str, list[Line]] = defaultdict(list)
    for _, target, d in g.out_edges(node, data=True):
        relation = d.get("relation")
        if relation == "market_entry":
            markets[name(target)].append(_line(str(d.get("label") or "enters"), d))
        elif relation == "sales_channel":
            how = f" ({d['channel']})" if d.get("channel") else ""
            market = f" in {d['market']}" if d.get("market") else ""
            channels.append(_line(f"sells via {name(target)}{how}{market}", d))
        elif relation == "product_launch":
            launches.append(_line(f"launches {name(target)}", d))
    for person, _, d in g.in_edges(node, data=True):
        if d.get("relation") == "position":
            people[person].append(_line(f"{d.get('role') or 'position'} at {name(node)}", d))
    for person in people:
        for _, target, d in g.out_edges(person, data=True):
            if d.get("relation") == "statement":
                said = f"“{d['quote']}”" if d.get("quote") else "statement"
                people[person].append(_line(f"{said} — about {name(target)}", d))

    info = g.nodes[node]
    qid = str(info.get("qid") or "")
    facts = sum(map(len, markets.values())) + len(channels) + len(launches)
    head = [
        f"<h1>{escape(name(node))}</h1>",
        '<p class="meta">',
        escape(f"{info.get('type')} · named in {info.get('mentions') or 0} article(s) · "),
        escape(f"{facts} fact(s) about its markets, channels and products"),
    ]
    if qid.startswith("Q") and qid[1:].isdigit():
        head.append(f' · <a href="https://www.wikidata.org/wiki/{qid}">Wikidata {qid}</a>')
    head.append("</p>")
    body = head + [
        _section("Markets: entries and exits", _timeline(markets), "no market entries"),
        _section("Sales channels and retailers", _lines(channels), "no sales channels"),
        _section("Product launches", _lines(launches), "no product launches"),
        _section("People and their statements", _people(people, name), "no people"),
        '<p class="foot">Made by mekg from the articles in its store; every line quotes the '
        "sentence it was read from.</p>",
    ]
    return inline_page(
        title=f"{name(node)} — mekg dossier",
        style=_STYLE,
        body="\n".join(body),
        scripts=[f'"use strict";\n{MARK_READY}markReady();'],
    )


def _section(title: str, content: str, nothing: str) -> str:
    return f"<section><h2>{escape(title)}</h2>{content or f'<p class=none>{nothing}</p>'}</section>"


def _timeline(markets: dict[str, list[Line]]) -> str:
    """Per market, its entries in date order as coloured steps, then each with its sentence."""
    rows = []
    for market, lines in sorted(markets.items(), key=lambda m: (min(map(_order, m[1])), m[0])):
        lines = _chronological(lines)
        # the timeline: each date and status once, with how many facts say it
        steps = Counter((_when(x) or "undated", x.status or "") for x in lines)
        chips = "".join(
            f'<span class="step" style="border-color:{STATUS_COLOURS.get(status, "#888")}">'
            f"{escape(when)} {escape(status)}{f' ×{n}' if n > 1 else ''}</span>"
            for (when, status), n in steps.items()
        )
        rows.append(
            f'<div class="market"><h3>{escape(market)}</h3><div class="steps">{chips}</div>'
            f"{_lines(lines)}</div>"
        )
    return "".join(rows)


def _lines(lines: list[Line]) -> str:
    if not lines:
        return ""
    items = []
    for x in _chronological(lines):
        source = escape(x.title or x.url or "article")
        if x.url.startswith(("http://", "https://", "file:")):
            source = f'<a href="{escape(x.url)}">{source}</a>'
        published = f" · {escape(x.published)}" if x.published else ""
        items.append(
            f'<li><span class="date">{escape(_when(x) or "undated")}</span> '
            f'<span class="what">{escape(x.what)}</span>'
            f"<blockquote>{escape(x.evidence) or '(no sentence recorded)'}</blockquote>"
            f'<div class="source">{source}{published}</div></li>'
        )
    return f"<ul>{''.join(items)}</ul>"


def _people(people: dict[str, list[Line]], name: Callable[[str], str]) -> str:
    return "".join(
        f"<h3>{escape(name(person))}</h3>{_lines(lines)}"
        for person, lines in sorted(people.items(), key=lambda p: name(p[0]))
    )


_STYLE = """
body{font:15px/1.45 Georgia,serif;color:#222;max-width:820px;margin:24px auto;padding:0 20px}
h1{font:600 28px system-ui,sans-serif;margin:0 0 4px}
h2{font:600 19px system-ui,sans-serif;border-bottom:2px solid #333;margin:28px 0 8px}
h3{font:600 16px system-ui,sans-serif;margin:14px 0 4px}
.meta,.foot,.none{color:#555;font:13px system-ui,sans-serif}
ul{list-style:none;padding:0;margin:0}
li{margin:8px 0 12px;break-inside:avoid}
.date{font:600 13px system-ui,sans-serif;color:#555;margin-right:6px}
.what{font-weight:600}
blockquote{margin:3px 0 2px 14px;font-style:italic;overflow-wrap:anywhere}
.source{margin-left:14px;font:12px system-ui,sans-serif;color:#444;overflow-wrap:anywhere}
.steps{display:flex;flex-wrap:wrap;gap:6px;margin:2px 0 4px}
.step{border-left:6px solid;padding:1px 6px;background:#f3f3f3;font:12px system-ui,sans-serif}
.market{break-inside:auto}
a{color:#1a5fb4}
@page{margin:16mm 14mm}
@media print{body{margin:0;max-width:none}a{color:#222}
  .source a::after{content:" <" attr(href) ">";font-size:10px;color:#555}}
"""
