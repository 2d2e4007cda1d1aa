"""Markets: country and region names in German, English and Spanish → CLDR codes.

Names come from Babel's CLDR data; adjectives and everyday names CLDR lacks
("USA", "Reich der Mitte") come from ``PLACE_ADJECTIVES`` and
``PLACE_NAME_EXTRAS`` of the per-language modules; UN M49 containment from
``data/geo/m49.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from graph import paths

DATA = paths.DATA / "geo"
LANGUAGES = ("de", "en", "es")
# CLDR pseudo-territories and groupings that are not markets
_SKIP = {"ZZ", "XA", "XB", "QO", "001", "UN", "EZ", "QU"}
# German and Spanish endings an adjective stem takes; English adjectives are whole words
_ADJ_ENDINGS = {"de": "(?:e|er|en|es|em)?", "es": "(?:o|a|os|as|e|es)?", "en": "(?:s)?"}
_NAME_ENDINGS = {"de": "(?:s|es)?", "es": "", "en": "(?:'s|’s)?"}


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

    module = data(language)
    names: dict[str, str] = {}
    for code, name in _territories(language).items():
        if code in _SKIP or (len(code) == 2 and "QM" <= code <= "QZ"):  # private use, not Qatar
            continue
        names[name] = code
        # "Korea, Republik" style names also by their short form
        if "(" in name:
            names.setdefault(name.split("(")[0].strip(), code)
    names.update(getattr(module, "PLACE_NAME_EXTRAS", {}))
    # adjectives: data/geo/adjectives.tsv (read once per language; _lexicon is cached),
    # then the module's PLACE_ADJECTIVES, which win on a clash
    stems = {
        stem: code
        for row_language, stem, code in _rows("adjectives.tsv")
        if row_language == language
    }
    stems.update(getattr(module, "PLACE_ADJECTIVES", {}))
    adjectives: dict[str, str] = {}
    for stem, code in stems.items():
        adjectives[stem] = code
        adjectives[stem[:1].upper() + stem[1:]] = code  # sentence-initial or English
    return names, adjectives


@cache
def _pattern(language: str) -> re.Pattern[str]:
    names, adjectives = _lexicon(language)
    name_alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    adj_alt = "|".join(re.escape(a) for a in sorted(adjectives, key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"(?<![\w])(?:(?P<name>{name_alt}){_NAME_ENDINGS[language]}"
        rf"|(?P<adj>{adj_alt}){_ADJ_ENDINGS[language]})(?![\w])"
    )


def find_places(text: str, language: str) -> list[PlaceMention]:
    """Countries and regions named in ``text`` (names and adjectives), leftmost-longest."""
    language = language if language in LANGUAGES else "en"
    names, adjectives = _lexicon(language)
    out = []
    for m in _pattern(language).finditer(text):
        if m.group("name"):
            code = names[m.group("name")]
            form: Literal["name", "adjective"] = "name"
        else:
            key = m.group("adj")
            code = adjectives[key]
            form = "adjective"
        if code in _SKIP:
            continue
        out.append(PlaceMention(m.start(), m.end(), m.group(), code, form))
    return out


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


_WORD = re.compile(r"(?<![\w-])[^\W\d_][\w'’.]*")


def find_cities(text: str) -> list[PlaceMention]:
    """Big cities named in ``text`` ("Bombay", "Mexiko-Stadt"), as places of their country."""
    by_first = _cities()
    out: list[PlaceMention] = []
    taken = 0
    for word in _WORD.finditer(text):
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
