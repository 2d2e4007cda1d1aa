"""The registry of fact types: what every stage after extraction needs to know of a fact.

The RDF writer (:mod:`graph.rdf`), the networkx projection and the counts
(:mod:`graph.network`), the analytics and the fact count of an ingest iterate
over :data:`FACT_TYPES`; none of them names a fact type. A new fact type is its
data class in :mod:`graph.model` (and a field of ``ArticleFacts``), its
extraction, one entry here, and its ontology class, shape and competency query
(docs/data-model.md walks through the steps). Predicates are written as CURIEs
with the prefixes of :data:`graph.rdf.PREFIXES`; nothing here builds RDF terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from graph.model import ArticleFacts

# How a field's value becomes an RDF term (graph/rdf.py turns each kind into one):
# an entity's IRI, a status concept, an org:Role node labelled with the wording,
# a typed date, or a plain string.
ValueKind = Literal["organization", "person", "product", "market", "status", "role", "date", "text"]


@dataclass(frozen=True)
class Property:
    """One field of a fact and the predicate that states it."""

    field: str
    predicate: str  # CURIE, e.g. "mekg:company"
    kind: ValueKind
    # A fact may hold several values once its duplicates are merged (a retailer that
    # sells a company's products both online and offline); other fields keep the first.
    many: bool = False


@dataclass(frozen=True)
class FactType:
    """A kind of fact: its data, its RDF class and properties, its key and its edge."""

    name: str  # the networkx relation and the `mekg stats` count: facts:NAME
    field: str  # the ArticleFacts field that holds the facts of this type
    rdf_class: str  # local name in the mekg: namespace
    key: tuple[str, ...]  # the fields that identify a fact (its IRI); the rest are attributes
    properties: tuple[Property, ...]
    edge: tuple[str, str]  # the fields whose entities the networkx edge joins
    edge_label: str  # what the edge says, e.g. "sells via"

    def facts(self, article: ArticleFacts) -> tuple[object, ...]:
        """The facts of this type in one article."""
        return tuple(getattr(article, self.field))

    def predicate(self, field: str) -> str:
        """The (first) predicate that states ``field``."""
        return next(p.predicate for p in self.properties if p.field == field)

    @property
    def slug(self) -> str:
        """The path segment of this type's fact IRIs: ``market-entry``."""
        return self.name.replace("_", "-")


def _p(field: str, predicate: str, kind: ValueKind, *, many: bool = False) -> Property:
    return Property(field, predicate, kind, many)


FACT_TYPES: tuple[FactType, ...] = (
    FactType(
        name="market_entry",
        field="market_entries",
        rdf_class="MarketEntry",
        key=("company", "market"),
        properties=(
            _p("company", "mekg:company", "organization"),
            _p("market", "mekg:market", "market"),
            # materialised sub-property of mekg:market: queries for entries start from it
            _p("market", "mekg:entryMarket", "market"),
            _p("status", "mekg:status", "status"),
            _p("date", "mekg:date", "date"),
            _p("gateway_to", "mekg:gatewayTo", "market"),
        ),
        edge=("company", "market"),
        edge_label="enters market",
    ),
    FactType(
        name="sales_channel",
        field="sales_channels",
        rdf_class="SalesChannel",
        key=("company", "market", "retailer"),
        properties=(
            _p("company", "mekg:company", "organization"),
            _p("market", "mekg:market", "market"),
            _p("retailer", "mekg:retailer", "organization"),
            _p("channel", "mekg:channel", "text", many=True),
        ),
        edge=("company", "retailer"),
        edge_label="sells via",
    ),
    FactType(
        name="product_launch",
        field="product_launches",
        rdf_class="ProductLaunch",
        key=("company", "product", "market"),
        properties=(
            _p("company", "mekg:company", "organization"),
            _p("product", "mekg:product", "product"),
            _p("market", "mekg:market", "market"),
            _p("date", "mekg:date", "date"),
        ),
        edge=("company", "product"),
        edge_label="launches",
    ),
    FactType(
        name="position",
        field="positions",
        rdf_class="Position",
        key=("person", "organization"),
        properties=(
            _p("person", "org:member", "person"),
            _p("organization", "org:organization", "organization"),
            _p("role", "org:role", "role"),
        ),
        edge=("person", "organization"),
        edge_label="position at",
    ),
    FactType(
        name="statement",
        field="statements",
        rdf_class="Statement",
        key=("person", "market"),
        properties=(
            _p("person", "mekg:speaker", "person"),
            _p("market", "mekg:market", "market"),
            _p("quote", "mekg:quote", "text"),
            _p("date", "mekg:date", "date"),
        ),
        edge=("person", "market"),
        edge_label="statement about",
    ),
)

BY_NAME = {fact_type.name: fact_type for fact_type in FACT_TYPES}


def count_facts(article: ArticleFacts) -> int:
    """How many facts of every type an article holds."""
    return sum(len(fact_type.facts(article)) for fact_type in FACT_TYPES)
