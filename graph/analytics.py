"""Graph analytics over the networkx projection: who is central, who belongs
together, how two entities connect, and which markets each company entered when.

Everything works on the *fact graph*: entities joined by the facts read from the
articles (market entries, sales channels, product launches, positions,
statements, gateways). Article nodes and their mention edges are left out, or
every entity of a busy article would look central.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

import networkx as nx

from graph.errors import MekgError
from graph.facttypes import FACT_TYPES
from graph.names import did_you_mean, folded

if TYPE_CHECKING:
    from rich.console import Console

FACT_RELATIONS = frozenset({fact_type.name for fact_type in FACT_TYPES} | {"gateway"})
# Paths may also climb the geography: Mexico is part of Latin America.
PATH_RELATIONS = FACT_RELATIONS | {"containment"}
CENTRAL_GROUPS = {
    "companies": ("Company",),
    "retailers": ("Retailer", "Carrier"),  # carriers sell devices as retailers do
    "markets": ("Market",),
}
# When a name fits several nodes, the first type in this order wins.
TYPE_PREFERENCE = (
    "Company",
    "Retailer",
    "Carrier",
    "Media",
    "Organization",
    "Person",
    "Product",
    "Market",
)
# Above this many nodes, betweenness is estimated from a sample of sources.
EXACT_BETWEENNESS_NODES = 2_000
SEED = 42


def analyze(
    g: nx.MultiDiGraph, *, top: int = 10, path: tuple[str, str] | None = None, seed: int = SEED
) -> dict[str, Any]:
    """Central companies, retailers and markets; communities; entries over time; a path.

    Returns plain data (lists, dicts, strings, numbers)::

        {"nodes": 41, "edges": 57,
         "central": {"companies": [{"iri", "label", "type", "degree", "betweenness"}, …],
                     "retailers": […], "markets": […]},
         "communities": [{"size": 9, "members": [{"iri", "label", "type"}, …]}, …],
         "entries": [{"company", "iri", "markets", "entries": [{"market", "code",
                      "status", "date", "articles"}, …]}, …],
         "path": {"from", "to", "length", "nodes": […], "edges": […]} or None}

    ``path=("Xiaomi", "Walmart")`` names two entities by label, Wikidata QID,
    market code or IRI; an unknown name raises MekgError with close matches.
    """
    facts = fact_graph(g)
    return {
        "nodes": facts.number_of_nodes(),
        "edges": facts.number_of_edges(),
        "central": most_central(facts, top=top, seed=seed),
        "communities": communities(facts, top=top, seed=seed),
        "entries": entries_over_time(g, top=top),
        "path": shortest_path(g, *path) if path else None,
    }


def fact_graph(g: nx.MultiDiGraph, relations: frozenset[str] = FACT_RELATIONS) -> nx.Graph:
    """The undirected simple graph of entities joined by facts; ``weight`` counts the facts.

    Built in the order of the node IRIs, not of ``g``: Louvain and sampled betweenness
    follow the order of the nodes, and a store answers in an order of its own (Virtuoso's
    communities differed from the embedded store's on the same 300 articles).
    """
    facts = nx.Graph()
    for source, target, data in sorted(g.edges(data=True), key=lambda edge: edge[:2]):
        if data.get("relation") not in relations or source == target:
            continue
        if "Article" in (_type(g, source), _type(g, target)):
            continue
        for node in (source, target):
            facts.add_node(node, **g.nodes[node])
        weight = facts.edges[source, target]["weight"] + 1 if facts.has_edge(source, target) else 1
        facts.add_edge(source, target, weight=weight)
    return facts


def most_central(
    facts: nx.Graph, *, top: int = 10, seed: int = SEED
) -> dict[str, list[dict[str, Any]]]:
    """The ``top`` companies, retailers and markets by degree centrality (ties: betweenness)."""
    degree = nx.degree_centrality(facts)
    sample = None if facts.number_of_nodes() <= EXACT_BETWEENNESS_NODES else EXACT_BETWEENNESS_NODES
    betweenness = nx.betweenness_centrality(facts, k=sample, seed=seed)
    central: dict[str, list[dict[str, Any]]] = {}
    for group, types in CENTRAL_GROUPS.items():
        ranked = sorted(
            (node for node in facts if _type(facts, node) in types),
            key=lambda n: (-degree.get(n, 0.0), -betweenness.get(n, 0.0), _label(facts, n)),
        )
        central[group] = [
            {
                **_entity(facts, node),
                "degree": round(degree.get(node, 0.0), 4),
                "betweenness": round(betweenness.get(node, 0.0), 4),
            }
            for node in ranked[:top]
        ]
    return central


def communities(facts: nx.Graph, *, top: int = 10, seed: int = SEED) -> list[dict[str, Any]]:
    """The ``top`` largest Louvain communities (fixed seed), members by degree."""
    if facts.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(facts, weight="weight", seed=seed)
    ordered = sorted(
        (sorted(group, key=lambda n: (-facts.degree(n), _label(facts, n))) for group in found),
        key=lambda members: (-len(members), _label(facts, members[0])),
    )
    return [
        {"size": len(members), "members": [_entity(facts, node) for node in members]}
        for members in ordered[:top]
    ]


def entries_over_time(g: nx.MultiDiGraph, *, top: int = 10) -> list[dict[str, Any]]:
    """Markets entered per company, oldest first; the ``top`` companies with most markets.

    The same entry (market, status, date) read from several articles is one
    row listing those articles; undated entries come last.
    """
    articles: dict[str, dict[tuple[str, str | None, str | None], set[str]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for source, target, data in g.edges(data=True):
        if data.get("relation") != "market_entry":
            continue
        company, market = (target, source) if _type(g, source) == "Market" else (source, target)
        key = (market, data.get("status"), data.get("date"))
        article = data.get("article")
        articles[company][key].update([article] if article else [])
    companies: list[dict[str, Any]] = []
    for company, entries in articles.items():
        rows = [
            {
                "market": _label(g, market),
                "code": g.nodes[market].get("code"),
                "status": status,
                "date": date,
                "articles": sorted(found),
            }
            for (market, status, date), found in entries.items()
        ]
        rows.sort(key=lambda row: (row["date"] is None, row["date"] or "", row["code"] or ""))
        markets = len({market for market, _, _ in entries})
        companies.append(
            {"company": _label(g, company), "iri": company, "markets": markets, "entries": rows}
        )
    companies.sort(key=lambda c: (-c["markets"], c["company"].casefold()))
    return companies[:top]


def shortest_path(g: nx.MultiDiGraph, source: str, target: str) -> dict[str, Any]:
    """The shortest chain of facts (and region containment) between two named entities.

    ``length`` is None and the lists are empty when the two are not connected.
    """
    start, end = find_entity(g, source), find_entity(g, target)
    facts = fact_graph(g, PATH_RELATIONS)
    result: dict[str, Any] = {
        "from": _label(g, start),
        "to": _label(g, end),
        "length": None,
        "nodes": [],
        "edges": [],
    }
    if start not in facts or end not in facts:
        return result
    try:
        nodes = nx.shortest_path(facts, start, end)
    except nx.NetworkXNoPath:
        return result
    result["length"] = len(nodes) - 1
    result["nodes"] = [_entity(g, node) for node in nodes]
    result["edges"] = [_step(g, a, b) for a, b in zip(nodes, nodes[1:], strict=False)]
    return result


def find_entity(g: nx.MultiDiGraph, name: str) -> str:
    """The node a user means by ``name``: IRI, Wikidata QID, market code or label (any case)."""
    if name in g and _type(g, name) != "Article":
        return name
    wanted = folded(name)
    candidates = [
        node
        for node, data in g.nodes(data=True)
        if data.get("type") != "Article"
        and wanted in {folded(data.get(key) or "") for key in ("label", "qid", "code")}
    ]
    if not candidates:
        labels = (str(d.get("label")) for _, d in g.nodes(data=True) if d.get("label"))
        raise MekgError(f"no entity named {name!r} in the graph{did_you_mean(name, labels)}")
    return min(
        candidates, key=lambda n: (_preference(_type(g, n)), -(g.nodes[n].get("mentions") or 0), n)
    )


def print_report(result: dict[str, Any], console: Console) -> None:
    """Print what :func:`analyze` returned as rich tables (labels as text, never as markup)."""
    from rich.table import Table  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    console.print(f"fact graph: {result['nodes']} entities, {result['edges']} links")
    for group, rows in result["central"].items():
        table = Table(
            "", group.capitalize(), "degree", "betweenness", title=f"Most central {group}"
        )
        for rank, row in enumerate(rows, 1):
            table.add_row(
                str(rank), Text(row["label"]), f"{row['degree']:.3f}", f"{row['betweenness']:.3f}"
            )
        console.print(table)
    table = Table("", "size", "members", title="Communities")
    for number, community in enumerate(result["communities"], 1):
        names = [member["label"] for member in community["members"]]
        shown = ", ".join(names[:8]) + (f" … (+{len(names) - 8})" if len(names) > 8 else "")
        table.add_row(str(number), str(community["size"]), Text(shown))
    console.print(table)
    table = Table("Company", "date", "market", "status", title="Market entries over time")
    for company in result["entries"]:
        for index, entry in enumerate(company["entries"]):
            table.add_row(
                Text(company["company"] if index == 0 else ""),
                entry["date"] or "—",
                Text(f"{entry['market']} ({entry['code']})"),
                entry["status"] or "",
            )
    console.print(table)
    if result["path"] is not None:
        console.print(describe_path(result["path"]), markup=False, highlight=False)


def describe_path(path: dict[str, Any]) -> str:
    """One line: ``Xiaomi —market_entry→ Mexico ←sales_channel— Walmart``."""
    if path["length"] is None:
        return f"no path between {path['from']} and {path['to']}"
    parts = [path["nodes"][0]["label"]]
    for edge, node in zip(path["edges"], path["nodes"][1:], strict=True):
        name = edge["label"] or edge["relation"]
        parts.append(f"—{name}→" if edge["forward"] else f"←{name}—")
        parts.append(node["label"])
    return " ".join(parts)


# ---------------------------------------------------------------------- helpers
def _step(g: nx.MultiDiGraph, a: str, b: str) -> dict[str, Any]:
    """The fact that links ``a`` to ``b`` on a path, whichever way the edge points."""
    for u, v, forward in ((a, b, True), (b, a, False)):
        for data in (g.get_edge_data(u, v) or {}).values():
            if data.get("relation") in PATH_RELATIONS:
                return {
                    "relation": data.get("relation"),
                    "label": data.get("label"),
                    "status": data.get("status"),
                    "date": data.get("date"),
                    "article": data.get("article"),
                    "forward": forward,
                }
    raise AssertionError(f"no edge between {a} and {b}")  # the path came from these edges


def _entity(g: nx.Graph, node: str) -> dict[str, Any]:
    return {"iri": node, "label": _label(g, node), "type": _type(g, node)}


def _label(g: nx.Graph, node: str) -> str:
    return str(g.nodes[node].get("label") or node)


def _type(g: nx.Graph, node: str) -> str | None:
    return g.nodes[node].get("type")


def _preference(kind: str | None) -> int:
    return TYPE_PREFERENCE.index(kind) if kind in TYPE_PREFERENCE else len(TYPE_PREFERENCE)
