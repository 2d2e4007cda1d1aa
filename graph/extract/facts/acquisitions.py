"""Buying a company in a market is entering it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.extract.analysis import Context, Place
from graph.extract.entities import OrgMention
from graph.extract.facts.common import sentence_date
from graph.extract.facts.markets import scene_of_an_event
from graph.extract.facts.status import rumoured
from graph.extract.lexicon import Lexicon
from graph.extract.text import Sentence, has_cue, word_cue_re

Acquisition = tuple[str, str, str, str | None, Sentence]


def entries_by_purchase(ctx: Context) -> Iterator[Acquisition]:
    """Buying a company in a market is entering it: "WPP bought US rival Grey", "Standard
    Chartered said it would spend $3.3bn to buy one of South Korea's banks".

    The buyer is the organisation named last before the verb (at most 80 characters
    before it; a participle right after a passive auxiliary is not its deed); the
    market is the place after the buyer nearest the verb, up to 100 characters after
    it, other than the buyer's home.
    """
    cue_re = _purchase_re(ctx.L)
    if cue_re is None:
        return
    for s in ctx.sentences:
        for cue in cue_re.finditer(s.text):
            found = _acquisition(ctx, s, cue)
            if found is not None:
                yield found


def _acquisition(ctx: Context, s: Sentence, cue: re.Match[str]) -> Acquisition | None:
    """The buyer, market, status and date of the purchase a cue tells of, if any."""
    L, text = ctx.L, ctx.document.text
    at, end = s.start + cue.start(), s.start + cue.end()
    buyer = _buyer(ctx, s, at)
    if buyer is None:
        return None
    bought = has_cue(cue.group(), L.ACQUISITION_DONE)
    last = text[buyer.end : at].split()[-1:]
    if bought and last and last[0] in L.PASSIVE_AUX:
        return None  # "it will be bought by", "wurde übernommen": the buyer is another
    place = _bought_where(ctx, s, buyer, end)
    if place is None:
        return None
    date = sentence_date(ctx, s, place.start)
    status = "launched" if bought else "planned"
    if not date and not bought:
        date = _closing_date(ctx, s)
    if date and ctx.published and date < ctx.published.isoformat()[: len(date)]:
        status = "launched"  # "its 2001 acquisition of Liffe"
    elif rumoured(s.text, L):
        status = "rumored"
    return buyer.name, place.code, status, date, s


def _buyer(ctx: Context, s: Sentence, at: int) -> OrgMention | None:
    """The organisation named last before the purchase's verb (at ``at``), at most 80
    characters before it."""
    text = ctx.document.text
    passive, sellers = ctx.L.PASSIVE_AUX, ctx.L.SELLER_PREPOSITIONS
    active = not (passive and has_cue(text[s.start : at], passive, whole=True))
    before = [
        o
        for o in ctx.within(ctx.orgs, s)
        if o.end <= at
        and at - o.end <= 80
        # "hatten Here von Nokia übernommen": in an active clause, the seller
        and not (active and (text[s.start : o.start].split() or [""])[-1] in sellers)
    ]
    return max(before, key=lambda o: o.end) if before else None


def _bought_where(ctx: Context, s: Sentence, buyer: OrgMention, end: int) -> Place | None:
    """The market of the company bought: the place after the buyer nearest the verb (which
    ends at ``end``), up to 100 characters after it, other than the buyer's home."""
    L, text = ctx.L, ctx.document.text
    agent = L.PASSIVE_AGENT
    home = ctx.home.get(buyer.name)
    places = [
        p
        for p in ctx.within(ctx.places, s)
        if p.start >= buyer.end
        and p.end <= end + 100
        and p.code != home  # "Chilean" in "a Chilean chain" counts: the target's home
        and not scene_of_an_event(text, p.start, p.end, L)
        # "it would be bought by a US fund": the place is the other buyer's
        and not (p.start > end and agent and has_cue(text[end : p.start], agent, whole=True))
    ]
    return min(places, key=lambda p: abs(p.start - end)) if places else None


def _closing_date(ctx: Context, s: Sentence) -> str | None:
    """When an agreed purchase is to close, told in a later sentence that names the deal and
    its closing, before any other purchase is told: "The deal is expected to be completed
    by April 2005", "Der Abschluss der Übernahme wird im Frühjahr erwartet"."""
    L = ctx.L
    nouns, closing = L.DEAL_NOUNS, L.DEAL_CLOSING
    if not (nouns and closing):
        return None
    purchase = _purchase_re(L)
    for later in ctx.sentences:
        if later.start <= s.start:
            continue
        if has_cue(later.text, nouns, whole=True) and has_cue(later.text, closing):
            return sentence_date(ctx, later)
        if purchase is not None and purchase.search(later.text):
            return None  # another purchase: a closing after it may be its own
    return None


def _purchase_re(L: Lexicon) -> re.Pattern[str] | None:
    """A purchase told as done or as agreed ("bought", "to acquire"), or None."""
    cues = L.ACQUISITION_DONE + L.ACQUISITION_PLAN
    return word_cue_re(cues) if cues else None
