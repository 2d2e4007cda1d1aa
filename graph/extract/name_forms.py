"""Names whose own form makes them an organisation's, without any word around them.

- ``org.head-first-name``: where a name's head comes first (Spanish), a capitalised head
  noun with capitalised words after it: "Banco de España", "Instituto Francés de Opinión
  Pública", "Ayuntamiento de Alcobendas".
- ``org.capitalised-adjective``: where adjectives are written in lower case but nouns are
  not (German), a capitalised adjective before a compound ending in an organisation's head
  is a name: "Steiermärkische Sparkasse", "Tiroler Landesregierung".
- ``org.defined-acronym``: a name the article abbreviates, "Indian Air Force (IAF)", when
  one of its words makes it an organisation's: a head noun, a legal form or a place
  ("Digital Rights Management (DRM)" has none).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from graph.extract.lexicon import Lexicon
from graph.extract.rules import rule
from graph.extract.text import LOWER, UPPER, whole_words
from graph.extract.words import plain_word

HEAD_FIRST = rule(
    "org.head-first-name",
    "a capitalised organisation head noun followed by capitalised words, where heads lead",
    "'el Ayuntamiento de Villarriba aprobó' → Ayuntamiento de Villarriba (other)",
)
CAPITALISED_ADJECTIVE = rule(
    "org.capitalised-adjective",
    "a capitalised adjective before a compound ending in an organisation head (German)",
    "'die Nordmärkische Sparkasse gewährte' → Nordmärkische Sparkasse (company)",
)
DEFINED_ACRONYM = rule(
    "org.defined-acronym",
    "a name the article abbreviates in brackets that holds a head noun, legal form or place",
    "'the Quillon Aviation Authority (QAA) said' → Quillon Aviation Authority (other)",
)

_WORD = rf"[{UPPER}][{LOWER}\w\-]*"


@cache
def _head_first_re(L: Lexicon) -> re.Pattern[str] | None:
    heads = L.HEADS_BEFORE_NAMES
    if not heads:
        return None
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    links = "|".join(re.escape(w) for w in L.NAME_LINKS) or "(?!)"
    # "Banco de España", "Instituto Francés de Opinión Pública"; a link only before a capital
    return re.compile(rf"(?<![\w\-])({head})((?:[ ](?:(?:{links})[ ])?{_WORD})+)")


def head_first_names(
    text: str, L: Lexicon, given: frozenset[str]
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, kind) of names led by an organisation's head noun; a person's
    name ends one ("la Audiencia Nacional Juan Pérez": the court, then its judge)."""
    pattern = _head_first_re(L)
    if pattern is None or not HEAD_FIRST.on:
        return
    for m in pattern.finditer(text):
        name = m.group()
        words = m.group(2).split()
        # a given name and a surname: "Manuel García"; a lone one is a place's ("de Valencia")
        person = next(
            (
                w
                for w, after in zip(words, words[1:], strict=False)
                if w in given and after[:1].isupper()
            ),
            None,
        )
        if person is not None:
            name = name[: name.index(f" {person}", len(m.group(1)))]
            while name.rsplit(" ", 1)[-1] in L.NAME_LINKS:
                name = name.rsplit(" ", 1)[0]  # "la Universidad de Harvard": no name left
            if name == m.group(1):
                continue
        yield m.start(), m.start() + len(name), name, L.HEADS_BEFORE_NAMES[m.group(1)]


@cache
def _adjective_re(L: Lexicon) -> re.Pattern[str] | None:
    heads = L.COMPOUND_NAME_HEADS
    if not heads or not L.NOUNS_CAPITALISED:
        return None
    ends = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    # "Tiroler Landesregierung", "Steiermärkische Sparkasse": the head ends a compound or
    # is the whole noun
    return re.compile(
        rf"(?<![\w\-])([{UPPER}][{LOWER}]+(?:e|er|es|en))[ ]"
        rf"((?:[{UPPER}][\w\-]*?)?(?i:{ends}))(?![\w\-])"
    )


def adjective_names(text: str, L: Lexicon) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, kind) of a capitalised adjective and an organisation's compound."""
    pattern = _adjective_re(L)
    if pattern is None or not CAPITALISED_ADJECTIVE.on:
        return
    heads = L.COMPOUND_NAME_HEADS
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 3) : m.start()]
        if not before.strip() or re.search(r"[.!?:\"„“]\s*$", before):
            continue  # at a sentence's start the adjective is capitalised anyway
        noun = m.group(2).lower()
        if not m.group(2)[0].isupper() or m.group(1).lower() in L.STOPWORDS:
            continue  # "Die US-Ratingagentur": an article, not an adjective
        kind = next(kind for end, kind in heads.items() if noun.endswith(end.lower()))
        yield m.start(), m.end(), m.group(), kind


def acronym_names(defined: dict[str, str], organisational: Callable[[str], bool]) -> Iterator[str]:
    """The names ``defined`` abbreviates ("Hindustan Aeronautics Board (HAB)") that hold a
    word ``organisational`` says makes a name an organisation's (a head noun, a legal form,
    a place): "Digital Rights Management (DRM)" and "Really Simple Syndication (RSS)" hold
    none."""
    if not DEFINED_ACRONYM.on:
        return
    for name in defined.values():
        words = [w for w in name.split() if w[:1].isupper()]
        if len(words) >= 2 and any(organisational(w) for w in words):
            yield name


SUBJECT = rule(
    "org.business-subject",
    "an unknown name the article uses twice, once right before a verb of business",
    "'Quillon opened … Quillon said' → Quillon",
)


@cache
def _subject_re(L: Lexicon) -> re.Pattern[str] | None:
    verbs = L.BUSINESS_VERBS
    if not verbs:
        return None
    verb = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    token = rf"[{UPPER}][\w&+.\-]*[\w&+]|[{UPPER}]{{2,}}"
    return re.compile(
        rf"(?<![\w\-&'’])((?:{token})(?:[ ](?:{token})){{0,2}})[ ](?:{verb})(?![\w\-])"
    )


def business_subjects(
    text: str, L: Lexicon, not_a_name: Callable[[str, int], bool], given: frozenset[str]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of names right before a verb of business ("Quillon opened",
    "Quillon betreibt") that the article names at least twice, never after a given name
    or a courtesy title (a surname: "Jane Roe … Roe said"); ``not_a_name`` rules out
    places, people, products and words of the language; a single word that is a frequent
    word of the language in lower case ("Gobierno") is none either."""
    pattern = _subject_re(L)
    if pattern is None or not SUBJECT.on:
        return
    seen: set[str] = set()
    for m in pattern.finditer(text):
        name = m.group(1)
        if name in seen or any(c.isdigit() for c in name):
            continue
        seen.add(name)
        words = name.split()
        if (
            (len(words) == 1 and plain_word(name, L.code))
            or words[0].rstrip(".") in L.PERSON_TITLES  # "Ms Roe"
            or (L.NOUNS_CAPITALISED and any(plain_word(w, L.code) for w in words))
        ):
            continue
        mentions = list(whole_words(text, name))
        after_a_person = any(
            (before := text[max(0, a - 20) : a].split())
            and (before[-1] in given or before[-1].rstrip(".") in L.PERSON_TITLES)
            for a, _ in mentions
        )
        if len(mentions) >= 2 and not after_a_person and not not_a_name(name, m.start(1)):
            yield m.start(1), m.end(1), name
