"""Organisations, people and products in one article, with their spans.

Known names come from the gazetteers; unknown ones are discovered from
context: lists after cue words ("retailers such as X, Y and Z"), descriptor
nouns ("research firm X"), appositions, legal suffixes, "X of <country>",
given names and job titles. Every discovered name is then found wherever it
recurs in the article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from graph import paths
from graph.extract.coordination import listed_with_known
from graph.extract.dates import is_calendar_word, is_month_name
from graph.extract.lang.names import (
    GENERIC_TECH,
    INSTITUTION_BANKS,
    LEGAL_SUFFIXES,
    MODEL_WORDS,
    NAME_LINKS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NEWS_AGENCIES,
    NOT_ORGS,
    NOT_SURNAMES,
    ORG_HEADS,
    ORG_LAST_WORDS,
    PRODUCT_SUFFIX,
    STOP_FIRST,
)
from graph.extract.lexicon import Lexicon
from graph.extract.name_forms import (
    acronym_names,
    adjective_names,
    business_subjects,
    head_first_names,
)
from graph.extract.rules import Rule, rule
from graph.extract.text import (
    LOWER,
    NAME_TOKEN,
    QUOTES,
    UPPER,
    first_words,
    matches_at_words,
    name_re,
    whole_words,
)
from graph.extract.words import plain_word, spoken_in, word_of_the_language

if TYPE_CHECKING:
    from graph.gazetteer import GazetteerEntry

GAZETTEER = rule(
    "org.gazetteer",
    "a name the organisation gazetteer lists (data/gazetteers), wherever it stands",
    "'Lidl opens stores' → Lidl (retailer, Q151954)",
)
DESCRIPTOR = rule(
    "org.descriptor",
    "a name after an organisation noun, or the names of a list after one",
    "'die Parfümeriekette Douglas' → Douglas (retailer)",
)
HEAD_WORD = rule(
    "org.head-word",
    "a capitalised name ending in a legal form or an organisation's head word",
    "'Korea First Bank said' → Korea First Bank",
)
APPOSITION = rule(
    "org.apposition",
    "a name that an apposition headed by an organisation noun describes",
    "'Zorbit, a UK-based music service, said' → Zorbit",
)
EMPLOYER = rule(
    "org.employer-before-title",
    "a name before a job title and a person ('Acme chief executive Jane Roe')",
    "'Zorbit chief executive Jane Roe' → Zorbit",
)
EMPLOYER_AFTER = rule(
    "org.employer-after-title",
    "a name after a job title and its preposition ('cofundador de X', 'editor of X')",
    "'Jane Roe, cofundadora de Quillbau, dijo' → Quillbau",
)
OWNER = rule(
    "org.owner-after-participle",
    "a name after a participle of owning ('owned by X', 'controlada por X', 'im Besitz von X')",
    "'the chain, now controlled by Quillstone, said' → Quillstone",
)
SOURCE = rule(
    "org.reporting-source",
    "a name after a reporting verb that closes the clause is an outlet ('…, informa X.')",
    "'Disney cerró su año con beneficios, informa Quillnews.' → Quillnews (media)",
)
NAMED = rule(
    "product.named-after-a-noun",
    "the name after a good's noun and a naming cue ('called', 'llamada', 'namens')",
    "'a new beer called Quillbrau' → Quillbrau",
)
LISTED = rule(
    "org.listed-with-known",
    "the other names of a list joined by commas and a conjunction that holds a known organisation",
    "'by Samsung, Quillon and Vextra' → Quillon, Vextra",
)


DATA = paths.DATA / "gazetteers"
# Word tables, several words to a line.
# fmt: off
# fmt: on


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    name: str  # canonical
    kind: str
    qid: str | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()
    industry: str | None = None
    known: bool = False  # from a gazetteer


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str  # full name as first written, titles removed


@dataclass(frozen=True)
class ProductMention:
    start: int
    end: int
    name: str
    maker: str | None = None


@dataclass
class Entities:
    orgs: list[OrgMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    products: list[ProductMention] = field(default_factory=list)


# ----------------------------------------------------------------------------- names data
# last words of organisation and product names that no surname has
# fmt: off
# fmt: on


@cache
def given_names() -> frozenset[str]:
    return _word_list(DATA / "given_names.txt")


@cache
def surnames_first() -> frozenset[str]:
    return _word_list(DATA / "surnames_first.txt")


def _word_list(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# ----------------------------------------------------------------------------- helpers
def overlaps(start: int, end: int, spans: list[tuple[int, int]] | SpanIndex) -> bool:
    """True when ``start:end`` overlaps one of the spans (a list, or an index of many)."""
    if isinstance(spans, SpanIndex):
        return spans.overlaps(start, end)
    return any(s < end and start < e for s, e in spans)


class SpanIndex:
    """Spans to ask "does this overlap any?" in logarithmic time: their starts sorted, with
    the largest end among all spans up to each. A list scanned for every mention of a long
    article made extraction quadratic in its length."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))
        self._added: list[tuple[int, int]] = []  # sorted, none overlapping another

    def overlaps(self, start: int, end: int) -> bool:
        """True when a span begins before ``end`` and ends after ``start``."""
        before = bisect.bisect_left(self._starts, end)
        if before > 0 and self._reach[before - 1] > start:
            return True
        at = bisect.bisect_left(self._added, (start, end))
        return any(s < end and start < e for s, e in self._added[max(0, at - 1) : at + 1])

    def add(self, start: int, end: int) -> None:
        """Take one more span, which overlaps none taken so far (callers ask first)."""
        at = bisect.bisect_left(self._added, (start, end))
        self._added.insert(at, (start, end))

    def covers(self, start: int, end: int) -> bool:
        """True when a span begins at or before ``start`` and ends at or after ``end``."""
        upto = bisect.bisect_right(self._starts, start)
        return upto > 0 and self._reach[upto - 1] >= end


def _clean_name(name: str) -> str:
    name = name.strip(" ,;:.-" + QUOTES)
    name = re.sub(r"(?:'s|’s)$", "", name)
    return name.strip()


# fmt: off
# fmt: on


def _own_part(name: str, L: Lexicon) -> str:
    """The organisation's own name in a capitalised run ending in a legal suffix or head:
    after "von" ("Klage von TransCanada Corp"; not "Bank von ..."), after "of" following a
    person's name ("Richard Yamarone of Argus Research"; not "Bank of America Corp"),
    after a German genitive article ("Vorstand der Meinl Success AG"; not "Bank der ..."),
    after a titled owner's name ("Mr Mittal's LNM Holdings"), and without a leading company
    noun ("Unternehmen TransCanada Corp", "Wolfsburger Konzern Volkswagen AG")."""
    words = name.split()
    # "Mr Mittal's LNM Holdings": the owner's name is no part of the firm's (but
    # "Barnard's Retail Consulting Group" may be the firm's name, like "Sainsbury's")
    titles = frozenset(L.PERSON_TITLES)
    owners = [
        i
        for i, word in enumerate(words[1:-2], 1)
        if word.endswith(("'s", "’s")) and words[i - 1] in titles
    ]
    if owners:
        words = words[owners[-1] + 1 :]
    # "Washington-based Economic Policy Institute": where it is, not part of the name
    if len(words) > 2 and words[0].endswith("-based"):
        words = words[1:]
    # "China's State Environmental Protection Agency", "Japan's Finance Ministry": the
    # country's, not part of the name ("Claire's Stores" keeps its owner)
    if len(words) > 2 and words[0].endswith(("'s", "’s")):
        from graph import geo  # noqa: PLC0415

        if geo.code_for(words[0][:-2], L.code):
            words = words[1:]
    genitive = L.GENITIVE_ARTICLES
    heads = {*ORG_HEADS, *L.HEADS_BEFORE_GENITIVE}
    for i in range(len(words) - 2, 0, -1):
        # "von" joins no German company name but a bank's; "of" joins many ("Institute of
        # Public Policy Research") but not a person's name to a firm's; a genitive
        # article follows a common noun ("Reaktion der Flughafen Wien AG")
        if (
            (words[i] == "von" and words[i - 1] not in ORG_HEADS)
            or (words[i] == "of" and words[0] in given_names())
            or (words[i] in genitive and words[i - 1] not in heads)
        ):
            words = words[i + 1 :]
            break
    nouns = _company_nouns(L)
    while len(words) > 2 and words[1][:1].isupper():
        if _is_company_noun(words[0], nouns, L):
            words = words[1:]
        # "Wolfsburger Konzern Volkswagen AG": an adjective before the company noun
        elif len(words) > 3 and words[2][:1].isupper() and _is_company_noun(words[1], nouns, L):
            words = words[2:]
        else:
            break
    return " ".join(words)


def _is_company_noun(word: str, nouns: frozenset[str], L: Lexicon) -> bool:
    """A company noun ("Konzern"), or in German a compound ending in one
    ("IT-Beratungsfirma"); never a word that heads names itself ("Bank")."""
    if word in ORG_HEADS:  # "Bank Austria AG", "Raiffeisen Bank International AG"
        return False
    folded = word.lower()
    if folded in nouns:
        return True
    if not L.NOUNS_CAPITALISED:
        return False
    # a compound ending in one that also ends names ("Schwarz-Gruppe") is a name
    endings = {n.lower() for n in L.NOUNS_ENDING_NAMES}
    return any(folded.endswith(noun) and len(noun) >= 5 and noun not in endings for noun in nouns)


@cache
def _company_nouns(L: Lexicon) -> frozenset[str]:
    """Nouns for a company ("Konzern", "retailer"), lower-cased."""
    return frozenset(n.lower() for n in (*L.ORG_ANAPHORA, *L.ORG_DESCRIPTORS))


def _strip_leading_function_words(name: str, stopwords: frozenset[str]) -> str:
    words = name.split()
    while words and (
        words[0] in STOP_FIRST
        or words[0].lower() in stopwords
        or re.fullmatch(r"Copyright|©|\(c\)|(?:19|20)\d\d", words[0])
    ):
        words.pop(0)
    return " ".join(words)


# ----------------------------------------------------------------------------- organisations
_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w.-])([{UPPER}][{LOWER}]+)[ ]$")


_CAPITALISED_NEXT = re.compile(rf"[ ][{UPPER}][{LOWER}]+")


def _begins_a_longer_name(text: str, start: int, end: int) -> bool:
    """A name that is an ordinary word, opening a quotation or a title and followed by
    another capitalised word, begins the longer name of something else ('an "Action Plan
    for the Development"', 'Splinter Cell: Pandora Tomorrow'); elsewhere "Apple Mac" is
    Apple's."""
    from graph.gazetteer import is_common_word  # noqa: PLC0415

    opening = _OPENS_A_TITLE.search(text, max(0, start - 3), start) is not None
    return opening and is_common_word(text[start:end]) and bool(_CAPITALISED_NEXT.match(text, end))


_OPENS_A_TITLE = re.compile(rf"(?:[{QUOTES}]|:[ ])$")


def _after_a_given_name(text: str, start: int) -> bool:
    """A known name right after a given name is that person's surname ("said Paul Myers",
    not the retailer Myer); names that begin with a given name are matched whole ("John
    Lewis", "Ted Baker")."""
    before = _GIVEN_NAME_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1) in given_names()


def find_organizations(
    text: str, L: Lexicon, protected: list[tuple[int, int]], publisher: str | None = None
) -> list[OrgMention]:
    """Gazetteer matches plus names discovered from context, each found at every mention."""
    from graph.gazetteer import Gazetteer  # noqa: PLC0415

    gazetteer = Gazetteer.default()
    nouns_lower = not L.NOUNS_CAPITALISED  # German capitalises nouns
    defined = _defined_acronyms(text)
    found = [
        _known_mention(m.start, m.end, m.entry)
        for m in (gazetteer.find(text) if GAZETTEER.on else ())
        if not _a_word_here(text[m.start : m.end], m.entry, L)
        and not _after_a_given_name(text, m.start)
        and not (nouns_lower and _begins_a_longer_name(text, m.start, m.end))
        and not _defined_as_another(defined, text[m.start : m.end], m.entry)
    ]
    # "A1" in "Mi A1", "Action" in "Mi Action Camera 4K": a name inside a model name is no company
    models = [_without_leading_nouns(m.group(1), m.start(1), L) for m in _model_re().finditer(text)]
    inside_models = SpanIndex(models)
    found = [o for o in found if not inside_models.covers(o.start - 1, o.end)]
    found = _with_subsidiaries(text, found)
    taken = SpanIndex([(o.start, o.end) for o in found] + protected)
    discovered: dict[str, str] = {}
    stopwords = L.STOPWORDS
    known_spans = [(o.start, o.end) for o in found]
    appositive = list(_appositions(text, L, stopwords)) if APPOSITION.on else []
    by_apposition = {_clean_name(name) for _, _, name, _ in appositive}
    employers = list(_employers_before_titles(text, L, stopwords)) if EMPLOYER.on else []
    employers += _names_after_cues(text, L, protected)
    by_form = [*head_first_names(text, L, given_names()), *adjective_names(text, L)]
    for name in acronym_names(defined, lambda word: _organisational(word, L)):
        kind = _discovered_kind(name)
        by_form += [(start, end, name, kind) for start, end in whole_words(text, name)][:1]
    subjects = business_subjects(
        text,
        L,
        lambda name, at: _no_organisation(name, at, L, protected + known_spans),
        given_names(),
    )
    by_form += [(start, end, name, "company") for start, end, name in subjects]
    for start, end, name, kind in [
        *_discover(text, L, stopwords, known_spans),
        *appositive,
        *employers,
        *by_form,
    ]:
        name = _clean_name(name)
        if len(name) < 2 or name.lower() in stopwords or overlaps(start, end, protected):
            continue
        known = gazetteer.lookup(name)
        if known is not None:
            # matched where it occurs; or, an alias kept to its exact case ("METRO"),
            # named here in a context that makes it one ("to rival Metro")
            start = end - len(name) if text[start:end].endswith(name) else start
            spellings = {a.casefold() for a in (known.name, *known.aliases)}
            if name.casefold() in spellings:
                if not overlaps(start, start + len(name), taken):
                    found.append(_known_mention(start, start + len(name), known))
                    taken.add(start, start + len(name))
            else:
                # "die Parfümeriekette Douglas": the known "Douglas Group" by a short name
                # that the context makes an organisation's, wherever the article uses it
                for a, b in whole_words(text, name):
                    if not overlaps(a, b, taken):
                        found.append(_known_mention(a, b, known))
                        taken.add(a, b)
            continue
        if not overlaps(start, end, taken) or name not in discovered:
            discovered.setdefault(name, kind)
    if publisher and gazetteer.lookup(publisher) is None:
        discovered.setdefault(publisher, "media")
    # "Korea Exchange Bank" beats the known "Korea Exchange" it starts with: a longer name
    # ending in an organisation head or legal suffix is a different organisation, and so
    # is one an apposition describes ("LG Card, the country's biggest credit card provider")
    for name in discovered:
        last = name.split()[-1]
        if last in ORG_HEADS or last in LEGAL_SUFFIXES or name in by_apposition:
            for longer_start, longer_end in whole_words(text, name):
                inside = [
                    o
                    for o in found
                    if o.start == longer_start
                    and o.end < longer_end
                    and text[o.end] == " "
                    and all(w[:1].isupper() for w in name.split())
                ]
                found = [o for o in found if o not in inside]
    taken = SpanIndex([(o.start, o.end) for o in found] + protected)
    # every discovered name, wherever it recurs, and then its short form
    forms = [(name, name) for name in sorted(discovered, key=len, reverse=True)]
    shorts = [(_short_form(name, text, L, stopwords), name) for _, name in forms]
    forms += [(short, name) for short, name in shorts if short]
    for form, name in forms:
        kind = discovered[name]
        for start, end in whole_words(text, form):
            if form != name and _inside_a_name(text, start, end):
                continue  # "Simon Falic" is a person, not the Falic Group
            if not overlaps(start, end, taken):
                found.append(OrgMention(start, end, name, kind))
                taken.add(start, end)
    if LISTED.on:  # "Samsung, Rio and Creative": names listed with a known organisation
        listed = listed_with_known(
            text,
            [(o.start, o.end, o.kind, o.known) for o in found],
            L,
            lambda name, at: _no_organisation(name, at, L, protected),
        )
        for name, kind in {
            _without_nouns_after(name, L): kind for *_, name, kind in listed
        }.items():
            for start, end in whole_words(text, name):
                if not overlaps(start, end, taken):
                    found.append(OrgMention(start, end, name, kind))
                    taken.add(start, end)
    return _initials_as_aliases(
        text, _acronyms_as_aliases(text, sorted(found, key=lambda o: o.start))
    )


def _a_word_here(written: str, entry: GazetteerEntry, L: Lexicon) -> bool:
    """A foreign firm's one-word name that is a noun of the language written ("nach
    seinen Worten": words, not the Portuguese retailer Worten). A capital tells nothing
    where every noun has one; a home where the language is spoken (CLDR) makes the word
    likely the firm's own ("Allianz"), and bodies of no country keep their names."""
    return (
        L.NOUNS_CAPITALISED
        and " " not in written
        and entry.country is not None
        and entry.country not in spoken_in(L.code)
        and word_of_the_language(written, L.code)
    )


def _without_nouns_after(name: str, L: Lexicon) -> str:
    """The name without the numbers after it and, where every noun is capitalised, the
    nouns ("Wimdu Probleme haben": Wimdu; "Inside Airbnb 67 Prozent": Inside Airbnb)."""
    words = name.split()
    while len(words) > 1 and (
        not re.search(rf"[{UPPER}{LOWER}]", words[-1])
        or (L.NOUNS_CAPITALISED and word_of_the_language(words[-1], L.code))
    ):
        words.pop()
    return " ".join(words)


def _organisational(word: str, L: Lexicon) -> bool:
    """A word that makes a name an organisation's: a head noun, a legal form or a place."""
    from graph import geo  # noqa: PLC0415

    lower = word.lower()
    return (
        word in ORG_HEADS
        or word in LEGAL_SUFFIXES
        or word in L.HEADS_BEFORE_NAMES
        or any(lower.endswith(end) for end in L.COMPOUND_NAME_HEADS)
        or any(p.start == 0 and p.end == len(word) for p in geo.find_places(word, L.code))
    )


def _no_organisation(name: str, at: int, L: Lexicon, protected: list[tuple[int, int]]) -> bool:
    """A name that is a place, a person's, a word of the language or an address."""
    from graph import geo  # noqa: PLC0415

    first = name.split()[0]
    return (
        overlaps(at, at + len(name), protected)
        or first.lower() in L.STOPWORDS
        or first in given_names()
        or (" " not in name and _is_sentence_adverb(name, L))
        or _common_noun(name, L)
        or bool(geo.code_for(name, L.code) or geo.code_for(name))
        or any(p.start == 0 for p in geo.find_places(name, L.code))  # "Korean"
        or any(c.start == 0 for c in geo.find_cities(name))
    )


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """True when a capitalised word stands right before or after ``text[start:end]``."""
    before = re.search(rf"[{UPPER}][\w-]*[ ]$", text[max(0, start - 40) : start])
    after = re.match(rf"[ ][{UPPER}]", text[end : end + 2])
    return bool(before and not _sentence_start(text, start - len(before.group()))) or bool(after)


def _sentence_start(text: str, start: int) -> bool:
    """True when the word at ``start`` begins a sentence (text start, or after . ! ? or a line)."""
    return re.search(r"(?:^|[.!?\n][\"'”’]?\s+)$", text[max(0, start - 4) : start]) is not None


def _known_mention(start: int, end: int, e: GazetteerEntry) -> OrgMention:
    return OrgMention(
        start, end, e.name, e.kind, e.qid, e.country, tuple(e.aliases), e.industry, known=True
    )


def _short_form(name: str, text: str, L: Lexicon, stopwords: frozenset[str]) -> str | None:
    """The first word of a discovered name that news uses alone for it: "Cairn" for
    "Cairn Energy", "Falic" for "Falic Group". Only a one-word name before a head word
    or legal suffix, never an ordinary word (written in lower case in the text, or any
    noun where every noun is capitalised), a place, a month or a given name."""
    words = name.split()
    if len(words) != 2 or not (words[1] in ORG_HEADS or words[1] in LEGAL_SUFFIXES):
        return None
    first = words[0]
    if L.NOUNS_CAPITALISED or len(first) < 3 or not first[0].isupper():
        return None
    if first.lower() in stopwords or first in given_names() or is_calendar_word(first):
        return None
    if next(whole_words(text, first.lower()), None):
        return None  # "media" in the text: "Media Labs" is not "Media"
    from graph import geo  # noqa: PLC0415

    if geo.find_places(first, L.code):
        return None
    return first


def _acronyms_as_aliases(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """ "Korea First Bank (KFB)": later mentions of KFB are the same organisation."""
    full: dict[str, OrgMention] = {}
    for o in found:
        m = re.match(r" \(([A-Z][A-Z0-9\-]{1,7})\)", text[o.end : o.end + 12])
        if m and m.group(1) != o.name:
            full.setdefault(m.group(1), o)
    return [
        replace(full[o.name], start=o.start, end=o.end)
        if o.name in full and o.name == text[o.start : o.end]
        else o
        for o in found
    ]


def _defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the article defines: "Bank Austria (BA)" → {"BA": "Bank Austria"}, where
    the capitalised words before the brackets begin with the acronym's letters."""
    if "(" not in text:
        return {}
    out: dict[str, str] = {}
    for m in _DEFINED_ACRONYM.finditer(text):
        acronym = m.group(2)
        words = m.group(1).split()
        while words and "".join(w[0] for w in words if w.lower() not in NAME_LINKS) != acronym:
            words = words[1:]  # "Die Bank Austria (BA)": the name is the words that spell it
        while words and words[0].lower() in NAME_LINKS:
            words = words[1:]  # "The Institute of Contemporary Arts (ICA)"
        if words:
            out.setdefault(acronym, " ".join(words))
    return out


def _defined_as_another(defined: dict[str, str], written: str, entry: GazetteerEntry) -> bool:
    """True when the article defines ``written`` as the acronym of a name that shares
    no word with the gazetteer entry's names ("Bank Austria (BA)" is no British Airways;
    "Hewlett Packard (HP)" and "World Trade Organisation (WTO)" are the known ones)."""
    name = defined.get(written)
    if name is None:
        return False
    known = {w for a in (entry.name, *entry.aliases) for w in _plain_words(a)}
    return not (_plain_words(name) - NAME_LINKS) & known


def _plain_words(name: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", name.casefold()))


_DEFINED_ACRONYM = re.compile(
    rf"((?:[{UPPER}][\w\-&]*[ ](?:(?:{'|'.join(sorted(NAME_LINKS))})[ ])?){{1,8}})"
    r"\(([A-Z]{2,6})\)"
)


def _initials_as_aliases(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """ "Associated British Foods … ABF chief executive": a word in capitals spelling the
    initials of a name of three or more words in the article is that organisation."""
    from graph import geo  # noqa: PLC0415

    names: dict[str, OrgMention] = {}
    for o in found:
        words = [w for w in o.name.split() if w.lower() not in NAME_LINKS]
        if len(words) >= 3 and all(w[:1].isupper() for w in words):
            names.setdefault("".join(w[0] for w in words), o)
    other = {o.name for o in found if o.known}  # "ABF chief executive" found ABF: not known
    names = {k: o for k, o in names.items() if k not in other and not geo.code_for(k)}
    if not names:
        return found
    out = [o for o in found if o.known or text[o.start : o.end] not in names]
    taken = SpanIndex((o.start, o.end) for o in out)
    for initials, o in names.items():
        out += [
            replace(o, start=start, end=end)
            for start, end in whole_words(text, initials)
            if not overlaps(start, end, taken)
        ]
    return sorted(out, key=lambda o: o.start)


@cache
def _product_noun_re(L: Lexicon) -> re.Pattern[str]:
    """A product noun in any inflection, alone or ending a compound ("Modelle", "Smartphones")."""
    nouns = "|".join(re.escape(n.lower()) for n in L.PRODUCT_NOUNS) or "(?!)"
    return re.compile(rf"[\w\-]*(?:{nouns})(?:e|en|n|s|es)?")


def _without_leading_nouns(name: str, start: int, L: Lexicon) -> tuple[int, int]:
    """The span of a model name without leading product nouns.

    "Modelle BYD Atto 3" → "BYD Atto 3", "Marke O2" → "O2" (a company noun); but
    "Model Y" and "Model 3" keep their product noun: a letter or a number alone names
    nothing.
    """
    noun_re = _product_noun_re(L)
    stopwords = L.STOPWORDS
    end = start + len(name)
    # "Das Smartphone Xiaomi 14" at a sentence's start: the article goes first
    while len(name.split()) > 1 and name.split()[0].lower() in stopwords:
        head = name.split()[0]
        start, name = start + len(head) + 1, name[len(head) + 1 :]
    # where nouns are written in lower case, a capitalised one is part of the name:
    # "Service Pack 2", not "Pack 2"
    while (
        len(name.split()) > 1
        and L.NOUNS_CAPITALISED
        and noun_re.fullmatch(name.split()[0].lower())
        and not (len(name.split()) == 2 and len(name.split()[1]) <= 2)
    ):
        head = name.split()[0]
        start, name = start + len(head) + 1, name[len(head) + 1 :]
    head, _, rest = name.partition(" ")
    if rest and _is_company_noun(head, _company_nouns(L), L):  # "seiner Marke O2"
        start += len(head) + 1
    return start, end


def _with_subsidiaries(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """ "Lidl US", "eBay Deutschland": a known name followed by a country is a national unit."""
    from graph import geo  # noqa: PLC0415

    out = []
    for o in orgs:
        m = re.match(r"[ ](US|UK|USA|[A-ZÄÖÜ][a-zäöüéñ]+)\b(?!-)", text[o.end : o.end + 20])
        if m and o.kind in ("company", "retailer", "carrier") and geo.code_for(m.group(1)):
            end = o.end + m.end()
            out.append(
                replace(
                    o,
                    end=end,
                    name=f"{o.name} {m.group(1)}",
                    qid=None,
                    aliases=(),
                    country=geo.code_for(m.group(1)),
                    known=False,
                )
            )
        else:
            out.append(o)
    return out


@cache
def _compound_descriptor_re(L: Lexicon) -> re.Pattern[str] | None:
    """Where nouns compound (German), a word ending in one of ``COMPOUND_DESCRIPTORS``."""
    heads = L.COMPOUND_DESCRIPTORS
    if not heads:
        return None
    body = "|".join(re.escape(h.lower()) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])[{UPPER}][{LOWER}]+?({body})(?!\w)", re.IGNORECASE)


@cache
def _discovery_patterns(
    L: Lexicon,
) -> tuple[
    re.Pattern[str],
    frozenset[str] | None,
    dict[str, str],
    re.Pattern[str] | None,
    str,
    re.Pattern[str],
]:
    """Per language, once: descriptor words, their kinds, lists after cue words, a list
    item, and a job title before a two-word name (a person, not an organisation)."""
    descriptors: dict[str, str] = L.ORG_DESCRIPTORS
    # a descriptor may end a compound: "die Billig-Tochter Germanwings", "die AUA-Mutter Lufthansa"
    body = "|".join(re.escape(d) for d in sorted(descriptors, key=len, reverse=True)) or "(?!)"
    desc_re = re.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)")
    desc_firsts = first_words(descriptors)
    folded = {k.lower(): v for k, v in descriptors.items()}
    list_cue = "|".join(re.escape(c) for c in L.LIST_CUES)
    conj = "|".join(re.escape(c) for c in L.LIST_CONJUNCTIONS)
    q = f"[{QUOTES}]?"
    item = rf"{q}{NAME_TOKEN}(?:[ \-](?:&[ ])?{NAME_TOKEN}){{0,3}}{q}"
    list_re = (
        re.compile(
            rf"(?:{list_cue})[ ]+({item}(?:[ ]*,[ ]*{item})*(?:,?[ ]+(?:{conj})[ ]+{item})?)"
        )
        if list_cue
        else None
    )
    # a job title or an office of state, then a person ("rival Chancellor Gordon Brown")
    titles = (
        *L.ROLE_HEADS,
        *L.GOVERNMENT_ROLES,
        *L.STATE_TITLES,
    )
    roles = "|".join(re.escape(h) for h in sorted(titles, key=len, reverse=True))
    titled_re = re.compile(rf"(?i:{roles or '(?!)'})[ ]+{NAME_TOKEN}[ ]+{NAME_TOKEN}")
    return desc_re, desc_firsts, folded, list_re, item, titled_re


@cache
def _apposition_re(L: Lexicon) -> re.Pattern[str] | None:
    """An apposition headed by an organisation noun, as it follows a name: ", the
    country's biggest credit card provider,", ", a unit of", ", a US private equity
    group,"; group 1 is the noun."""
    after = L.APPOSITION_AFTER
    if not after:
        return None
    nouns = {**L.ORG_DESCRIPTORS, **L.APPOSITION_NOUNS}
    noun = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    articles = "|".join(
        map(re.escape, L.ROLE_ARTICLES if L.APPOSITION_ARTICLES is None else L.APPOSITION_ARTICLES)
    )
    if L.APPOSITION_OWNER_RE:
        articles += f"|{L.APPOSITION_OWNER_RE}"
    between = "|".join(map(re.escape, L.APPOSITION_NOT_BETWEEN))
    follows = "|".join(map(re.escape, after))
    part_of = "|".join(map(re.escape, L.APPOSITION_PART_OF)) or "(?!)"
    # "der größte Stahlhersteller Chinas", "el mayor fabricante chino": what may end it
    tail = L.APPOSITION_TAIL
    heads = L.COMPOUND_DESCRIPTORS
    if heads:  # "der größte Kreditkartenanbieter": a compound ending in a descriptor
        heads = (*heads, *L.APPOSITION_NOUNS)
        ends = "|".join(re.escape(h.lower()) for h in sorted(heads, key=len, reverse=True))
        noun = rf"{noun}|[{UPPER}][\w\-]*?(?:{ends})"
    return re.compile(
        rf",[ ](?:{articles})[ ](?:(?!(?:{between})[ ])[\w'’\-]+[ ]){{0,5}}?"
        rf"(?:({noun}){tail}(?=[,;.)]|[ ](?:{follows})[ ])|({part_of})(?=[ ]of[ ]))"
    )


_NAME_BEFORE = re.compile(rf"(?<![\w'’&+.\-])(?:{NAME_TOKEN}[ ](?:&[ ])?){{0,3}}{NAME_TOKEN}$")


def _appositions(
    text: str, L: Lexicon, stopwords: frozenset[str]
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, kind) of names that an apposition says are organisations'
    ("LG Card, the country's biggest credit card provider, has …"); people, places,
    dates and words of the language are none."""
    apposition = _apposition_re(L)
    if apposition is None:
        return
    from graph import geo  # noqa: PLC0415

    nouns = {**L.ORG_DESCRIPTORS, **L.APPOSITION_NOUNS}
    for a in apposition.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, a.start() - 80), a.start())
        if before is None:
            continue
        # "China's Baoshan, the country's largest steel producer": Baoshan
        name = re.split(r"['’]s ", _strip_leading_function_words(before.group(), stopwords))[-1]
        if L.NOUNS_CAPITALISED:
            # "übernahm die Handelskette Hofer, eine …": a descriptor before the name
            words = name.split()
            while len(words) > 1 and _a_descriptor(words[0], nouns, L):
                words.pop(0)
            name = " ".join(words)
        first = name.split()[0] if name else ""
        if (
            not first[:1].isupper()
            or (" " not in name and _is_sentence_adverb(name, L))
            or first in given_names()
            or is_calendar_word(first)
            or geo.code_for(name, L.code)
            or _common_noun(name, L)
        ):
            continue
        kind = _kind_of_noun(a.group(1) or a.group(2), nouns)
        # "… Rohstoffpreisen, die so mancher Regierung …": where every noun is capitalised,
        # a body's noun after one is too loose a sign
        if kind != "other" or not L.NOUNS_CAPITALISED:
            yield a.start() - len(name), a.start(), name, kind


def _place_genitive(candidate: str, L: Lexicon) -> bool:
    """ "das größte Energieunternehmen Österreichs": a place in the genitive after a
    descriptor (where nouns are capitalised) is no name."""
    if not L.NOUNS_CAPITALISED or not candidate.endswith("s"):
        return False
    from graph import geo  # noqa: PLC0415

    return bool(geo.code_for(candidate[:-1], L.code))


def _a_descriptor(word: str, nouns: dict[str, str], L: Lexicon) -> bool:
    """A descriptor, a compound ending in one ("Handelskette"), or a noun by its ending."""
    folded = word.lower()
    heads = (*L.COMPOUND_DESCRIPTORS, *L.COMMON_NOUN_ENDINGS)
    return word in nouns or folded.endswith(tuple(h.lower() for h in heads))


def _kind_of_noun(noun: str, nouns: dict[str, str]) -> str:
    """The kind a descriptor gives, also at the end of a compound ("Stahlhersteller")."""
    if noun in nouns:
        return nouns[noun]
    folded = noun.lower()
    return next((kind for head, kind in nouns.items() if folded.endswith(head.lower())), "company")


@cache
def _employer_title_re(L: Lexicon) -> re.Pattern[str] | None:
    heads = L.EMPLOYER_BEFORE_TITLES
    if not heads:
        return None
    body = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    qualifiers = "|".join(map(re.escape, L.TITLE_QUALIFIERS_BEFORE)) or "(?!)"
    # the title (with a person after it) first: the name before it is looked for at few places
    return re.compile(rf"[ ](?:(?:{qualifiers})[ ])?(?:{body})[ ](?=[{UPPER}])")


_EMPLOYER_BEFORE = re.compile(rf"(?<![\w'’.\-])({NAME_TOKEN}(?:[ ]{NAME_TOKEN}){{0,2}})$")


def _employers_before_titles(
    text: str, L: Lexicon, stopwords: frozenset[str]
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, kind) of the names a company officer's title follows, before
    the person ("Yukos spokesman Mike Lake", "Former WorldCom chief executive Bernard
    Ebbers"): the employer. Places, their adjectives, titles and people are none."""
    pattern = _employer_title_re(L)
    if pattern is None:
        return
    from graph import geo  # noqa: PLC0415
    from graph.gazetteer import is_common_word  # noqa: PLC0415

    language = L.code
    # "Senator Leahy spokeswoman", "EC spokeswoman": an office or a body's title is no employer
    titles = {
        t.lower().rstrip(".")
        for t in (
            *L.ROLE_HEADS,
            *L.GOVERNMENT_ROLES,
            *L.STATE_TITLES,
            *L.PERSON_TITLES,
        )
    }
    for title in pattern.finditer(text):
        m = _EMPLOYER_BEFORE.search(text, max(0, title.start() - 80), title.start())
        if m is None:
            continue
        # "Deutsche's chairman Rolf Breuer": the possessive is no part of the name
        words = re.sub(r"['’]s?$", "", m.group(1)).split()
        while words and (
            words[0].lower() in stopwords
            or words[0].lower() in L.TITLE_QUALIFIERS_BEFORE
            or words[0] in STOP_FIRST
        ):
            words.pop(0)
        name = " ".join(words)
        if (
            not name
            or not name[:1].isupper()
            or words[0] in given_names()
            or any(is_calendar_word(w) for w in words)
            or any(w.lower().rstrip(".") in titles for w in words)
            # "Company spokesman Glenn Waller", "United chief executive": a word the text
            # also writes in lower case is no name
            or (len(words) == 1 and (is_common_word(name) or _written_lower(text, name)))
            or any(p.start == 0 and p.end == len(name) for p in geo.find_places(name, language))
            # "Riggs spokesman" where "Riggs Bank" is named: the longer name's short form
            or re.search(rf"(?<![\w-]){re.escape(name)}[ ][{UPPER}]", text)
        ):
            continue
        start = m.start(1) + m.group(1).rfind(name)
        yield start, start + len(name), name, "company"


def _cue_name_re(cues: Iterable[str], tail: str, end: str, L: Lexicon) -> re.Pattern[str]:
    """One of ``cues`` (any case), ``tail``, an optional article and a capitalised name
    (group 1) that ``end`` closes."""
    cue = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    articles = "|".join(re.escape(a) for a in L.DEFINITE_ARTICLES) or "(?!)"
    name = rf"{NAME_TOKEN}(?:[ ](?:&[ ])?{NAME_TOKEN}){{0,3}}"
    return re.compile(rf"(?<![\w\-])(?i:{cue}){tail}[ ](?:(?:{articles})[ ])?({name}){end}")


@cache
def _name_cues(L: Lexicon) -> dict[str, tuple[tuple[Rule, re.Pattern[str]], ...]]:
    """Per language, by the first word of their cues (lower case): the rules that read a
    name after cue words, each with a pattern of only the cues that word begins.

    - a firm officer's title and its preposition: "cofundador de X", "chief executive
      of X", "Gründer von X" — not a state's offices ("alcalde de Móstoles": a town),
      and where nouns are capitalised not a genitive article, which leads to any noun
      ("Sprecher des Finanzministeriums");
    - a participle of owning: "owned by X", "controlada por X" (not "part of");
    - a reporting verb, the name closing the clause: "…, informa X."
    """
    offices = {h.lower() for h in L.GOVERNMENT_ROLES}
    heads = [h for h in L.ROLE_HEADS if h.lower() not in offices]
    joins = [
        p for p in L.ROLE_ORG_PREPOSITIONS if not (L.NOUNS_CAPITALISED and p in L.GENITIVE_ARTICLES)
    ]
    join = "|".join(re.escape(p) for p in joins)
    owning = [p for p in L.APPOSITION_PARTICIPLES if not p.lower().startswith(("part", "teil"))]
    rules = [
        (EMPLOYER_AFTER, heads if joins else [], rf"[ ](?:{join})", r"(?![\w\-])"),
        (OWNER, owning, "", r"(?![\w\-])"),
        (SOURCE, list(L.REPORTING_VERBS_BEFORE_SOURCE), "", r"(?=[.,;:)])"),
    ]
    by_first: dict[str, list[tuple[Rule, re.Pattern[str]]]] = {}
    for rule_, cues, tail, end in rules:
        groups: dict[str, list[str]] = {}
        for cue in cues:
            word = _WORD_RUN.match(cue)
            if word is not None:  # "co-founder": the word "co" begins it
                groups.setdefault(word.group().lower(), []).append(cue)
        for first, group in groups.items():
            by_first.setdefault(first, []).append((rule_, _cue_name_re(group, tail, end, L)))
    return {first: tuple(entries) for first, entries in by_first.items()}


def _names_after_cues(
    text: str, L: Lexicon, protected: list[tuple[int, int]]
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, kind) of the names cue words lead to (see :func:`_name_cues`):
    an employer, an owner ("company"), an outlet ("media"). One pass over the words."""
    cues = _name_cues(L)
    heads = tuple(h.lower() for h in L.ROLE_HEADS)
    for at, first in _cue_words(text, cues.keys()):
        for rule_, pattern in cues[first]:
            m = pattern.match(text, at) if rule_.on else None
            name = _name_after(m, text, L, protected) if m else None
            if m is None or name is None:
                continue
            end = m.start(1) + len(name)
            if rule_ is not SOURCE:
                yield m.start(1), end, name, "company"
                continue
            after = text[end : end + 60].lower()
            if not (after.startswith(",") and any(f" {h}" in after for h in heads)):
                yield m.start(1), end, name, "media"  # not "informó Stella Li, vicepresidenta"


_WORD_RUN = re.compile(r"\w+")


def _cue_words(text: str, firsts: Iterable[str]) -> list[tuple[int, str]]:
    """(where, word) of each of ``firsts`` (lower case) in ``text``, as a whole word, in
    text order: the words present found in C (findall, set), their places by str.find."""
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer ("İ"): word by word
        return [(w.start(), w.group().lower()) for w in _WORD_RUN.finditer(text)
                if w.group().lower() in firsts]  # fmt: skip
    present = set(firsts) & set(_WORD_RUN.findall(lower))
    return sorted((at, word) for word in present for at, _ in whole_words(lower, word))


def _name_after(
    m: re.Match[str], text: str, L: Lexicon, protected: list[tuple[int, int]]
) -> str | None:
    """The name in group 1 of ``m`` when it may be an organisation's: no place, person,
    date, number or department in plain words."""
    # "secretario del Tesoro Steven Mnuchin": the name ends before a person's
    name = _without_nouns_after(_before_a_person(m.group(1)), L)
    words = name.split()
    if (
        not name[0].isalpha()  # "director de 2014"
        or _no_organisation(name, m.start(1), L, protected)
        or any(is_calendar_word(w) for w in words)
        # "directora de Política Digital", "head of Retail": a department, in plain words
        or all(plain_word(w, L.code) for w in words)
        or name.endswith("-based")
        or _a_surname(text, name)
    ):
        return None
    return name


def _a_surname(text: str, name: str) -> bool:
    """True when the article writes ``name`` after a given name somewhere ("Mikhail
    Fridman … controlled by Fridman"): a person's surname."""
    given = given_names()
    return any(
        (before := text[max(0, a - 20) : a].split()) and before[-1] in given
        for a, _ in whole_words(text, name)
    )


def _written_lower(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _is_sentence_adverb(word: str, L: Lexicon) -> bool:
    lower = word.lower()
    return lower.endswith(L.ADVERB_ENDINGS) or lower in L.SENTENCE_ADVERBS


def _before_a_person(candidate: str) -> str:
    """ "group EADS Philippe Camus": the name ends before a given name and the capitalised
    word after it (a person), unless the given name opens it ("Ralph Lauren")."""
    words = candidate.split(" ")
    for i in range(1, len(words) - 1):
        surname = words[i + 1].strip(QUOTES)
        if (
            words[i] in given_names()
            and surname[:1].isupper()
            # "Saint Bernard Software": an organisation's word is no surname
            and not (surname in ORG_HEADS or surname in LEGAL_SUFFIXES or surname in NOT_SURNAMES)
        ):
            return " ".join(words[:i])
    return candidate


def _discover(  # noqa: ANN202
    text: str, L: Lexicon, stopwords: frozenset[str], known: list[tuple[int, int]]
):
    """Yield (start, end, name, kind) for names that context marks as organisations;
    ``known`` are the spans of known organisations (a descriptor in one, the "Bank" of
    "Deutsche Bank", introduces nothing: "der Deutschen Bank Jahre der Rezession")."""
    names = name_re()
    desc_re, desc_firsts, folded, list_re, item, titled_re = _discovery_patterns(L)
    articles = L.ARTICLES_BEFORE_HEAD
    adjective_after = L.ADJECTIVES_AFTER_NOUNS
    q = f"[{QUOTES}]?"
    this = L.DEMONSTRATIVES
    found = [
        (d.start(), d.end(), folded[d.group().lower()])
        for d in matches_at_words(desc_re, text, desc_firsts)
    ]
    compound = _compound_descriptor_re(L)
    if compound is not None:
        # "die Parfümeriekette Douglas": a descriptor ending a German compound
        found += [
            (c.start(), c.end(), folded[c.group(1).lower()])
            for c in compound.finditer(text)
            if c.group().lower() not in folded
        ]
        found.sort()
    lower_nouns = not L.NOUNS_CAPITALISED
    inside_known = SpanIndex(known)
    for d_start, d_stop, kind in found if DESCRIPTOR.on else ():
        if inside_known.covers(d_start, d_stop):
            continue
        if (
            lower_nouns
            and text[d_start].isupper()
            and text[d_start:d_stop] not in NAME_PREFIXES
            and not _sentence_start(text, d_start)
        ):
            continue  # "and Giant Food", "Group Economist": a capitalised noun is a name's
        before = text[max(0, d_start - 12) : d_start].split()
        if before and before[-1].lower() in this:
            continue  # "aseguró a este diario Andreas Birnbaum": the outlet writing, then a person
        after = text[d_stop : d_stop + 200]
        # "Händlern wie X, Y und Z" / "retailers such as X and Y"
        if list_re:
            m = list_re.match(after.lstrip(" ")) if after[:1] == " " else None
            if m:
                offset = d_stop + (len(after) - len(after.lstrip(" "))) + m.start(1)
                for im in re.finditer(item, m.group(1)):
                    yield offset + im.start(), offset + im.end(), im.group(), kind
                continue
        # "Discounter Lidl", "research firm Kantar Worldpanel", Branchenportals "TechCrunch";
        # where adjectives follow nouns, one may stand between: "el grupo emiratí Daher"
        d_end = d_stop
        adjective = re.match(r"[ ]+([a-záéíóúñü]+)(?=[ ])", after) if adjective_after else None
        if adjective and adjective.group(1) not in stopwords:
            after = after[adjective.end() :]
            d_end += adjective.end()
        m = re.match(rf"[ ]+({q}{NAME_TOKEN}(?:[ ](?:&[ ]|\+[ ])?{NAME_TOKEN}){{0,3}}{q})", after)
        if m and m.group(1).strip(QUOTES)[:1].isupper():
            candidate = m.group(1)
            # "Acme Bank President John Smith" (a bank not known): a title and a person follow
            if titled_re.fullmatch(candidate.strip(QUOTES)):
                continue
            # "the Dutch film maker Theo van Gogh": a given name that a particle continues
            if candidate.split()[0] in given_names() and _PARTICLE_NEXT.match(after, m.end(1)):
                continue
            # "group EADS Philippe Camus": the name ends before the person
            candidate = _before_a_person(candidate)
            # "die Plattform Inside Airbnb 67 Prozent": numbers and nouns end it
            candidate = _without_nouns_after(candidate, L)
            if (
                candidate.split()[0].lower() not in stopwords
                and not _common_noun(candidate, L)
                and not _place_genitive(candidate, L)
            ):
                yield d_end + m.start(1), d_end + m.start(1) + len(candidate), candidate, kind
    for m in names.finditer(text) if HEAD_WORD.on else ():
        name = m.group()
        words = name.split()
        # legal suffix or organisation head word at the end
        last = words[-1]
        # "Insolvenz der Bank": an article before the head word makes it the bank of
        # the sentence, not the end of a name (see ARTICLES_BEFORE_HEAD)
        if (
            len(words) >= 2
            and (last in LEGAL_SUFFIXES or last in ORG_HEADS)
            and words[-2] not in articles
        ):
            core = _own_part(_strip_leading_function_words(name, stopwords), L)
            if (len(core.split()) >= 2 or last in LEGAL_SUFFIXES) and core not in NOT_ORGS:
                yield m.end() - len(core), m.end(), core, _discovered_kind(core)
        # "SK Telecom of South Korea": name + "of" + country
        if re.match(r" of (?:the )?[A-Z]", text[m.end() : m.end() + 10]):
            from graph import geo  # noqa: PLC0415

            rest = re.match(rf" of (?:the )?({NAME_TOKEN}(?: {NAME_TOKEN})?)", text[m.end() :])
            if rest and geo.code_for(rest.group(1), "en") and not geo.code_for(name, "en"):
                core = _strip_leading_function_words(name, stopwords)
                if core and core.split()[0] not in given_names():
                    yield m.end() - len(core), m.end(), core, "company"
        # acronym definitions "Korea First Bank (KFB)"
        acr = re.match(r" \(([A-Z][A-Z0-9\-]{1,7})\)", text[m.end() : m.end() + 12])
        if acr and len(words) >= 2 and (last in ORG_HEADS or last in LEGAL_SUFFIXES):
            kind = _discovered_kind(name)
            yield m.end() + 2, m.end() + 2 + len(acr.group(1)), acr.group(1), kind


def _discovered_kind(name: str) -> str:
    """The kind of a name found by its head word: the head before "of" leads ("Association
    of European Airlines" is an association), an institution's bank is no company."""
    words = name.split()
    if name.endswith(INSTITUTION_BANKS):
        return "other"
    if name.endswith(NEWS_AGENCIES):
        return "media"  # "Xinhua News Agency"; "Environmental Protection Agency" is other
    if "of" in words[1:]:
        head = words[words.index("of", 1) - 1]
        if ORG_HEADS.get(head) == "other":
            return "other"
    return ORG_HEADS.get(words[-1], "company")


def _common_noun(candidate: str, L: Lexicon) -> bool:
    """A word after a company noun that is no name: a time ("der Konzern Mittwochabend
    mit") or, where every noun is capitalised, a noun by its ending ("Start-up
    Förderungen bekommen")."""
    words = candidate.strip(QUOTES).split()
    if len(words) > 1:
        return False
    endings = L.COMMON_NOUN_ENDINGS
    return (
        is_calendar_word(words[0])
        or (bool(endings) and words[0].lower().endswith(endings))
        or (L.NOUNS_CAPITALISED and word_of_the_language(words[0], L.code))
    )


# ----------------------------------------------------------------------------- people
def _place_noun_after(after: str, L: Lexicon) -> bool:
    """A name that a place's noun follows names a place ("Andhra Pradesh state")."""
    nouns = L.PLACE_NOUNS_AFTER_NAME
    word = after.split(maxsplit=1)[0].rstrip(".,;:") if after[:1] == " " and after.strip() else ""
    return word in nouns


_PARTICLES = frozenset(p for p in NAME_PARTICLES if " " not in p)
_PARTICLE_NEXT = re.compile(rf"[ ](?:{'|'.join(map(re.escape, NAME_PARTICLES))})[ ][{UPPER}]")


@cache
def _person_re() -> re.Pattern[str]:
    # "McKenna", "MacDonald", "O'Brien", "D'Amato", "LaNeve", "DeLuca": a prefix before a capital
    token = rf"(?:Mc|Mac|O['’]|D['’]|La|Le|De|Di|Du)?[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)?"
    initial = rf"[{UPPER}]\.(?:[ ]?[{UPPER}]\.)*"
    particle = rf"(?:{'|'.join(map(re.escape, NAME_PARTICLES))})"
    # "DJ Koh": initials in capitals, without stops, before a name (kept only after a title)
    initials = rf"[{UPPER}]{{2,3}}(?=[ ][{UPPER}][{LOWER}])"
    return re.compile(
        rf"(?<![\w.])(?:{token}|{initial}|{initials})"
        rf"(?:[ ](?:{initial}|{token}|{particle}(?=[ ][{UPPER}])))"
        rf"{{1,7}}(?![\w])"
    )


def _is_title(word: str, L: Lexicon, role_heads_re: re.Pattern[str]) -> bool:
    """A job title or an office of state, as one word ("President", "General", "Senator"),
    or a German compound ending in one ("Vorstandschef", "Konzernchefin")."""
    if role_heads_re.fullmatch(word) is not None or word.lower() in _office_words(L):
        return True
    if not L.NOUNS_CAPITALISED:
        return False
    head = role_heads_re.search(word, 1)
    return head is not None and head.end() == len(word)


@cache
def _office_words(L: Lexicon) -> frozenset[str]:
    """Last words of the offices of state ("attorney general" → "general"), not of
    phrases ("secretary of state", where "state" is no title)."""
    return frozenset(
        role.split()[-1].lower()
        for role in L.GOVERNMENT_ROLES
        if not re.search(r" (?:of|de|del|der) ", role)
    )


def _is_given(word: str, given: frozenset[str]) -> bool:
    """A given name, also hyphenated ("Heinz-Christian", "Jean-Pierre")."""
    return word in given or ("-" in word and all(part in given for part in word.split("-")))


@cache
def _group_before_re(L: Lexicon) -> re.Pattern[str]:
    """A plural role noun ending the text before a name ("a report by analysts")."""
    groups = "|".join(map(re.escape, L.GROUP_NOUNS)) or "(?!)"
    return re.compile(rf"(?i)\b(?:{groups})\s*$")


def find_people(
    text: str,
    L: Lexicon,
    protected: list[tuple[int, int]],
    role_heads_re: re.Pattern[str],
    speech_re: re.Pattern[str],
) -> list[PersonMention]:
    """People: given name + surname, family-name-first names, or a name next to a job
    title, a courtesy title or a speech verb."""
    given, family_first = given_names(), surnames_first()
    claimed = SpanIndex(protected)
    titles = L.PERSON_TITLES
    group_before = _group_before_re(L)
    stopwords = L.STOPWORDS
    out: list[PersonMention] = []
    for m in _person_re().finditer(text):
        start, end, name = m.start(), m.end(), m.group()
        words = name.split()
        while words and (words[0] in STOP_FIRST or words[0].lower() in stopwords):
            start += len(words[0]) + 1
            words.pop(0)
        # "a Europa Press Ana Rivera", "Facebook-Chef Mark Zuckerberg": an organisation's
        # name (or its title compound) before a given name or after a title
        lead = 0
        while lead < len(words) - 2 and claimed.overlaps(
            start + len(" ".join(words[:lead])), start + len(" ".join(words[: lead + 1]))
        ):
            lead += 1
        if lead and (
            _is_given(words[lead], given) or role_heads_re.search(words[lead - 1]) is not None
        ):
            start += len(" ".join(words[:lead])) + 1
            words = words[lead:]
        # "Prime Minister Silvio Berlusconi", "Attorney General Eliot Spitzer": the name
        # follows the last title word
        titles_at = [i for i, w in enumerate(words) if _is_title(w, L, role_heads_re)]
        if titles_at and titles_at[-1] == len(words) - 1:
            continue  # "Chief Operating Officer", "Superior Court Judge": a title, no name
        cut = max((i for i in titles_at if i <= len(words) - 3), default=None)
        if cut is not None:
            # "Chef von Petrol": a particle after the title starts no name
            while cut + 1 < len(words) and words[cut + 1].islower():
                cut += 1
            start += len(" ".join(words[: cut + 1])) + 1
            words = words[cut + 1 :]
        # "Deutschland-Chef Stephan Zoll", "Vertriebsvorstand Jens Bischof":
        # the name starts at the given name
        at = next(
            (
                i
                for i, w in enumerate(words[:-1])
                if i and _is_given(w, given) and not _is_given(words[0], given)
            ),
            None,
        )
        if at is not None:
            start += len(" ".join(words[:at])) + 1
            words = words[at:]
        # "Hans Meier von Siemens": a particle before an organisation's name ends the name
        cut = next(
            (
                i
                for i, w in enumerate(words)
                if i >= 2
                and w in _PARTICLES
                and claimed.overlaps(start + len(" ".join(words[: i + 1])) + 1, end)
            ),
            None,
        )
        if cut is not None:
            words = words[:cut]
            end = start + len(" ".join(words))
        if len(words) < 2 or claimed.overlaps(start, end):
            continue
        before = text[max(0, start - 40) : start]
        after = text[end : end + 60]
        title_word = words[0] if words[0] in titles or words[0] + "." in titles else None
        if title_word and len(words) > 2:
            start += len(title_word) + 1
            words = words[1:]
        first = words[0]
        previous_word = before.split()[-1] if before.split() else ""
        if (
            previous_word.lower() in stopwords
            and first not in given
            and not speech_re.fullmatch(previous_word)  # "said Tomohiko Sei"
        ):
            continue  # "im Bereich Global Strategy", "des Bereichs Product Management"
        title_before = (
            bool(re.search(rf"(?:{'|'.join(re.escape(t) for t in titles)})\s*$", before))
            if titles
            else False
        )
        # "dijo la directora de ventas de la marca, Marta Gil": a title's phrase, then a
        # comma and the name
        apposed = before.endswith(", ") and role_heads_re.search(before[-70:-2]) is not None
        if first.isupper() and first.isalpha() and len(first) > 1 and not apposed:
            continue  # "DJ Koh" only there: elsewhere capitals begin a firm's name
        context = (
            title_before
            or role_heads_re.search(before[-30:]) is not None
            or apposed
            or re.match(r"\s*,\s*\w", after) is not None
            and role_heads_re.search(after[:50]) is not None
            or speech_re.search(before[-15:]) is not None
            or speech_re.match(after.lstrip(" ,")) is not None
        )
        if words[-1] in ORG_HEADS or words[-1] in LEGAL_SUFFIXES or words[-1] in NOT_SURNAMES:
            continue  # "General Motors", "Vance Management": an organisation's name
        if not _is_given(first, given) and group_before.search(before):
            continue  # "a report by analysts Screen Digest": a firm of them, no one person
        if is_calendar_word(words[-1]) and not is_month_name(words[-1]):
            continue  # "so Foglar Freitagabend": a name and a day ("Theresa May" is a name)
        if not _is_given(first, given) and _place_noun_after(after, L):
            continue  # "India's Andhra Pradesh state said", "an Andhra Pradesh official"
        if (
            not _is_given(first, given)
            and end == start + len(" ".join(words))
            and role_heads_re.match(after.lstrip()) is not None
        ):
            continue  # "said Global Insight analyst Howard Archer": the employer's name
        if (
            _is_given(first, given)
            or first.rstrip(".") in given
            or (first in family_first and len(words) <= 3)
            or context
        ):
            if any(w.lower() in stopwords for w in words[1:]) and not title_before:
                continue
            out.append(PersonMention(start, start + len(" ".join(words)), " ".join(words)))
    # "Mr Hogan" after "Kevin Hogan": a later reference, not another person
    bare_titles = {t.rstrip(".") for t in titles}
    surnames = {p.name.split()[-1] for p in out if p.name.split()[0].rstrip(".") not in bare_titles}
    return [
        p
        for p in out
        if not (
            len(p.name.split()) == 2
            and p.name.split()[0].rstrip(".") in bare_titles
            and p.name.split()[1] in surnames
        )
    ]


def person_references(
    text: str, people: list[PersonMention], protected: list[tuple[int, int]]
) -> list[PersonMention]:
    """Later mentions by one name ("Proctor", "Wang", "Musk") of people named in full."""
    names = list(dict.fromkeys(p.name for p in people))  # in the order the text names them
    by_token: dict[str, list[str]] = {}
    counts = Counter(tok for p in names for tok in (p.split()[0], p.split()[-1]))
    for name in names:
        words = name.split()
        for token in dict.fromkeys(
            (words[-1], words[0] if words[0] in surnames_first() else words[-1])
        ):
            if counts[token] == 1 or token == words[-1]:
                by_token.setdefault(token, []).append(name)
    taken = SpanIndex([(p.start, p.end) for p in people] + protected)
    refs = []
    for token, named in by_token.items():
        if len(token) < 2:
            continue
        at = text.find(token)
        while at != -1:
            end = _whole_name_end(text, at, token)
            if end is not None and not overlaps(at, end, taken):
                # "Ana Botín … Emilio Botín … Botín": the one of that name named last before
                refs.append(PersonMention(at, at + len(token), _named_last(people, named, at)))
            at = text.find(token, end or at + 1)
    return sorted(refs, key=lambda r: r.start)


def _named_last(people: list[PersonMention], names: list[str], at: int) -> str:
    """Of ``names``, the one written in full last before ``at`` (else the first named)."""
    before = [p for p in people if p.name in names and p.start < at]
    return max(before, key=lambda p: p.start).name if before else names[0]


_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_WORD_CHAR = re.compile(r"\w")


def _starts_a_word(text: str, at: int) -> bool:
    """True when no word character or hyphen stands right before ``text[at]``."""
    return not (at and _WORD_OR_HYPHEN.match(text, at - 1))


def _whole_name_end(text: str, start: int, name: str) -> int | None:
    """Where ``name`` at ``start`` ends as a whole word, with a plural or possessive s
    ("Proctors", "Proctor's"); None inside a longer word. A plain ``str.find`` and this
    replace one regex per name, which Python's regex cache could not keep."""
    if not _starts_a_word(text, start):
        return None
    end = start + len(name)
    for suffix in ("s", "'s", "’s", ""):
        if text.startswith(suffix, end) and not _WORD_OR_HYPHEN.match(text, end + len(suffix)):
            return end + len(suffix)
    return None


# ----------------------------------------------------------------------------- products
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _model_re() -> re.Pattern[str]:
    # "Redmi Note 4", "Mi 9T Pro", "Model Y", "Switch 12S", "Pixel 4", "Mi Action Camera 4K"
    # "Huawei's P30": the maker's, then the model; "iPhone 15": one lower-case letter first
    word = rf"(?:[{UPPER}]|[a-z](?=[{UPPER}]))[\w\-]*(?:['’]s)?"
    # "SU7", "XC90": up to three capitals and a number of up to two digits are one too
    model = r"(?:\d+(?:\.\d+)+|\d+[A-Za-z]{0,3}|[A-Z]{1,3}\d{1,2}[a-z]?|[A-Z])"  # not "1.55bn"
    # a count goes on as one: "1,700", "3,64 Euro", "60%" are no model numbers ("Firefox 1.0" is)
    return re.compile(
        rf"(?<![\w\-])((?:{word}[ ]){{1,3}}{model}(?:[ ]{PRODUCT_SUFFIX}|[ ]{model})*)"
        r"(?![\w\-]|\.\d|,\d|[ ]?%)"
    )


def _not_a_model(text: str, name: str, end: int, L: Lexicon) -> bool:
    """A word and a number or a letter that name no product: a person's initial ("George
    W Bush", "Samuel L Jackson"), a count of a German noun ("Doch 24 Stunden"), or a
    common word with a number (``NOT_MODEL_WORDS``: "Section 404", "Version 7.0", "Seite
    O5")."""
    words = name.split()
    next_word = re.match(r"[ ]([\w-]+)", text[end : end + 40])
    following = next_word.group(1) if next_word else ""
    if (
        len(words) > 1
        and len(words[-1]) == 1
        and following[:1].isupper()
        and words[-2] in given_names()
    ):
        return True
    # where every noun is capitalised, a noun after the number is what is counted
    if L.NOUNS_CAPITALISED and words[-1][:1].isdigit() and following[:1].isupper():
        return True
    return any(w in L.NOT_MODEL_WORDS for w in words[:-1])


def _is_a_city(name: str) -> bool:
    from graph import geo  # noqa: PLC0415

    return any(c.start == 0 and c.end == len(name) for c in geo.find_cities(name))


# technologies, standards and formats: what a product uses or is, never its name
# fmt: off
# fmt: on
# a number with a unit is a size or a price, not a model ("5GB", "533p", "2.4GHz")
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?(?:GB|MB|TB|KB|GHz|MHz|mm|cm|kg|mAh|MP|bn|m|p|W)")


def find_products(
    text: str,
    L: Lexicon,
    orgs: list[OrgMention],
    protected: list[tuple[int, int]],
    places: list[tuple[int, int]],
) -> list[ProductMention]:
    """Named products: model names, brand-led names, quoted names before a product noun,
    and lists after plural product nouns ("die Tarife Light, Classic und Flex")."""
    stopwords = L.STOPWORDS
    org_list = [(o.start, o.end) for o in orgs]
    org_spans = SpanIndex(org_list)
    claimed = SpanIndex(protected)
    place_starts = sorted(a for a, _ in places)
    place_spans = SpanIndex(places)
    found: dict[tuple[int, int], ProductMention] = {}

    def add(
        start: int,
        end: int,
        name: str,
        maker: str | None = None,
        own_from: int | None = None,
        listed: bool = False,
    ) -> None:
        """``own_from``: where the name stops being its maker's ("eBay| Plus"); ``listed``:
        named in a list after a product noun, where a capitalised word is a name even
        if it is a function word too ("los modelos Han y Tang")."""
        named = listed and name[:1].isupper()
        name = _clean_name(name)
        if not named:
            name = _strip_leading_function_words(name, stopwords)
        if not name or len(name) < 2 or not _LETTER.search(name):
            return  # "In 23 cases": a count, no name
        if name.lower() in stopwords and not named:
            return
        if any(is_calendar_word(word) for word in name.split()):
            return  # "21 October", "ab September 16 Euro teurer", "Tuesday 9": a date
        following = _NEXT_WORD.match(text, end)
        if (
            following
            and is_calendar_word(following.group(1))
            and " " in name
            and not any(c.isdigit() for c in name.rsplit(" ", 1)[1])
        ):
            # "Galaxy S24 Ende Jänner": the word before a month begins the date
            name = name.rsplit(" ", 1)[0]
            end = start + len(text[start:end].rsplit(" ", 1)[0])
        if _is_a_city(name):
            return  # "disponibles en Ciudad de México y Monterrey": a place
        if all(w in GENERIC_TECH or len(w) == 1 or w.isdigit() for w in name.split()):
            return  # "a Voip service", "your TV and phone service", "USB C": no names
        start = end - len(name) if text[start:end].endswith(name) else start
        if claimed.overlaps(own_from if own_from is not None else start, end):
            return
        if any(s <= start and end <= e for s, e in found):
            return
        for key in [k for k in found if start <= k[0] and k[1] <= end]:
            del found[key]
        found[(start, end)] = ProductMention(start, end, name, maker)

    makers = {o.end: o for o in orgs if o.kind in ("company", "retailer", "carrier")}
    for m in _model_re().finditer(text):
        # "die Modelle BYD Atto 3", "seiner Marke O2": a leading product or company noun
        # (any inflection) is no part of the name
        start, end = _without_leading_nouns(m.group(1), m.start(1), L)
        name = text[start:end]
        # a product name never starts with an organisation's name: that is its maker
        maker = None
        for o in orgs:
            if o.start == start and o.end < end:
                after = o.end + (2 if text[o.end : o.end + 2] in ("'s", "’s") else 0) + 1
                maker, start, name = o.name, after, text[after:end]
        if re.search(r"['’]s ", name):
            continue  # "Apple's A" in "Apple's A4 chip" is no maker: an owner before a name
        if _MEASURE.fullmatch(name):
            continue  # "Seagate's 5GB drive", "the LSE's 533p": a size or a price
        if re.fullmatch(r"(?:19|20)\d\d", name.split()[-1]) or not re.search(
            r"[A-Za-z]", name.split()[-1] + name.split()[0]
        ):
            continue
        if overlaps(start, end, org_spans):
            continue
        if _not_a_model(text, name, end, L):
            continue
        add(start, end, name, maker)
    # the name a launch verb brings to a place: "will launch Prime Video in Colombia",
    # "lanzará su servicio Prime Video en Colombia", "startet Prime Video im Juni in Peru"
    launched = _launched_name_re(L)
    if launched is not None and places:
        german = L.NOUNS_CAPITALISED
        for m in launched.finditer(text):
            # "bringt sein neues Smartphone P40": a German product noun is capitalised too
            start, end = _without_leading_nouns(m.group(1), m.start(1), L)
            name = text[start:end]
            later = place_starts[bisect.bisect_right(place_starts, end) :][:1]
            later = [a for a in later if a <= end + 40]
            if not later or "." in text[end : later[0]] or overlaps(start, end, org_spans):
                continue
            if german and " " not in name and not any(c.isdigit() for c in name):
                continue  # "startet Verkauf in Mexiko": every German noun is capitalised
            add(start, end, name)
    # the name that arrives somewhere: "el Galaxy Fold llega a España", "the iPod shuffle
    # will go on sale in the UK", "Napster To Go will launch in the UK next month"
    arriving = _arriving_name_re(L)
    if arriving is not None and places:
        german = L.NOUNS_CAPITALISED
        for m in arriving.finditer(text):
            start, end = _without_leading_nouns(m.group("name"), m.start("name"), L)
            # "El Samsung Galaxy Fold llegará a España": the maker leads the model's name
            maker_org = next((o for o in orgs if o.start == start and o.end < end), None)
            if maker_org is not None:
                start = maker_org.end + 1
            name = text[start:end]
            model = m.group("between").split()[:1]
            if _CAMEL.search(name) and " " not in name and model and model[0] not in stopwords:
                end += 1 + len(model[0])  # "the iPod shuffle will go on sale": its model word
                name = text[start:end]
            later = place_starts[bisect.bisect_left(place_starts, m.end()) :][:1]
            later = [a for a in later if a <= m.end() + 60]
            if not later or "." in text[m.end() : later[0]] or overlaps(start, end, org_spans):
                continue
            if german and " " not in name and not any(c.isdigit() for c in name):
                continue  # "Das Smartphone kommt nach Österreich": a German noun
            if _sentence_start(text, start) and " " not in name and not _CAMEL.search(name):
                continue  # "Analysts expect …": a sentence's first word is capitalised anyway
            add(start, end, name, maker_org.name if maker_org else None)
    # brand + suffix word ("Amazon Prime", "Ebay Plus") and brand + model ("Acer Jade Primo")
    english = L.code == "en"
    for end, o in makers.items():
        if text[end : end + 1] == "+" and not _WORD_CHAR_OR_PLUS.match(text, end + 1):
            add(o.start, end + 1, text[o.start : end + 1], o.name, end)  # "Paramount+"
            continue
        suffix = _BRAND_SUFFIX.match(text, end, end + 40)
        if suffix:
            words = suffix.group(1).split()
            if len(words) == 1 and _SUFFIX_WORD.fullmatch(words[0]):
                add(o.start, suffix.end(), text[o.start : suffix.end()], o.name, end)  # "eBay Plus"
            elif (
                _SUFFIX_WORD.fullmatch(words[0])
                or (len(words) >= 2 and words[0].lower() not in stopwords and english)
            ) and words[-1] not in ORG_LAST_WORDS:
                # "Tata Global Beverages", "Starbucks Coffee International": a unit of the
                # company, named like one, not a product
                add(end + 1, suffix.end(), suffix.group(1), o.name)
    patterns = _product_patterns(L)
    # quoted name before a product noun: "Mi Community"-App, the "X" app
    if _QUOTE.search(text):
        for quoted in (patterns.quoted_before, patterns.quoted_after):
            for m in quoted.finditer(text) if quoted else ():
                add(m.start(1), m.end(1), m.group(1))
    # "Prime Video streaming service", "Mi Band 2 fitness tracker"; not in German, which
    # capitalises every noun: too ambiguous
    if patterns.before_noun is not None and not L.NOUNS_CAPITALISED:
        org_starts = {o.start for o in orgs}
        for m in patterns.before_noun.finditer(text):
            candidate = m.group(1).strip()
            if m.end() + 1 in org_starts or m.end() in org_starts:
                continue  # "Music streaming service Spotify": what the company is, no name
            add(m.start(1), m.start(1) + len(candidate), candidate)
    # "el modelo Dolphin", "su servicio Prime Video": where the name follows the noun and
    # nouns are lower-case, a capitalised word after one is a name (not a company or a place)
    if patterns.after_noun is not None:
        for m in patterns.after_noun.finditer(text):
            if not overlaps(m.start(1), m.end(1), org_spans) and not place_spans.overlaps(
                m.start(1), m.end(1)
            ):
                add(m.start(1), m.end(1), m.group(1))
    if patterns.listed is not None:
        for m in patterns.listed.finditer(text):
            at = m.start("items")
            if m.group("cue") and overlaps(at, m.end("items"), org_spans):
                continue  # "2Mbps services, including AOL, Plusnet and UK Online": providers
            for im in _LIST_ITEM.finditer(m.group("items")):
                add(at + im.start(), at + im.end(), im.group(), listed=True)
    # "a new beer called Shinnama", "una cerveza llamada Shinnama": a good's noun, then its name
    for start, end, name in _named_after_nouns(text, L) if NAMED.on else ():
        if (
            overlaps(start, end, org_spans)
            or place_spans.overlaps(start, end)
            or name.split()[0] in given_names()
        ):
            continue
        add(start, end, name)
    # "the Mac mini", "the iPod shuffle": a lower-case model word ends a one-word name
    for key, product in list(found.items()):
        model = _MODEL_WORD.match(text, product.end)
        if model and " " not in product.name and product.name == text[key[0] : key[1]]:
            del found[key]
            name = text[product.start : model.end()]
            found[(product.start, model.end())] = replace(product, end=model.end(), name=name)
    single_words = not L.NOUNS_CAPITALISED
    siblings = _list_siblings(text, list(found), patterns.conjunctions, stopwords, single_words)
    for start, end, name in siblings:
        brand = next(
            (o for o in orgs if o.start == start and o.end < end and text[o.end] == " "), None
        )
        if brand:  # "…, BYD Han und BYD Tang": the maker, then the model
            add(brand.end + 1, end, text[brand.end + 1 : end], brand.name)
        elif not overlaps(start, end, org_spans):
            add(start, end, name)
    # a product named once is the same product wherever the article writes its name again
    # ("el Nova X ya se vende también a través de Movistar"), the longest names first
    taken = SpanIndex([*org_list, *protected, *places, *found])
    for product in sorted(found.values(), key=lambda p: -len(p.name)):
        for start, end in whole_words(text, product.name):
            if not taken.overlaps(start, end):
                taken.add(start, end)
                found[(start, end)] = ProductMention(start, end, product.name, product.maker)
    return sorted(found.values(), key=lambda p: p.start)


_QUOTE = re.compile(f"[{QUOTES}]")
# lower-case words that end a model's name after a one-word name ("Mac mini")
_MODEL_WORD = re.compile(rf"[ ](?:{'|'.join(MODEL_WORDS)})(?![\w\-])")


@cache
def _naming_re(L: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A naming cue and the name after it (group 1); and, searched for in the words
    before the cue, a good's noun and up to three words (the cue is rare, the nouns are
    not: searching for the cue first is the fast way round)."""
    if not L.NAMING_CUES or not L.NAMED_THINGS:
        return None
    things = "|".join(re.escape(t.lower()) for t in sorted(L.NAMED_THINGS, key=len, reverse=True))
    cues = "|".join(re.escape(c) for c in sorted(L.NAMING_CUES, key=len, reverse=True))
    q = f"[{QUOTES}]?"
    cue = re.compile(rf"(?<![\w\-])(?:{cues})[ ]+{q}({NAME_TOKEN}(?:[ ]{NAME_TOKEN}){{0,3}}){q}")
    thing = re.compile(rf"(?<![\w\-])(?i:{things})(?:e|en|n|s|es)?(?:[ ][\w\-]+){{0,3}}?,?[ ]$")
    return cue, thing


def _named_after_nouns(text: str, L: Lexicon) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of the names after a good's noun and a naming cue."""
    naming = _naming_re(L)
    if naming is None:
        return
    cue, thing = naming
    for m in cue.finditer(text):
        if thing.search(text, max(0, m.start() - 80), m.start()) is not None:
            yield m.start(1), m.end(1), m.group(1)


_NEXT_WORD = re.compile(r"[ ]([\w.]+)")
_WORD_CHAR_OR_PLUS = re.compile(r"[\w+]")
_SUFFIX_WORD = re.compile(PRODUCT_SUFFIX)
# after a brand: "[ ]Plus", "[ ]Jade Primo", "[ ]Mi 5"
_BRAND_SUFFIX = re.compile(
    rf"[ ]((?:{PRODUCT_SUFFIX}|[{UPPER}][{LOWER}]+)"
    rf"(?:[ ](?:{PRODUCT_SUFFIX}|[{UPPER}][{LOWER}]+|\d+\w*)){{0,2}})(?![\w])"
)
_LIST_ITEM = re.compile(rf"[{UPPER}][\w\-]*(?:[ ][{UPPER}0-9][\w\-]*)?")


@dataclass(frozen=True)
class _ProductPatterns:
    quoted_before: re.Pattern[str] | None  # "Mi Community"-App
    quoted_after: re.Pattern[str] | None  # die App "Mi Community"
    before_noun: re.Pattern[str] | None  # Prime Video streaming service
    listed: re.Pattern[str] | None  # die Tarife Light, Classic und Flex
    after_noun: re.Pattern[str] | None  # el modelo Dolphin, su servicio Prime Video
    conjunctions: str  # regex alternation of the list conjunctions


@cache
def _product_patterns(L: Lexicon) -> _ProductPatterns:
    """Per language, once: the patterns around product nouns (built for every article,
    they had cost about 3 % of extraction)."""
    nouns = "|".join(re.escape(n) for n in L.PRODUCT_NOUNS)
    conj = "|".join(re.escape(c) for c in L.LIST_CONJUNCTIONS)
    list_nouns = "|".join(re.escape(n) for n in L.PRODUCT_LIST_NOUNS)
    quoted = rf"[{QUOTES}]([^{QUOTES}\n]{{2,40}})[{QUOTES}]"
    item = _LIST_ITEM.pattern
    cues = "|".join(re.escape(c) for c in L.LIST_CUES) or "(?!)"
    articles = {*L.ROLE_ARTICLES, *L.PLACE_ARTICLES}
    art = rf"(?:(?:{'|'.join(map(re.escape, sorted(articles)))})[ ])?" if articles else ""
    return _ProductPatterns(
        re.compile(rf"{quoted}[\- ]?(?:{nouns})\b") if nouns else None,
        re.compile(rf"\b(?:{nouns})[ ]{quoted}") if nouns else None,
        re.compile(rf"(?<![\w\-])((?:[{UPPER}][\w\-]*[ ]){{1,3}})(?:[a-z\-]+[ ])?(?:{nouns})\b")
        if nouns
        else None,
        # "die Tarife Light, Classic und Flex", "cinco modelos, entre ellos el Dolphin Mini y
        # el Seal": a list cue may follow the noun, an article precede each name
        re.compile(
            rf"\b(?:{list_nouns})(?:,?[ ](?P<cue>{cues}))?[ ]"
            rf"(?P<items>{art}{item}(?:,[ ]{art}{item})*,?[ ](?:{conj})[ ]{art}{item})"
        )
        if list_nouns
        else None,
        re.compile(
            rf"\b(?:{nouns})[ ]((?:[{UPPER}][\w\-]*)(?:[ ](?:[{UPPER}][\w\-]*|\d+\w*)){{0,2}})"
            r"(?![\w\-])"
        )
        if nouns and L.PRODUCT_NAME_AFTER_NOUN
        else None,
        conj,
    )


@cache
def _launched_name_re(L: Lexicon) -> re.Pattern[str] | None:
    """A launch verb, up to three lower-case words (determiners, adjectives, a product
    noun), then the capitalised name it launches."""
    verbs = "|".join(re.escape(v) for v in L.LAUNCH_VERBS)
    if not verbs:
        return None
    name = rf"[{UPPER}][\w\-]*(?:[ ][{UPPER}0-9][\w\-]*){{0,3}}"
    return re.compile(rf"\b(?:{verbs})[ ](?:[a-zäöüéíóúñ]+[ ]){{0,3}}({name})")


_CAMEL = re.compile(rf"[{LOWER}][{UPPER}]")


@cache
def _arriving_name_re(L: Lexicon) -> re.Pattern[str] | None:
    """A name (capitalised, or camel-cased like "iPod"), up to three lower-case words (an
    auxiliary, a model word), then a predicate of arriving on a market
    (``ARRIVAL_PREDICATES``: "llega a", "will go on sale")."""
    predicates = L.ARRIVAL_PREDICATES
    if not predicates:
        return None
    body = "|".join(re.escape(p) for p in sorted(predicates, key=len, reverse=True))
    token = rf"(?:[{UPPER}0-9][\w\-+]*|[{LOWER}]{{1,2}}[{UPPER}][\w\-]*)"
    return re.compile(
        rf"(?<![\w\-])(?P<name>{token}(?:[ ]{token}){{0,3}})"
        # "El Nova X, con una batería mayor, estará disponible": an aside
        rf"(?:,(?:[^,.;:\n]|(?<=\d)[,.](?=\d)){{3,90}},)?"
        rf"(?P<between>(?:[ ][{LOWER}]+){{0,3}}?)[ ](?:{body})\b"
    )


def _list_siblings(
    text: str,
    spans: list[tuple[int, int]],
    conj: str,
    stopwords: frozenset[str],
    single_words: bool = True,
) -> list[tuple[int, int, str]]:
    """Names listed together with a known product are products too: "the Mi Band 2 fitness
    tracker, the Mi Electric Scooter and the Mi Action Camera 4K". Where every noun is
    capitalised, one word without a digit is no name ("Verkäufer ... und Waren")."""
    name = rf"[{UPPER}][\w\-]*(?:[ ][{UPPER}0-9][\w\-]*){{0,4}}"
    chunk = re.compile(rf"(?:[a-zäöüéñ]+[ ]){{0,2}}({name})(?:[ ][a-zäöüéñ\-]+){{0,2}}")
    separator = re.compile(rf",[ ](?:(?:{conj})[ ])?|[ ](?:{conj})[ ]")
    out = []
    for start, end in spans:
        left = max(text.rfind(c, 0, start) for c in ".;:!?\n") + 1
        rights = [i for i in (text.find(c, end) for c in ".;:!?\n") if i != -1]
        right = min(rights) if rights else len(text)
        pieces, at = [], left
        for sep in separator.finditer(text, left, right):
            pieces.append((at, sep.start()))
            at = sep.end()
        pieces.append((at, right))
        mine = next((i for i, (a, b) in enumerate(pieces) if a <= start and end <= b), None)
        if mine is None or len(pieces) < 2:
            continue
        items = [
            chunk.fullmatch(text, a + (len(text[a:b]) - len(text[a:b].lstrip())), b)
            for a, b in pieces
        ]
        run = [mine]  # the known product's own piece may hold more words ("It also brought the …")
        # but a list goes on after such a clause, it does not lead into it: "Además,
        # Amazon lanzará Prime Video" lists nothing; and only from a product that ends the
        # clause: "Google Video has been indexing programmes from PBS, the NBA, …" lists
        # what Google Video indexes
        if items[mine] is None and len(text[end : pieces[mine][1]].split()) > 2:
            continue
        for step in (-1, 1) if items[mine] is not None else (1,):
            i = mine + step
            while 0 <= i < len(items) and items[i] is not None:
                run.append(i)
                i += step
        for i in run:
            m = items[i]
            if (
                i != mine
                and m is not None
                and m.group(1).lower() not in stopwords
                and not overlaps(m.start(), m.end(), spans)
                and (single_words or " " in m.group(1) or any(c.isdigit() for c in m.group(1)))
            ):
                out.append((m.start(1), m.end(1), m.group(1)))
    return out
