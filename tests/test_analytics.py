"""Graph analytics on hand-built graphs that follow the networkx projection's contract."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from rich.console import Console

from graph.analytics import analyze, describe_path, find_entity, print_report
from graph.errors import MekgError

ID = "https://w3id.org/mekg/id/"
ARTICLE_1 = ID + "article/1"
ARTICLE_2 = ID + "article/2"

NODES = {
    # key: (label, type, extra attributes)
    "xiaomi": ("Xiaomi", "Company", {"qid": "Q1636958", "mentions": 5}),
    "lidl": ("Lidl", "Company", {"qid": "Q151954", "mentions": 2}),
    "nestle": ("Nestlé", "Company", {"mentions": 1}),
    "walmart": ("Walmart", "Retailer", {"qid": "Q483551", "mentions": 3}),
    "bestbuy": ("Best Buy", "Retailer", {"mentions": 2}),
    "telcel": ("Telcel", "Carrier", {"mentions": 1}),
    "donovan": ("Donovan Sung", "Person", {"mentions": 1}),
    "redmi": ("Redmi Note 4", "Product", {"mentions": 1}),
    "mx": ("Mexico", "Market", {"code": "MX"}),
    "us": ("United States", "Market", {"code": "US"}),
    "br": ("Brazil", "Market", {"code": "BR"}),
    "latam": ("Latin America", "Market", {"code": "419"}),
    "xiaomi-product": ("Xiaomi", "Product", {"mentions": 9}),  # a product named like its maker
    "a1": ("Xiaomi sneaks into Mexico", "Article", {}),
    "a2": ("Lidl opens US stores", "Article", {}),
}

EDGES = [
    # (source, target, relation, label, status, date, article)
    ("xiaomi", "mx", "market_entry", "enters", "planned", "2017-05", ARTICLE_1),
    ("xiaomi", "us", "market_entry", "enters", "rumored", "2018", ARTICLE_1),
    ("xiaomi", "us", "market_entry", "enters", "rumored", "2018", ARTICLE_2),
    ("xiaomi", "br", "market_entry", "enters", "launched", None, ARTICLE_1),
    ("mx", "us", "gateway", "gateway to", None, None, ARTICLE_1),
    ("xiaomi", "bestbuy", "sales_channel", "sells through", None, None, ARTICLE_1),
    ("bestbuy", "mx", "sales_channel", "sells in", None, None, ARTICLE_1),
    ("xiaomi", "telcel", "sales_channel", "sells through", None, None, ARTICLE_1),
    ("telcel", "mx", "sales_channel", "sells in", None, None, ARTICLE_1),
    ("xiaomi", "redmi", "product_launch", "launches", None, "2017-06", ARTICLE_1),
    ("redmi", "mx", "product_launch", "launched in", None, "2017-06", ARTICLE_1),
    ("donovan", "xiaomi", "position", "head of marketing", None, None, ARTICLE_1),
    ("donovan", "mx", "statement", "said about", None, "2017-04", ARTICLE_1),
    ("lidl", "us", "market_entry", "enters", "launched", "2017-06-15", ARTICLE_2),
    ("walmart", "us", "sales_channel", "sells in", None, None, ARTICLE_2),
    ("mx", "latam", "containment", "part of", None, None, None),
    ("br", "latam", "containment", "part of", None, None, None),
    # mentions: the article node is linked to everything it names
    *[
        ("a1", n, "mention", "mentions", None, None, ARTICLE_1)
        for n in ("xiaomi", "mx", "us", "br", "bestbuy", "telcel", "donovan", "redmi", "nestle")
    ],
    *[("a2", n, "mention", "mentions", None, None, ARTICLE_2) for n in ("lidl", "us", "walmart")],
]


def sample_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for key, (label, kind, extra) in NODES.items():
        g.add_node(ID + key, label=label, type=kind, **extra)
    for source, target, relation, label, status, date, article in EDGES:
        g.add_edge(
            ID + source,
            ID + target,
            relation=relation,
            label=label,
            status=status,
            date=date,
            article=article,
            evidence="…",
        )
    return g


def labels(rows: list[dict]) -> list[str]:
    return [row["label"] for row in rows]


def test_the_expanding_company_and_its_gateway_market_are_most_central() -> None:
    result = analyze(sample_graph())
    assert labels(result["central"]["companies"])[0] == "Xiaomi"
    assert labels(result["central"]["markets"])[0] == "Mexico"
    assert set(labels(result["central"]["retailers"])) == {"Best Buy", "Telcel", "Walmart"}
    top = result["central"]["companies"][0]
    assert 0 < top["betweenness"] <= 1 and 0 < top["degree"] <= 1


def test_articles_mentions_and_containment_do_not_count_for_centrality() -> None:
    result = analyze(sample_graph())
    everyone = [row for group in result["central"].values() for row in group]
    assert "Nestlé" not in labels(everyone)  # only mentioned, in no fact
    assert "Latin America" not in labels(result["central"]["markets"])
    assert result["nodes"] == 10  # the entities linked by facts


def test_top_limits_every_list() -> None:
    result = analyze(sample_graph(), top=1)
    assert all(len(rows) <= 1 for rows in result["central"].values())
    assert len(result["communities"]) == 1 and len(result["entries"]) == 1


def test_communities_are_stable_and_separate_unrelated_expansions() -> None:
    first = analyze(sample_graph())["communities"]
    assert first == analyze(sample_graph())["communities"]  # fixed seed
    assert sum(c["size"] for c in first) == 10
    by_member = {m["label"]: i for i, c in enumerate(first) for m in c["members"]}
    assert by_member["Xiaomi"] == by_member["Redmi Note 4"] == by_member["Donovan Sung"]
    assert by_member["Lidl"] != by_member["Xiaomi"]


def test_entries_over_time_are_ordered_and_merge_the_same_entry_from_two_articles() -> None:
    entries = analyze(sample_graph())["entries"]
    assert [c["company"] for c in entries] == ["Xiaomi", "Lidl"]  # most markets first
    xiaomi = entries[0]
    assert xiaomi["markets"] == 3
    assert [(e["code"], e["status"], e["date"]) for e in xiaomi["entries"]] == [
        ("MX", "planned", "2017-05"),
        ("US", "rumored", "2018"),
        ("BR", "launched", None),
    ]
    assert xiaomi["entries"][1]["articles"] == [ARTICLE_1, ARTICLE_2]


def test_path_between_two_labels_follows_the_facts() -> None:
    path = analyze(sample_graph(), path=("xiaomi", "Walmart"))["path"]
    assert [n["label"] for n in path["nodes"]] == ["Xiaomi", "United States", "Walmart"]
    assert path["length"] == 2
    assert [e["relation"] for e in path["edges"]] == ["market_entry", "sales_channel"]
    assert describe_path(path) == "Xiaomi —enters→ United States ←sells in— Walmart"


def test_path_climbs_region_containment() -> None:
    g = sample_graph()
    g.remove_edge(ID + "xiaomi", ID + "br")
    g.add_node(ID + "amazon", label="Amazon", type="Retailer")
    g.add_edge(ID + "amazon", ID + "br", relation="sales_channel", label="sells in")
    path = analyze(g, path=("Mexico", "Amazon"))["path"]
    assert [n["label"] for n in path["nodes"]] == ["Mexico", "Latin America", "Brazil", "Amazon"]


def test_path_to_an_unconnected_entity_is_reported_not_raised() -> None:
    path = analyze(sample_graph(), path=("Xiaomi", "Nestle"))["path"]  # accents folded
    assert path["length"] is None and path["nodes"] == []
    assert describe_path(path) == "no path between Xiaomi and Nestlé"


def test_names_resolve_by_label_qid_code_or_iri_preferring_organisations() -> None:
    g = sample_graph()
    assert find_entity(g, "Xiaomi") == ID + "xiaomi"  # the company, not the product
    assert find_entity(g, "q483551") == ID + "walmart"
    assert find_entity(g, "MX") == ID + "mx"
    assert find_entity(g, ID + "redmi") == ID + "redmi"


def test_an_unknown_name_suggests_close_labels() -> None:
    with pytest.raises(MekgError, match="Walmart"):
        analyze(sample_graph(), path=("Xiaomi", "Walmrat"))


def test_an_empty_graph_gives_empty_results() -> None:
    result = analyze(nx.MultiDiGraph())
    assert result["nodes"] == 0 and result["communities"] == [] and result["entries"] == []
    assert all(rows == [] for rows in result["central"].values())


def test_result_is_plain_data_and_prints_as_tables() -> None:
    result = analyze(sample_graph(), path=("Xiaomi", "Walmart"))
    assert json.loads(json.dumps(result)) == result
    out = io.StringIO()
    print_report(result, Console(file=out, width=120))
    text = out.getvalue()
    for expected in (
        "Most central companies",
        "Communities",
        "Market entries over time",
        "Mexico (MX)",
        "Xiaomi —enters→ United States",
    ):
        assert expected in text


def test_the_analysis_does_not_depend_on_the_order_a_store_answers_in() -> None:
    """A SPARQL server answers in an order of its own: the graph it gives holds the same
    nodes and edges in another order, and must give the same communities and rankings
    (Virtuoso's communities of 300 corpus articles differed from the embedded store's)."""
    import random

    from graph import bench
    from graph.api import KnowledgeGraph
    from tests.conftest import ROOT

    # the demo articles and variants of them about other companies and markets
    base = bench.base_documents([ROOT / "data" / "articles"])
    with KnowledgeGraph() as kg:
        kg.ingest_documents(bench.variants(base, 40))
        g = kg.to_networkx()
    expected = analyze(g, top=50)
    rng = random.Random(7)
    for _ in range(5):
        nodes, edges = list(g.nodes(data=True)), list(g.edges(keys=True, data=True))
        rng.shuffle(nodes)
        rng.shuffle(edges)
        shuffled = nx.MultiDiGraph()
        shuffled.add_nodes_from(nodes)
        shuffled.add_edges_from(edges)
        assert analyze(shuffled, top=50) == expected
