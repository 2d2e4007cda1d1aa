"""The article's language, publication date, sentences, and the addresses that are no names."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from graph.extract import lang
from graph.model import Document


def language_of(document: Document) -> str:
    """The article's language: as the document says, else as its text reads ("en" when
    nothing tells)."""
    if document.language in lang.LANGUAGES:
        return document.language
    from graph.sources.language import detect_language  # noqa: PLC0415

    return detect_language((document.title or "") + "\n" + document.text) or "en"


def address_spans(text: str) -> list[tuple[int, int]]:
    """Where the URLs and e-mail addresses are: never names or places."""
    return [(m.start(), m.end()) for m in _addresses(text)]


def published_date(value: str | None) -> dt.date | None:
    """The day of publication (the date an ISO value begins with), None when not given."""
    try:
        return dt.date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


_TLD = r"\.(?:com|de|es|at|se|net|org|co\.uk)\b"


_ADDRESS = re.compile(rf"(?:https?://|www\.)\S+|\S+@\S+|\b[\w-]+{_TLD}\S*")


_TLD_RE = re.compile(_TLD)


def _addresses(text: str) -> Iterator[re.Match[str]]:
    """URLs, web and e-mail addresses in ``text``.

    The pattern is tried at every position; it runs only on the few texts that hold
    what each address needs ("://", "www.", "@" or a domain ending), as running it on
    every text had cost 4 % of extraction.
    """
    if "://" in text or "www." in text or "@" in text or _TLD_RE.search(text):
        yield from _ADDRESS.finditer(text)
