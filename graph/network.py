"""The store as a networkx graph, and store statistics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph import facttypes, geo
from graph.rdf import ID, PREFIXES

if TYPE_CHECKING:
    import networkx as nx

    from graph.store import Store

ARTICLE_GRAPHS = ID + "article/"
_HEAD = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
_TYPES = """VALUES (?class ?type) {
  (mekg:Company "Company") (mekg:Retailer "Retailer") (mekg:Carrier "Carrier")
  (mekg:MediaOrganization "Media") (mekg:OtherOrganization "Organization")
  (mekg:Person "Person") (mekg:Product "Product")
  (mekg:Country "Market") (mekg:Region "Market") }"""
_ENTRY_LABELS = {
    "launched": "entered",
    "planned": "plans entry",
    "rumored": "rumoured entry",
    "withdrawn": "withdrew from",
}


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """Typed nodes (label, type, qid, code, mentions, languages) and fact edges with evidence."""
    import networkx as nx  # noqa: PLC0415

    g = nx.MultiDiGraph()
    # Each node with the graphs that type it, then each property's values in a scan of
    # its own: joining the labels to every (node, article) pair took four times as long
    # (8.3 s against 2.0 s for the 99,000 pairs of 10,000 articles).
    # (graph IRIs hold no spaces: GROUP_CONCAT's are a list, in a third of the time; the
    # separator is SPARQL's default, written out because Virtuoso requires it)
    rows = store.query(
        _HEAD
        + f"""SELECT ?n ?type (GROUP_CONCAT(STR(?g); SEPARATOR=" ") AS ?graphs) WHERE {{ {_TYPES}
          GRAPH ?g {{ ?n a ?class }} }} GROUP BY ?n ?type"""
    ).rows
    values: dict[str, dict[str, str]] = {"label": {}, "pref": {}, "qid": {}, "code": {}}
    for key, predicate in (
        ("label", "rdfs:label"),
        ("pref", "skos:prefLabel"),
        ("qid", "schema:sameAs"),
        ("code", "mekg:territoryCode"),
    ):
        found = values[key]
        query = f"SELECT DISTINCT ?n ?v WHERE {{ GRAPH ?g {{ ?n {predicate} ?v }} }}"
        for r in store.query(_HEAD + query).rows:
            node, value = r["n"] or "", r["v"] or ""
            if node not in found or _name_order(value) < _name_order(found[node]):
                found[node] = value
    languages = {
        r["g"] or "": r["language"] or ""
        for r in store.query(
            _HEAD
            + """SELECT ?g ?language WHERE {
      GRAPH ?g { ?a a schema:NewsArticle ; schema:inLanguage ?language } }"""
        ).rows
    }
    # mentions count the articles, not the rows. Articles may write a name differently
    # ("Samsung"); the gazetteer's name wins.
    articles: dict[str, set[str]] = {}
    typed = [
        (r, {x for x in (r["graphs"] or "").split() if x.startswith(ARTICLE_GRAPHS)}) for r in rows
    ]
    # a node typed differently in two articles takes the type most of them give
    typed.sort(key=lambda pair: (-len(pair[1]), pair[0]["type"] or ""))
    for r, graphs in typed:
        node = r["n"] or ""
        if not graphs:
            continue
        articles.setdefault(node, set()).update(graphs)
        if node not in g:
            qid = values["qid"].get(node, "").rsplit("/", 1)[-1] or None
            code = values["code"].get(node)
            g.add_node(
                node,
                # a market by its English name, as articles label it (the geography
                # graph adds German and Spanish ones)
                label=values["pref"].get(node)
                or (code and geo.label(code))
                or values["label"].get(node)
                or node,
                type=r["type"],
                qid=qid,
                code=code,
            )
    for node, graphs in articles.items():
        g.nodes[node]["mentions"] = len(graphs)
        g.nodes[node]["languages"] = sorted({languages[a] for a in graphs if languages.get(a)})
    for fact_type in facttypes.FACT_TYPES:
        cls = fact_type.rdf_class
        subject, obj = map(fact_type.predicate, fact_type.edge)
        facts = store.query(
            _HEAD
            + f"""SELECT ?s ?o ?status ?date ?channel ?role ?quote ?market ?evidence
          ?title ?published ?url ?language WHERE {{ GRAPH ?g {{
            ?f a mekg:{cls} ; {subject} ?s ; {obj} ?o ; mekg:article ?a .
            OPTIONAL {{ ?f mekg:status ?status }} OPTIONAL {{ ?f mekg:date ?date }}
            OPTIONAL {{ ?f mekg:channel ?channel }} OPTIONAL {{ ?f org:role/rdfs:label ?role }}
            OPTIONAL {{ ?f mekg:quote ?quote }}
            OPTIONAL {{ ?f mekg:market/mekg:territoryCode ?market }}
            OPTIONAL {{ ?f prov:wasDerivedFrom/nif:anchorOf ?evidence }}
            OPTIONAL {{ ?a schema:headline ?title }}
            OPTIONAL {{ ?a schema:datePublished ?published }}
            OPTIONAL {{ ?a mekg:locator ?url }}
            OPTIONAL {{ ?a schema:inLanguage ?language }} }} }}"""
        ).rows
        for r in facts:
            for node in (r["s"] or "", r["o"] or ""):
                if node not in g:
                    g.add_node(
                        node,
                        label=node.rsplit("/", 1)[-1],
                        type="Organization",
                        qid=None,
                        mentions=1,
                    )
            g.add_edge(r["s"], r["o"], **fact_attributes(fact_type, r))
    return in_canonical_order(g)


def in_canonical_order(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``g`` with its nodes in the order of their IRIs and its edges in the order of their
    ends and data: a server answers in an order of its own, and layouts, views and
    rankings follow the order of the graph (Virtuoso's view of 300 corpus articles
    differed from the embedded store's, byte for byte)."""
    import json  # noqa: PLC0415

    import networkx as nx  # noqa: PLC0415

    out = nx.MultiDiGraph(**g.graph)
    out.add_nodes_from(sorted(g.nodes(data=True), key=lambda item: item[0]))
    out.add_edges_from(
        sorted(
            g.edges(data=True),
            key=lambda edge: (edge[0], edge[1], json.dumps(edge[2], sort_keys=True, default=str)),
        )
    )
    return out


def fact_attributes(fact_type: facttypes.FactType, r: dict[str, str | None]) -> dict[str, Any]:
    """A fact edge's attributes from a query row with the columns of :func:`to_networkx`'s
    fact queries (missing ones are None)."""
    status = (r.get("status") or "").rsplit("#", 1)[-1] or None
    label = _ENTRY_LABELS.get(status or "", fact_type.edge_label)
    return {
        "label": label,
        "relation": fact_type.name,
        "status": status,
        "date": r.get("date"),
        "channel": r.get("channel"),
        "role": r.get("role"),
        "quote": r.get("quote"),
        "market": r.get("market"),
        "evidence": r.get("evidence"),
        "article_title": r.get("title"),
        "article_published": r.get("published"),
        "article_url": r.get("url"),
        "language": r.get("language"),
    }


def _name_order(name: str) -> tuple[bool, int, str]:
    """Of the names articles wrote for one entity: a capitalised one ('Indian Government'),
    then the one with most letters outside ASCII ('Neoenergía'), then code-point order."""
    return (name[:1].islower(), -sum(not c.isascii() for c in name), name)


def store_stats(store: Store) -> dict[str, Any]:
    """Counts for ``mekg stats``."""
    out: dict[str, Any] = {"triples": store.count()}
    rows = store.query(
        _HEAD
        + f"""SELECT ?type (COUNT(DISTINCT ?n) AS ?count) WHERE {{ {_TYPES}
      GRAPH ?g {{ ?n a ?class }} }} GROUP BY ?type ORDER BY ?type"""
    ).rows
    articles = store.query(
        _HEAD
        + "SELECT (COUNT(DISTINCT ?a) AS ?count) WHERE { GRAPH ?g { ?a a schema:NewsArticle } }"
    ).rows
    # markets: those the facts name, not every territory of the geography graph
    markets = store.query(
        _HEAD + "SELECT (COUNT(DISTINCT ?m) AS ?count) WHERE { GRAPH ?g { ?f mekg:market ?m } }"
    ).rows
    out["articles"] = int(articles[0]["count"] or 0) if articles else 0
    for r in rows:
        out[f"nodes:{r['type']}"] = int(r["count"] or 0)
    out["nodes:Market"] = int(markets[0]["count"] or 0) if markets else 0
    for fact_type in facttypes.FACT_TYPES:
        cls = fact_type.rdf_class
        n = store.query(
            _HEAD + f"SELECT (COUNT(?f) AS ?count) WHERE {{ GRAPH ?g {{ ?f a mekg:{cls} }} }}"
        ).rows
        out[f"facts:{fact_type.name}"] = int(n[0]["count"] or 0) if n else 0
    return out
