"""The data model users link to: stable IRIs, products of their makers, the fact-type registry,
and an ontology whose OWL RL closure adds only what we mean."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from graph import KnowledgeGraph, __version__, facttypes, rdf
from graph.facttypes import FACT_TYPES, FactType, Property
from graph.ingest import write_facts
from graph.model import (
    ArticleFacts,
    Document,
    Evidence,
    Organization,
    Product,
    ProductLaunch,
    SalesChannel,
)

ROOT = Path(__file__).resolve().parent.parent
VOCABULARIES = Path(__file__).resolve().parent / "vocabularies"
MEKG = rdf.MEKG


def _kg() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg._ensure_static()
    return kg


def _facts_of(kg: KnowledgeGraph, source: str) -> set[str]:
    rows = kg.query(
        "SELECT ?f WHERE { GRAPH ?g { ?f mekg:article ?a . ?a mekg:sourceName ?source } }",
        source=source,
    )
    return {row["f"] or "" for row in rows}


def _extracted(text: str, source: str, **document: str) -> ArticleFacts:
    from graph.extract import extract

    return extract(Document(text=text, source=source, locator="file:///" + source, **document))


XIAOMI = (
    "Xiaomi startet in Mexiko\n"
    "Der chinesische Smartphone-Hersteller Xiaomi startet in Mexiko. Das Unternehmen verkauft "
    "seine Geräte ab Juni über Walmart und Amazon. Xiaomi will auch in Kolumbien und Chile "
    "Fuß fassen. Das Redmi Note 4 kommt im Juni in Mexiko auf den Markt, sagte "
    "Xiaomi-Vizepräsident Hugo Barra."
)


# ------------------------------------------------------------------ fact IRIs


def test_a_fact_keeps_its_iri_when_the_article_is_extracted_again() -> None:
    facts = _extracted(XIAOMI, "x.txt", published="2017-05-11", language="de")
    assert len(facts.market_entries) >= 2, facts.market_entries
    first, second = _kg(), _kg()
    write_facts(first.store, facts)
    write_facts(second.store, _extracted(XIAOMI, "x.txt", published="2017-05-11", language="de"))
    assert _facts_of(first, "x.txt") == _facts_of(second, "x.txt")
    entry = next(iri for iri in _facts_of(first, "x.txt") if "/market-entry/" in iri)
    assert entry.endswith("/fact/market-entry/xiaomi/" + entry.rsplit("/", 1)[1])


def test_dropping_one_fact_leaves_the_other_facts_iris_alone() -> None:
    facts = _extracted(XIAOMI, "x.txt", published="2017-05-11", language="de")
    kg = _kg()
    write_facts(kg.store, facts)
    before = _facts_of(kg, "x.txt")
    # as if one extraction rule were switched off: the first market entry is not found
    dropped = facts.market_entries[0]
    write_facts(kg.store, dataclasses.replace(facts, market_entries=facts.market_entries[1:]))
    after = _facts_of(kg, "x.txt")
    assert after < before and len(before - after) == 1
    (gone,) = before - after
    assert gone.endswith(f"/market-entry/{rdf.slug(dropped.company)}/{dropped.market}")


def test_facts_with_one_key_are_one_fact_with_all_their_evidence() -> None:
    document = Document(text="a. b.", source="m.txt", locator="file:///m.txt")
    online = SalesChannel("Xiaomi", "ES", "MediaMarkt", "online", Evidence("a.", 0, 2))
    offline = SalesChannel("Xiaomi", "ES", "MediaMarkt", "offline", Evidence("b.", 3, 5))
    kg = _kg()
    write_facts(
        kg.store,
        ArticleFacts(
            document,
            "en",
            organizations=(Organization("Xiaomi"), Organization("MediaMarkt", "retailer")),
            sales_channels=(online, offline),
        ),
    )
    (fact,) = _facts_of(kg, "m.txt")
    assert fact.endswith("/fact/sales-channel/xiaomi/ES/mediamarkt")
    rows = kg.query(
        "SELECT ?channel ?sentence WHERE { ?f mekg:channel ?channel ; "
        "prov:wasDerivedFrom/nif:anchorOf ?sentence }"
    )
    assert {(r["channel"], r["sentence"]) for r in rows} == {
        (channel, sentence) for channel in ("online", "offline") for sentence in ("a.", "b.")
    }
    assert kg.validate().conforms
    assert {r["channel"] for r in kg.cq("sales_channels")} == {"online", "offline"}


# ------------------------------------------------------------------ entity IRIs


def test_an_organisation_keeps_its_iri_when_the_gazetteer_learns_its_wikidata_id() -> None:
    document = Document(text="Acme opens in Chile.", source="a.txt", locator="file:///a.txt")
    kg = _kg()
    write_facts(kg.store, ArticleFacts(document, "en", organizations=(Organization("Acme"),)))
    learned = ArticleFacts(document, "en", organizations=(Organization("Acme", qid="Q42"),))
    write_facts(kg.store, learned)
    rows = kg.query(
        "SELECT ?o ?same WHERE { ?o rdfs:label 'Acme' OPTIONAL { ?o schema:sameAs ?same } }"
    )
    assert rows == [{"o": rdf.ID + "org/acme", "same": "http://www.wikidata.org/entity/Q42"}]


# ------------------------------------------------------------------ products


def _launch(source: str, maker: str, product: str, language: str = "en") -> ArticleFacts:
    document = Document(
        text=f"{maker} launches {product}.", source=source, locator="file:///" + source
    )
    return ArticleFacts(
        document,
        language,
        organizations=(Organization(maker),),
        products=(Product(product, maker),),
        product_launches=(ProductLaunch(maker, product, "DE"),),
    )


def test_two_makers_products_of_one_name_are_two_products() -> None:
    kg = _kg()
    for source, maker in (("htc.txt", "HTC"), ("oneplus.txt", "OnePlus"), ("htc-de.txt", "HTC")):
        write_facts(kg.store, _launch(source, maker, "One"))
    rows = kg.query(
        "SELECT DISTINCT ?p ?maker WHERE { ?p a mekg:Product ; schema:manufacturer/rdfs:label ?maker }"
    )
    assert sorted((r["p"], r["maker"]) for r in rows) == [
        (rdf.ID + "product/htc/one", "HTC"),
        (rdf.ID + "product/oneplus/one", "OnePlus"),
    ]
    launches = kg.cq("product_launches")
    assert sorted((r["source"], r["company"], r["product"]) for r in launches) == [
        ("htc-de.txt", "HTC", "One"),
        ("htc.txt", "HTC", "One"),
        ("oneplus.txt", "OnePlus", "One"),
    ]


def test_a_product_without_a_maker_is_its_articles_own() -> None:
    document = Document(text="The One is here.", source="o.txt", locator="file:///o.txt")
    kg = _kg()
    write_facts(kg.store, ArticleFacts(document, "en", products=(Product("One"),)))
    (row,) = kg.query("SELECT ?p WHERE { ?p a mekg:Product }")
    assert row["p"] == rdf.article_graph("file:///o.txt").value + "/product/one"


# ------------------------------------------------------------------ registry


def test_every_kind_of_fact_in_article_facts_is_in_the_registry() -> None:
    entities = {"document", "language", "organizations", "people", "products", "markets"}
    fields = {f.name for f in dataclasses.fields(ArticleFacts)} - entities
    assert {fact_type.field for fact_type in FACT_TYPES} == fields


@dataclasses.dataclass(frozen=True)
class Partnership:
    company: str
    partner: str
    market: str
    evidence: Evidence | None = None


@dataclasses.dataclass(frozen=True)
class FactsWithPartnerships(ArticleFacts):
    partnerships: tuple[Partnership, ...] = ()


def test_a_new_fact_type_is_its_data_class_and_one_registry_entry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    partnership = FactType(
        name="partnership",
        field="partnerships",
        rdf_class="Partnership",
        key=("company", "partner", "market"),
        properties=(
            Property("company", "mekg:company", "organization"),
            Property("partner", "mekg:partner", "organization"),
            Property("market", "mekg:market", "market"),
        ),
        edge=("company", "partner"),
        edge_label="partners with",
    )
    monkeypatch.setattr(facttypes, "FACT_TYPES", (*facttypes.FACT_TYPES, partnership))
    document = Document(
        text="Acme and Globex team up in Mexico.", source="p.txt", locator="file:///p.txt"
    )
    facts = FactsWithPartnerships(
        document,
        "en",
        organizations=(Organization("Acme"), Organization("Globex")),
        partnerships=(Partnership("Acme", "Globex", "MX", Evidence(document.text, 0, 34)),),
    )
    kg = _kg()
    write_facts(kg.store, facts)
    assert _facts_of(kg, "p.txt") == {
        rdf.article_graph("file:///p.txt").value + "/fact/partnership/acme/globex/MX"
    }
    assert kg.stats()["facts:partnership"] == 1
    ((source, target, edge),) = kg.to_networkx().edges(data=True)
    assert (source, target) == (rdf.ID + "org/acme", rdf.ID + "org/globex")
    assert (edge["relation"], edge["label"], edge["market"]) == (
        "partnership",
        "partners with",
        "MX",
    )


def test_every_fact_type_has_its_class_shape_and_query() -> None:
    ontology = (ROOT / "ontology" / "mekg.ttl").read_text()
    shapes = (ROOT / "ontology" / "shapes.ttl").read_text()
    queries = "".join(p.read_text() for p in (ROOT / "ontology" / "queries").glob("*.rq"))
    for fact_type in FACT_TYPES:
        cls = f"mekg:{fact_type.rdf_class}"
        assert f"{cls} a owl:Class" in ontology, cls
        assert f"sh:targetClass {cls}" in shapes, cls
        assert f"a {cls}" in queries, cls


def test_stats_and_the_network_count_every_fact_type(demo_store: Path) -> None:
    with KnowledgeGraph(demo_store) as kg:
        stats = kg.stats()
        relations = {d["relation"] for *_, d in kg.to_networkx().edges(data=True)}
    assert {f"facts:{t.name}" for t in FACT_TYPES} <= stats.keys()
    assert {t.name for t in FACT_TYPES if stats[f"facts:{t.name}"]} <= relations


# ------------------------------------------------------------------ ontology and provenance


def test_every_mekg_property_has_a_domain_and_a_range() -> None:
    import rdflib

    g = rdflib.Graph().parse(ROOT / "ontology" / "mekg.ttl", format="turtle")
    owl = rdflib.OWL
    properties = {
        p
        for kind in (owl.ObjectProperty, owl.DatatypeProperty)
        for p in g.subjects(rdflib.RDF.type, kind)
    }
    assert len(properties) > 15
    for p in properties:
        assert g.value(p, rdflib.RDFS.domain) is not None, f"{p} has no domain"
        assert g.value(p, rdflib.RDFS.range) is not None, f"{p} has no range"


def test_a_run_is_an_activity_of_a_software_agent_of_the_package_version() -> None:
    kg = _kg()
    kg.ingest_text(
        "Lidl opens its first US stores.", published="2017-06-15", language="en", source="l.txt"
    )
    rows = kg.query(
        "SELECT ?label ?version ?info WHERE { GRAPH ?g { ?g prov:wasGeneratedBy ?run . "
        "?run a mekg:ExtractionRun ; prov:wasAssociatedWith ?agent . "
        "?agent a prov:SoftwareAgent ; rdfs:label ?label ; schema:softwareVersion ?version } "
        "GRAPH ?o { ?ontology owl:versionInfo ?info } }"
    )
    assert rows == [{"label": f"mekg {__version__}", "version": __version__, "info": __version__}]


def test_a_role_is_an_org_role_labelled_with_its_wording() -> None:
    kg = _kg()
    kg.ingest_text(
        "Xiaomi kommt nach Mexiko\nXiaomi startet in Mexiko, sagte Xiaomi-Vizepräsident Hugo Barra.",
        published="2017-05-11",
        language="de",
        source="r.txt",
    )
    rows = kg.query(
        "SELECT ?role ?wording WHERE { ?p a mekg:Position ; org:role ?role . "
        "?role a org:Role ; rdfs:label ?wording }"
    )
    assert rows and all(r["role"] == rdf.role_iri(r["wording"] or "").value for r in rows)
    assert [r["role"] for r in kg.cq("executives")] == [r["wording"] for r in rows]


def test_every_store_the_model_tests_build_validates(demo_store: Path) -> None:
    with KnowledgeGraph(demo_store) as kg:
        report = kg.validate()
    assert report.conforms, report.violations[:5]


# Everything OWL RL may add about our data (subjects outside the vocabularies), each a
# class or membership we mean: the superclasses of our classes and what the reused
# vocabularies' domains and ranges say.
ALLOWED_TYPES = (
    {"https://w3id.org/mekg/ontology#" + name for name in ("Organization", "Market", "Fact")}
    | {
        "https://schema.org/" + name
        for name in (
            "Thing",
            "Organization",
            "Corporation",
            "NewsMediaOrganization",
            "Person",
            "Product",
            "Place",
            "AdministrativeArea",
            "Country",
            "CreativeWork",
            "Article",
        )
    }
    | {
        "http://www.w3.org/2002/07/owl#Thing",
        "http://xmlns.com/foaf/0.1/Agent",  # org:member's range: people; org:Organization
        "http://www.w3.org/ns/org#Organization",
        "http://www.w3.org/ns/org#Membership",  # a mekg:Position
        "http://www.w3.org/2004/02/skos/core#Concept",  # an org:Role, as W3C ORG defines it
        "http://www.w3.org/ns/prov#Entity",  # facts, evidence, articles, the shared graphs
        "http://www.w3.org/ns/prov#Activity",  # the extraction run
        "http://www.w3.org/ns/prov#Agent",  # people and the software agent
        "http://semanticweb.cs.vu.nl/2009/11/sem/Event",  # market entries and launches
        # the article is the NIF context of its evidence sentences (nif:referenceContext)
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context",
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#String",
    }
)
VOCABULARY_NAMESPACES = (
    "https://w3id.org/mekg/ontology",
    "https://schema.org/",
    "http://www.w3.org/",
    "http://xmlns.com/foaf/",
    "http://semanticweb.cs.vu.nl/",
    "http://persistence.uni-leipzig.org/",
    "http://purl.org/dc/",
)


@pytest.mark.slow
def test_an_owl_rl_closure_of_the_demo_export_adds_only_what_we_mean(
    demo_store: Path, tmp_path: Path
) -> None:
    import owlrl
    import rdflib

    with KnowledgeGraph(demo_store) as kg:
        export = kg.export(tmp_path / "demo.nq", "nq")
    dataset = rdflib.Dataset()
    dataset.parse(export, format="nquads")
    g = rdflib.Graph()
    for s, p, o, _ in dataset.quads():
        g.add((s, p, o))
    for vocabulary in sorted(VOCABULARIES.glob("*.ttl")):
        g.parse(vocabulary, format="turtle")
    before = set(g)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    added = set(g) - before

    label_values = {
        (s, o) for s, p, o in before if p in (rdflib.SKOS.prefLabel, rdflib.SKOS.altLabel)
    }
    unexpected = []
    for s, p, o in added:
        if str(s).startswith(VOCABULARY_NAMESPACES):
            continue  # statements about vocabulary terms, not about our data
        if p == rdflib.RDF.type and str(o) in ALLOWED_TYPES:
            continue
        if isinstance(s, rdflib.Literal) and p == rdflib.RDF.type:
            assert o == rdflib.RDFS.Literal or str(o).startswith(str(rdflib.XSD)), (s, o)
            continue  # a literal belongs to its datatype and the ones above it
        if p == rdflib.OWL.sameAs and s == o:
            continue  # OWL RL's eq-ref: everything is the same as itself
        if p == rdflib.RDFS.label and (s, o) in label_values:
            continue  # skos:prefLabel and skos:altLabel are sub-properties of rdfs:label
        unexpected.append((s, p, o))
    assert not unexpected, sorted(unexpected)[:10]
    # what mekg:partOf under skos:broader used to add: 241 countries as concepts
    markets = set(g.subjects(rdflib.RDF.type, rdflib.URIRef(MEKG + "Market")))
    assert len(markets) > 250
    concepts = set(g.subjects(rdflib.RDF.type, rdflib.SKOS.Concept))
    assert not markets & concepts
    assert not list(g.triples((None, rdflib.SKOS.broaderTransitive, None)))


def test_product_iris_are_shared_across_articles_and_languages() -> None:
    kg = _kg()
    write_facts(kg.store, _launch("en.txt", "Tesla", "Model Y"))
    write_facts(kg.store, _launch("de.txt", "Tesla", "Model Y", language="de"))
    rows = kg.query("SELECT DISTINCT ?p WHERE { ?l mekg:product ?p }")
    assert rows == [{"p": rdf.ID + "product/tesla/model-y"}]


EVAL = ROOT.parent / "shared" / "eval"


@pytest.mark.slow
@pytest.mark.skipif(not EVAL.is_dir(), reason="no ../shared/eval beside the project")
def test_a_store_of_every_evaluation_article_validates() -> None:
    kg = KnowledgeGraph()
    report = kg.ingest([EVAL / "dev", EVAL / "dev-real", ROOT / "data" / "articles"])
    assert not report.failed and report.facts > 100
    validation = kg.validate()
    assert validation.conforms, validation.violations[:5]
