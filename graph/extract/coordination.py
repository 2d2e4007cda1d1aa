"""Names listed with a known organisation are organisations of its kind.

"Samsung, Rio and Creative", "Netflix, HBO o Amazon", "Airbnb, 9flats oder Wimdu": a list
joined by commas and a conjunction holds things of one kind, so where one item is an
organisation the gazetteer knows and every other item is a name that is no place, person,
date or word of the language, those names are organisations too. A list mixing in a place
or a person ("Apple, Tim Cook and China") says nothing and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from graph.extract.dates import is_calendar_word
from graph.extract.lexicon import Lexicon
from graph.extract.text import LOWER, NAME_TOKEN, QUOTES, UPPER

# an item: up to four name tokens, "&" or a linking word between ("Bank of America",
# "Banco de España", "Scottish & Newcastle"); never a conjunction, which ends the item
_LINKS = ("of", "de", "del", "di", "für", "&")
_LINK = "|".join(map(re.escape, _LINKS))
_ITEM = rf"[{QUOTES}]?{NAME_TOKEN}(?:[ ](?:(?:{_LINK})[ ])?{NAME_TOKEN}){{0,3}}[{QUOTES}]?"


@cache
def _list_re(L: Lexicon) -> re.Pattern[str] | None:
    """Items joined by ", " and one conjunction before the last; an article may lead an item."""
    if not L.LIST_CONJUNCTIONS:
        return None
    conj = "|".join(re.escape(c) for c in L.LIST_CONJUNCTIONS)
    article = "|".join(re.escape(a) for a in L.DEFINITE_ARTICLES) or "(?!)"
    lead = rf"(?:(?:{article})[ ])?"
    return re.compile(
        rf"(?<![\w\-&])({_ITEM})((?:,[ ]{lead}{_ITEM})*,?[ ](?:{conj})[ ]{lead}{_ITEM})(?![\w\-&])"
    )


def listed_with_known(
    text: str,
    known: Sequence[tuple[int, int, str, bool]],
    L: Lexicon,
    is_other_thing: Callable[[str, int], bool],
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, kind) of the unknown names in lists that hold a known organisation.

    ``known`` are (start, end, kind, from the gazetteer) of the organisations found so far;
    a list needs one the gazetteer knows. ``is_other_thing``
    says whether a name is a place, a person or a word of the language.
    """
    pattern = _list_re(L)
    if pattern is None or not known:
        return
    kinds = {(start, end): kind for start, end, kind, _ in known}
    from_gazetteer = {(start, end) for start, end, _, is_known in known if is_known}
    item_re = re.compile(_ITEM)
    for m in pattern.finditer(text):
        items = [(i.start(), i.end()) for i in item_re.finditer(text, m.start(), m.end())]
        listed = [kinds[span] for span in items if span in kinds]
        # a name found from its context leads no list: in "Oil and Natural Gas Corporation"
        # the items are one name, in "Ministerio de Industria, Comercio y Turismo" one too
        if len(listed) in (0, len(items)) or not any(span in from_gazetteer for span in items):
            continue
        unknown = _unknown_items(text, items, kinds)
        if any(_no_name(name) or is_other_thing(name, start) for name, start in unknown):
            continue
        kind = listed[0] if len(set(listed)) == 1 else "company"
        for name, start in unknown:
            yield start, start + len(name), name, kind


def _unknown_items(
    text: str, items: list[tuple[int, int]], kinds: dict[tuple[int, int], str]
) -> list[tuple[str, int]]:
    """(name, where it starts) of every item no organisation found so far spans."""
    return [
        (name, a + text[a:b].index(name))
        for a, b in items
        if (a, b) not in kinds
        for name in [text[a:b].strip(QUOTES)]
    ]


def _no_name(name: str) -> bool:
    """A word that is no name: lower case, a number, a month or a day; or a name and more
    ("Apple's iPhone")."""
    first = name.split()[0]
    return (
        not re.match(rf"[{UPPER}]|[0-9]+[{UPPER}{LOWER}&]", first)  # "9flats", "3M"
        or (first[0].isdigit() and " " in name)  # "350 MW": a measure
        or is_calendar_word(first)
        or name[-1] == "."
        or re.search(r"['’]s\b", name) is not None
    )
