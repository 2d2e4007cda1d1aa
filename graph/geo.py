"""Markets: country and region names in German, English and Spanish → CLDR codes.

Names come from Babel's CLDR data; adjectives and everyday names CLDR lacks
("USA", "Reich der Mitte") come from ``PLACE_ADJECTIVES`` and
``PLACE_NAME_EXTRAS`` of the language's lexicon; UN M49 containment from
``data/geo/m49.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from typing import Literal

from graph import paths
from graph.gazetteer import strip_accents

DATA = paths.DATA / "geo"
LANGUAGES = ("de", "en", "es")
# CLDR pseudo-territories and groupings that are not markets
_SKIP = {"ZZ", "XA", "XB", "QO", "001", "UN", "EZ", "QU"}
# German and Spanish endings an adjective stem takes; English adjectives are whole words.
# Each is tried in this order, then no ending.
_ADJ_ENDINGS = {"de": ("e", "er", "en", "es", "em"), "es": ("o", "a", "os", "as", "e", "es"),
                "en": ("s",)}  # fmt: skip
_NAME_ENDINGS = {"de": ("s", "es"), "es": (), "en": ("'s", "’s")}
_WORD_CHAR = re.compile(r"\w")
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    code: str
    form: Literal["name", "adjective", "city"]


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of ``data/geo/NAME`` (``#`` lines are comments); none if absent."""
    path = DATA / name
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@cache
def _pairs() -> tuple[tuple[str, str], ...]:
    return tuple((parent, child) for parent, child in _rows("m49.tsv"))


def containment() -> list[tuple[str, str]]:
    """(parent, child) pairs of UN M49 / CLDR containment, EU membership included."""
    return list(_pairs())


@cache
def _children() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for parent, child in _pairs():
        out.setdefault(parent, set()).add(child)
    return {k: frozenset(v) for k, v in out.items()}


def children(code: str) -> frozenset[str]:
    return _children().get(code, frozenset())


@cache
def parents(code: str) -> frozenset[str]:
    """All regions containing ``code``, transitively."""
    direct = {p for p, c in _pairs() if c == code}
    out = set(direct)
    for p in direct:
        out |= parents(p)
    return frozenset(out)


def contains(region: str, code: str) -> bool:
    return region in parents(code)


def is_region(code: str) -> bool:
    return code.isdigit() or code in ("EU", "EZ", "UN")


@cache
def _territories(language: str) -> dict[str, str]:
    from babel import Locale  # noqa: PLC0415

    return dict(Locale.parse(language).territories)


def all_codes() -> list[str]:
    """Every CLDR territory that can be a market."""
    return sorted(
        c for c in _territories("en") if c not in _SKIP and not (len(c) == 2 and "QM" <= c <= "QZ")
    )


def label(code: str, language: str = "en") -> str:
    """The CLDR name of a territory: ``label("MX", "de") == "Mexiko"``."""
    return _territories(language if language in LANGUAGES else "en").get(code, code)


def labels(code: str) -> dict[str, str]:
    return {lang: label(code, lang) for lang in LANGUAGES}


@cache
def _lexicon(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(names, adjective stems) → code for one language."""
    from graph.extract.lang import data  # noqa: PLC0415

    lexicon = data(language)
    names: dict[str, str] = {}
    for code, name in _territories(language).items():
        if code in _SKIP or (len(code) == 2 and "QM" <= code <= "QZ"):  # private use, not Qatar
            continue
        names[name] = code
        # "Korea, Republik" style names also by their short form
        if "(" in name:
            names.setdefault(name.split("(")[0].strip(), code)
    names.update(lexicon.PLACE_NAME_EXTRAS)
    # adjectives: data/geo/adjectives.tsv (read once per language; _lexicon is cached),
    # then the lexicon's PLACE_ADJECTIVES, which win on a clash
    stems = {
        stem: code
        for row_language, stem, code in _rows("adjectives.tsv")
        if row_language == language
    }
    stems.update(lexicon.PLACE_ADJECTIVES)
    adjectives: dict[str, str] = {}
    for stem, code in stems.items():
        adjectives[stem] = code
        adjectives[stem[:1].upper() + stem[1:]] = code  # sentence-initial or English
    return names, adjectives


# One place a name or adjective may begin: (rank, is_name, text, code, endings)
_Candidate = tuple[int, bool, str, str, tuple[str, ...]]


@cache
def _candidates(language: str) -> dict[str, list[_Candidate]]:
    """Word as written → the names and adjectives a mention starting with it may be.

    A one-word name or stem is listed under itself with each ending it takes
    ("Mexikos", "mexikanischen"); a longer name under its first word. Ranks keep the
    order of one big alternation: names before adjectives, the longer first.
    """
    names, adjectives = _lexicon(language)
    table: dict[str, list[_Candidate]] = {}
    longest_first = partial(sorted, key=len, reverse=True)
    ranked = [(name, names[name], True) for name in longest_first(names)]
    ranked += [(stem, adjectives[stem], False) for stem in longest_first(adjectives)]
    for rank, (text, code, is_name) in enumerate(ranked):
        endings = (_NAME_ENDINGS if is_name else _ADJ_ENDINGS)[language] + ("",)
        first = _TOKEN.match(text)
        if first is None:  # a name must begin with a letter or digit
            continue
        keys = {first.group()}
        if first.end() == len(text):
            keys |= {text + ending[: _word_prefix(ending)] for ending in endings}
        for key in keys:
            table.setdefault(key, []).append((rank, is_name, text, code, endings))
    for candidates in table.values():
        candidates.sort()
    return table


def _word_prefix(ending: str) -> int:
    """How many leading characters of ``ending`` are word characters ("'s" has none)."""
    for i, char in enumerate(ending):
        if not _WORD_CHAR.match(char):
            return i
    return len(ending)


def find_places(text: str, language: str) -> list[PlaceMention]:
    """Countries and regions named in ``text`` (names and adjectives), leftmost-longest.

    Driven by the words of the text: a dictionary look-up per word, and a check of the
    few names that begin with it (one regex alternation of every name took a tenth of
    the extraction time).
    """
    language = language if language in LANGUAGES else "en"
    table = _candidates(language)
    out: list[PlaceMention] = []
    taken = 0
    for token in _TOKEN.finditer(text):
        start = token.start()
        if start < taken:
            continue
        candidates = table.get(token.group())
        if candidates is None:
            continue
        for _, is_name, name, code, endings in candidates:
            if not text.startswith(name, start):
                continue
            after = start + len(name)
            end = next(
                (
                    after + len(ending)
                    for ending in endings
                    if text.startswith(ending, after)
                    and not _WORD_CHAR.match(text, after + len(ending))
                ),
                None,
            )
            if end is None:
                continue
            if code not in _SKIP and not in_currency_name(text, start, end, language):
                form: Literal["name", "adjective"] = "name" if is_name else "adjective"
                out.append(PlaceMention(start, end, text[start:end], code, form))
            taken = end
            break
    return out


# the words of a currency's name: letters, joined by spaces or hyphens ("US-Dollar")
_NAME_WORD = re.compile(r"[^\W\d_]+")
# endings a currency name's words take in the text but not in CLDR ("Australischen Dollar")
_INFLECTION = re.compile(r"(?<=\w{3})(?:es|en|er|em|e|s)$")


def _word_key(word: str) -> str:
    """A currency name's word without accents, case and inflection ("dólares" → "dolar")."""
    return _INFLECTION.sub("", strip_accents(word).lower())


@cache
def _currency_names(language: str) -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """CLDR's name of every currency in ``language`` as word keys ("Australian Dollar",
    "US-Dollar", "peso mexicano"; the keys match plurals and inflections too), and the
    starts of their words (a quick test that a word may be in one)."""
    from babel import Locale  # noqa: PLC0415

    names: set[tuple[str, ...]] = set()
    starts: set[str] = set()
    for code, name in Locale.parse(language).currencies.items():
        words = _NAME_WORD.findall(name)
        if name != code and len(words) > 1:
            names.add(tuple(map(_word_key, words)))
            starts.update(_start(word) for word in words)
    return frozenset(names), frozenset(starts)


def _start(word: str) -> str:
    """A word's first three letters, folded: what inflection leaves alone."""
    return strip_accents(word[:3]).lower()


def _word_before(text: str, at: int) -> tuple[int, str] | None:
    """The letters that end one space or hyphen before ``at``, with where they begin."""
    if at < 2 or text[at - 1] not in " \t-":
        return None
    first = at - 1
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    return (first, text[first : at - 1]) if first < at - 1 else None


def _word_after(text: str, at: int) -> tuple[int, str] | None:
    """The letters that begin one space or hyphen after ``at``, with where they end."""
    if at >= len(text) - 1 or text[at] not in " \t-":
        return None
    last = at + 1
    while last < len(text) and text[last].isalpha():
        last += 1
    return (last, text[at + 1 : last]) if last > at + 1 else None


def _joined_words(
    text: str,
    at: int,
    step: Callable[[str, int], tuple[int, str] | None],
    starts: frozenset[str],
) -> list[str]:
    """The keys of up to two words joined one after another to ``at`` (``step`` reads
    the next one), none when the first cannot begin a currency's name."""
    keys: list[str] = []
    while len(keys) < 2 and (found := step(text, at)):
        at, word = found
        if not keys and _start(word) not in starts:
            break
        keys.append(_word_key(word))
    return keys


def in_currency_name(text: str, start: int, end: int, language: str) -> bool:
    """True when the place at ``text[start:end]`` is part of a currency's name: "500
    million Australian dollars", "US-Dollar", "pesos mexicanos" and "US$" name money, not
    markets."""
    if text.startswith("$", end):
        return True  # "US$ 5bn"
    names, starts = _currency_names(language if language in LANGUAGES else "en")
    # two words before the place and two after, as far as they join it; most places
    # have no currency word next to them
    before = _joined_words(text, start, _word_before, starts)[::-1]
    after = _joined_words(text, end, _word_after, starts)
    if not before and not after:
        return False
    place = [_word_key(w) for w in _NAME_WORD.findall(text[start:end])]
    return any(
        (*before[len(before) - b :], *place, *after[:a]) in names
        for b in range(len(before) + 1)
        for a in range(len(after) + 1)
        if a or b
    )


@cache
def _cities() -> dict[str, list[tuple[str, str]]]:
    """Big cities and capitals (``data/geo/cities.tsv``, from GeoNames) by their first word:
    first word → [(name, country code)], longest name first."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    for name, code, _ in _rows("cities.tsv"):
        by_first.setdefault(re.split(r"[ -]", name)[0], []).append((name, code))
    for names in by_first.values():
        names.sort(key=lambda pair: -len(pair[0]))
    return by_first


@cache
def _city_word() -> re.Pattern[str]:
    """A word that may begin a city's name: one of their initials (all capitals), so the
    many words that begin otherwise are skipped by the regex engine, not in Python."""
    initials = "".join(sorted({name[0] for name in _cities()}))
    if not initials:
        return re.compile("(?!)")
    return re.compile(rf"(?<![\w-])[{re.escape(initials)}][\w'’.]*")


def find_cities(text: str) -> list[PlaceMention]:
    """Big cities named in ``text`` ("Bombay", "Mexiko-Stadt"), as places of their country."""
    by_first = _cities()
    out: list[PlaceMention] = []
    taken = 0
    for word in _city_word().finditer(text):
        start = word.start()
        candidates = by_first.get(word.group().rstrip(".")) if start >= taken else None
        for name, code in candidates or ():
            end = start + len(name)
            if text.startswith(name, start) and not (
                end < len(text) and (text[end].isalnum() or text[end] in "-_")
            ):
                out.append(PlaceMention(start, end, name, code, "city"))
                taken = end
                break
    return out


def code_for(name: str, language: str | None = None) -> str | None:
    """The code for a place name in any (or the given) language, else None."""
    for lang in (language,) if language in LANGUAGES else LANGUAGES:
        names, _ = _lexicon(lang)  # type: ignore[arg-type]
        if name in names:
            return names[name]
    return None


@cache
def _codes_by_folded_name() -> dict[str, str]:
    from graph.names import folded  # noqa: PLC0415

    out: dict[str, str] = {}
    for language in LANGUAGES:
        for name, code in _lexicon(language)[0].items():
            out.setdefault(folded(name), code)
    codes = {code for pair in containment() for code in pair} | set(all_codes())
    out.update({folded(code): code for code in codes})  # the geography graph's: "001" too
    return out


def find_code(name: str) -> str | None:
    """The territory a user means: its code ("mx", "419") or its name in German, English
    or Spanish in any case, with or without accents ("mexico", "Mexiko", "México")."""
    from graph.names import folded  # noqa: PLC0415

    return _codes_by_folded_name().get(folded(name))


def market_names() -> list[str]:
    """Every territory name in the three languages (for "did you mean" hints)."""
    return [name for language in LANGUAGES for name in _lexicon(language)[0]]
