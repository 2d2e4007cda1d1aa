"""Cross-article resolution: one node per company, person or product, whatever the spelling."""

from __future__ import annotations

from graph import KnowledgeGraph


def _kg_with(*articles: tuple[str, str, str]) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    for i, (text, language, published) in enumerate(articles):
        kg.ingest_text(
            text, title=f"Article {i}", published=published, language=language, source=f"a{i}.txt"
        )
    return kg


def test_aliases_and_languages_meet_in_one_node_labelled_as_each_article_writes_it() -> None:
    kg = _kg_with(
        (
            "Samsung will open its first stores in Kenya next year, the company said.",
            "en",
            "2024-03-01",
        ),
        ("Samsung Electronics eröffnet Ende Mai Läden in Kenia.", "de", "2024-04-01"),
        ("Wal-Mart pulled out of Germany in 2006.", "en", "2006-07-30"),
        ("Walmart se retira de Alemania.", "es", "2006-07-29"),
    )
    rows = kg.cq("organizations")
    labels = {(r["source"], r["organization"]) for r in rows}
    assert ("a0.txt", "Samsung") in labels  # as written in that article
    assert ("a1.txt", "Samsung Electronics") in labels
    nodes = kg.query("""
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?o WHERE { ?o rdfs:label ?l . FILTER(?l IN ("Samsung", "Samsung Electronics")) }""")
    assert len(nodes) == 1, nodes
    walmart = kg.query("""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?o WHERE { ?o rdfs:label ?l . FILTER(?l IN ("Wal-Mart", "Walmart")) }""")
    assert len(walmart) == 1, walmart
    assert walmart[0]["o"].endswith("/org/walmart")


def test_disagreeing_facts_are_all_kept_with_their_sources() -> None:
    kg = _kg_with(
        ("Lidl plant den Markteintritt in Serbien im Jahr 2018.", "de", "2017-01-10"),
        ("Lidl opened its first stores in Serbia in October 2018.", "en", "2018-10-12"),
    )
    rows = {(r["source"], r["status"]) for r in kg.cq("market_entries") if r["market"] == "RS"}
    assert rows == {("a0.txt", "planned"), ("a1.txt", "launched")}


def test_a_territory_named_like_an_organisation_is_a_market() -> None:
    kg = _kg_with(
        ("Die Marke will 2025 in die EU expandieren, sagte der Konzern.", "de", "2024-05-01"),
    )
    assert "EU" not in {r["organization"] for r in kg.cq("organizations")}


def test_person_written_family_name_first_is_the_same_person() -> None:
    kg = _kg_with(
        (
            '"Spain is key for us," said Wang Xiang, senior vice president of Xiaomi.',
            "en",
            "2017-11-07",
        ),
        (
            '"Deutschland ist wichtig", sagte Xiang Wang, Vizepräsident von Xiaomi.',
            "de",
            "2019-08-20",
        ),
    )
    people = kg.query("""
        PREFIX mekg: <https://w3id.org/mekg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?p WHERE { ?p a mekg:Person ; rdfs:label ?l . FILTER(CONTAINS(?l, "Wang")) }""")
    assert len(people) == 1, people


def test_the_graph_view_names_a_node_by_the_gazetteer_whatever_articles_write() -> None:
    kg = _kg_with(
        (
            "Samsung will open its first stores in Kenya next year, the company said.",
            "en",
            "2024-03-01",
        ),
        ("Samsung Electronics eröffnet Ende Mai Läden in Kenia.", "de", "2024-04-01"),
    )
    labels = {d["label"] for _, d in kg.to_networkx().nodes(data=True) if d["type"] == "Company"}
    assert "Samsung Electronics" in labels and "Samsung" not in labels, labels
