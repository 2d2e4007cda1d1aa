"""Date expressions → ISO 8601 values as precise as the text, resolved against the
publication date ("Ende Mai" → 2017-05, "next year" → 2018, "on Tuesday" → 2017-11-07).

Month and weekday names come from Babel's CLDR data; relative cue words
(the ``DATE_*`` fields) from the language's lexicon.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from graph.extract.text import first_words, matches_at_words

LANGUAGES = ("de", "en", "es")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str


@lru_cache(maxsize=65_536)  # the same words come again and again; bounded for long runs
def _fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", word)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().rstrip(".")


# regional forms news use besides the language's own: Austrian "Jänner", "setiembre" in
# Peru and Uruguay (CLDR names them; ``get_month_names`` of the region's locale)
_REGIONAL_LOCALES = {"de": ("de_AT",), "es": ("es_PE",)}


@cache
def _months(language: str) -> dict[str, int]:
    from babel.dates import get_month_names  # noqa: PLC0415

    out: dict[str, int] = {}
    for locale in (language, *_REGIONAL_LOCALES.get(language, ())):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    if len(_fold(name)) >= 3:
                        out.setdefault(_fold(name), number)
                        out.setdefault(name.lower().rstrip("."), number)  # "märz", "sept."
    if language == "en":
        out["sept"] = 9
    return out


@cache
def _wide_months(language: str) -> frozenset[str]:
    from babel.dates import get_month_names  # noqa: PLC0415

    return frozenset(
        _fold(n)
        for locale in (language, *_REGIONAL_LOCALES.get(language, ()))
        for context in ("format", "stand-alone")
        for n in get_month_names("wide", context, locale=locale).values()
    )


@cache
def _month_parts(language: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    from graph.extract.lang import data  # noqa: PLC0415

    parts = data(language).DATE_MONTH_PARTS
    if not parts:
        return None, {}
    body = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
    pattern = re.compile(rf"(?i)(?<!\w)({body})(?:[ -]|[ ]the[ ])?(\w+)")
    return pattern, {p.lower(): day for p, day in parts.items()}


def month_part_ahead(
    text: str, language: str, value: str | None, published: dt.date | None
) -> bool:
    """A date of the publication's month given by a part of it still to come: "Ende
    Januar", "at the end of January", "a finales de enero", written on 10 January."""
    if not value or published is None or value != published.isoformat()[:7]:
        return False
    pattern, starts = _month_parts(language)
    if pattern is None:
        return False
    months = _months(language)
    return any(
        months.get(_fold(m.group(2))) == published.month
        and starts[m.group(1).lower()] > published.day
        for m in pattern.finditer(text)
    )


def is_month_name(word: str) -> bool:
    """True for a month's name or abbreviation in German, English or Spanish ("Sept.", "Mai")."""
    return _fold(word) in _month_words()


def is_calendar_word(word: str) -> bool:
    """True for a month's or a weekday's name in German, English or Spanish, or a
    weekday joined to a part of the day ("Mittwochabend", "Montagmorgen")."""
    return _fold(word) in _calendar_words()


@cache
def _month_words() -> frozenset[str]:
    return frozenset(name for language in LANGUAGES for name in _months(language))


@cache
def _calendar_words() -> frozenset[str]:
    """Every month, weekday and weekday with a part of the day, folded: one set lookup
    where a loop over the weekdays of each language had cost 2 % of extraction."""
    words = set(_month_words())
    for language in LANGUAGES:
        days = _weekdays(language)
        words.update(days)
        words.update(day + part for day in days for part in _day_parts(language))
    return frozenset(words)


@cache
def _day_parts(language: str) -> frozenset[str]:
    from graph.extract.lang import data  # noqa: PLC0415

    return frozenset(_fold(p) for p in data(language).DATE_DAY_PARTS)


@cache
def _weekdays(language: str) -> dict[str, int]:
    from babel.dates import get_day_names  # noqa: PLC0415

    out = {}
    for number, name in get_day_names("wide", locale=language).items():
        out[_fold(name)] = number  # Monday = 0
        out.setdefault(name.lower(), number)  # as written: "miércoles", "sábado"
    return out


@cache
def _day_words(language: str) -> dict[str, int]:
    """Words for a day counted from the publication ("yesterday": -1, "hoy": 0)."""
    from graph.extract.lang import data  # noqa: PLC0415

    words = data(language).DATE_DAYS_FROM_NOW
    return {form: v for k, v in words.items() for form in (k.lower(), _fold(k))}


@cache
def _cues(language: str) -> dict[str, tuple[str, ...]]:
    from graph.extract.lang import data  # noqa: PLC0415

    lexicon = data(language)
    return {
        "next": lexicon.DATE_NEXT,
        "last": lexicon.DATE_LAST,
        # the same, written after "year" or "month" ("el año pasado")
        "next_after": lexicon.DATE_NEXT_AFTER,
        "last_after": lexicon.DATE_LAST_AFTER,
        "this": lexicon.DATE_THIS,
        "not_before_day_word": lexicon.DATE_NOT_BEFORE_DAY_WORD,
        "future": lexicon.DATE_FUTURE_VERBS,
        "since": lexicon.DATE_SINCE,
        "year": lexicon.DATE_YEAR_WORDS,
        "month": lexicon.DATE_MONTH_WORDS,
        "year_end": lexicon.DATE_YEAR_END,
        "month_heads": lexicon.DATE_MONTH_HEADS,
    }


@cache
def _year_parts(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """Words for a part of the year with how many parts a year has ("quarter": 4), and
    ordinals with their numbers ("third": 3)."""
    from graph.extract.lang import data  # noqa: PLC0415

    lexicon = data(language)
    parts = {k.lower(): v for k, v in lexicon.DATE_PARTS.items()}
    return parts, {k.lower(): v for k, v in lexicon.DATE_ORDINALS.items()}


@cache
def _seasons(language: str) -> dict[str, int]:
    """Season words, as written and folded, and the month each begins (northern
    hemisphere)."""
    from graph.extract.lang import data  # noqa: PLC0415

    seasons = data(language).DATE_SEASONS
    return {form: v for k, v in seasons.items() for form in (k.lower(), _fold(k))}


def _alternatives(words: Iterable[str], *, longest_first: bool = True, none: str = "") -> str:
    """``words`` as a pattern's alternatives, the longest first (so that "Sept" is tried
    before "Sep"); ``none`` where there are no words."""
    ordered = sorted(words, key=len, reverse=True) if longest_first else words
    return "|".join(re.escape(w) for w in ordered) or none


@cache
def _pattern(language: str) -> re.Pattern[str]:
    never = "(?!)"  # matches nothing: a language without such words
    months = _alternatives(_months(language))
    days = _alternatives(_weekdays(language))
    cues = _cues(language)
    rel = _alternatives(cues["next"] + cues["last"] + cues["this"], none=never)
    year_words = _alternatives(cues["year"], longest_first=False, none=never)
    # after the noun: "el año pasado", "el mes que viene"
    after = _alternatives(cues["next_after"] + cues["last_after"])
    this = _alternatives(cues["this"], longest_first=False, none=never)
    seasons = _alternatives(_seasons(language))
    day_words = _alternatives(_day_words(language))
    parts, ordinals = _year_parts(language)
    part = _alternatives(parts, none=never)
    ordinal = _alternatives(ordinals, none=never)
    month_words = _alternatives(cues["month"], longest_first=False, none=never)
    year_end = _alternatives(cues["year_end"], none=never).replace("\\ ", r"\s+")
    return re.compile(
        rf"""(?ix)(?<![\w.,])(?:
          (?P<yend>{year_end})
        | (?P<iso>(?:19|20)\d\d-\d\d-\d\d)
        | (?P<d1>\d{{1,2}})\.(?P<m1>\d{{1,2}})\.(?P<y1>(?:19|20)\d\d)?
        | (?P<n6>\d{{1,2}})(?P<sep>[/-])(?P<n7>\d{{1,2}})(?P=sep)(?P<y6>(?:19|20)\d\d)
        | (?P<y8>(?:19|20)\d\d)/(?P<m8>\d{{1,2}})/(?P<d8>\d{{1,2}})
        | (?P<rd>\d{{1,2}})(?:\.|st|nd|rd|th)?\s*(?:-|–|to|until|bis|al|a)\s*(?:zum\s+|el\s+)?
          \d{{1,2}}(?:\.|st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?P<rmn>{months})\.?
          (?:\s+(?:de\s+|del\s+)?(?P<ry>(?:19|20)\d\d))?
        | (?P<rmn2>{months})\.?\s+(?P<rd2>\d{{1,2}})\s*(?:-|–|to|and|through|until)\s*\d{{1,2}}
          (?!\d)(?:,?\s+(?P<ry2>(?:19|20)\d\d))?
        | (?P<d2>\d{{1,2}})\.?\s+(?:de\s+)?(?P<mn2>{months})\.?
          (?:\s+(?:de\s+|del\s+)?(?P<y2>(?:19|20)\d\d))?
        | (?P<mn3>{months})\.?\s+(?P<d3>\d{{1,2}})(?!\d)(?:,?\s+(?P<y3>(?:19|20)\d\d))?
        | (?P<mny>{months})\s+(?:(?:de|del|des)\s+)?
          (?:(?P<mnyrel>{rel})\s+(?:{year_words})|(?:{year_words})\s+(?P<mnyarel>{after or "(?!)"}))
        | (?P<mna>{months})\s+(?P<mnarel>{after or "(?!)"})(?!\s+(?:{year_words}))
        | (?P<mn4>{months})\.?(?:\s+(?:de\s+|del\s+)?(?P<y4>(?:19|20)\d\d))?
        | (?P<rel>{rel})\s+
          (?:(?P<relyear>{year_words})|(?P<relmonth>{month_words})(?:\s+de\s+(?P<relmn>{months}))?
             |(?P<relmn5>{months})(?!\s+\d)
             |(?P<relday>{days})
             |(?P<relseason>{seasons or "(?!)"}))
        | (?:(?P<ayear>{year_words})|(?P<amonth>{month_words}))\s+(?P<arel>{after or "(?!)"})
        | (?P<ord>{ordinal})\s+(?P<part>{part})
          (?:\s+(?:(?:of|des|del|de)\s+)?(?P<yp>(?:19|20)\d\d)
           |\s+(?:(?:of|des|del|de)\s+)?(?:(?:the|{this})\s+)?(?:{year_words}))?
        | (?P<qn>Q[1-4])(?:\s+(?P<yq>(?:19|20)\d\d))?
        | (?:(?<=\bim\s)|(?<=\bin\s)|(?<=\bin\sthe\s)|(?<=\ben\s)|(?<=\ben\sel\s))
          (?P<bseason>{seasons or "(?!)"})(?!\s+(?:of|de|des|del)?\s*(?:19|20)\d\d)
        | (?P<day>{days})(?:'s)?
        | (?P<dword>{day_words or "(?!)"})(?!['’]s)
        | (?P<y5>(?:19|20)\d\d)(?![\d.,]\d)
        )(?![\w])"""
    )


@cache
def _first_words(language: str) -> frozenset[str] | None:
    """The words, lower-cased, a date expression may begin with, besides a number."""
    cues = _cues(language)
    return first_words(
        [*_months(language), *_weekdays(language)]
        + [*cues["next"], *cues["last"], *cues["this"], *cues["year_end"]]
        + ([*cues["year"], *cues["month"]] if cues["next_after"] or cues["last_after"] else [])
        + [*_seasons(language), *_day_words(language)]
        + [*_year_parts(language)[1], "q1", "q2", "q3", "q4"]
    )


def find_dates(text: str, language: str, published: dt.date | None) -> list[DateMention]:
    """Date expressions in ``text`` with their ISO values, in text order.

    The pattern is tried only where a word begins that a date may begin with: a
    number, a month, a weekday or a cue. Searching with it at every position had
    cost 8 % of extraction.
    """
    language = language if language in LANGUAGES else "en"
    if not text:
        return []
    months = _months(language)
    cues = _cues(language)
    out = []
    for m in matches_at_words(_pattern(language), text, _first_words(language), numbers=True):
        value = _value(m, months, cues, language, published, text)
        if value:
            out.append(DateMention(m.start(), m.end(), m.group(), value))
    return out


@dataclass(frozen=True)
class _Expression:
    """A date expression matched, with what reading its value needs."""

    g: dict[str, Any]  # the pattern's groups: which form matched
    m: re.Match[str]
    months: dict[str, int]
    cues: dict[str, tuple[str, ...]]
    language: str
    published: dt.date | None
    text: str

    def year_ahead(self, month_day: tuple[int, int]) -> int | None:
        return _year_ahead(self.published, month_day, self.text, self.m.start(), self.cues)


def _value(
    m: re.Match[str],
    months: dict[str, int],
    cues: dict[str, tuple[str, ...]],
    language: str,
    published: dt.date | None,
    text: str,
) -> str | None:
    """The ISO value of a date expression: the first form in ``_FORMS`` that matched reads
    it; None where it names no date."""
    e = _Expression(m.groupdict(), m, months, cues, language, published, text)
    try:
        for matched, read in _FORMS:
            if matched(e):
                return read(e)
    except (ValueError, KeyError):
        return None
    return None


def _year_end(e: _Expression) -> str | None:
    """ "Ende des Jahres", "by the end of the year": December of this year."""
    return f"{e.published.year:04d}-12" if e.published else None


def _iso_day(e: _Expression) -> str | None:
    return dt.date.fromisoformat(e.g["iso"]).isoformat()


def _year_first_day(e: _Expression) -> str | None:
    """ "2024/03/15"."""
    g = e.g
    return dt.date(int(g["y8"]), int(g["m8"]), int(g["d8"])).isoformat()


def _slashed_day(e: _Expression) -> str | None:
    """ "15/03/2024": day first, but in English only where no other reading fits."""
    g = e.g
    first, second = int(g["n6"]), int(g["n7"])
    if e.language == "en" and first <= 12 and second <= 12:
        return None  # "03/04/2024": March or April
    day, month = (second, first) if e.language == "en" and second > 12 else (first, second)
    return dt.date(int(g["y6"]), month, day).isoformat()


def _dotted_day(e: _Expression) -> str | None:
    """ "15.03.2024", "15.03." (this year)."""
    g = e.g
    year = int(g["y1"]) if g["y1"] else (e.published.year if e.published else None)
    return dt.date(year, int(g["m1"]), int(g["d1"])).isoformat() if year else None


def _range_start(e: _Expression) -> str | None:
    """ "del 7 al 11 de septiembre", "June 7-11": where it begins."""
    return _day_in_month(e, ("rmn", "rmn2"), ("rd", "rd2"), ("ry", "ry2"))


def _day_of_month(e: _Expression) -> str | None:
    """ "7 de septiembre", "June 7, 2024"."""
    return _day_in_month(e, ("mn2", "mn3"), ("d2", "d3"), ("y2", "y3"))


def _day_in_month(
    e: _Expression, month: tuple[str, str], day: tuple[str, str], year: tuple[str, str]
) -> str | None:
    """The day the groups ``month``, ``day`` and ``year`` name (each group of a pair is one
    of two forms); without a year, that of the publication or the next."""
    g = e.g
    number = e.months[_fold(g[month[0]] or g[month[1]])]
    d = int(g[day[0]] or g[day[1]])
    y = g[year[0]] or g[year[1]]
    written = int(y) if y else e.year_ahead((number, d))
    return dt.date(written, number, d).isoformat() if written else None


def _month_of_a_year_named(e: _Expression) -> str | None:
    """ "June last year", "junio del año pasado", "junio pasado"."""
    g = e.g
    if e.published is None:
        return None
    month = e.months[_fold(g["mny"] or g["mna"])]
    step = _step(g["mnyrel"] or g["mnyarel"] or g["mnarel"], e.cues)
    if g["mny"]:
        return f"{e.published.year + step:04d}-{month:02d}"
    return _month_from(e.published, month, step)


def _month_named(e: _Expression) -> str | None:
    """ "im März", "March 2024": the month, of the year the sentence means."""
    g, word = e.g, e.g["mn4"]
    if not g["y4"] and _fold(word) not in _wide_months(e.language):
        before = e.text[max(0, e.m.start() - 20) : e.m.start()].split()
        after_name = (
            bool(before) and before[-1][:1].isupper() and before[-1] not in e.cues["month_heads"]
        )
        if not e.m.group().endswith(".") or after_name:
            # "Jan Bernd", "CEO Lei Jun.": an abbreviation alone is no date ("im Jan." is)
            return None
    if e.language == "en" and word in ("may", "march") and not g["y4"]:
        return None  # the verb "may", the verb "march"
    month = e.months[_fold(word)]
    year = int(g["y4"]) if g["y4"] else e.year_ahead((month, 0))
    return f"{year:04d}-{month:02d}" if year else None


# the nouns a relative cue may lead to; where none matched, the later forms are tried
_RELATIVE_NOUNS = ("relyear", "ayear", "relmn", "relmn5", "relmonth", "amonth", "relseason")


def _relative_reads(e: _Expression) -> bool:
    """A relative cue ("next", "pasado") with a noun it reads (no value without a
    publication date)."""
    return bool(e.g["rel"] or e.g["arel"]) and (
        e.published is None or any(e.g[k] for k in _RELATIVE_NOUNS) or bool(e.g["relday"])
    )


def _relative(e: _Expression) -> str | None:
    """ "next year", "el mes que viene", "last June", "next summer", "next Tuesday"."""
    g, published = e.g, e.published
    if published is None:
        return None
    step = _step(g["rel"] or g["arel"], e.cues)
    if g["relyear"] or g["ayear"]:
        return str(published.year + step)
    if g["relmn"] or g["relmn5"]:  # "el pasado mes de enero", "last June": the one
        # before publication (or after it: "next March")
        return _month_from(published, e.months[_fold(g["relmn"] or g["relmn5"])], step)
    if g["relmonth"] or g["amonth"]:
        month = published.month + step
        year = published.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
    if g["relseason"]:  # "next summer": the coming one, its year
        return _relative_season(published, _seasons(e.language)[_fold(g["relseason"])], step)
    return _weekday(published, _weekdays(e.language)[_fold(g["relday"])], future=step > 0, text="")


def _relative_season(published: dt.date, begins: int, step: int) -> str:
    if step > 0:
        return str(published.year + (published.month >= begins))
    if step < 0:
        return str(published.year - (published.month < begins + 3))
    return str(published.year)


def _season(e: _Expression) -> str | None:
    """ "will open in the spring": this year's, or the next when past."""
    begins = _seasons(e.language)[_fold(e.g["bseason"])]
    year = e.year_ahead((min(begins + 2, 12), 0))
    return str(year) if year else None


def _part_of_a_year(e: _Expression) -> str | None:
    """ "the third quarter", "Q3 2019": the year it falls in."""
    g = e.g
    if g["yp"] or g["yq"]:
        return g["yp"] or g["yq"]
    if e.published is None:
        return None
    parts, ordinals = _year_parts(e.language)
    if g["qn"]:
        last_month = 3 * int(g["qn"][1])
    else:
        count = parts[g["part"].lower()]
        last_month = 12 // count * min(ordinals[g["ord"].lower()], count)
    return str(e.year_ahead((last_month, 0)))


def _weekday_named(e: _Expression) -> str | None:
    """ "on Tuesday": the one before publication, or after it in a sentence on the future."""
    if e.published is None:
        return None
    return _weekday(
        e.published,
        _weekdays(e.language)[_fold(e.g["day"].removesuffix("'s"))],
        future=_context(e.text, e.m.start(), e.cues["future"]),
        text=e.text,
    )


def _day_word_named(e: _Expression) -> str | None:
    """ "heute", "yesterday", "mañana"."""
    return _day_word(e.g["dword"], e.published, e.language, e.text, e.m.start(), e.cues)


def _matched(*groups: str) -> Callable[[_Expression], bool]:
    return lambda e: any(e.g[k] for k in groups)


# the forms of a date, in the order they are tried; the first that matched reads the value
_FORMS: tuple[tuple[Callable[[_Expression], bool], Callable[[_Expression], str | None]], ...] = (
    (_matched("yend"), _year_end),
    (_matched("iso"), _iso_day),
    (_matched("y8"), _year_first_day),
    (_matched("n6"), _slashed_day),
    (_matched("d1"), _dotted_day),
    (_matched("rd", "rd2"), _range_start),
    (_matched("mn2", "mn3"), _day_of_month),
    (_matched("mny", "mna"), _month_of_a_year_named),
    (_matched("mn4"), _month_named),
    (_relative_reads, _relative),
    (_matched("bseason"), _season),
    (_matched("ord", "qn"), _part_of_a_year),
    (_matched("day"), _weekday_named),
    (_matched("dword"), _day_word_named),
    (_matched("y5"), lambda e: e.g["y5"]),
)


def _month_from(published: dt.date, month: int, step: int) -> str:
    """The month named with a word of the last (``step`` -1) or next (+1) one: the one
    before publication or after it ("last June" said in May: a year ago); 0: this year's."""
    year = published.year
    if step < 0 and month >= published.month:
        year -= 1
    elif step > 0 and month <= published.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def _step(word: str, cues: dict[str, tuple[str, ...]]) -> int:
    """+1 for a word of the next ("next", "kommenden"), -1 of the last, 0 of this one."""
    word = word.lower()
    if word in {c.lower() for c in cues["next"] + cues["next_after"]}:
        return 1
    if word in {c.lower() for c in cues["last"] + cues["last_after"]}:
        return -1
    return 0


def _year_ahead(
    published: dt.date | None,
    month_day: tuple[int, int],
    text: str,
    position: int,
    cues: dict[str, tuple[str, ...]],
) -> int | None:
    """The year of a month (and day; 0 for none) written without one: the publication's,
    or the next when it is already past and the sentence speaks of the future ("will
    start selling from March", said in May: next March), or the one before when it is
    still to come and a word says since ("seit November", said in May: last November)."""
    if published is None:
        return None
    past = month_day < (published.month, published.day if month_day[1] else 0)
    if past:
        return published.year + _context(text, position, cues["future"])
    later = month_day > (published.month, published.day if month_day[1] else 32)
    return published.year - (later and _context(text, position, cues["since"], 20))


def _context(text: str, position: int, words: tuple[str, ...], reach: int = 60) -> bool:
    """One of ``words`` stands in the ``reach`` characters before ``position``; a word
    written "-rá" is an ending ("venderá", "llegará")."""
    window = text[max(0, position - reach) : position].lower()
    return any(
        re.search(rf"\w{re.escape(c[1:])}\b" if c[:1] == "-" else rf"\b{re.escape(c)}\b", window)
        for c in map(str.lower, words)
    )


def _day_word(
    word: str,
    published: dt.date | None,
    language: str,
    text: str,
    start: int,
    cues: dict[str, tuple[str, ...]],
) -> str | None:
    """ "ayer", "today", "gestern": the day that many days from publication. Written with a
    capital inside a sentence the word is a noun or a name ("am Morgen", "USA Today"), and
    after an article it is a part of the day ("por la mañana")."""
    if published is None:
        return None
    before = text[max(0, start - 30) : start].rstrip()
    if word[:1].isupper() and before and before[-1] not in ".!?:\"'«“„(\n":
        return None
    previous = before.split()[-1:] if before else []
    if previous and previous[0].lower() in cues["not_before_day_word"]:
        return None
    return (published + dt.timedelta(days=_day_words(language)[_fold(word)])).isoformat()


def _weekday(published: dt.date, weekday: int, *, future: bool, text: str) -> str:
    delta = (weekday - published.weekday()) % 7
    if future:
        return (published + dt.timedelta(days=delta)).isoformat()
    return (published - dt.timedelta(days=(published.weekday() - weekday) % 7)).isoformat()


def parse_date(text: str, language: str | None = None, *, partial: bool = False) -> str | None:
    """An absolute date as written in datelines, meta tags and feeds → ISO date, or None.

    With ``partial``, a month or a year alone ("September 2018", "2018-09") is an answer
    too, as precise as the text: a feed's date of publication may be no more than that.
    """
    text = (text or "").strip()
    m = re.match(r"((?:19|20)\d\d-\d\d-\d\d)", text)
    if m:
        return m.group(1)
    if partial and (m := re.fullmatch(r"((?:19|20)\d\d)(-(?:0[1-9]|1[0-2]))?", text)):
        return m.group(0)
    best: str | None = None
    for lang in (language,) if language in LANGUAGES else LANGUAGES:
        for found in find_dates(text, lang, None):  # type: ignore[arg-type]
            if len(found.value) == 10:
                return found.value
            if partial and (best is None or len(found.value) > len(best)):
                best = found.value
    return best
