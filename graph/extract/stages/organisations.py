"""Organisations the gazetteer does not hold: named after a country, governments; and
known names that are a person's surname."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from graph.extract.dates import is_calendar_word
from graph.extract.entities import OrgMention, SpanIndex, find_organizations, given_names, overlaps
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import role_heads_pattern, state_titles_re
from graph.extract.text import name_re

if TYPE_CHECKING:
    from graph.geo import PlaceMention


def organisations(
    text: str,
    L: Lexicon,
    places: Sequence[PlaceMention],
    protected: list[tuple[int, int]],
    publisher: str | None,
) -> list[OrgMention]:
    """The organisations the text names, in text order: those the gazetteer and the names'
    own forms find, none of them a territory, and the names a country leads."""
    from graph import geo  # noqa: PLC0415

    # a name that is a territory ("EU", "Europäische Union") is a market, not an actor, and
    # so is a name inside a longer territory's ("EE" of the UK carrier in "EE UU")
    territories = SpanIndex((p.start, p.end) for p in places)
    orgs = [
        o
        for o in find_organizations(text, L, protected, publisher)
        if not geo.code_for(text[o.start : o.end]) and not _in_a_territory(o, territories)
    ]
    return sorted(orgs + _named_after_a_country(text, places, orgs, L), key=lambda o: o.start)


def _in_a_territory(o: OrgMention, territories: SpanIndex) -> bool:
    """A longer territory's name holds the name: one beginning before it, or ending after it."""
    return territories.covers(o.start - 1, o.end) or territories.covers(o.start, o.end + 1)


def _named_after_a_country(
    text: str, places: Sequence[PlaceMention], orgs: list[OrgMention], L: Lexicon
) -> list[OrgMention]:
    """Names a country leads, as the language writes a firm's nationality ("Finland's
    Wärtsilä", "Italy's Brembo", "la sueca Volvo", "la estadounidense Remitly"): companies, not
    people ("Britain's Tony Blair") or places ("India's Andhra Pradesh state")."""
    pattern = _place_before_name_re(L)
    if pattern is None:
        return []
    taken = [(o.start, o.end) for o in orgs] + [(p.start, p.end) for p in places]
    found = []
    for p in places:
        if not pattern.search(text, max(0, p.start - 12), p.end):
            continue
        m = name_re().match(text, p.end + 1) if text[p.end : p.end + 1] == " " else None
        if m is None or _no_firm_s_name(text, m, L, taken):
            continue
        found.append(OrgMention(m.start(), m.end(), m.group(), "company"))
    return found


def _no_firm_s_name(text: str, m: re.Match[str], L: Lexicon, taken: list[tuple[int, int]]) -> bool:
    """The name after a country is no firm's: a person's, a title, a count, a month, a
    place, or a name found already."""
    from graph import geo  # noqa: PLC0415
    from graph.extract.entities import (  # noqa: PLC0415
        LEGAL_SUFFIXES,
        ORG_HEADS,
        _place_noun_after,
    )

    name = m.group()
    words = name.split()
    return bool(
        words[0] in given_names()
        or not words[0][0].isalpha()  # "Britain's 60 biggest firms": a count
        or role_heads_pattern(L).search(name)  # "Germany's Chancellor Gerhard Schroeder"
        or state_titles_re(L).search(name)
        or is_calendar_word(words[-1])  # "Britain's December figures"
        # "la española Paz Vega", "Russia's Mikhail Fridman": words alone may be a
        # person's name; a firm's has one word, an acronym, "&" or a firm's head word
        or (
            len(words) > 1
            and not any(w.isupper() or w == "&" or w in ORG_HEADS for w in words)
            and words[-1] not in LEGAL_SUFFIXES
        )
        or any(c.start == 0 for c in geo.find_cities(name))  # "Britain's London"
        or words[0].lower() in L.STOPWORDS
        or overlaps(m.start(), m.end(), taken)
        or geo.code_for(name)
        or _place_noun_after(text[m.end() : m.end() + 30], L)
    )


@cache
def _place_before_name_re(L: Lexicon) -> re.Pattern[str] | None:
    pattern = L.PLACE_BEFORE_NAME_RE
    return re.compile(pattern) if pattern else None


def governments_named(
    text: str, L: Lexicon, language: str, taken: list[tuple[int, int]]
) -> list[OrgMention]:
    """Governments named by a place ("Gobierno del estado de Maharashtra", "the South
    African government"); a bare "the government" names no one, nor does "the
    government of Chancellor Gerhard Schroeder" (a person, not a place)."""
    pattern = L.GOVERNMENT_RE
    out: list[OrgMention] = []
    for m in re.finditer(pattern, text) if pattern else ():
        start, end = m.start(), m.start() + len(m.group().rstrip())
        of = m.group("of") if "of" in m.re.groupindex else None
        adjective = m.group("adj")
        if adjective:
            first = _place_adjective_start(m, language)
            if first is None:  # "the new government of X": the adjective is no place
                start, adjective = m.end("adj") + 1, None
            elif m.start("adj") == start:  # before the head word, not after ("gobierno mexicano")
                start = first
        if of and _names_a_person(of, L):
            if not adjective:
                continue  # "the government of Vladimir Putin": named by a person
            end = m.end("head")  # "the German government of Chancellor X": up to the head
        name = text[start:end]
        if (not adjective and len(name.split()) < 3) or overlaps(start, end, taken):
            continue
        out.append(OrgMention(start, end, name, "other"))
    return out


def _names_a_person(words: str, L: Lexicon) -> bool:
    """True when ``words`` begin with a given name or an office ("Alexis Tsipras",
    "Chancellor Gerhard Schroeder")."""
    first = words.split()[0]
    titles = (*L.STATE_TITLES, *L.GOVERNMENT_ROLES)
    offices = {t.split()[0].lower() for t in titles}
    return first in given_names() or first.lower() in offices


def _place_adjective_start(m: re.Match[str], language: str) -> int | None:
    """Where the place adjective before "government" begins: all of the adjective
    group ("South African"), its last word ("Congress Indian"), or None."""
    from graph import geo  # noqa: PLC0415

    adjective = m.group("adj")
    words = adjective.split()
    for skip in range(len(words)):
        part = " ".join(words[skip:])
        places = geo.find_places(part, language)
        if any(p.form == "adjective" and p.start == 0 and p.end == len(part) for p in places):
            return m.end("adj") - len(part)
    return None
