"""The status of a market entry a sentence tells of: withdrawn, launched, rumored or planned.

The checks run in order and the first that holds decides: their order is their meaning."""

from __future__ import annotations

import re
from functools import cache

from graph.extract.analysis import Context, Place
from graph.extract.dates import month_part_ahead
from graph.extract.facts.clauses import (
    clause_tail_re,
    clause_to,
    list_span,
    segment_of,
    where_span,
)
from graph.extract.facts.common import stepping_stone_cues
from graph.extract.lexicon import Lexicon
from graph.extract.text import Sentence, has_cue, word_cue_re


def only_job_cuts(text: str, status: str, cuts: re.Pattern[str], L: Lexicon) -> bool:
    """ "Jobs will also be lost … across its operations in the Americas", "eliminará 300
    puestos de trabajo en México": job cuts tell of no move into a market; an exit told
    beside them stays one ("will close its stores in Japan, cutting 1,000 jobs")."""
    if not cuts.search(text):
        return False
    return status != "withdrawn" or not _exit_cue(cuts.sub(" ", text), L)


@cache
def job_cuts_re(L: Lexicon) -> re.Pattern[str] | None:
    pattern = L.JOB_CUTS_RE
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def _season_ahead(ctx: Context, text: str, date: str | None) -> bool:
    """A date of this year given by a season that has not begun ("eröffnet im Herbst"
    written in March): the date is the year, the season is still to come; or of this
    month, by a part of it still to come ("startet Ende Januar", written on 10 January)."""
    if month_part_ahead(text, ctx.language, date, ctx.published):
        return True
    if not date or not ctx.published or date != str(ctx.published.year):
        return False
    begins = {name.lower(): month for name, month in ctx.L.DATE_SEASONS.items()}
    return any(
        begins[m.group().lower()] > ctx.published.month
        for m in word_cue_re(tuple(begins), whole=True).finditer(text)
    )


def entry_status(
    ctx: Context, s: Sentence, date: str | None, place: Place | None = None
) -> str | None:
    """The status of an entry the sentence tells of (``place``: where, when known).

    The checks run in this order and the first that holds decides: what the place's own
    clauses tell, an exit, a rumour, then the tense and cues of the whole sentence."""
    to_place = clause_to(ctx, s, place) if place is not None else ""
    if place is not None and _launched_in_the_place_s_clauses(ctx, s, date, place, to_place):
        return "launched"
    if _withdrawn(ctx, s, place):
        return "withdrawn"
    text = _without_back_story(s.text, ctx.L)
    if rumoured(text, ctx.L):
        return "rumored"
    return _status_by_tense(ctx, s, _without_tiers(text, ctx.L), date, place, to_place)


def _launched_in_the_place_s_clauses(
    ctx: Context, s: Sentence, date: str | None, place: Place, to_place: str
) -> bool:
    """The clauses around the place tell the company is there, whatever the sentence plans
    elsewhere: it goes on there, a relative clause on the place says so, or the entry's own
    clause does."""
    L = ctx.L
    # "ha cesado en Uruguay, y seguirá operando en Argentina": going on there, in the
    # clause that leads to the place (from the last punctuation mark, so "bleibt aber
    # in Polen" keeps its verb), whatever the sentence closed before it ("will continue
    # to sell in Japan until it closes its stores" closes after it)
    before = s.text[: list_span(ctx, s, place)[0] - s.start]
    clause = s.text[max(before.rfind(c) for c in ",;:(") + 1 : place.end - s.start]
    rest = clause + s.text[place.end - s.start :]
    if has_cue(clause, L.CONTINUE_CUES) and not _exit_cue(rest, L):
        return True
    # "tras España y Portugal, donde opera desde 2019": a relative clause on the
    # place tells of the company there, whatever the sentence plans elsewhere
    where = _where_clause(ctx, s, place)
    if where and not _exit_cue(where, L) and _launched_in_clause(L, where):
        return True
    return _launched_in_own_clause(ctx, s, date, place, to_place)


def _launched_in_own_clause(
    ctx: Context, s: Sentence, date: str | None, place: Place, to_place: str
) -> bool:
    """ "entró en Estados Unidos en 2015 y cerró su tienda en Bélgica": the entry's own
    clause tells of it, up to the next comma or "and" (a German verb comes last: "ist 2015
    in die USA eingestiegen und …"); the exit is another clause's (after the whole list of
    places: "in Polen und Tschechien tätig ist")."""
    L = ctx.L
    split_exit = L.EXIT_RE  # "pulled Uniqlo out of Russia"
    divest = L.DIVEST_RE  # "sell its Southeast Asian business"
    listed_end = list_span(ctx, s, place)[1]
    tail = clause_tail_re(L).split(s.text[listed_end - s.start :], maxsplit=1)[0]
    tail = tail if len(tail.split()) <= 5 else ""
    own = to_place + tail
    return bool(
        not _exit_cue(own, L)
        and not (divest and re.search(divest, s.text, flags=re.IGNORECASE))
        # "hatte sich bereits 2023 aus Österreich verabschiedet": left, long ago
        and not (split_exit and re.search(split_exit, own, flags=re.IGNORECASE))
        and not (date and ctx.published and date > ctx.published.isoformat()[: len(date)])
        and not _season_ahead(ctx, s.text, date)
        and _launched_in_clause(L, own)
    )


def _withdrawn(ctx: Context, s: Sentence, place: Place | None) -> bool:
    """An exit told in the place's clause, or a sale of the business the market names."""
    L, text = ctx.L, s.text
    split_exit = L.EXIT_RE  # "pulled Uniqlo out of Russia"
    divest = L.DIVEST_RE  # "sell its Southeast Asian business"
    # "will also close 600 stores in the US, but plans to open 75 in China": an exit
    # told in another clause than the place's is not the place's
    segment = segment_of(text, place.start - s.start, L) if place is not None else text
    if _exit_cue(segment, L) or (
        split_exit and re.search(split_exit, segment, flags=re.IGNORECASE)
    ):
        return True
    # "sell its Southeast Asian business": the market named in what it sells
    for sold in re.finditer(divest, text, flags=re.IGNORECASE) if divest else ():
        if place is None or s.start + sold.start() <= place.start < s.start + sold.end():
            return True
    return False


def _without_back_story(text: str, L: Lexicon) -> str:
    """ "after years of announcements and rumours, X now has …": the back story, not the
    status, left out (``RUMOR_OVER``)."""
    over = L.RUMOR_OVER
    return re.sub(over, " ", text, flags=re.IGNORECASE) if over else text


def _status_by_tense(
    ctx: Context, s: Sentence, text: str, date: str | None, place: Place | None, to_place: str
) -> str | None:
    """The status the sentence's tense, date and cues tell (``text``: the sentence without
    its back story and price tiers), in this order."""
    L = ctx.L
    future, past = _tense(ctx, text, date)
    if has_cue(text, L.CONTINUE_CUES) and not future:
        return "launched"  # "will continue to sell there": it sells there now
    if place is not None and not future and _launched_in_clause(L, to_place):
        return "launched"  # "which already operates stores in China, …, plans to add …"
    plan = _planned(text, L)
    if plan and not past:
        return "planned"
    if future:
        return "planned"
    if (
        has_cue(text, L.LAUNCH_CUES)
        or ((frame := entry_frame_re(L)) and frame.search(text))
        or (place is not None and arrives_at_place(ctx, s, place))
    ):
        return "launched"
    if past:
        # "had paused its India plans in 2022": a plan of the past is no launch
        return "planned" if plan else "launched"
    if has_cue(text, L.REPORTED_PLAN_CUES):
        return "planned"  # "said it would open stores in India this year"
    if has_cue(text, stepping_stone_cues(L)) or routed_via_place(ctx, s):
        return "planned"  # a stepping stone names where the company means to go
    return None


def _tense(ctx: Context, text: str, date: str | None) -> tuple[bool, bool]:
    """Whether the date is after publication (or a season still to come), and whether it is
    before it."""
    future = past = False
    if date and ctx.published:
        pub = ctx.published.isoformat()[: len(date)]
        future, past = date > pub, date < pub
    return future or _season_ahead(ctx, text, date), past


def _planned(text: str, L: Lexicon) -> bool:
    """A plan cue or the future tense in ``text``."""
    future_tense = L.FUTURE_TENSE
    return has_cue(text, L.PLAN_CUES, whole=False) or bool(
        future_tense and re.search(future_tense, text)
    )


def _exit_cue(text: str, L: Lexicon) -> bool:
    """An exit word in ``text``, not counting the closings that are none ("closed the
    year with 443 stores", ``EXIT_NOT``)."""
    closing = L.EXIT_NOT
    if closing:
        text = re.sub(closing, " ", text, flags=re.IGNORECASE)
    return has_cue(text, L.EXIT_CUES)


def _where_clause(ctx: Context, s: Sentence, place: Place) -> str:
    """The relative clause on the place ("Portugal, donde opera desde 2019"), up to the
    clause's end."""
    start, end = where_span(ctx, s, place)
    return ctx.document.text[start:end]


def rumoured(text: str, L: Lexicon) -> bool:
    """The text reports a rumour or doubt (its cues, or the language's cased pattern)."""
    return has_cue(text, L.RUMOR_CUES) or _cased_search(L.RUMOR_RE, text)


def _cased_search(pattern: str | None, text: str) -> bool:
    """``pattern`` found in ``text``, case as written (cues match in any case)."""
    return bool(pattern and _cased_re(pattern).search(text))


@cache
def _cased_re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _launched_in_clause(L: Lexicon, clause: str) -> bool:
    """The clause that leads to a place (see :func:`clause_to`, and the words after it
    where a German verb stands) tells of a launch, whatever the rest of the sentence
    plans: "ya vende sus vehículos en Chile, Brasil y Uruguay", "which already operates
    stores in China", "ha lanzado su servicio en España, donde los suscriptores podrán …",
    "ist 2015 in die USA eingestiegen". A plan in the clause makes it none ("already plans
    to open in India")."""
    already = L.ALREADY_CUES
    launched = L.LAUNCH_CUES
    if not already and not launched:
        return False
    clause = _without_tiers(clause, L)
    future_tense = L.FUTURE_TENSE
    plans = (*L.PLAN_CUES, *L.REPORTED_PLAN_CUES)
    if (
        has_cue(clause, plans)
        or has_cue(clause, L.MODAL_CUES, whole=True)
        or _cased_search(L.MODAL_RE, clause)
        or (future_tense and re.search(future_tense, clause))
    ):
        return False  # "would be available when players went on sale in"
    frame = entry_frame_re(L)
    return (
        has_cue(clause, already, whole=True)
        or has_cue(clause, launched)
        or has_cue(clause, L.PRESENT_CUES)
        or bool(frame and frame.search(clause))
    )


@cache
def entry_frame_re(L: Lexicon) -> re.Pattern[str] | None:
    """A verb of entry whose particle ends the clause (German "stieg 2010 in Polen ein"),
    from the language's ``ENTRY_RE``; it tells of an entry as a launch cue does."""
    pattern = L.ENTRY_RE
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def without_entry_not(text: str, L: Lexicon) -> str:
    """``text`` without the words that look like an entry cue and are not ("operating
    profit", "beneficio operativo")."""
    pattern = L.ENTRY_NOT
    return re.sub(pattern, " ", text, flags=re.IGNORECASE) if pattern else text


def _without_tiers(text: str, L: Lexicon) -> str:
    """``text`` without the words for a price tier that look like a plan ("plan básico")."""
    tiers = L.PLAN_NOT
    return re.sub(tiers, " ", text, flags=re.IGNORECASE) if tiers else text


def there_before(ctx: Context, s: Sentence, place: Place) -> bool:
    """The clause says the company was in the market already ("ist bereits in Rumänien
    aktiv"): since when, the news does not tell."""
    clause = clause_to(ctx, s, place)
    # "seguirá operando en Perú", "will continue to sell there": there before the news too
    return has_cue(clause, ctx.L.ALREADY_CUES, whole=True) or has_cue(clause, ctx.L.CONTINUE_CUES)


def routed_via_place(ctx: Context, s: Sentence) -> bool:
    """A route preposition among the gateway cues right before a place ("über Mexiko nach
    Nordamerika", "via Mexico"); "über 500 Filialen" and "talks about Asia" are none."""
    return _before_a_place(ctx, s, _route_re(ctx.L), 16)


def arrives_at_place(ctx: Context, s: Sentence, place: Place | None = None) -> bool:
    """A verb of coming with its preposition right before a place (``ARRIVAL_RE``:
    "Aldi kommt 2027 nach Italien"); "kommt nach Angaben des Konzerns" names none."""
    return _before_a_place(ctx, s, _arrival_re(ctx.L), 80, place)


def _before_a_place(
    ctx: Context,
    s: Sentence,
    pattern: re.Pattern[str] | None,
    reach: int,
    place: Place | None = None,
) -> bool:
    """True when ``pattern`` (anchored with ``$``) ends right before a place of the
    sentence (``place``, when given), looking back ``reach`` characters."""
    if pattern is None:
        return False
    text = ctx.document.text
    places = [place] if place is not None else ctx.within(ctx.places, s)
    return any(pattern.search(text, max(s.start, p.start - reach), p.start) for p in places)


@cache
def _arrival_re(L: Lexicon) -> re.Pattern[str] | None:
    pattern = L.ARRIVAL_RE
    return re.compile(pattern, re.IGNORECASE) if pattern else None


@cache
def _route_re(L: Lexicon) -> re.Pattern[str] | None:
    routes = [c for c in L.GATEWAY_CUES if len(c) <= 4]
    if not routes:
        return None
    articles = "|".join(map(re.escape, L.PLACE_ARTICLES)) or "(?!)"
    body = "|".join(map(re.escape, routes))
    return re.compile(rf"(?i)(?<![\w-])(?:{body})\s+(?:(?:{articles})\s+)?$")
