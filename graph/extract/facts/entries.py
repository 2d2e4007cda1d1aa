"""Market entries: a company entering, planning to enter or leaving a market."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache

from graph.extract.analysis import Context, Place
from graph.extract.entities import SpanIndex
from graph.extract.facts.acquisitions import entries_by_purchase
from graph.extract.facts.actors import actors_of_places
from graph.extract.facts.clauses import list_span, place_date
from graph.extract.facts.common import (
    event_day,
    evidence_of,
    not_after_publication,
    stepping_stone_cues,
)
from graph.extract.facts.found import Found
from graph.extract.facts.markets import (
    authority_or_goods,
    denied_in_clause,
    names_a_unit,
    origin_of_goods,
    ranks_within,
    scene_of_an_event,
)
from graph.extract.facts.positions import role_after, role_before
from graph.extract.facts.status import (
    arrives_at_place,
    entry_frame_re,
    entry_status,
    job_cuts_re,
    only_job_cuts,
    routed_via_place,
    there_before,
    without_entry_not,
)
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import role_heads_pattern
from graph.extract.text import Sentence, has_cue, sentence_at, sentence_starts, word_cue_re
from graph.model import MarketEntry, ProductLaunch

STATUS_PRIORITY = ("withdrawn", "launched", "rumored", "planned")


def _dated_by_launches(
    entries: list[MarketEntry], launches: list[ProductLaunch]
) -> list[MarketEntry]:
    """An entry dated by month or year takes the first day within it on which the company
    launched a product there ("seit Ende August … in Deutschland"; "am 20. August das Mi 9T
    Pro"): its first product's day is the day it entered."""
    out = []
    for e in entries:
        days = sorted(
            x.date
            for x in launches
            if x.company == e.company
            and x.market == e.market
            and x.date
            and e.date
            and len(x.date) > len(e.date)
            and x.date.startswith(e.date)
        )
        out.append(replace(e, date=days[0]) if days and e.status == "launched" else e)
    return out


# a status told of a company in a market, with the date and sentence that tell it
Vote = tuple[str, str | None, Sentence]


@dataclass(frozen=True)
class _MoveWords:
    """The words of one language that tell of a move into or out of a market."""

    cues: tuple[str, ...]  # entry, exit and stepping-stone cues
    divest: re.Pattern[str]  # "divested its business in Taiwan", "pulled Uniqlo out of Russia"
    leaving: tuple[re.Pattern[str], ...]
    entering: re.Pattern[str] | None  # "stieg 2010 in Polen ein": an entry without a cue
    cuts: re.Pattern[str] | None  # job cuts


@cache
def _move_words(L: Lexicon) -> _MoveWords:
    # "divested its business in Taiwan", "pulled Uniqlo out of Russia": an exit without a cue
    divest = re.compile(
        "|".join(f"(?:{p})" for p in (L.DIVEST_RE, L.EXIT_RE) if p is not None) or "(?!)",
        re.IGNORECASE,
    )
    return _MoveWords(
        L.ENTRY_CUES + L.EXIT_CUES + stepping_stone_cues(L),
        divest,
        (word_cue_re(L.EXIT_CUES), divest),
        entry_frame_re(L),
        job_cuts_re(L),
    )


def market_entries(ctx: Context) -> list[MarketEntry]:
    """The companies' moves into and out of markets: per company and market, the status
    most sentences tell (see :func:`_vote`), dated and with its evidence."""
    words = _move_words(ctx.L)
    votes: dict[tuple[str, str], list[Vote]] = defaultdict(list)
    gateways: dict[tuple[str, str], str] = {}
    undated: set[tuple[str, str, int]] = set()  # launched before the news, date unknown
    appositions = _person_appositions(ctx)
    described = SpanIndex(appositions)
    for s in ctx.sentences:
        places = _places_of_a_move(ctx, s, described, words)
        if not places:
            continue
        for company, theirs in actors_of_places(ctx, s, places, appositions).items():
            codes = _markets_of(ctx, s, company, theirs)
            _vote_in(ctx, s, company, codes, places, words, votes, undated)
            _gateways(ctx, s, company, codes, gateways)
    for company, code, status, date, s in entries_by_purchase(ctx):
        votes[(company, code)].append((status, date, s))
    return _decided(ctx, votes, undated, gateways)


def _person_appositions(ctx: Context) -> list[tuple[int, int]]:
    """ "Wang, a former head of Qualcomm's business in China, …", "su director general para
    España y Portugal, Ignacio Arias": the role phrases around people, whose places describe
    a person."""
    role_re = role_heads_pattern(ctx.L)
    return [
        span
        for p in ctx.people + ctx.person_refs
        if (s := sentence_at(ctx.sentences, p.start))
        for span in (role_after(ctx, p, s, role_re), role_before(ctx, p, s, role_re))
        if span
    ]


def _places_of_a_move(
    ctx: Context, s: Sentence, described: SpanIndex, words: _MoveWords
) -> list[Place]:
    """The markets of a sentence that tells of a move (none when it tells of none): its
    places that may be markets, or the one "there" refers to, less those denied."""
    text, L = ctx.document.text, ctx.L
    places = [
        p
        for p in ctx.within(ctx.places, s)
        if not p.home
        and not described.overlaps(p.start, p.end)
        and not scene_of_an_event(text, p.start, p.end, L)
        and not origin_of_goods(ctx, s, p, words.leaving)
        and not authority_or_goods(text, p, L)
        and not names_a_unit(ctx, s, p)
        and not ranks_within(text, p, L)
    ]
    if not places:
        places = _there(ctx, s)
    if not places or not _tells_of_a_move(ctx, s, words):
        return []
    # a market denied once is denied in the whole sentence ("Einen Markteintritt in
    # Großbritannien plant Zalando nicht: Der britische Markt sei zu umkämpft")
    denied = {p.code for p in places if denied_in_clause(ctx, s, p)}
    return [p for p in places if p.code not in denied]


def _tells_of_a_move(ctx: Context, s: Sentence, words: _MoveWords) -> bool:
    """A cue of entry or exit ("die Zahl der Xiaomi-Läden in Westeuropa": a compound's head
    is a cue too), a sale of a business, a verb of entry, a route or an arrival."""
    return bool(
        has_cue(without_entry_not(s.text, ctx.L), words.cues, heads=True)
        or words.divest.search(s.text)
        or (words.entering and words.entering.search(s.text))
        or routed_via_place(ctx, s)
        or arrives_at_place(ctx, s)
    )


def _markets_of(ctx: Context, s: Sentence, company: str, theirs: list[Place]) -> list[str]:
    """The codes of the company's places, in order, its home only in an origin story
    ("started there in 1995") or listed with markets abroad ("lanzará el Pixelbook Go en
    Estados Unidos y Canadá")."""
    home = ctx.home.get(company)
    codes: list[str] = []
    for p in theirs:
        if (
            p.code == home
            and not _origin_story(ctx, s, p)
            and not _listed_abroad(ctx, s, p, theirs)
        ):
            continue
        if p.code not in codes:
            codes.append(p.code)
    return codes


def _vote_in(
    ctx: Context,
    s: Sentence,
    company: str,
    codes: list[str],
    places: list[Place],
    words: _MoveWords,
    votes: dict[tuple[str, str], list[Vote]],
    undated: set[tuple[str, str, int]],
) -> None:
    """The sentence's vote on the company's status in each market, with the market's date;
    a launch the company made before the news, date unknown, goes to ``undated``."""
    for code in codes:
        place = next(p for p in places if p.code == code)
        date = place_date(ctx, s, place)
        status = entry_status(ctx, s, date, place)
        if status is None or (words.cuts and only_job_cuts(s.text, status, words.cuts, ctx.L)):
            continue
        votes[(company, code)].append((status, date, s))
        if status == "launched" and not date and there_before(ctx, s, place):
            undated.add((company, code, s.start))


def _decided(
    ctx: Context,
    votes: dict[tuple[str, str], list[Vote]],
    undated: set[tuple[str, str, int]],
    gateways: dict[tuple[str, str], str],
) -> list[MarketEntry]:
    """One entry per company and market: the status voted, its date and evidence."""
    entries = []
    # market researchers and rating agencies report on markets; they enter none
    # ("will be sold in Europe …, says a report from analysts Gartner")
    reporters = {o.name for o in ctx.orgs if o.industry == "research"}
    for (company, code), found in votes.items():
        if company in reporters:
            continue
        # a headline's present tense tells plans as well as launches ("Action expandiert
        # nach Italien" over "will … eröffnen"): what the body says counts first
        found = [f for f in found if not _in_headline(ctx, f[2])] or found
        status = _vote(found)
        date = _entry_date(
            ctx, status, [f for f in found if (company, code, f[2].start) not in undated], found
        )
        sentence = next(s for st, _, s in found if st == status)
        entries.append(
            MarketEntry(
                company,
                code,
                status,  # type: ignore[arg-type]
                date,
                gateways.get((company, code)),
                evidence_of(sentence),
            )
        )
    return entries


def _in_headline(ctx: Context, s: Sentence) -> bool:
    """True for the sentence that is the article's title, written as its first line."""
    title = (ctx.document.title or "").strip()
    return bool(title) and s.start < len(title) and ctx.document.text.lstrip().startswith(title)


def _there(ctx: Context, s: Sentence) -> list[Place]:
    """ "Bis 2025 will Ikea dort 25 Häuser betreiben": "dort" is the one market the
    sentence before named (none when it named several, or none)."""
    pattern = _there_re(ctx.L)
    word = pattern.search(s.text) if pattern else None
    if word is None:
        return []
    index = bisect.bisect_left(sentence_starts(ctx.sentences), s.start)
    if not index:
        return []
    previous = ctx.sentences[index - 1]
    # "der schwedische Möbelkonzern Ikea": the home of a company acting here is no market;
    # a Spanish bank named elsewhere in the article does not make Spain one's home
    actors = {o.name for o in (*ctx.within(ctx.orgs, previous), *ctx.within(ctx.orgs, s))}
    homes = {ctx.home[a] for a in actors | {ctx.focus or ""} if a in ctx.home}
    # "in the country" names a country, not "Southwest Asia" of a unit's name before it
    before = [
        p
        for p in ctx.within(ctx.places, previous)
        if not p.home and p.code not in homes and len(p.code) == 2
    ]
    if len({p.code for p in before}) != 1:
        return []
    at = s.start + word.start()
    return [Place(at, s.start + word.end(), before[0].code, "there")]


@cache
def _there_re(L: Lexicon) -> re.Pattern[str] | None:
    pattern = L.THERE_WORDS
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def _entry_date(
    ctx: Context,
    status: str,
    news: list[Vote],
    found: list[Vote],
) -> str | None:
    """The date of the voted status: for what has happened, the latest and most precise date
    up to publication (the news, not the back story); for plans, the first one named.
    Only the ``news`` among the ``found`` (not "already there") date a launch by the day."""
    dates = [d for st, d, _ in found if st == status and d] or [d for _, d, _ in found if d]
    if status in ("launched", "withdrawn"):
        dates = _with_the_news_day(ctx, status, news, dates)
        past = [d for d in dates if d and not_after_publication(ctx, d)]
        if past:
            return max(past)
    elif status == "planned" and ctx.published:
        # "sollen … beliefert werden, teilte das Unternehmen am Montag mit": a day up to
        # publication is when a plan was told, not when it is to happen
        told = ctx.published.isoformat()
        dates = [d for d in dates if len(d) < 10 or d > told]
    return dates[0] if dates else None


def _with_the_news_day(ctx: Context, status: str, news: list[Vote], dates: list[str]) -> list[str]:
    """The dates, and the day of the news where a sentence of the news tells the status
    without a date ("now has stores there": as of the news)."""
    day = event_day(ctx)
    if day and any(st == status and not d for st, d, _ in news):
        return [*dates, day]
    return dates


def _listed_abroad(ctx: Context, s: Sentence, home: Place, theirs: list[Place]) -> bool:
    """The home market stands in one list with a market abroad that the company moves
    into in the same sentence: it is a market of the move too."""
    start, end = list_span(ctx, s, home)
    text = ctx.document.text
    between = ctx.L.BETWEEN_WORDS
    if has_cue(text[max(s.start, start - 14) : start], between, whole=True):
        return False  # "flights between the UK and Saudi Arabia": a route's two ends
    return any(p.code != home.code and start <= p.start and p.end <= end for p in theirs)


def _origin_story(ctx: Context, s: Sentence, home: Place) -> bool:
    """The sentence tells how the company began at home: a year before publication in
    the home's clause ("tras España y Portugal, donde opera desde 2019" dates Portugal), or
    words that say so without one ("vor 20 Jahren gestartet", "founded", "hace 20 años")."""
    origin = ctx.L.ORIGIN_CUES
    date = place_date(ctx, s, home)
    earlier = bool(date and ctx.published and date[:4] < str(ctx.published.year))
    return earlier or bool(origin and re.search(origin, s.text))


def _vote(found: list[tuple[str, str | None, Sentence]]) -> str:
    counts = Counter(st for st, _, _ in found)
    if counts["launched"] and not counts["withdrawn"]:
        return "launched"  # once in the market, further plans are growth, not entry
    best = max(counts.values())
    return next(st for st in STATUS_PRIORITY if counts.get(st) == best)


def _gateways(
    ctx: Context, s: Sentence, company: str, codes: list[str], out: dict[tuple[str, str], str]
) -> None:
    from graph import geo  # noqa: PLC0415

    if not has_cue(s.text, ctx.L.GATEWAY_CUES):
        return
    for a in codes:
        for b in codes:
            if a != b and geo.is_region(b) and not geo.is_region(a) and geo.contains(b, a):
                out[(company, a)] = b


def _main_market(ctx: Context, entries: list[MarketEntry]) -> str | None:
    counts = Counter(p.code for p in ctx.places if not p.home)
    focus_entries = [e.market for e in entries if e.company == ctx.focus]
    for code in focus_entries:
        counts[code] += 2
    return counts.most_common(1)[0][0] if counts else None


def find(ctx: Context, found: Found) -> list[MarketEntry]:
    """The article's market entries."""
    return market_entries(ctx)


def with_main_market(ctx: Context, found: Found) -> Context:
    """The analysis with the article's main market, which the entries found tell (the
    finders after them read it)."""
    return replace(ctx, main_market=_main_market(ctx, found["market_entries"]))


def dated_by_launches(ctx: Context, found: Found) -> list[MarketEntry]:
    """The entries found, each dated by its first product's day where the launches give one
    (see :func:`_dated_by_launches`)."""
    return _dated_by_launches(found["market_entries"], found["product_launches"])
