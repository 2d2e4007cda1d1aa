"""Guess an article's language (de, en, es) from the frequency of function words."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    from graph.extract.lang import LANGUAGES, data  # noqa: PLC0415

    return {code: data(code).STOPWORDS for code in LANGUAGES}


def detect_language(text: str) -> str | None:
    """``de``, ``en`` or ``es``; None when the text gives too little evidence."""
    counts = Counter(re.findall(r"[^\W\d_]+", text[:5000].lower()))
    scores = {
        code: sum(n for word, n in counts.items() if word in stop)
        for code, stop in _stopwords().items()
    }
    best = max(scores, key=lambda c: scores[c])
    return best if scores[best] >= 2 else None
