"""Per-language data modules (de, en, es). Mechanisms live one level up."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

LANGUAGES = ("de", "en", "es")


def data(language: str) -> ModuleType:
    """Return the data module for an ISO 639-1 code (English when unknown)."""
    return import_module(f"graph.extract.lang.{language if language in LANGUAGES else 'en'}")
