"""The store as a networkx graph, and store statistics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph import facttypes
from graph.rdf import PREFIXES

if TYPE_CHECKING:
    import networkx as nx

    from graph.store import Store

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
    rows = store.query(
        _HEAD
        + f"""SELECT ?n ?type ?label ?pref ?qid ?code ?g WHERE {{ {_TYPES}
      GRAPH ?g {{ ?n a ?class . OPTIONAL {{ ?n rdfs:label ?label }}
                 OPTIONAL {{ ?n skos:prefLabel ?pref }}
                 OPTIONAL {{ ?n schema:sameAs ?qid }}
                 OPTIONAL {{ ?n mekg:territoryCode ?code }} }}
      FILTER(STRSTARTS(STR(?g), "https://w3id.org/mekg/id/article/")) }}"""
    ).rows
    languages = {
        r["g"] or "": r["language"] or ""
        for r in store.query(
            _HEAD
            + """SELECT ?g ?language WHERE {
      GRAPH ?g { ?a a schema:NewsArticle ; schema:inLanguage ?language } }"""
        ).rows
    }
    # a node's rows repeat per label and QID; mentions count the articles, not the rows.
    # Articles may write a name differently ("Samsung"); the gazetteer's name wins.
    articles: dict[str, set[str]] = {}
    for r in rows:
        node = r["n"] or ""
        articles.setdefault(node, set()).add(r["g"] or "")
        if r.get("pref") and node in g:
            g.nodes[node]["label"] = r["pref"]
        if node not in g:
            qid = (r.get("qid") or "").rsplit("/", 1)[-1] or None
            g.add_node(
                node,
                label=r.get("pref") or r.get("label") or r.get("code") or node,
                type=r["type"],
                qid=qid,
                code=r.get("code"),
            )
    for node, graphs in articles.items():
        g.nodes[node]["mentions"] = len(graphs)
        g.nodes[node]["languages"] = sorted({languages[a] for a in graphs if languages.get(a)})
    for fact_type in facttypes.FACT_TYPES:
        relation, cls = fact_type.name, fact_type.rdf_class
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
            status = (r.get("status") or "").rsplit("#", 1)[-1] or None
            label = _ENTRY_LABELS.get(status or "", fact_type.edge_label)
            for node in (r["s"] or "", r["o"] or ""):
                if node not in g:
                    g.add_node(
                        node,
                        label=node.rsplit("/", 1)[-1],
                        type="Organization",
                        qid=None,
                        mentions=1,
                    )
            g.add_edge(
                r["s"],
                r["o"],
                label=label,
                relation=relation,
                status=status,
                date=r.get("date"),
                channel=r.get("channel"),
                role=r.get("role"),
                quote=r.get("quote"),
                market=r.get("market"),
                evidence=r.get("evidence"),
                article_title=r.get("title"),
                article_published=r.get("published"),
                article_url=r.get("url"),
                language=r.get("language"),
            )
    return g


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
    out["articles"] = int(articles[0]["count"] or 0) if articles else 0
    for r in rows:
        out[f"nodes:{r['type']}"] = int(r["count"] or 0)
    for fact_type in facttypes.FACT_TYPES:
        cls = fact_type.rdf_class
        n = store.query(
            _HEAD + f"SELECT (COUNT(?f) AS ?count) WHERE {{ GRAPH ?g {{ ?f a mekg:{cls} }} }}"
        ).rows
        out[f"facts:{fact_type.name}"] = int(n[0]["count"] or 0) if n else 0
    return out
