"""Plain-text articles: title line, dateline, byline, signature and copyright lines."""

from __future__ import annotations

import datetime as dt
import re

from graph.model import Document

_DASH = r"(?:-{1,2}|–|—)"
# "Mexiko-Stadt (11.05.2017) -", "Arlington (pte014/16.06.2017/12:30) -", "Berlin (dpa) -"
# "Madrid, 3 de marzo de 2025 (EFE).-": a full stop before the dash
_PAREN_DATELINE = re.compile(
    rf"^(?P<place>[^\n()]{{2,40}}?)\s*\((?P<inner>[^()\n]{{1,40}})\)\.?\s*{_DASH}\s*"
)
# "SAN JOSÉ (Costa Rica), 2 de julio de 2019 -": the country in brackets, then the date
_PLACE_COUNTRY_DATELINE = re.compile(
    rf"^(?P<place>[^\n(),]{{2,40}}?)\s*\([^()\n]{{2,40}}\),\s+(?P<inner>[^\n]{{4,40}}?)"
    rf"(?:\s+|\.){_DASH}(?:\s+|$)"
)
# a header line: "Published: 2024-05-14", "Datum: 12.02.2025", "Fecha: 3 de marzo de 2025"
_DATE_HEADER = re.compile(
    r"^(?:Published|Publication date|Date|Datum|Veröffentlicht|Fecha|Publicado)\s*:\s*"
    r"(?P<date>[^\n]{4,40})$",
    re.IGNORECASE,
)
# "MADRID, Nov. 8, 2017 --", "BOMBAY, 15 de julio de 2025 –", "Düsseldorf –",
# "Ciudad de México, 6 de marzo de 2024.-"
_COMMA_DATELINE = re.compile(
    rf"^(?P<place>[A-ZÄÖÜÉ][\w .'’-]{{1,30}}?),\s+(?P<inner>[^\n]{{4,40}}?)"
    rf"(?:\s+|\.){_DASH}(?:\s+|$)"
)
# "Düsseldorf –", "BUENOS AIRES.-": a place alone, a full stop before the dash in Spanish
_BARE_DATELINE = re.compile(
    rf"^(?P<place>[A-ZÄÖÜÁÉÍÓÚÑ][\w'’-]+(?:[ -][A-ZÄÖÜÁÉÍÓÚÑa-z][\w'’-]*){{0,3}})"
    rf"\.?\s*{_DASH}(?:\s+|$)"
)
# "19.12.2005 Essen (dpa) -": a date before the place
_DATE_BEFORE_PLACE = re.compile(
    r"^(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s+(?P<place>\S.*)$"
)
# "Copyright 2006 Reuters. All rights reserved.", "© 2017 Retail Wire", and a wire's closing
# "Copyright 2006 Reuters. Reporting by Jane Roe; editing by John Doe"
_COPYRIGHT = re.compile(
    r"^(?:Copyright\s*|©\s*)+(?:\(c\)\s*)?(?:\d{4}\s+)?(?P<pub>[^.\n]{2,60}?)\.?\s*"
    r"(?:All rights reserved\.?|Alle Rechte vorbehalten\.?|Todos los derechos reservados\.?"
    r"|(?=Reporting by\b)[^\n]*)?$",
    re.I,
)
_EMAIL = re.compile(r"^[\w.+-]+@(?P<domain>[\w-]+)\.[\w.]+$")
_NAME = r"[A-ZÄÖÜÁÉÍÓÚÑ][\w'’.-]+(?: [A-ZÄÖÜÁÉÍÓÚÑ][\w'’.-]+){1,3}"


def parse_text(text: str, *, source: str, locator: str) -> Document:
    """Split a .txt article into title, metadata and body (offsets kept via ``body_offset``).

    The first non-empty line is the title when more text follows; a lone line is the body.
    """
    from graph.sources.language import detect_language  # noqa: PLC0415

    lines = text.split("\n")
    index = next((i for i, line in enumerate(lines) if line.strip()), 0)
    title = lines[index].strip() if lines else None
    body_offset = sum(len(line) + 1 for line in lines[: index + 1])
    body = text[body_offset:]
    if not body.strip():
        # A lone line is the article itself, not a title over nothing.
        title, body_offset, body = None, 0, text
    language = detect_language(body)
    author = publisher = None
    # byline and dateline in the first non-empty lines of the body
    head = _head_lines(body)
    byline_words = {"Von", "By", "Por"}
    for line in head:
        # "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Financial Times"
        m = re.match(
            rf"^(?:{'|'.join(byline_words)})\s+({_NAME})"
            rf"(?:\s+(?:and|und|y)\s+{_NAME})?(?:\s*[,|]\s*(?P<outlet>[^\n]{{2,60}}?))?\s*$",
            line,
        )
        if m and author is None:
            author = m.group(1)
            outlet = m.group("outlet")
            if outlet and publisher is None and _known_medium(outlet):
                publisher = outlet
    place, published = find_dateline(body, language)
    tail = [line.strip() for line in body.split("\n") if line.strip()][-8:]
    for i, line in enumerate(tail):
        c = _COPYRIGHT.match(line)
        if c:
            publisher = c.group("pub").strip()
        # a name on the line before: the author, over an e-mail address or an outlet's name
        sig = re.match(rf"^({_NAME}),?$", tail[i - 1]) if i > 0 else None
        e = _EMAIL.match(line)
        if e and i > 0:
            if sig and author is None:
                author = sig.group(1)
            publisher = publisher or e.group("domain")
        elif i == len(tail) - 1 and sig and author is None and _known_medium(line.rstrip(".")):
            author = sig.group(1)
            publisher = publisher or line.rstrip(".")
        r = re.search(rf"(?:^|\(|[.;]\s)Reporting by ({_NAME})", line)
        if r and author is None:
            author = r.group(1)
    publisher = publisher or dateline_agency(body)
    return Document(
        text=body,
        source=source,
        locator=locator,
        title=title,
        published=published,
        publisher=publisher,
        author=author,
        place=place,
        language=language,
        format="txt",
        body_offset=body_offset,
    )


def _known_medium(name: str) -> bool:
    """True when the gazetteer knows ``name`` as a news outlet or agency."""
    from graph.gazetteer import Gazetteer  # noqa: PLC0415

    entry = Gazetteer.default().lookup(name)
    return entry is not None and entry.kind == "media"


# "… ohne Umbuchung. Frankfurt am Main- Die AUA-Mutter …": a dateline after a teaser sentence
_TEASER_DATELINE = re.compile(
    r"(?<=[.!?] )"
    r"(?P<place>[A-ZÄÖÜ][\w'’]+(?:[ ](?:am|an|im|de|del)?[ ]?[A-ZÄÖÜ][\w'’]+){0,3})"
    r" ?[-–—] (?=[A-ZÄÖÜ])"
)


def find_dateline(body: str, language: str | None) -> tuple[str | None, str | None]:
    """(place, ISO date) of the dateline that opens an article body, in German, English or
    Spanish style: "Mexiko-Stadt (11.05.2017) -", "MADRID, Nov. 8, 2017 --",
    "BOMBAY, 15 de julio de 2025 –", "Madrid, 3 de marzo de 2025 (EFE).-", "Düsseldorf –",
    or one after a teaser sentence; a header line ("Published: 2024-05-14") dates it."""
    from graph.extract.dates import parse_date  # noqa: PLC0415

    head = _head_lines(body)
    place, published = _dateline(body, head, language)
    # "Published: 2024-05-14" above "LONDON, May 14 (Reuters) -": the header has the year
    for line in head:
        if header := _DATE_HEADER.match(line):
            text = header.group("date")
            return place, parse_date(text, language) or parse_date(text) or published
    if published is None:
        published = next((d for line in head if (d := _date_line(line, language))), None)
    return place, published


def _dateline(body: str, head: list[str], language: str | None) -> tuple[str | None, str | None]:
    from graph.extract.dates import parse_date  # noqa: PLC0415

    for line in head:
        for pattern in (_PAREN_DATELINE, _PLACE_COUNTRY_DATELINE, _COMMA_DATELINE):
            d = pattern.match(line)
            if d:
                place, date_text = d.group("place"), d.group("inner")
                if pattern is _PAREN_DATELINE and "," in place:
                    # "BEIJING, Dec 21 (Reuters) -": the place, then the day, then the source
                    place, day = place.split(",", 1)
                    date_text = day if re.search(r"\b\d{4}\b", day) else date_text
                found = re.search(r"\d{1,2}\.\d{1,2}\.\d{4}", date_text)
                date_text = found.group() if found else date_text
                published = parse_date(date_text, language) or parse_date(date_text)
                first = _DATE_BEFORE_PLACE.match(place)
                if first:
                    place = first.group("place")
                    published = published or parse_date(first.group("date"))
                if published or pattern is _PAREN_DATELINE or _yearless_date(date_text):
                    return _place(place), published
    for line in head:
        bare = _BARE_DATELINE.match(line)
        if bare:
            return _place(bare.group("place")), None
    teaser = _TEASER_DATELINE.search(body[:400])
    return (_place(teaser.group("place")), None) if teaser else (None, None)


def _yearless_date(text: str) -> bool:
    """True when ``text`` holds a day or month without its year ("TOKYO, March 3 -",
    "NICE, France, March 3 -"): a wire's dateline, whose place counts though its date
    cannot be resolved without a year."""
    from graph.extract.dates import LANGUAGES, find_dates  # noqa: PLC0415

    # any language: a dateline may be in another than the text's first words suggest
    any_year = dt.date(2000, 6, 15)
    return any(find_dates(text, lang, any_year) for lang in LANGUAGES)  # type: ignore[arg-type]


# a date alone on a line at the head: "29.05.2019", "Mittwoch, 29. Mai 2019, 14:30 Uhr"
_DATE_LINE_WORDS = 5


def _date_line(line: str, language: str | None) -> str | None:
    """The ISO date of a head line that holds little but a date (a weekday, a time)."""
    from graph.extract.dates import parse_date  # noqa: PLC0415

    if len(line) > 60 or not re.search(r"\d", line):
        return None
    found = parse_date(line, language) or parse_date(line)
    if found is None or len(re.findall(r"[^\W\d_]{3,}", line)) > _DATE_LINE_WORDS:
        return None
    return found


def dateline_agency(body: str) -> str | None:
    """The news agency a dateline credits ("Berlin (dpa) -", "BEIJING, Dec 21 (Reuters) -",
    "(dpa/AFP)"): the first part of the brackets that the gazetteer knows as a medium."""
    from graph.gazetteer import Gazetteer  # noqa: PLC0415

    for line in _head_lines(body):
        d = _PAREN_DATELINE.match(line)
        if d:
            for part in re.split(r"[/,;]", d.group("inner")):
                entry = Gazetteer.default().lookup(part.strip())
                if entry is not None and entry.kind == "media":
                    return entry.name
    return None


def _head_lines(body: str) -> list[str]:
    """The first three non-empty lines of a body: where a byline or dateline stands."""
    return [line.strip() for line in body.split("\n")[:8] if line.strip()][:3]


def _place(raw: str) -> str:
    raw = raw.strip(" ,")
    return raw.title() if raw.isupper() else raw
