"""Document → ArticleFacts: the language-independent extraction mechanisms.

Per-language knowledge (cue words, role titles, patterns) lives in
``graph.extract.lang``; entity names come from the gazetteers in ``data/``
and place names from CLDR via :mod:`graph.geo`.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from graph.model import ArticleFacts, Document, Evidence

# zero-width and bidi control characters: invisible, yet they split a name for matching
# ("Wal\u200bmart"); soft hyphens too
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def extract(document: Document) -> ArticleFacts:
    """Find organisations, people, products, markets and the facts linking them.

    Invisible characters are left out for matching; every evidence offset still indexes
    the document's own text."""
    from graph.extract.pipeline import extract_facts  # noqa: PLC0415

    if not _INVISIBLE.search(document.text):
        return extract_facts(document)
    kept = [i for i, c in enumerate(document.text) if not _INVISIBLE.match(c)]
    visible = "".join(document.text[i] for i in kept)
    facts = extract_facts(dataclasses.replace(document, text=visible))
    return _with_offsets_of(facts, document, kept)


def _with_offsets_of(facts: ArticleFacts, document: Document, kept: list[int]) -> ArticleFacts:
    """``facts`` read from the visible text, their evidence moved back onto ``document``'s
    own text (``kept[i]`` is where the visible text's character ``i`` stands in it)."""

    def original(evidence: Evidence) -> Evidence:
        start = kept[evidence.start] if evidence.start < len(kept) else len(document.text)
        end = kept[evidence.end - 1] + 1 if evidence.end > 0 else start
        return Evidence(document.text[start:end], start, end)

    def moved(fact: Any) -> Any:  # noqa: ANN401 — any fact dataclass with evidence
        if getattr(fact, "evidence", None) is None:
            return fact
        return dataclasses.replace(fact, evidence=original(fact.evidence))

    changes: dict[str, Any] = {
        f.name: tuple(moved(x) for x in getattr(facts, f.name))
        for f in dataclasses.fields(facts)
        if isinstance(getattr(facts, f.name), tuple) and f.name != "markets"
    }
    changes["document"] = document
    return dataclasses.replace(facts, **changes)


def warm_up() -> None:
    """Load gazetteers and compile patterns now rather than on the first article."""
    from graph.extract.pipeline import warm_up as _warm_up  # noqa: PLC0415

    _warm_up()
