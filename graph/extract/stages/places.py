"""Which places named in the text are markets: no seas, no surnames, no shops; big cities
where something opens there."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from graph.extract.analysis import Place
from graph.extract.entities import OrgMention, SpanIndex, given_names
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import coordination_re
from graph.extract.text import ByStart, Sentence, has_cue, sentence_at

if TYPE_CHECKING:
    from graph.geo import PlaceMention


def markets_named(
    text: str, L: Lexicon, places: Sequence[PlaceMention], claimed: SpanIndex
) -> list[Place]:
    """The places named in the text that may be markets: none inside a ``claimed`` span
    (an organisation's name, an address), not the world, no "New" place, sea or surname."""
    return [
        Place(p.start, p.end, p.code, p.form)
        for p in places
        if not claimed.overlaps(p.start, p.end)
        and p.code != "001"
        and not re.search(r"\b(?:New|Nueva|Nuevo|Neu)[ -]$", text[max(0, p.start - 6) : p.start])
        and not _names_a_sea(text, p.start, p.end, L)
        and not (p.form == "adjective" and _after_a_given_name(text, p.start))
    ]


def cities_as_markets(
    text: str,
    L: Lexicon,
    language: str,
    sentences: list[Sentence],
    orgs: list[OrgMention],
    taken: SpanIndex,
) -> list[Place]:
    """Big cities that stand for their country ("opened a store in Athens"): not where goods
    come from ("imported from Shanghai") nor a company's home, nor a shop's name, and only
    where the city is what opens or launches; also where its sentence names the country,
    which may be there for another reason ("su director para España, X")."""
    from graph import geo  # noqa: PLC0415

    origin = "|".join(re.escape(w) for w in L.ORIGIN_PREPOSITIONS) or "(?!)"
    nearby = ByStart(orgs)
    found = []
    for c in geo.find_cities(text):
        if taken.overlaps(c.start, c.end) or geo.in_currency_name(text, c.start, c.end, language):
            continue  # "20bn Hong Kong dollars": money
        if re.search(
            rf"\b(?:{origin})\b[^,.;:]{{0,30}}$",
            text[max(0, c.start - 40) : c.start],
            re.IGNORECASE,
        ) or re.match(r"-(?:based|basiert|ansässig)", text[c.end : c.end + 12]):
            continue  # "the Beijing-based company": its home
        if _listed_with_shops(text, c.start, c.end, nearby.between(c.start - 300, c.end + 300), L):
            continue  # "en las tiendas de Falabella, Ripley y Paris": a shop's name
        sentence = sentence_at(sentences, c.start)
        if sentence is None:
            continue
        # only where the city is what opens or launches: "opened a store in Athens",
        # "inauguró este martes en Bombay su primer establecimiento" — not conferences and exchanges
        near = text[max(sentence.start, c.start - 60) : min(sentence.end, c.end + 40)]
        if has_cue(near, L.LAUNCH_CUES + L.CITY_ENTRY_CUES):
            found.append(Place(c.start, c.end, c.code, c.form))
    return found


_LAST_WORD = re.compile(r"([A-Z][a-z]+)[ ]$")


def _after_a_given_name(text: str, start: int) -> bool:
    """True when a given name ends right before ``start``: a demonym there is a surname
    ("Brian Finn", "Claire Dane")."""
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    return before is not None and before.group(1) in given_names()


def _names_a_sea(text: str, start: int, end: int, L: Lexicon) -> bool:
    """ "the Indian Ocean", "Golf von Mexiko", "el golfo de México": a sea, not a market."""
    patterns = _sea_patterns(L)
    if patterns is None:
        return False
    after, before, own = patterns
    return bool(
        after.match(text, end, end + 20)
        or before.search(text[max(0, start - 25) : start])
        # "the Gulf" names a region, but "the Gulf of Mexico" a sea
        or (
            own.fullmatch(text[start:end].split()[-1])
            and re.match(r"\s+(?:of|von|de|del)\b", text[end : end + 6])
        )
    )


@cache
def _sea_patterns(
    L: Lexicon,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    features = L.SEA_WORDS
    if not features:
        return None
    body = "|".join(re.escape(f) for f in features)
    return (
        re.compile(rf"(?i)[ -](?:{body})\b"),
        re.compile(rf"(?i)\b(?:{body})\s+(?:of|von|de|del|de la)\s+(?:the\s+)?$"),
        re.compile(rf"(?i)(?:{body})"),
    )


def _listed_with_shops(text: str, start: int, end: int, orgs: list[OrgMention], L: Lexicon) -> bool:
    """The name at ``start:end`` is listed with shops, joined by commas or "and" only:
    a shop's name too, whatever else it names."""
    joined = coordination_re(L)
    return any(
        o.kind == "retailer"
        and (
            (o.end <= start and joined.fullmatch(text, o.end, start))
            or (o.start >= end and joined.fullmatch(text, end, o.start))
        )
        for o in orgs
    )
