"""Is a capitalised word a word of the language or a name? Word frequencies decide.

Where every noun is capitalised (German), a capital says nothing: "Händler" and "Hofer" look
alike. A word of the language is frequent in it and rare in the others ("Händler": Zipf 4.3 in
German, under 3 in English and Spanish); a brand is about as frequent everywhere ("Spotify")
or rare ("Zielpunkt"). The frequencies are wordfreq's (Speer et al.) "small" lists, shipped in
its wheel: every word met at least once per million words (Zipf 3), about 40,000 per language,
loaded in some 25 ms each; a word not listed counts as Zipf 0, except where rarity itself is
measured (the full lists, loaded once by ``warm_up``).
"""

from __future__ import annotations

import math
from functools import cache

from graph.extract.lang import LANGUAGES

COMMON = 3.0  # Zipf: about once per million words, or more often
LEAD = 2.0  # and a hundred times as often as in the rarest other language
PLAIN = 3.5  # Zipf: a word met about three times per million words, or more often


@cache
def _tables() -> dict[str, dict[str, float]]:
    """Each language's word → frequency (a share of all words), loaded once, all together."""
    from wordfreq import get_frequency_dict  # noqa: PLC0415

    return {code: get_frequency_dict(code, wordlist="small") for code in LANGUAGES}


def zipf(word: str, language: str) -> float:
    """log10 of the word's frequency per billion words; 0 when it is rarer than Zipf 3."""
    share = _tables()[language].get(word.casefold())
    return math.log10(share) + 9 if share else 0.0


@cache
def word_of_the_language(word: str, language: str) -> bool:
    """True when ``word`` is common in ``language`` and rare in some other language we read.

    Rare is measured on wordfreq's full lists, where the small ones stop at Zipf 3: a brand
    is often just under it elsewhere ("Vimeo": 3.0 in German, 2.98 in English), a German
    noun is not there at all ("Händler")."""
    here = zipf(word, language)
    if here < COMMON:
        return False
    elsewhere = min(_full_zipf(word, other) for other in LANGUAGES if other != language)
    return here - elsewhere >= LEAD


def _full_zipf(word: str, language: str) -> float:
    from wordfreq import zipf_frequency  # noqa: PLC0415 — its full lists load on first use

    return zipf(word, language) or zipf_frequency(word, language)


@cache
def plain_word(word: str, language: str) -> bool:
    """True when ``word``, in lower case, is a frequent word of ``language`` ("Gobierno")."""
    return zipf(word, language) >= PLAIN


def warm_up() -> None:
    """Load the lists now. The full ones only where rarity is measured: in the other
    languages of one whose nouns are capitalised (German), the only callers of
    :func:`word_of_the_language`; a word in no small list makes wordfreq load one."""
    from graph.extract import lang  # noqa: PLC0415

    _tables()
    capitalised = [code for code in LANGUAGES if lang.data(code).NOUNS_CAPITALISED]
    for code in {other for c in capitalised for other in LANGUAGES if other != c}:
        _full_zipf("qxzqxz", code)


@cache
def spoken_in(language: str) -> frozenset[str]:
    """The countries (ISO codes) where ``language`` is official, by CLDR (Babel)."""
    from babel import Locale  # noqa: PLC0415
    from babel.languages import get_official_languages  # noqa: PLC0415

    codes = [str(code) for code in Locale("en").territories]
    return frozenset(
        code
        for code in codes
        if len(code) == 2
        and code.isalpha()
        and language in get_official_languages(code, regional=True, de_facto=True)
    )
