"""Document → ArticleFacts: the language-independent extraction mechanisms.

Per-language knowledge (cue words, role titles, patterns) lives in
``graph.extract.lang``; entity names come from the gazetteers in ``data/``
and place names from CLDR via :mod:`graph.geo`.
"""

from __future__ import annotations

from graph.model import ArticleFacts, Document


def extract(document: Document) -> ArticleFacts:
    """Find organisations, people, products, markets and the facts linking them."""
    from graph.extract.pipeline import extract_facts  # noqa: PLC0415

    return extract_facts(document)


def warm_up() -> None:
    """Load gazetteers and compile patterns now rather than on the first article."""
    from graph.extract.pipeline import warm_up as _warm_up  # noqa: PLC0415

    _warm_up()
