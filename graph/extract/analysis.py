"""The analysis of one article: what the stages found, indexed for the fact finders."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from graph.extract.entities import OrgMention, PersonMention, ProductMention, SpanIndex
from graph.extract.lexicon import Lexicon
from graph.extract.text import ByStart, Sentence
from graph.model import Document

# the kinds of organisation that may move into a market
ACTOR_KINDS = ("company", "retailer", "carrier")


@dataclass(frozen=True)
class Place:
    """A place named in the text that may be a market (``home``: it names a company's home
    instead, as the homes stage finds)."""

    start: int
    end: int
    code: str
    form: str
    home: bool = False


@dataclass(frozen=True, eq=False)
class Context:
    """Everything found in one article, indexed for the fact finders.

    Frozen: the stages (:func:`graph.extract.stages.analyse`) make it, in order; the
    finders read it, and what the facts found tell of the article (its ``main_market``,
    from the entries) comes as a new analysis for the finders after them (see
    :data:`graph.extract.facts.FINDERS`). Only the indexes below are filled as asked for."""

    document: Document
    language: str
    L: Lexicon
    published: dt.date | None
    sentences: list[Sentence]
    places: list[Place]
    dates: list  # DateMention
    orgs: list[OrgMention]
    people: list[PersonMention]
    person_refs: list[PersonMention]
    products: list[ProductMention]
    home: dict[str, str] = field(default_factory=dict)  # org name -> home country
    focus: str | None = None
    main_market: str | None = None
    # id of a list of mentions → (the list, its length, its index when in text order)
    _by_start: dict[int, tuple[list, int, ByStart | None]] = field(
        default_factory=dict, init=False, repr=False
    )
    _named: SpanIndex | None = field(default=None, init=False, repr=False)

    def named_spans(self) -> SpanIndex:
        """Where the places, products, organisations and people are (made once)."""
        named = self._named
        if named is None:
            spans = [(x.start, x.end) for x in self.places]
            spans += [(x.start, x.end) for x in self.products]
            spans += [(x.start, x.end) for x in self.orgs]
            spans += [(x.start, x.end) for x in self.people]
            named = SpanIndex(spans)
            object.__setattr__(self, "_named", named)  # a cache in a frozen analysis
        return named

    def within(self, items, s: Sentence):  # noqa: ANN001, ANN201
        """The items (sorted by start, as every stage gives them) inside the sentence; a
        search by bisection, as a scan of every item for every sentence was quadratic."""
        cached = self._by_start.get(id(items))
        if cached is None or cached[0] is not items or cached[1] != len(items):
            starts = [x.start for x in items]
            in_order = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
            cached = (items, len(items), ByStart(items) if in_order else None)
            self._by_start[id(items)] = cached
        by_start = cached[2]
        if by_start is None:  # not in text order: scanned, as before
            return [x for x in items if s.start <= x.start and x.end <= s.end]
        return [x for x in by_start.between(s.start, s.end) if x.end <= s.end]
