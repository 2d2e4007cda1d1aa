"""The stages that analyse one article, in order: the analysis the fact finders read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from graph.extract import lang
from graph.extract.analysis import Context, Place
from graph.extract.entities import OrgMention, SpanIndex, find_products, person_references
from graph.extract.stages.date_mentions import date_mentions
from graph.extract.stages.focus import focus_company
from graph.extract.stages.homes import home_countries
from graph.extract.stages.organisations import governments_named, organisations
from graph.extract.stages.people import people_named, surnames_taken_for_names
from graph.extract.stages.places import cities_as_markets, markets_named
from graph.extract.stages.sentences import address_spans, language_of, published_date
from graph.extract.text import split_sentences
from graph.model import Document

Spans = list[tuple[int, int]]


class Mention(Protocol):
    """Anything found at a span of the text."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def analyse(document: Document) -> Context:
    """The analysis of one article, stage by stage: its language and sentences, the places,
    organisations, dates, people and products it names (each stage leaving out what an
    earlier one claimed), then its companies' homes and the company it is about."""
    from graph import geo  # noqa: PLC0415

    text = document.text
    language = language_of(document)
    L = lang.data(language)
    published = published_date(document.published)
    sentences = split_sentences(text, L.SENTENCE_ABBREVIATIONS)
    protected = address_spans(text)
    found_places = geo.find_places(text, language)
    orgs = organisations(text, L, found_places, protected, document.publisher)
    org_spans = _spans(orgs)
    places = markets_named(text, L, found_places, SpanIndex(org_spans + protected))
    taken = SpanIndex(org_spans + protected + _spans(places))
    places += cities_as_markets(text, L, language, sentences, orgs, taken)
    places.sort(key=lambda p: p.start)
    dates = date_mentions(text, language, published, protected)
    blocked = org_spans + _spans(places) + protected
    governments = governments_named(text, L, language, org_spans + protected)
    if governments:
        orgs, places, blocked = _with_governments(governments, orgs, places, blocked)
    people = people_named(text, L, blocked + _spans(dates), document.author)
    glued = surnames_taken_for_names(text, L, orgs, people)
    if glued:
        orgs = [o for o in orgs if (o.start, o.end) not in glued]
        blocked = [span for span in blocked if span not in glued]
    person_spans = _spans(people)
    refs = person_references(text, people, blocked + person_spans)
    products = find_products(text, L, orgs, blocked + person_spans + _spans(dates), _spans(places))
    found = Context(
        document, language, L, published, sentences, places, dates, orgs, people, refs, products
    )
    home, places = home_countries(found)
    found = replace(found, places=places, home=home)
    focus, home = focus_company(found)
    return replace(found, home=home, focus=focus)


def _spans(mentions: Sequence[Mention]) -> Spans:
    return [(m.start, m.end) for m in mentions]


def _with_governments(
    governments: list[OrgMention], orgs: list[OrgMention], places: list[Place], blocked: Spans
) -> tuple[list[OrgMention], list[Place], Spans]:
    """The organisations with the governments named by a place ("the South African
    government"), the places without the ones inside those names, and their spans blocked."""
    government_spans = SpanIndex((g.start, g.end) for g in governments)
    return (
        sorted(orgs + governments, key=lambda o: o.start),
        [p for p in places if not government_spans.overlaps(p.start, p.end)],
        blocked + _spans(governments),
    )
