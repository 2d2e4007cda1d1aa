"""The clauses of a sentence around a place: the list it is in, the clause leading to it,
relative clauses, and the date of the place's clause."""

from __future__ import annotations

import re
from functools import cache

from graph.extract.analysis import Context, Place
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import next_break, relative_after, speech_verbs_re
from graph.extract.text import Sentence


def segment_of(text: str, at: int, L: Lexicon) -> str:
    """The part of a sentence around offset ``at`` between strong clause breaks (a
    semicolon, "but", "while"; not a comma: "In Australia, Starbucks will close …")."""
    breaks = _strong_break_re(L)
    start = max((m.end() for m in breaks.finditer(text, 0, at)), default=0)
    after = breaks.search(text, at)
    return text[start : after.start() if after else len(text)]


@cache
def _strong_break_re(L: Lexicon) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in L.CLAUSE_BREAKS)
    # German sets a comma before each ("…, aber"); without one, "aber" is a particle: "zog
    # sich aber 2025 aus dem dänischen Markt zurück"
    comma = r",\s*" if L.CLAUSE_BREAKS_AFTER_COMMA else r"\b"
    return re.compile(rf";|{comma}(?:{words or '(?!)'})\b")


def where_span(ctx: Context, s: Sentence, place: Place) -> tuple[int, int]:
    found = _where_re(ctx.L).match(ctx.document.text, place.end, s.end)
    if found is None:
        return place.end, place.end
    clause = clause_break_re(ctx.L).split(ctx.document.text[found.end() : s.end], maxsplit=1)[0]
    return found.end(), found.end() + len(clause)


@cache
def _where_re(L: Lexicon) -> re.Pattern[str]:
    pronouns = "|".join(map(re.escape, L.WHERE_PRONOUNS)) or "(?!)"
    return re.compile(rf"\s*,\s*(?:{pronouns})\b", re.IGNORECASE)


@cache
def clause_tail_re(L: Lexicon) -> re.Pattern[str]:
    """Where the clause after a place ends: a comma, a semicolon or a list conjunction."""
    conjunctions = "|".join(map(re.escape, L.LIST_CONJUNCTIONS)) or "(?!)"
    return re.compile(rf"[,;:]|\b(?:{conjunctions})\b", re.IGNORECASE)


def clause_to(ctx: Context, s: Sentence, place: Place) -> str:
    """The clause that leads to the place or to the list it is in, without the words
    that look like "already" and are not ("ya que")."""
    L = ctx.L
    start = list_span(ctx, s, place)[0] - s.start
    breaks = [b.end() for b in clause_break_re(L).finditer(s.text, 0, start)]
    begin = max(breaks, default=0)
    # up to the place's end: a word for "there" holds its preposition ("opera en el país")
    clause = s.text[begin : place.end - s.start]
    # "operates in Mexico, where Walmex is the largest retailer, and in Canada": the clause
    # goes on around the relative clause before it (which is not part of it: "Shein, der
    # seit 2021 in Polen ein Lager betreibt, plant ein Lager in Italien")
    aside = _aside_before_re(L).search(s.text, 0, begin)
    if aside is not None:
        before = max((b for b in breaks if b <= aside.start()), default=0)
        clause = s.text[before : aside.start()] + " " + clause
    not_already = L.ALREADY_NOT
    return re.sub(not_already, " ", clause, flags=re.IGNORECASE) if not_already else clause


def list_span(ctx: Context, s: Sentence, place: Place) -> tuple[int, int]:
    """The list of places ``place`` is in ("China, South Korea and Vietnam", "Japan and the
    US"): places joined by commas or list conjunctions only, an article allowed."""
    text = ctx.document.text
    joins = tuple(f" {c} " for c in ctx.L.LIST_CONJUNCTIONS) + (", ",)
    article = _trailing_article_re(ctx.L)
    places = sorted(ctx.within(ctx.places, s), key=lambda p: p.start)
    start, end = place.start, place.end

    def joined(gap: str) -> bool:
        gap = article.sub(" ", gap)
        return gap in joins or gap.lstrip(",") in joins

    for p in reversed([p for p in places if p.end <= place.start]):
        if not joined(text[p.end : start]):
            break
        start = p.start
    for p in (p for p in places if p.start >= place.end):
        if not joined(text[end : p.start]):
            break
        end = p.end
    return start, end


@cache
def _trailing_article_re(L: Lexicon) -> re.Pattern[str]:
    """An article ending the text between two places ("and the US", "und der Türkei")."""
    articles = "|".join(map(re.escape, L.PLACE_ARTICLES)) or "(?!)"
    return re.compile(rf"(?i)(?<=\S)\s(?:{articles})\s$")


def place_date(ctx: Context, s: Sentence, place: Place) -> str | None:
    """The date of the clause that names the place or the list it is in: "ya opera en
    Colombia, Chile y Ecuador, y no descarta entrar en Bolivia el próximo año" dates
    Bolivia only. A semicolon, a comma before a conjunction, or a word such as "but"
    parts two clauses; a comma alone does not ("In 2018, Aldi will open in Italy")."""
    text = ctx.document.text
    # "Portugal, where it has operated since 2019": the relative clause's own date
    where_start, where_end = where_span(ctx, s, place)
    own = [d for d in ctx.within(ctx.dates, s) if where_start <= d.start and d.end <= where_end]
    if own:
        return own[0].value
    start, end = list_span(ctx, s, place)
    parted = _clause_join_re(ctx.L)
    speech = speech_verbs_re(ctx.L)
    # "Shein, der seit 2021 ein Lager in Polen betreibt, plant ein Lager in Italien": a
    # relative clause's date is its own
    asides = [(a, b) for a, b in relative_clauses(ctx, s) if not a <= place.start < b]
    dates = [
        d
        for d in ctx.within(ctx.dates, s)
        if not parted.search(text[d.end : start] if d.end <= start else text[end : d.start])
        and not any(a <= d.start and d.end <= b for a, b in asides)
        # "the company said on Wednesday": the day it was told, not when it happens
        and not (len(d.value) == 10 and speech.search(text[max(s.start, d.start - 20) : d.start]))
    ]
    if not dates:
        return None

    def apart(d) -> tuple[bool, int]:  # noqa: ANN001 — same clause first, then nearest
        # measured from the list the place is in: "entered Germany, France and the
        # Netherlands last year" dates Germany too
        between = text[d.end : start] if d.end <= start else text[end : max(end, d.start)]
        # the gap between them, not their starts: "entered Lithuania in 2016 and Latvia
        # in 2021" dates Latvia 2021
        return (any(c in between for c in ",;"), len(between))

    return min(dates, key=apart).value


@cache
def _clause_join_re(L: Lexicon) -> re.Pattern[str]:
    conj = "|".join(re.escape(c) for c in L.LIST_CONJUNCTIONS) or "(?!)"
    words = "|".join(re.escape(w) for w in L.CLAUSE_BREAKS) or "(?!)"
    return re.compile(rf"(?i);|,\s+(?:{conj})\b|\b(?:{words})\b")


@cache
def _aside_before_re(L: Lexicon) -> re.Pattern[str]:
    """A relative clause between commas that ends where the search ends (", where … ,")."""
    pronouns = (*L.WHERE_PRONOUNS, *L.WHICH_PRONOUNS)
    body = "|".join(map(re.escape, pronouns)) or "(?!)"
    return re.compile(rf",[ ]*(?:{body})\b[^,;:]*,[ ]*$", re.IGNORECASE)


@cache
def clause_break_re(L: Lexicon) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in L.CLAUSE_BREAKS)
    return re.compile(rf",(?!\d)|[;:()]|\b(?:{words or '(?!)'})\b")


def relative_clauses(ctx: Context, s: Sentence) -> list[tuple[int, int]]:
    """The spans of the sentence's relative clauses (", which …", ", que …", ", der …"),
    each up to its next comma or semicolon."""
    text = ctx.document.text
    spans = []
    for m in relative_after(ctx.L).finditer(text, s.start, s.end):
        spans.append((m.start(), next_break(text, m.end(), s.end)))
    return spans
