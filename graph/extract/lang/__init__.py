"""Per-language data modules (de, en, es). Mechanisms live one level up.

Each module is read once, on import, into a typed :class:`~graph.extract.lexicon.Lexicon`:
a name the lexicon does not declare (a misspelt constant) fails here, not silently later.
"""

from __future__ import annotations

from importlib import import_module

from graph.extract.lexicon import Lexicon, from_module

LANGUAGES = ("de", "en", "es")

_LEXICONS = {
    code: from_module(import_module(f"graph.extract.lang.{code}"), code) for code in LANGUAGES
}


def data(language: str) -> Lexicon:
    """Return the lexicon for an ISO 639-1 code (English when unknown)."""
    return _LEXICONS.get(language, _LEXICONS["en"])
