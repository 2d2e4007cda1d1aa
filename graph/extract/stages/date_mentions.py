"""Dates told in the text; a dateline's date is the article's, not a fact's."""

from __future__ import annotations

import datetime as dt
import re

from graph.extract.dates import DateMention, find_dates
from graph.extract.entities import overlaps


def date_mentions(
    text: str, language: str, published: dt.date | None, protected: list[tuple[int, int]]
) -> list[DateMention]:
    """The dates the text tells, none inside an address or a dateline."""
    return [
        d
        for d in find_dates(text, language, published)
        if not overlaps(d.start, d.end, protected) and not _in_dateline(text, d.start, d.end)
    ]


def _in_dateline(text: str, start: int, end: int) -> bool:
    """ "MUMBAI, June 3, 2024 (Reuters) -", "Valencia, 12 de marzo de 2018 (EFE).-",
    "Mexiko-Stadt (11.05.2017) -": the date a line opens with, after its place and before
    the dash, dates the article (its metadata), not a fact."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _DATELINE_BEFORE.fullmatch(text, line_start, start) is not None
        and _DATELINE_AFTER.match(text, end) is not None
    )


_DATELINE_BEFORE = re.compile(r"[A-ZÄÖÜÁÉÍÓÚÑ][\w .'’-]{0,40}?(?:,[ ]*|[ ]*\([ ]*)")


_DATELINE_AFTER = re.compile(r"[ ]*(?:\)|\([^)\n]{0,40}\))?[ ]*\.?[ ]*[-–—]")
