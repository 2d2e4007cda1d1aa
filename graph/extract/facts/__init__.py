"""The fact finders, one module per kind of fact, registered in ``FINDERS``.

Each finder reads the article's analysis (:class:`graph.extract.analysis.Context`, made by
:mod:`graph.extract.stages`) and the facts found before it, and returns the facts of its
kind. They run in the order listed: a finder reads only what the ones before it found.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graph.extract.analysis import Context
from graph.extract.facts import channels, entries, launches, positions, statements
from graph.extract.facts.found import Found


@dataclass(frozen=True)
class FactFinder:
    """One step of finding facts: the ``ArticleFacts`` field it fills and how; ``refine``
    gives the finders after it an analysis with what these facts tell of the article."""

    field: str
    find: Callable[[Context, Found], list[Any]]
    refine: Callable[[Context, Found], Context] | None = None


FINDERS: tuple[FactFinder, ...] = (
    # the entries tell the article's main market, which the finders after them read
    FactFinder("market_entries", entries.find, refine=entries.with_main_market),
    FactFinder("product_launches", launches.find),
    FactFinder("sales_channels", channels.find),
    # an entry dated by month or year takes its first product's day within it
    FactFinder("market_entries", entries.dated_by_launches),
    FactFinder("positions", positions.find),
    FactFinder("statements", statements.find),
)


def find_facts(ctx: Context) -> Found:
    """Run every finder over the article's analysis, in order."""
    found: Found = {}
    for finder in FINDERS:
        found[finder.field] = finder.find(ctx, found)
        if finder.refine is not None:
            ctx = finder.refine(ctx, found)
    return found
