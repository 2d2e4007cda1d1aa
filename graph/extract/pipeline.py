"""The extractor: one document in, ArticleFacts out.

The stages (:mod:`graph.extract.stages`) analyse the article: its language, sentences,
places, dates, organisations, people, products, the companies' homes and the company it
is about. The fact finders (:mod:`graph.extract.facts`, run in the order ``FINDERS``
lists) read that analysis, one module per kind of fact. Every fact keeps the sentence it
came from as evidence.
"""

from __future__ import annotations

from graph.extract import lang
from graph.extract.analysis import ACTOR_KINDS, Context, Place
from graph.extract.facts import FINDERS, find_facts
from graph.extract.facts.channels import sales_channels
from graph.extract.facts.entries import market_entries
from graph.extract.facts.launches import product_launches
from graph.extract.facts.named import named
from graph.extract.facts.positions import executive_positions
from graph.extract.facts.statements import market_statements
from graph.extract.stages import analyse
from graph.model import ArticleFacts, Document

__all__ = [
    "ACTOR_KINDS",
    "FINDERS",
    "Context",
    "Place",
    "_context",
    "analyse",
    "executive_positions",
    "extract_facts",
    "market_entries",
    "market_statements",
    "product_launches",
    "sales_channels",
    "warm_up",
]

# the name the tests and older callers use for the analysis of one article
_context = analyse


def warm_up() -> None:
    from graph import geo  # noqa: PLC0415
    from graph.extract import (
        dates,  # noqa: PLC0415
        words,  # noqa: PLC0415
    )
    from graph.gazetteer import Gazetteer  # noqa: PLC0415

    Gazetteer.default()
    words.warm_up()
    for code in lang.LANGUAGES:
        geo.find_places("", code)
        dates.find_dates("", code, None)


def extract_facts(document: Document) -> ArticleFacts:
    """Find organisations, people, products, markets and the facts that link them."""
    ctx = analyse(document)
    found = find_facts(ctx)
    orgs, people, products = named(ctx, found)
    return ArticleFacts(
        document=document,
        language=ctx.language,
        organizations=tuple(orgs),
        people=tuple(people),
        products=tuple(products),
        market_entries=tuple(found["market_entries"]),
        sales_channels=tuple(found["sales_channels"]),
        product_launches=tuple(found["product_launches"]),
        positions=tuple(found["positions"]),
        statements=tuple(found["statements"]),
        markets=tuple(sorted({p.code for p in ctx.places})),
    )
