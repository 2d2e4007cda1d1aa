"""Plain data passed between pipeline stages.

Sources produce a :class:`Document`; extraction turns it into
:class:`ArticleFacts`; :mod:`graph.rdf` turns those into triples. Nothing here
knows about RDF or about any language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

OrgKind = Literal["company", "retailer", "carrier", "media", "other"]
EntryStatus = Literal["rumored", "planned", "launched", "withdrawn"]
Channel = Literal["online", "offline"]


@dataclass(frozen=True)
class Document:
    """One article as read from a file, URL or feed line, before extraction.

    ``source`` is what the competency queries show (a file name,
    ``NAME.jsonl#N`` or a URL); ``locator`` identifies the article in the store
    (absolute file URI or URL, plus ``#N`` for feed lines): ingesting the same
    locator again replaces the article's graph.
    """

    text: str
    source: str
    locator: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date (YYYY-MM-DD) or None
    publisher: str | None = None
    author: str | None = None
    place: str | None = None  # dateline place as written
    language: str | None = None  # ISO 639-1, None when unknown
    url: str | None = None
    format: str = "txt"  # txt | html | json | jsonl | text
    # Offset of ``text`` inside the original body, so evidence offsets stay
    # meaningful when a title or dateline was stripped off.
    body_offset: int = 0


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, with character offsets in ``Document.text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Organization:
    """A named organisation; ``qid`` is its Wikidata ID when known."""

    name: str
    kind: OrgKind = "company"
    qid: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None  # home country (CLDR code) when known
    written: str | None = None  # the name as this article first writes it, when not ``name``


@dataclass(frozen=True)
class Person:
    name: str
    qid: str | None = None


@dataclass(frozen=True)
class Product:
    name: str
    maker: str | None = None  # organisation name


@dataclass(frozen=True)
class MarketEntry:
    company: str  # organisation name (as in ArticleFacts.organizations)
    market: str  # CLDR territory code
    status: EntryStatus
    date: str | None = None  # ISO 8601, as precise as the text allows
    gateway_to: str | None = None  # market this one is a stepping stone to
    evidence: Evidence | None = None


@dataclass(frozen=True)
class SalesChannel:
    company: str
    market: str
    retailer: str
    channel: Channel | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class ProductLaunch:
    company: str
    product: str
    market: str
    date: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Position:
    person: str
    organization: str
    role: str  # as worded in the article
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Statement:
    person: str
    market: str
    quote: str  # the quoted or reported text
    date: str | None = None  # when the statement was made, if the text says
    evidence: Evidence | None = None


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one document."""

    document: Document
    language: str
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    products: tuple[Product, ...] = ()
    market_entries: tuple[MarketEntry, ...] = ()
    sales_channels: tuple[SalesChannel, ...] = ()
    product_launches: tuple[ProductLaunch, ...] = ()
    positions: tuple[Position, ...] = ()
    statements: tuple[Statement, ...] = ()
    # markets mentioned at all (codes), for views and stats
    markets: tuple[str, ...] = field(default=())
