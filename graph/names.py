"""How a user's spelling of a name meets the graph's: one folding and one hint, shared by
``--focus``, ``--where`` and the analytics paths."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable


def folded(text: str) -> str:
    """Case- and accent-free text, so "nestle" finds "Nestlé"."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """The end of a "not found" message: up to three close names, else advice."""
    names = sorted(set(known))
    by_fold = {folded(n): n for n in names}
    close = difflib.get_close_matches(folded(name), list(by_fold), n=3, cutoff=0.6)
    if close:
        return f" — did you mean: {', '.join(by_fold[c] for c in close)}?"
    return " — check the spelling"
