"""Patterns built from a language's lexicon that both the stages and the fact finders use."""

from __future__ import annotations

import re
from functools import cache

from graph.extract.dates import is_calendar_word
from graph.extract.entities import OrgMention
from graph.extract.lexicon import Lexicon
from graph.extract.text import word_cue_re


@cache
def role_heads_pattern(L: Lexicon) -> re.Pattern[str]:
    heads = sorted(L.ROLE_HEADS, key=len, reverse=True)
    body = "|".join(re.escape(h) for h in heads)
    # German compounds end in the head ("Marketingchefin", "Deutschland-Chef")
    return re.compile(rf"(?i)(?:\b|(?<=[a-zäöü-]))(?:{body})(?:in|en|s)?\b")


@cache
def state_titles_re(L: Lexicon) -> re.Pattern[str]:
    body = "|".join(re.escape(h) for h in L.STATE_TITLES) or "(?!)"
    # German compounds end in the title ("Energieminister", "US-Präsident")
    return re.compile(rf"(?i)(?:\b|(?<=[a-zäöü-]))(?:{body})(?:in|en|s)?\b")


PHRASE_END = re.compile(r"[,;:!?()]|\.(?!\w)")


@cache
def speech_verbs_re(L: Lexicon) -> re.Pattern[str]:
    return word_cue_re(L.SPEECH_VERBS, whole=True)


@cache
def through_re(L: Lexicon) -> re.Pattern[str]:
    """A word for selling through a shop, then up to four words (its descriptor: "the
    Indian e-commerce platform"), right before the shop's name. A list cue among them
    makes the shop one of others ("pressure on local retailers such as Takealot")."""
    words = "|".join(re.escape(w) for w in L.THROUGH_CUES) or "(?!)"
    lists = "|".join(re.escape(c).replace("\\ ", r"\s+") for c in L.LIST_CUES) or "(?!)"
    # a word that is one only right before the name ("venderá en Mercado Libre")
    direct = "|".join(map(re.escape, L.THROUGH_RIGHT_BEFORE)) or "(?!)"
    return re.compile(
        rf"(?i:\b(?:{words}))\s+((?:(?!(?i:{lists})\b)[\w-]+\s+){{0,4}})$"
        rf"|(?i:\b(?:{direct}))\s+$"
    )


def sold_through(through: re.Pattern[str], before: str) -> bool:
    """``before`` ends in a word for selling through the shop named next; a day is no
    descriptor ("on Tuesday Walmart said")."""
    m = through.search(re.split(r"[.!?\n]", before)[-1])  # in the same sentence
    return m is not None and not any(is_calendar_word(w) for w in (m.group(1) or "").split())


def sold_to(L: Lexicon, before: str) -> bool:
    """The words before a shop's name make it the buyer of what is sold (``BUYER_RE``:
    "sell planes to Spanish carrier", "verkauft Flugzeuge an die", "venderá aviones a")."""
    pattern = _buyer_re(L)
    return bool(pattern and pattern.search(before))


@cache
def _buyer_re(L: Lexicon) -> re.Pattern[str] | None:
    pattern = L.BUYER_RE
    return re.compile(pattern) if pattern else None


def coordinated_runs(text: str, retailers: list[OrgMention], L: Lexicon) -> list[list[OrgMention]]:
    """The shops of a sentence in text order, in runs of those named together with only
    a comma or "and" between them ("MediaMarkt und Saturn")."""
    coordinated = coordination_re(L)
    runs: list[list[OrgMention]] = []
    for r in sorted(retailers, key=lambda o: o.start):
        if runs and coordinated.fullmatch(text[runs[-1][-1].end : r.start]):
            runs[-1].append(r)
        else:
            runs.append([r])
    return runs


@cache
def relative_after(L: Lexicon) -> re.Pattern[str]:
    """A relative clause on a thing just named: ", which …", ", die …", ", que …"."""
    pronouns = "|".join(map(re.escape, L.WHICH_PRONOUNS)) or "(?!)"
    return re.compile(rf"\s*,\s*(?:{pronouns})\b", re.IGNORECASE)


@cache
def joint_re(L: Lexicon) -> re.Pattern[str]:
    """A comma or a list conjunction ("and", "und", "y")."""
    conjunctions = "|".join(re.escape(c) for c in L.LIST_CONJUNCTIONS) or "(?!)"
    return re.compile(rf",|\b(?:{conjunctions})\b", re.IGNORECASE)


@cache
def coordination_re(L: Lexicon) -> re.Pattern[str]:
    """What stands between two shops named together: commas and "and" ("X, Y und Z")."""
    return re.compile(rf"(?:\s*(?:{joint_re(L).pattern}))+\s*", re.IGNORECASE)


def next_break(text: str, at: int, end: int) -> int:
    """The next comma or semicolon from ``at`` (``end`` when there is none before it)."""
    return min((i for i in (text.find(c, at, end) for c in ",;") if i != -1), default=end)
