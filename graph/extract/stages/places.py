"""Which places named in the text are markets: no seas, no surnames, no shops; big cities
where something opens there."""

from __future__ import annotations

import re
from functools import cache

from graph.extract.entities import (
    OrgMention,
    given_names,
)
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import _coordination_re

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
    joined = _coordination_re(L)
    return any(
        o.kind == "retailer"
        and (
            (o.end <= start and joined.fullmatch(text, o.end, start))
            or (o.start >= end and joined.fullmatch(text, end, o.start))
        )
        for o in orgs
    )
