"""Per-language data modules (de, en, es). Mechanisms live one level up."""

from __future__ import annotations

from functools import cache
from importlib import import_module

from graph.extract.lexicon import Lexicon, from_module

LANGUAGES = ("de", "en", "es")


def data(language: str) -> Lexicon:
    """Return the lexicon for an ISO 639-1 code (English when unknown)."""
    return _lexicon(language if language in LANGUAGES else "en")


@cache
def _lexicon(code: str) -> Lexicon:
    return from_module(import_module(f"graph.extract.lang.{code}"), code)
