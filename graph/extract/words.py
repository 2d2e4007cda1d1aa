"""Is a capitalised word a word of the language or a name? Word frequencies decide.

Where every noun is capitalised (German), a capital says nothing: "Händler" and "Hofer" look
alike. A word of the language is frequent in it and rare in the others ("Händler": Zipf 4.3 in
German, 0 in English and Spanish); a brand is about as frequent everywhere ("Spotify") or rare
("Zielpunkt"). The frequencies are wordfreq's (Speer et al.), shipped in its wheel.
"""

from __future__ import annotations

from functools import cache

from graph.extract.lang import LANGUAGES

COMMON = 3.0  # Zipf: about once per million words, or more often
LEAD = 2.0  # and a hundred times as often as in the rarest other language


@cache
def word_of_the_language(word: str, language: str) -> bool:
    """True when ``word`` is common in ``language`` and rare in some other language we read."""
    from wordfreq import zipf_frequency  # noqa: PLC0415 — its lists load on first use

    here = zipf_frequency(word, language)
    if here < COMMON:
        return False
    elsewhere = min(zipf_frequency(word, other) for other in LANGUAGES if other != language)
    return here - elsewhere >= LEAD


PLAIN = 3.5  # Zipf: a word met about three times per million words, or more often


@cache
def plain_word(word: str, language: str) -> bool:
    """True when ``word``, in lower case, is a frequent word of ``language`` ("Gobierno")."""
    from wordfreq import zipf_frequency  # noqa: PLC0415

    return zipf_frequency(word.lower(), language) >= PLAIN
