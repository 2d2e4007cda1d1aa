"""ArticleFacts → the quads of one named graph. The only module that mints IRIs.

Every article becomes one named graph holding the article node, the entities
it mentions (with their labels and kinds as this article gives them), the
facts, their evidence sentences and the extraction run. Replacing an article
means replacing its graph, so nothing is ever duplicated. docs/data-model.md
states the IRI rules the functions below implement.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from graph import facttypes, geo
from graph.facttypes import FactType, Property
from graph.model import ArticleFacts, Evidence

BASE = "https://w3id.org/mekg/"
ONTOLOGY = BASE + "ontology"
MEKG = ONTOLOGY + "#"
ID = BASE + "id/"
GEO_GRAPH = NamedNode(ID + "graph/geo")
ONTOLOGY_GRAPH = NamedNode(ID + "graph/ontology")

PREFIXES = {
    "mekg": MEKG,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


def _ns(prefix: str, local: str) -> NamedNode:
    return NamedNode(PREFIXES[prefix] + local)


RDF_TYPE = _ns("rdf", "type")
LABEL = _ns("rdfs", "label")
ALT_LABEL = _ns("skos", "altLabel")
PREF_LABEL = _ns("skos", "prefLabel")
SAME_AS = _ns("schema", "sameAs")
XSD = PREFIXES["xsd"]

KIND_CLASSES = {
    "company": _ns("mekg", "Company"),
    "retailer": _ns("mekg", "Retailer"),
    "carrier": _ns("mekg", "Carrier"),
    "media": _ns("mekg", "MediaOrganization"),
    "other": _ns("mekg", "OtherOrganization"),
}


def slug(name: str) -> str:
    """A lower-case ASCII slug: the stable, IRI-safe part of a minted IRI.

    Names that leave nothing ASCII (Chinese, Arabic, emoji) get a short hash,
    so every name yields a valid IRI.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ").replace("+", " and ")
    words = re.findall(r"[a-z0-9]+", text)
    if words:
        return "-".join(words)[:80]
    return "h" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def person_key(name: str) -> str:
    """Order-free key for a person, so "Wang Xiang" and "Xiang Wang" are one node."""
    return "-".join(sorted(slug(name).split("-")))


# Entity IRIs come from names alone, never from a Wikidata ID: an ID the gazetteer
# learns later goes into schema:sameAs and the IRI a user linked to stays the same.
def organization_iri(name: str) -> NamedNode:
    """``id/org/{slug}`` of the organisation's gazetteer name (or its name as written)."""
    return NamedNode(ID + "org/" + slug(name))


def person_iri(name: str) -> NamedNode:
    """``id/person/{name's words, sorted}``."""
    return NamedNode(ID + "person/" + person_key(name))


def product_iri(name: str, maker: str | None, article: NamedNode | None = None) -> NamedNode:
    """``id/product/{maker}/{name}``: one maker's product, the same in every article.

    Without a maker a name says too little ("One", "Model Y"): the product is then
    the article's own, ``{article}/product/{name}``.
    """
    if maker:
        return NamedNode(ID + "product/" + slug(maker) + "/" + slug(name))
    if article is None:
        raise ValueError("a product without a maker needs its article")
    return NamedNode(f"{article.value}/product/{slug(name)}")


def market_iri(code: str) -> NamedNode:
    """``id/market/{CLDR code}``."""
    return NamedNode(ID + "market/" + slug(code).upper())


def role_iri(wording: str) -> NamedNode:
    """``id/role/{wording, percent-encoded}``: the org:Role a position's wording names.

    The wording itself, not a slug: "Chairman" and "chairman" in one article are two
    roles, each with its one label, as the executives query shows them.
    """
    return NamedNode(ID + "role/" + quote(wording, safe=""))


def agent_iri(version: str) -> NamedNode:
    """``id/agent/mekg-{version}``: the software that extracted a graph."""
    return NamedNode(ID + "agent/mekg-" + slug(version))


def article_graph(locator: str) -> NamedNode:
    """The named graph (and article node) for a locator: stable across re-ingests."""
    return NamedNode(ID + "article/" + hashlib.sha256(locator.encode("utf-8")).hexdigest()[:24])


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def date_literal(value: str) -> Literal:
    """ISO partial date → xsd:gYear / xsd:gYearMonth / xsd:date literal."""
    datatype = {4: "gYear", 7: "gYearMonth"}.get(len(value), "date")
    return Literal(value, datatype=NamedNode(XSD + datatype))


def _int(value: int) -> Literal:
    # xsd:integer, not the narrower xsd:nonNegativeInteger: Oxigraph stores the latter
    # as xsd:integer and Virtuoso keeps it, so exports from the two would differ.
    return Literal(str(value), datatype=NamedNode(XSD + "integer"))


def _curie(name: str) -> NamedNode:
    prefix, local = name.split(":", 1)
    return _ns(prefix, local)


class ExtractionRun:
    """The PROV activity that produced a batch of graphs: software version and time."""

    def __init__(self, version: str, started: datetime | None = None) -> None:
        self.version = version
        self.started = started or datetime.now(UTC)
        self.iri = NamedNode(ID + "run/" + uuid.uuid4().hex)
        self.agent = agent_iri(version)


def article_quads(facts: ArticleFacts, run: ExtractionRun) -> list[Quad]:
    """All quads of one article's named graph."""
    return list(_ArticleWriter(facts, run).quads())


class _ArticleWriter:
    def __init__(self, facts: ArticleFacts, run: ExtractionRun) -> None:
        self.facts = facts
        self.run = run
        self.doc = facts.document
        self.g = article_graph(self.doc.locator)
        self.article = self.g
        self.org_iris: dict[str, NamedNode] = {}
        self.makers: dict[str, set[str]] = {}
        for product in facts.products:
            if product.maker:
                self.makers.setdefault(product.name, set()).add(product.maker)
        self._evidence: set[tuple[int, int]] = set()

    def q(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> Quad:
        return Quad(s, p, o, self.g)

    def quads(self) -> Iterator[Quad]:
        yield from self.article_quads()
        yield from self.entity_quads()
        for fact_type in facttypes.FACT_TYPES:
            yield from self.fact_quads(fact_type)

    # -- article and run
    def article_quads(self) -> Iterator[Quad]:
        doc, a, q = self.doc, self.article, self.q
        yield q(a, RDF_TYPE, _ns("schema", "NewsArticle"))
        yield q(a, RDF_TYPE, _ns("prov", "Entity"))
        yield q(a, _ns("mekg", "sourceName"), Literal(doc.source))
        yield q(a, _ns("mekg", "locator"), Literal(doc.locator, datatype=NamedNode(XSD + "anyURI")))
        yield q(a, _ns("mekg", "contentHash"), Literal(content_hash(doc.text)))
        yield q(a, _ns("schema", "inLanguage"), Literal(self.facts.language))
        yield q(a, _ns("schema", "articleBody"), Literal(doc.text))
        if doc.title:
            yield q(a, _ns("schema", "headline"), Literal(doc.title))
        if doc.published:
            yield q(a, _ns("schema", "datePublished"), date_literal(doc.published))
        if doc.place:
            yield q(a, _ns("mekg", "datelinePlace"), Literal(doc.place))
        if doc.url:
            yield q(a, _ns("schema", "url"), Literal(doc.url, datatype=NamedNode(XSD + "anyURI")))
        if doc.author:
            author = person_iri(doc.author)
            yield q(author, RDF_TYPE, _ns("mekg", "Person"))
            yield q(author, LABEL, Literal(doc.author))
            yield q(a, _ns("schema", "author"), author)
        if doc.publisher:
            yield q(a, _ns("schema", "publisher"), self.org(doc.publisher))
        run = self.run
        yield q(a, _ns("prov", "wasGeneratedBy"), run.iri)
        yield q(run.iri, RDF_TYPE, _ns("mekg", "ExtractionRun"))
        yield q(
            run.iri,
            _ns("prov", "startedAtTime"),
            Literal(run.started.isoformat(), datatype=NamedNode(XSD + "dateTime")),
        )
        yield q(run.iri, _ns("prov", "wasAssociatedWith"), run.agent)
        yield q(run.agent, RDF_TYPE, _ns("prov", "SoftwareAgent"))
        yield q(run.agent, LABEL, Literal("mekg " + run.version))
        yield q(run.agent, _ns("schema", "softwareVersion"), Literal(run.version))

    # -- entities
    def org(self, name: str) -> NamedNode:
        if name not in self.org_iris:
            self.org_iris[name] = organization_iri(name)
        return self.org_iris[name]

    def launched_by(self, product: str, company: str) -> str:
        """The maker of a launched product: the company that launches it, unless the
        article names another maker of a product of that name."""
        makers = self.makers.get(product, set())
        return company if company in makers or not makers else min(makers)

    def entity_quads(self) -> Iterator[Quad]:
        q = self.q
        for o in self.facts.organizations:
            iri = self.org(o.name)
            yield q(iri, RDF_TYPE, KIND_CLASSES.get(o.kind, KIND_CLASSES["company"]))
            # rdfs:label as this article writes the name; skos:prefLabel the gazetteer's name
            yield q(iri, LABEL, Literal(o.written or o.name))
            if o.written:
                yield q(iri, PREF_LABEL, Literal(o.name))
            for alias in o.aliases:
                yield q(iri, ALT_LABEL, Literal(alias))
            if o.qid:
                yield q(iri, SAME_AS, NamedNode("http://www.wikidata.org/entity/" + o.qid))
            if o.country:
                yield q(iri, _ns("schema", "location"), self.market(o.country))
        for p in self.facts.people:
            iri = person_iri(p.name)
            yield q(iri, RDF_TYPE, _ns("mekg", "Person"))
            yield q(iri, LABEL, Literal(p.name))
            if p.qid:
                yield q(iri, SAME_AS, NamedNode("http://www.wikidata.org/entity/" + p.qid))
        # every product a launch names is described; a product without a maker is the
        # article's own unless the article names its maker elsewhere
        products = {(p.name, p.maker) for p in self.facts.products}
        for launch in self.facts.product_launches:
            products.add((launch.product, self.launched_by(launch.product, launch.company)))
        made = {name for name, maker in products if maker}
        for name, maker in sorted(products, key=lambda pair: (pair[0], pair[1] or "")):
            if maker is None and name in made:
                continue
            iri = product_iri(name, maker, self.article)
            yield q(iri, RDF_TYPE, _ns("mekg", "Product"))
            yield q(iri, LABEL, Literal(name))
            if maker:
                yield q(iri, _ns("schema", "manufacturer"), self.org(maker))
        codes = set(self.facts.markets)
        for fact_type in facttypes.FACT_TYPES:
            fields = {p.field for p in fact_type.properties if p.kind == "market"}
            for fact in fact_type.facts(self.facts):
                codes.update(getattr(fact, f) for f in fields if getattr(fact, f))
        for code in sorted(codes):
            iri = self.market(code)
            yield q(iri, RDF_TYPE, _ns("mekg", "Region" if geo.is_region(code) else "Country"))
            yield q(iri, _ns("mekg", "territoryCode"), Literal(code))
            yield q(iri, LABEL, Literal(geo.label(code, "en"), language="en"))
            yield q(self.article, _ns("schema", "mentions"), iri)

    def market(self, code: str) -> NamedNode:
        return market_iri(code)

    # -- facts
    def fact_iri(self, fact_type: FactType, fact: object) -> NamedNode:
        """``{article}/fact/{type}/{key…}``: the article, the type and the key's values,
        so a fact keeps its IRI however the facts around it change."""
        kinds = {p.field: p.kind for p in fact_type.properties}
        parts = [_key_part(kinds[field], getattr(fact, field)) for field in fact_type.key]
        return NamedNode(f"{self.g.value}/fact/{fact_type.slug}/" + "/".join(parts))

    def fact_quads(self, fact_type: FactType) -> Iterator[Quad]:
        """Every fact of one type; facts with one key are one fact with all their evidence."""
        q = self.q
        merged: dict[NamedNode, list[object]] = {}
        for fact in fact_type.facts(self.facts):
            merged.setdefault(self.fact_iri(fact_type, fact), []).append(fact)
        for iri, facts in merged.items():
            yield q(iri, RDF_TYPE, _ns("mekg", fact_type.rdf_class))
            yield q(iri, _ns("mekg", "article"), self.article)
            yield q(iri, _ns("prov", "wasGeneratedBy"), self.run.iri)
            for fact in facts:
                yield from self.evidence_quads(iri, getattr(fact, "evidence", None))
            for prop in fact_type.properties:
                values = [v for v in (getattr(f, prop.field) for f in facts) if v]
                for value in dict.fromkeys(values if prop.many else values[:1]):
                    yield from self.value_quads(iri, prop, value, facts[0])

    def value_quads(
        self, iri: NamedNode, prop: Property, value: str, fact: object
    ) -> Iterator[Quad]:
        q, kind = self.q, prop.kind
        predicate = _curie(prop.predicate)
        if kind == "organization":
            yield q(iri, predicate, self.org(value))
        elif kind == "person":
            yield q(iri, predicate, person_iri(value))
        elif kind == "product":
            maker = self.launched_by(value, getattr(fact, "company", ""))
            yield q(iri, predicate, product_iri(value, maker or None, self.article))
        elif kind == "market":
            yield q(iri, predicate, self.market(value))
        elif kind == "status":
            yield q(iri, predicate, _ns("mekg", value))
        elif kind == "role":
            role = role_iri(value)
            yield q(iri, predicate, role)
            yield q(role, RDF_TYPE, _ns("org", "Role"))
            yield q(role, LABEL, Literal(value))
        elif kind == "date":
            yield q(iri, predicate, date_literal(value))
        else:
            yield q(iri, predicate, Literal(value))

    def evidence_quads(self, fact: NamedNode, ev: Evidence | None) -> Iterator[Quad]:
        if ev is None:
            return
        q = self.q
        ev_iri = NamedNode(f"{self.g.value}/evidence/{ev.start}-{ev.end}")
        if (ev.start, ev.end) not in self._evidence:
            self._evidence.add((ev.start, ev.end))
            yield q(ev_iri, RDF_TYPE, _ns("mekg", "Evidence"))
            yield q(ev_iri, _ns("nif", "anchorOf"), Literal(ev.text))
            yield q(ev_iri, _ns("nif", "beginIndex"), _int(ev.start))
            yield q(ev_iri, _ns("nif", "endIndex"), _int(ev.end))
            yield q(ev_iri, _ns("nif", "referenceContext"), self.article)
        yield q(fact, _ns("prov", "wasDerivedFrom"), ev_iri)


def _key_part(kind: str, value: str) -> str:
    """A key value as a path segment: a person's order-free key, a market's code, else a slug."""
    if kind == "person":
        return person_key(value)
    if kind == "market":
        return slug(value).upper()
    return slug(value)


def geography_quads(codes: list[str], containment: list[tuple[str, str]]) -> Iterator[Quad]:
    """The shared geography graph: every market with its CLDR labels and M49 containment,
    direct (``mekg:partOf``) and transitive (``mekg:within``, materialised: a region's
    entries are one index lookup away, where ``partOf+`` walked the hierarchy per row)."""
    for code in codes:
        iri = market_iri(code)
        yield Quad(
            iri, RDF_TYPE, _ns("mekg", "Region" if geo.is_region(code) else "Country"), GEO_GRAPH
        )
        yield Quad(iri, _ns("mekg", "territoryCode"), Literal(code), GEO_GRAPH)
        for language, name in geo.labels(code).items():
            yield Quad(iri, LABEL, Literal(name, language=language), GEO_GRAPH)
    parents: dict[str, set[str]] = {}
    for parent, child in containment:
        yield Quad(market_iri(child), _ns("mekg", "partOf"), market_iri(parent), GEO_GRAPH)
        parents.setdefault(child, set()).add(parent)
    for code in sorted(parents):
        enclosing, pending = set(), list(parents[code])
        while pending:
            region = pending.pop()
            if region not in enclosing:
                enclosing.add(region)
                pending += parents.get(region, ())
        for region in sorted(enclosing):
            yield Quad(market_iri(code), _ns("mekg", "within"), market_iri(region), GEO_GRAPH)
