"""ArticleFacts → the quads of one named graph. The only module that mints IRIs.

Every article becomes one named graph holding the article node, the entities
it mentions (with their labels and kinds as this article gives them), the
facts, their evidence sentences and the extraction run. Replacing an article
means replacing its graph, so nothing is ever duplicated.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

from pyoxigraph import Literal, NamedNode, Quad

from graph import geo
from graph.model import ArticleFacts, Evidence

BASE = "https://w3id.org/mekg/"
MEKG = BASE + "ontology#"
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


def organization_iri(name: str, qid: str | None = None) -> NamedNode:
    return NamedNode(ID + ("org/" + qid if qid else "org/" + slug(name)))


def person_iri(name: str) -> NamedNode:
    return NamedNode(ID + "person/" + person_key(name))


def product_iri(name: str) -> NamedNode:
    return NamedNode(ID + "product/" + slug(name))


def market_iri(code: str) -> NamedNode:
    return NamedNode(ID + "market/" + slug(code).upper())


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
    return Literal(str(value), datatype=NamedNode(XSD + "nonNegativeInteger"))


class ExtractionRun:
    """The PROV activity that produced a batch of graphs: software version and time."""

    def __init__(self, version: str, started: datetime | None = None) -> None:
        self.version = version
        self.started = started or datetime.now(UTC)
        self.iri = NamedNode(ID + "run/" + uuid.uuid4().hex)


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
        self._fact_count = 0
        self._evidence: dict[tuple[int, int], NamedNode] = {}

    def q(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> Quad:
        return Quad(s, p, o, self.g)

    def quads(self) -> Iterator[Quad]:
        yield from self.article_quads()
        yield from self.entity_quads()
        yield from self.fact_quads()

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
        yield q(run.iri, _ns("schema", "softwareVersion"), Literal("mekg " + run.version))

    # -- entities
    def org(self, name: str) -> NamedNode:
        if name not in self.org_iris:
            entry = next((o for o in self.facts.organizations if o.name == name), None)
            self.org_iris[name] = organization_iri(name, entry.qid if entry else None)
        return self.org_iris[name]

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
        for product in self.facts.products:
            iri = product_iri(product.name)
            yield q(iri, RDF_TYPE, _ns("mekg", "Product"))
            yield q(iri, LABEL, Literal(product.name))
            if product.maker:
                yield q(iri, _ns("schema", "manufacturer"), self.org(product.maker))
        codes = set(self.facts.markets)
        for f in self.facts.market_entries:
            codes.add(f.market)
            if f.gateway_to:
                codes.add(f.gateway_to)
        codes.update(f.market for f in self.facts.sales_channels)
        codes.update(f.market for f in self.facts.product_launches)
        codes.update(f.market for f in self.facts.statements)
        for code in sorted(codes):
            iri = self.market(code)
            yield q(iri, RDF_TYPE, _ns("mekg", "Region" if geo.is_region(code) else "Country"))
            yield q(iri, _ns("mekg", "territoryCode"), Literal(code))
            yield q(iri, LABEL, Literal(geo.label(code, "en"), language="en"))
            yield q(self.article, _ns("schema", "mentions"), iri)

    def market(self, code: str) -> NamedNode:
        return market_iri(code)

    # -- facts
    def fact(self, cls: str, ev: Evidence | None) -> tuple[NamedNode, list[Quad]]:
        self._fact_count += 1
        iri = NamedNode(f"{self.g.value}/fact/{self._fact_count}")
        q = self.q
        out = [
            q(iri, RDF_TYPE, _ns("mekg", cls)),
            q(iri, _ns("mekg", "article"), self.article),
            q(iri, _ns("prov", "wasGeneratedBy"), self.run.iri),
        ]
        if ev is not None:
            key = (ev.start, ev.end)
            ev_iri = self._evidence.get(key)
            if ev_iri is None:
                ev_iri = NamedNode(f"{self.g.value}/evidence/{ev.start}-{ev.end}")
                self._evidence[key] = ev_iri
                out += [
                    q(ev_iri, RDF_TYPE, _ns("mekg", "Evidence")),
                    q(ev_iri, _ns("nif", "anchorOf"), Literal(ev.text)),
                    q(ev_iri, _ns("nif", "beginIndex"), _int(ev.start)),
                    q(ev_iri, _ns("nif", "endIndex"), _int(ev.end)),
                    q(ev_iri, _ns("nif", "referenceContext"), self.article),
                ]
            out.append(q(iri, _ns("prov", "wasDerivedFrom"), ev_iri))
        return iri, out

    def fact_quads(self) -> Iterator[Quad]:
        q, m = self.q, _ns
        for e in self.facts.market_entries:
            iri, out = self.fact("MarketEntry", e.evidence)
            yield from out
            yield q(iri, m("mekg", "company"), self.org(e.company))
            market = self.market(e.market)
            yield q(iri, m("mekg", "market"), market)
            yield q(iri, m("mekg", "entryMarket"), market)
            yield q(iri, m("mekg", "status"), m("mekg", e.status))
            if e.date:
                yield q(iri, m("mekg", "date"), date_literal(e.date))
            if e.gateway_to:
                yield q(iri, m("mekg", "gatewayTo"), self.market(e.gateway_to))
        for s in self.facts.sales_channels:
            iri, out = self.fact("SalesChannel", s.evidence)
            yield from out
            yield q(iri, m("mekg", "company"), self.org(s.company))
            yield q(iri, m("mekg", "market"), self.market(s.market))
            yield q(iri, m("mekg", "retailer"), self.org(s.retailer))
            if s.channel:
                yield q(iri, m("mekg", "channel"), Literal(s.channel))
        for p in self.facts.product_launches:
            iri, out = self.fact("ProductLaunch", p.evidence)
            yield from out
            yield q(iri, m("mekg", "company"), self.org(p.company))
            yield q(iri, m("mekg", "product"), product_iri(p.product))
            yield q(iri, m("mekg", "market"), self.market(p.market))
            if p.date:
                yield q(iri, m("mekg", "date"), date_literal(p.date))
        for pos in self.facts.positions:
            iri, out = self.fact("Position", pos.evidence)
            yield from out
            yield q(iri, m("org", "member"), person_iri(pos.person))
            yield q(iri, m("org", "organization"), self.org(pos.organization))
            yield q(iri, m("mekg", "role"), Literal(pos.role))
        for st in self.facts.statements:
            iri, out = self.fact("Statement", st.evidence)
            yield from out
            yield q(iri, m("mekg", "speaker"), person_iri(st.person))
            yield q(iri, m("mekg", "market"), self.market(st.market))
            yield q(iri, m("mekg", "quote"), Literal(st.quote))
            if st.date:
                yield q(iri, m("mekg", "date"), date_literal(st.date))


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
