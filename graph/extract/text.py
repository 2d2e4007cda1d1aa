"""Sentences and name-shaped spans: the text mechanics every extractor stage shares."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Generic, Protocol, TypeVar

UPPER = "A-ZÄÖÜÁÉÍÓÚÑÀÈÌÒÙÂÊÎÔÛÇŠŽČÅØÆ"
LOWER = "a-zäöüßáéíóúñàèìòùâêîôûçšžčåøæ"
QUOTES = '"“”„«»‚‘’'
# One name token: capitalised word, acronym or model number ("Sam's", "1&1", "Mi", "9T").
NAME_TOKEN = rf"(?:[{UPPER}0-9][\w'’&+.\-]*[\w&+]|[{UPPER}]|[{UPPER}]\.)"
NAME_CONNECTORS = ("&", "+", "of", "de", "del", "la", "van", "von", "der", "y")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def sentence_at(sentences: list[Sentence], position: int) -> Sentence | None:
    """The sentence (of ``sentences``, in text order) that holds ``position``, if any."""
    i = bisect.bisect_right(sentence_starts(sentences), position) - 1
    return sentences[i] if i >= 0 and position < sentences[i].end else None


_last_starts: list[tuple[list[Sentence], list[int]]] = []


def sentence_starts(sentences: list[Sentence]) -> list[int]:
    """The sentences' starts (for bisection), kept for the last list asked about (one
    article's): making them at every call made a long article's extraction quadratic."""
    if (
        not _last_starts
        or _last_starts[0][0] is not sentences
        or len(_last_starts[0][1]) != len(sentences)
    ):
        _last_starts[:] = [(sentences, [x.start for x in sentences])]
    return _last_starts[0][1]


class HasStart(Protocol):
    @property
    def start(self) -> int: ...


ItemT = TypeVar("ItemT", bound=HasStart)


class ByStart(Generic[ItemT]):
    """Items (mentions) sorted by where they start, searched by bisection: scanning every
    item for every place or sentence made long articles quadratic."""

    def __init__(self, items: Iterable[ItemT]) -> None:
        self.items = sorted(items, key=lambda x: x.start)
        self._starts = [x.start for x in self.items]

    def between(self, first: int, stop: int) -> list[ItemT]:
        """The items that start at ``first`` or later and before ``stop``."""
        a = bisect.bisect_left(self._starts, first)
        return self.items[a : bisect.bisect_left(self._starts, stop, a)]


def split_sentences(text: str, abbreviations: tuple[str, ...] = ()) -> list[Sentence]:
    """Sentences with offsets; paragraphs (blank lines, headings) always break."""
    out: list[Sentence] = []
    abbreviations_set = set(abbreviations)
    for paragraph, (block_start, block_end) in enumerate(_blocks(text)):
        block = text[block_start:block_end]
        start = 0
        for end_match in _sentence_end_re().finditer(block):
            cut = end_match.end()
            before = block[: end_match.start() + 1].split()
            last = before[-1].lstrip(QUOTES + "(") if before else ""
            if last in abbreviations_set or re.fullmatch(rf"(?:[{UPPER}]\.)+|\d{{1,2}}\.", last):
                continue
            _append(out, text, block_start + start, block_start + cut, paragraph)
            start = cut
        _append(out, text, block_start + start, block_start + len(block), paragraph)
    return out


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Paragraphs as (start, end): runs of lines between blank lines; a heading line (short,
    no closing punctuation, after a finished sentence and before a capitalised line)
    stands alone."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    start: int | None = None
    end = 0
    for i, (line_start, line) in enumerate(lines):
        if not line.strip():
            if start is not None:
                yield start, end
                start = None
            continue
        if _META_LINE.match(line):
            # "By Staff Reporter", "Published: 2016-01-07": a line of its own, never part
            # of the sentence after it
            if start is not None:
                yield start, end
            yield line_start, line_start + len(line)
            start = None
            continue
        after = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
        before = lines[i - 1][1].strip() if i else ""
        finished = start is None or text[start:end].rstrip()[-1:] in ".!?:" + QUOTES + ")"
        # much shorter than its neighbours: hard-wrapped lines are all about as long
        short = len(line.strip()) < 0.6 * max(len(before), len(after))
        if (
            _is_heading(line)
            and finished
            and short
            and line.strip()[:1].isupper()
            and after[:1].isupper()
        ):
            if start is not None:
                yield start, end
            yield line_start, line_start + len(line)
            start = None
            continue
        if start is None:
            start = line_start
        end = line_start + len(line)
    if start is not None:
        yield start, end


# a byline or a header line above an article's text (see graph/sources/text.py)
_META_LINE = re.compile(
    rf"\s*(?:(?:By|Von|Por)\s+[{UPPER}][\w'’.-]+(?:\s+[{UPPER}][\w'’.-]+){{0,3}}"
    r"(?:\s+(?:and|und|y)\s+[^\n,]{2,40})?(?:\s*[,|]\s*[^\n.]{2,60})?\s*$"
    r"|(?i:Published|Publication date|Date|Datum|Veröffentlicht|Fecha|Publicado)\s*:)"
)


def _is_heading(line: str) -> bool:
    line = line.strip()
    return (
        "\n" not in line
        and len(line) <= 80
        and len(line.split()) <= 10
        and line[-1:] not in ".!?:;,-–—" + QUOTES + ")"
    )


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], paragraph))


@cache
def _sentence_end_re() -> re.Pattern[str]:
    return re.compile(rf"[.!?][{QUOTES})]*\s+(?=[{UPPER}{QUOTES}(¿¡0-9])")


@cache
def name_re() -> re.Pattern[str]:
    """Capitalised token sequences, allowing "&", "+" and a few lower-case connectors."""
    connector = "|".join(re.escape(c) for c in NAME_CONNECTORS)
    return re.compile(rf"{NAME_TOKEN}(?:[ \-](?:(?:{connector})[ \-])?{NAME_TOKEN})*")


def word_cue_re(
    cues: tuple[str, ...] | list[str], *, whole: bool = False, heads: bool = False
) -> re.Pattern[str]:
    """A regex matching any cue at a word start (stems), case-sensitive as written.
    A cue that ends with a space is a whole word: "plan " matches "plan." and "plan,"
    but not "plant". With ``heads``, a cue written with a capital (a German noun) also
    matches as the head of a hyphenated compound ("Xiaomi-Läden", "Russland-Rückzug")."""
    return _cue_re_as_given(cues if isinstance(cues, tuple) else tuple(cues), whole, heads)


@cache
def _cue_re_as_given(cues: tuple[str, ...], whole: bool, heads: bool) -> re.Pattern[str]:
    # the cue lists as the callers hold them, so a call sorts nothing
    return _cue_re(tuple(sorted(cues, key=len, reverse=True)), whole, heads)


@cache
def _cue_re(cues: tuple[str, ...], whole: bool, heads: bool) -> re.Pattern[str]:
    tail = r"(?!\w)" if whole else ""
    nouns = "|".join(_cue_source(c) for c in cues if heads and c[:1].isupper())
    words = "|".join(_cue_source(c) for c in cues if not (heads and c[:1].isupper()))
    parts = [rf"(?<![\w-])(?:{words})" if words else "", rf"(?<!\w)(?:{nouns})" if nouns else ""]
    body = "|".join(part for part in parts if part) or "(?!)"
    # case-insensitive: a cue may open a sentence ("Inzwischen", "Since")
    return re.compile(rf"(?i)(?:{body}){tail}")


def _cue_source(cue: str) -> str:
    # a whole word ends at a space or a punctuation mark: "at " is not the "AT" of "AT&T"
    return re.escape(cue[:-1]) + _WORD_END if cue.endswith(" ") else re.escape(cue)


_WORD_END = r"""(?=$|[\s.,;:!?)\]"»”])"""


def has_cue(
    text: str, cues: tuple[str, ...] | list[str], *, whole: bool = False, heads: bool = False
) -> bool:
    return bool(cues) and word_cue_re(cues, whole=whole, heads=heads).search(text) is not None


_WORD = re.compile(r"\w+")


def first_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first words of ``phrases``, lower-cased (for :func:`matches_at_words`); None
    when a phrase does not begin with a word character."""
    words = set()
    for phrase in phrases:
        first = _WORD.match(phrase)
        if first is None:
            return None
        words.add(first.group().lower())
    return frozenset(words)


def matches_at_words(
    pattern: re.Pattern[str], text: str, firsts: frozenset[str] | None, *, numbers: bool = False
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern that can match only where a
    word begins and whose match begins with one of the words ``firsts`` (lower-cased)
    or, with ``numbers``, a digit. The pattern is tried at those words only: an
    alternation of many words, searched for at every position, is slow in Python's
    regex engine. ``firsts`` None: every position is tried."""
    if firsts is None:
        yield from pattern.finditer(text)
        return
    taken = 0
    for word in _WORD.finditer(text):
        start = word.start()
        if start < taken:
            continue
        found = word.group()
        if not ((numbers and found[0].isdigit()) or found.lower() in firsts):
            continue
        m = pattern.match(text, start)
        if m is not None:
            taken = max(m.end(), start + 1)
            yield m


_WORD_CHAR = re.compile(r"\w")
_WORD_OR_HYPHEN = re.compile(r"[\w\-]")


def whole_words(text: str, words: str) -> Iterator[tuple[int, int]]:
    r"""Where ``words`` stand in ``text`` as whole words (not after a hyphen): what
    ``(?<![\w-])WORDS(?!\w)`` finds, without compiling a regex for every name."""
    at = text.find(words)
    while at != -1:
        end = at + len(words)
        if not (at and _WORD_OR_HYPHEN.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
            yield at, end
        at = text.find(words, at + 1)
