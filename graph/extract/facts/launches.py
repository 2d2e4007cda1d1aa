"""Product launches: a company's product brought to a market."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from graph.extract.analysis import ACTOR_KINDS, Context, Place
from graph.extract.entities import OrgMention, ProductMention
from graph.extract.facts.clauses import place_date
from graph.extract.facts.common import evidence_of, sentence_date, tells_of_focus
from graph.extract.facts.found import Found
from graph.extract.facts.markets import denied_in_clause, most_specific, sentence_markets
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import relative_after
from graph.extract.text import UPPER, Sentence, has_cue
from graph.model import MarketEntry, ProductLaunch


@dataclass
class _Launches:
    """The launches found so far in an article, by company, product and market."""

    entry_dates: dict[tuple[str, str], str | None]  # an entry's date dates its launches
    found: dict[tuple[str, str, str], ProductLaunch] = field(default_factory=dict)
    dated: set[tuple[str, str, str]] = field(default_factory=set)  # by their own sentence
    tied: set[str] | None = None  # the focus company's products, worked out when first needed


def product_launches(ctx: Context, entries: list[MarketEntry]) -> list[ProductLaunch]:
    """Products the sentences bring to markets, with the company whose they are, dated by
    their own sentence or else by the company's entry there."""
    L = ctx.L
    cues = L.ENTRY_CUES + L.LAUNCH_CUES + L.PRODUCT_CUES
    launches = _Launches({(e.company, e.market): e.date for e in entries})
    previous: Sentence | None = None
    for s in ctx.sentences:
        products = ctx.within(ctx.products, s)
        if products and has_cue(s.text, cues):
            markets = _launch_markets(ctx, s, previous)
            places = sorted(ctx.within(ctx.places, s), key=lambda x: x.start)
            for p in products:
                company = _launching_company(ctx, s, p, launches)
                if company:
                    _launch(ctx, s, p, company, places, markets, launches)
        previous = s
    return list(launches.found.values())


def _launch_markets(ctx: Context, s: Sentence, previous: Sentence | None) -> list[str]:
    """The markets of a sentence's launches: its own, else the article's main market, else
    those of the sentence before in the paragraph; none where it denies one."""
    # "will not sell the Mi 9 in Germany": no launch there, nor anywhere else
    denied = [(p.start, p.end) for p in ctx.within(ctx.places, s) if denied_in_clause(ctx, s, p)]
    markets = sentence_markets(ctx, s, denied)
    if not markets and not denied and ctx.main_market:
        markets = [ctx.main_market]
    if not markets and not denied and previous is not None and previous.paragraph == s.paragraph:
        markets = sentence_markets(ctx, previous)
    return most_specific(markets)


def _launching_company(
    ctx: Context, s: Sentence, p: ProductMention, launches: _Launches
) -> str | None:
    """Whose product the sentence launches: its maker, the organisation that owns it in the
    sentence, else the article's company when the sentence or article ties it to it."""
    if has_cue(ctx.document.text[max(0, p.start - 30) : p.start], ctx.L.CODE_NAME_CUES):
        return None
    possessor = None if p.maker else _possessor_of(ctx, s, p)
    if possessor is not None and possessor.kind not in ACTOR_KINDS:
        return None  # "told the BBC's Go Digital programme": a broadcaster's show
    owner = (
        None
        if p.maker
        else (possessor.name if possessor else None)
        or _relative_owner(ctx, s, p.start)
        or _subject(ctx, s, p)
    )
    company = p.maker or owner or ctx.focus
    if not company:
        return None
    if p.maker is None and owner is None and _rival_before(ctx, s, p):
        return None  # "has a serious rival in the long-awaited Firefox 1.0": another's
    if p.maker is None and owner is None and not tells_of_focus(ctx, s):
        if launches.tied is None:
            launches.tied = _focus_products(ctx)
        if p.name not in launches.tied:
            return None  # "Halo 2" in a review of Nintendo's year: not Nintendo's
    return company


def _launch(
    ctx: Context,
    s: Sentence,
    p: ProductMention,
    company: str,
    places: list[Place],
    markets: list[str],
    launches: _Launches,
) -> None:
    """The company's launch of the product in each of its markets; a later sentence's own
    date beats a date borrowed from the entry (a headline seldom has one)."""
    for market in _product_markets(ctx, p, places, markets):
        key = (company, p.name, market)
        # "unveiled the Galaxy Z Fold 6 on Wednesday; it goes on sale in the US on
        # July 24": the date of the market's clause first
        there = next((x for x in places if x.code == market), None)
        own = (place_date(ctx, s, there) if there else None) or sentence_date(ctx, s, p.start)
        if key not in launches.found or (own and key not in launches.dated):
            date = own or launches.entry_dates.get((company, market))
            launches.found[key] = ProductLaunch(company, p.name, market, date, evidence_of(s))
            if own:
                launches.dated.add(key)


def _rival_before(ctx: Context, s: Sentence, p: ProductMention) -> bool:
    """A word for a rival in the product's clause before it ("a serious rival in the
    long-awaited Firefox 1.0", "Konkurrenz durch das Galaxy S5"): the product is a rival's."""
    rivals = _rival_re(ctx.L)
    if rivals is None:
        return False
    text = ctx.document.text
    clause = max(s.start, *(text.rfind(c, s.start, p.start) + 1 for c in ",;:"))
    return rivals.search(text, clause, p.start) is not None


@cache
def _rival_re(L: Lexicon) -> re.Pattern[str] | None:
    words = L.RIVAL_WORDS
    if not words:
        return None
    return re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, words))})")


def _possessor_of(ctx: Context, s: Sentence, p: ProductMention) -> OrgMention | None:
    """The organisation whose possessive the product's name follows ("the BBC's Go
    Digital programme", "Nintendo's DS")."""
    text = ctx.document.text
    return next(
        (o for o in ctx.within(ctx.orgs, s) if text[o.end : p.start] in ("'s ", "’s ")),
        None,
    )


def _subject(ctx: Context, s: Sentence, p: ProductMention) -> str | None:
    """The company a sentence names before a product of no known maker, when the
    sentence does not name the article's company ("Nintendo has said it will release the
    DS in Europe" in an article on Sony): the product is that company's."""
    if any(o.name == ctx.focus for o in ctx.within(ctx.orgs, s)):
        return None
    text = ctx.document.text
    before = [o for o in ctx.within(ctx.orgs, s) if o.kind == "company" and o.end <= p.start]
    if len({o.name for o in before}) != 1:
        return None  # "The Nintendo DS, Sony's PSP and …, Xbox 2, is set to launch": whose?
    first = before[0]
    # the subject: at most an article before it, and no possessive after it
    if len(text[s.start : first.start].split()) > 1 or text[first.end : first.end + 2] in (
        "'s",
        "’s",
    ):
        return None
    return first.name


def _relative_owner(ctx: Context, s: Sentence, at: int) -> str | None:
    """The organisation a relative clause tells of, when its possessive leads to ``at``:
    "Amazon, which is expected to launch its Prime Video service in India" is Amazon's."""
    text = ctx.document.text
    clause = _relative_possessive_re(ctx.L).search(text, s.start, at)
    if clause is None:
        return None
    return next(
        (
            o.name
            for o in ctx.within(ctx.orgs, s)
            if o.kind in ACTOR_KINDS and o.end == clause.start()
        ),
        None,
    )


@cache
def _relative_possessive_re(L: Lexicon) -> re.Pattern[str]:
    pronouns = "|".join(map(re.escape, L.WHICH_PRONOUNS)) or "(?!)"
    possessives = "|".join(map(re.escape, L.POSSESSIVES)) or "(?!)"
    return re.compile(
        rf"[ ]*,?[ ]*(?:{pronouns})\b[^,;.]*?\b(?:{possessives})[ ]+(?:[\w-]+[ ]+){{0,3}}$"
    )


def _focus_products(ctx: Context) -> set[str]:
    """Products the article ties to its company somewhere: made by it, written in a
    sentence or title that names it ("Tesla desembarca en la India con el Model Y"), or
    of a product line that is ("Mi 9T Pro" beside "Mi 9"; "Switch 12S" after "Acers
    Switch-Reihe")."""
    focus = ctx.focus or ""
    names = {p.name for p in ctx.products}
    tied = _named_with_the_company(ctx, focus, names)
    lines = _product_lines(ctx, focus, tied)
    return tied | {n for n in names if " " in n and n.split()[0] in lines}


def _named_with_the_company(ctx: Context, focus: str, names: set[str]) -> set[str]:
    """The products made by the company or written in a sentence or title naming it."""
    tied = {p.name for p in ctx.products if p.maker == focus}
    naming = [
        s.text for s in ctx.sentences if any(o.name == focus for o in ctx.within(ctx.orgs, s))
    ]
    title = ctx.document.title or ""
    if focus and _words_at(title, focus, whole=False):
        naming.append(title)
    for text in naming:
        tied |= {n for n in names - tied if _words_at(text, n)}
    return tied


def _product_lines(ctx: Context, focus: str, tied: set[str]) -> set[str]:
    """A product line: "Mi 9T Pro" with "Mi 9" tied, "Switch 12S" after "Acers
    Switch-Reihe" (the line's first word)."""
    lines = {n.split()[0] for n in tied if " " in n}
    text = ctx.document.text
    for end in _words_at(text, focus, whole=False) if focus else ():
        if line := _LINE_WORD.match(text, end):
            lines.add(line.group(1))
    return lines


_LINE_WORD = re.compile(rf"(?:s|['’]s)?[ -]([{UPPER}]\w+)")


def _words_at(text: str, words: str, whole: bool = True) -> list[int]:
    """Where ``words`` end in ``text``, written as words (no letter or digit before them,
    nor after them when ``whole``); plain string search, no pattern to compile."""
    ends, at = [], text.find(words)
    while at != -1:
        end = at + len(words)
        if (not at or not text[at - 1].isalnum()) and (
            not whole or end == len(text) or not text[end].isalnum()
        ):
            ends.append(end)
        at = text.find(words, at + 1)
    return ends


def _product_markets(
    ctx: Context, product: ProductMention, places: list[Place], markets: list[str]
) -> list[str]:
    """The markets named after the product, when the sentence's markets include some
    ("entered Germany and France last year and plans to launch its Seal in Britain":
    Britain only; "in India on September 22, the same day as in Britain": both), else all
    the sentence's markets. A relative clause on the product tells where else it is ("ha
    lanzado en Chile su plataforma Movistar Play, que ya estaba disponible en Perú"): all."""
    if relative_after(ctx.L).match(ctx.document.text, product.end):
        return markets
    after = [m for m in markets if any(p.code == m and p.start >= product.end for p in places)]
    return after or markets


def find(ctx: Context, found: Found) -> list[ProductLaunch]:
    """The article's product launches (an entry's date dates a launch its sentence does not)."""
    return product_launches(ctx, found["market_entries"])
