"""Whether a place a sentence names is a market of the news, and which markets a sentence
names."""

from __future__ import annotations

import re
from functools import cache

from graph.extract.analysis import Context, Place
from graph.extract.dates import is_calendar_word
from graph.extract.entities import overlaps
from graph.extract.facts.clauses import clause_break_re, list_span
from graph.extract.lexicon import Lexicon
from graph.extract.text import Sentence, has_cue


@cache
def _origin_re(L: Lexicon) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in L.ORIGIN_PREPOSITIONS) or "(?!)"
    articles = "|".join(re.escape(w) for w in L.PLACE_ARTICLES) or "(?!)"
    return re.compile(rf"(?i:\b(?:{words}))\s+(?:(?i:{articles})\s+)?$")


def origin_of_goods(
    ctx: Context, s: Sentence, place: Place, leaving: tuple[re.Pattern[str], ...]
) -> bool:
    """ "Waren, die direkt aus China verschickt wurden", "cars imported from China": where
    goods come from, not a market; unless the sentence leaves it (``leaving``: "zieht sich
    aus Russland zurück", "withdrew from Russia", "stieg aus Norwegen aus")."""
    before = ctx.document.text[max(s.start, place.start - 30) : place.start]
    return _origin_re(ctx.L).search(before) is not None and not any(
        pattern.search(s.text) for pattern in leaving
    )


@cache
def _authority_re(L: Lexicon) -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, L.AUTHORITY_NOUNS)) or "(?!)"
    # "Germany's Chancellor", "a US bankruptcy court": one qualifying word may come between
    return re.compile(rf"[ -](?:[a-z][\w-]*[ ])?(?i:{nouns})\b")


def authority_or_goods(text: str, place: Place, L: Lexicon) -> bool:
    """ "US-Regierung", "the US government", "EU-Importware": a country's name before such a
    noun names an authority or where goods come from, not a market (its adjective may:
    "Indian authorities approved the launch")."""
    return place.form != "adjective" and _authority_re(L).match(text, place.end) is not None


def ranks_within(text: str, place: Place, L: Lexicon) -> bool:
    """ "Asia's fourth-largest economy", "Europas größter Autobauer": a place that ranks
    what follows describes it (a country, a company), it is no market of the sentence."""
    pattern = _ranking_re(L)
    if pattern is not None and pattern.match(text, place.end) is not None:
        return True
    # "its biggest market in the region after Brazil": the yardstick of a ranking
    yardstick = _ranked_after_re(L)
    return yardstick is not None and bool(
        yardstick.search(text, max(0, place.start - 100), place.start)
    )


@cache
def _ranked_after_re(L: Lexicon) -> re.Pattern[str] | None:
    pattern = L.RANKED_AFTER_BEFORE_PLACE
    return re.compile(pattern + "$", re.IGNORECASE) if pattern else None


@cache
def _ranking_re(L: Lexicon) -> re.Pattern[str] | None:
    pattern = L.RANKING_AFTER_PLACE
    return re.compile(pattern) if pattern else None


def names_a_unit(ctx: Context, s: Sentence, place: Place) -> bool:
    """ "a statement from Lycos Europe": a place's name right after a name no gazetteer
    knows, inside a sentence, ends that name (a company's unit), it is no market."""
    if place.form != "name" or place.start - s.start < 2 or ctx.L.NOUNS_CAPITALISED:
        return False  # German capitalises every noun: "der Standort Deutschland"
    text = ctx.document.text
    before = _NAME_BEFORE.search(text, max(s.start, place.start - 30), place.start)
    if before is None or before.start() == s.start:
        return False
    word = before.group(1)
    stopwords = ctx.L.STOPWORDS
    return not (
        word.lower() in stopwords
        or word in ctx.L.PLACE_QUALIFIERS
        or is_calendar_word(word)
        or any(p.start <= before.start() < p.end for p in ctx.places)
        or any(o.start <= before.start() < o.end for o in ctx.orgs)
    ) and not text[max(0, before.start() - 2) : before.start()].rstrip().endswith(
        (".", "!", "?", ":", "\n")
    )


_NAME_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ ]$")


def scene_of_an_event(text: str, start: int, end: int, L: Lexicon) -> bool:
    """ "after the invasion of Ukraine", "wegen des Kriegs in der Ukraine", "tras la guerra
    en Ucrania", "the Asian financial crisis", "the 1997 Asia-wide currency crisis": where
    something happened, not a market the company moves in."""
    pattern = _event_pattern(L)
    if pattern is None:
        return False
    if pattern.search(text[max(0, start - 40) : start]) is not None:
        return True
    # the place before the event, with at most one word between ("financial"), not a
    # function word ("India after war")
    after = re.match(r"(?:-wide)?((?:[ ][\w-]+)?)[ ]([\w-]+)", text[end : end + 40])
    if after is None or after.group(2).lower() not in _event_nouns(L):
        return False
    between = after.group(1).strip().lower()
    return not between or between not in L.STOPWORDS


@cache
def _event_nouns(L: Lexicon) -> frozenset[str]:
    return frozenset(e.lower() for e in L.EVENT_NOUNS)


@cache
def _event_pattern(L: Lexicon) -> re.Pattern[str] | None:
    events = L.EVENT_NOUNS
    if not events:
        return None
    body = "|".join(re.escape(e) for e in events)
    return re.compile(
        rf"(?i)\b(?:{body})\w{{0,2}}\s+(?:of|in|on|im|in der|in den|von|des|der|en|de|del)"
        rf"\s+(?:the\s+|la\s+|el\s+)?$"
    )


def denied_in_clause(ctx: Context, s: Sentence, place: Place) -> bool:
    """True when the clause naming the place denies the move: "Lidl will not enter the US
    market", "Aldi no abrirá tiendas en Portugal", "Aldi plant keinen Markteintritt in
    Italien". A clause ends at a comma, a colon or a word such as "but"."""
    negations = ctx.L.NEGATIONS
    if not negations or not has_cue(s.text, negations, whole=True):
        return False
    at, end = place.start - s.start, place.end - s.start
    breaks = list(clause_break_re(ctx.L).finditer(s.text))
    start = max((b.end() for b in breaks if b.end() <= at), default=0)
    stop = min((b.start() for b in breaks if b.start() >= end), default=len(s.text))
    clause = s.text[start:stop]
    no_denial = ctx.L.NEGATION_NOT
    if no_denial:
        clause = re.sub(no_denial, " ", clause, flags=re.IGNORECASE)
    return has_cue(clause, negations, whole=True)


def sentence_markets(
    ctx: Context, s: Sentence, skip: list[tuple[int, int]] | None = None
) -> list[str]:
    """The markets a sentence names (no homes), except those within the ``skip`` spans.
    The article's company's home counts when listed with another market ("für Flüge in
    Deutschland und Europa")."""
    codes = []
    home = ctx.home.get(ctx.focus or "")
    places = ctx.within(ctx.places, s)
    for p in places:
        if p.home or p.code in codes:
            continue
        if p.code == home:
            start, end = list_span(ctx, s, p)
            if not any(q.code != home and not q.home and start <= q.start < end for q in places):
                continue
        if authority_or_goods(ctx.document.text, p, ctx.L):
            continue  # "nur als EU-Importware": where the goods come from
        if not (skip and overlaps(p.start, p.end, skip)):
            codes.append(p.code)
    return codes


def most_specific(codes: list[str]) -> list[str]:
    """Drop regions that contain another market of the list ("Mexiko" beats "Nordamerika")."""
    from graph import geo  # noqa: PLC0415

    return [c for c in codes if not any(o != c and geo.contains(c, o) for o in codes)]
