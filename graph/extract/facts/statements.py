"""Market statements: people quoted or reported about a market."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from graph.extract.analysis import Context
from graph.extract.entities import PersonMention
from graph.extract.facts.clauses import list_span
from graph.extract.facts.common import evidence_of, in_quotation, quoted_words, speech_date
from graph.extract.facts.found import Found
from graph.extract.facts.markets import ranks_within, sentence_markets
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import PHRASE_END, speech_verbs_re
from graph.extract.text import QUOTES, ByStart, Sentence, has_cue, word_cue_re
from graph.model import MarketEntry, Position, ProductLaunch, SalesChannel, Statement


def _title_span(text: str, role: str) -> tuple[int, int] | None:
    """Where ``role`` is written in ``text``: the role, or the longest start of it that is
    written (a role joined from around its company: "directora para el sur de Europa").
    After a comma (and an article) the title is an apposition and goes on to the next
    comma, semicolon, colon, bracket or quotation mark ("X, directora de Spotify para el
    sur de Europa,")."""
    words = role.split()
    while words:
        start = text.find(" ".join(words))
        if start >= 0:
            break
        words.pop()
    else:
        return None
    end = start + len(" ".join(words))
    if re.search(r",\s*(?:[^\W\d]{1,4}\s+)?$", text[:start]):  # ", the chief executive of"
        ends = [i for i in (text.find(c, end) for c in ",;:()" + QUOTES) if i != -1]
        end = min(ends, default=len(text))
    return start, end


def _reported(ctx: Context, verb_end: int, at: int) -> bool:
    """A complementiser ("that", "dass", "que") stands between a speech verb and ``at``."""
    words = ctx.L.COMPLEMENTISERS
    if at <= verb_end or not words:
        return False
    return has_cue(ctx.document.text[verb_end:at], tuple(words), whole=True)


def market_statements(
    ctx: Context,
    positions: list[Position],
    entries: list[MarketEntry],
    launches: list[ProductLaunch],
    channels: list[SalesChannel],
) -> list[Statement]:
    """People quoted or reported about a market in which the article tells of a company's
    plans or moves (an entry, launch or sales channel there, or in a region containing it
    or contained in it), or speaking of plans for it ("hablar de sus planes para Chile"),
    or speaking for a national unit about its country. A dollar forecast or a minister on
    trade is no such statement: on the corpus this kept 197 of 789 statements, a sample
    of 30 of those dropped was all wrong, and the development set lost none."""
    in_play = _markets_in_play([*entries, *launches, *channels])
    by_start = ByStart(ctx.people + ctx.person_refs)
    out: dict[tuple[str, str], Statement] = {}
    last_speaker: tuple[int, str] | None = None
    for s in ctx.sentences:
        # a name inside the quotation is what is said, not who says it ("… two of the
        # biggest brands - Senator John Kerry and President George W. Bush," said …)
        speakers = [m for m in by_start.between(s.start, s.end) if not in_quotation(s, m.start)]
        speaker = _speaker(ctx, s, speakers, last_speaker)
        if speaker is None:
            continue
        last_speaker = (s.paragraph, speaker)
        if speaker == ctx.document.author:
            continue
        markets = _markets_spoken_of(ctx, s, speaker, speakers, positions, entries, in_play)
        if not markets:
            continue
        quote = quoted_words(s.text)
        date = speech_date(ctx, s)
        for market in markets:
            out.setdefault(
                (speaker, market), Statement(speaker, market, quote, date, evidence_of(s))
            )
    return list(out.values())


def _speaker(
    ctx: Context,
    s: Sentence,
    speakers: list[PersonMention],
    last_speaker: tuple[int, str] | None,
) -> str | None:
    """Who speaks in the sentence: the person named nearest its verb of saying (or its
    start), not one named in what is reported; else, for a quotation alone, who spoke last
    in the paragraph."""
    speech_re = speech_verbs_re(ctx.L)
    if speakers and (speech_re.search(s.text) or any(q in s.text for q in QUOTES)):
        verb = speech_re.search(s.text)
        anchor = s.start + (verb.start() if verb else 0)
        nearest = min(speakers, key=lambda m: abs(m.start - anchor))
        if verb and _reported(ctx, s.start + verb.end(), nearest.start):
            # "Yukos had argued that … its chief finance officer Bruce Misamore lives in
            # Houston": a name in what is reported is not who reports it
            return None
        return nearest.name
    if (
        last_speaker
        and last_speaker[0] == s.paragraph
        and any(q in s.text for q in QUOTES)
        and not speakers
    ):
        return last_speaker[1]
    return None


def _markets_spoken_of(
    ctx: Context,
    s: Sentence,
    speaker: str,
    speakers: list[PersonMention],
    positions: list[Position],
    entries: list[MarketEntry],
    in_play: Callable[[str], bool],
) -> list[str]:
    """The markets the speaker speaks of: the sentence's (not those of a title, an aside, a
    comparison or a ranking), else their company's; those the article tells moves in, or
    all in "her plans for Chile", "a key market for us" or a national unit's country."""
    L = ctx.L
    markets = sentence_markets(ctx, s, _not_spoken_of(ctx, s, speaker, speakers, positions))
    # markets count where the article tells of a company's moves, or in "her plans for
    # Chile" and "a key market for us", or as a national unit's country
    trusted = has_cue(s.text, L.PLANS_FOR) or has_cue(s.text, L.MARKET_VIEWS, whole=True)
    if not markets:
        markets, trusted = _markets_of_the_speaker(ctx, speaker, positions, entries, trusted)
    if not trusted:
        aimed = _aimed_at(ctx, s)
        markets = [m for m in markets if in_play(m) or m in aimed]
    return markets


def _not_spoken_of(
    ctx: Context,
    s: Sentence,
    speaker: str,
    speakers: list[PersonMention],
    positions: list[Position],
) -> list[tuple[int, int]]:
    """The spans of the sentence whose places are no market spoken of."""
    # the region of the speaker's own title is no market spoken of ("Shein's chairman
    # for Latin America"); the title goes on to the end of its apposition
    # ("directora de Spotify para el sur de Europa,")
    roles = {p.role for p in positions if p.person == speaker and p.role}
    spans = [span for r in roles if (span := _title_span(s.text, r))]
    titles = [(s.start + a, s.start + b) for a, b in spans]
    # "Ootes, whose team also opened a Dutch store in March, said …": an aside on the
    # person, not what they said
    titles += _asides(ctx, s, speakers)
    # "größer als die meisten Lidl-Filialen in Europa": a comparison's yardstick
    # "Nigeria is Africa's biggest mobile market": a place that ranks describes
    ranking = [
        (p.start, p.end)
        for p in ctx.within(ctx.places, s)
        if ranks_within(ctx.document.text, p, ctx.L)
    ]
    return titles + _comparisons(ctx, s) + ranking


def _markets_of_the_speaker(
    ctx: Context,
    speaker: str,
    positions: list[Position],
    entries: list[MarketEntry],
    trusted: bool,
) -> tuple[list[str], bool]:
    """An executive speaks about their company's market; in an article about one company,
    anyone holding a position speaks about the article's main market (and whether the
    market counts whatever the facts tell: a national unit's country does)."""
    employers = {p.organization for p in positions if p.person == speaker}
    theirs = sorted({e.market for e in entries if e.company in employers})
    # a national unit's country ("CEO von Lidl US" speaks about the US)
    units = sorted(
        {o.country for o in ctx.orgs if o.name in employers and o.country and not o.known}
    )
    if len(theirs) == 1:
        return theirs, trusted
    if len(units) == 1:
        return units, True
    if ctx.focus in employers and ctx.main_market:
        return [ctx.main_market], trusted
    return [], trusted


def _comparisons(ctx: Context, s: Sentence) -> list[tuple[int, int]]:
    """The spans of a sentence from a comparative ("larger than", "größer als", "más
    grandes que"; not "more than 500") to the end of its clause: the places in them are
    the yardstick, not what is spoken of."""
    pattern = _comparison_re(ctx.L)
    if pattern is None:
        return []
    return [
        (s.start + m.start(), s.start + m.end() + len(PHRASE_END.split(s.text[m.end() :], 1)[0]))
        for m in pattern.finditer(s.text)
    ]


@cache
def _comparison_re(L: Lexicon) -> re.Pattern[str] | None:
    pattern = L.COMPARISON_RE
    return re.compile(pattern) if pattern else None


def _asides(ctx: Context, s: Sentence, people: list[PersonMention]) -> list[tuple[int, int]]:
    """The relative clauses between commas after people's names ("X, who …,", "X, der …,",
    "X, cuyo equipo …,")."""
    aside = _aside_re(ctx.L)
    text = ctx.document.text
    return [(p.end, m.end() + p.end) for p in people if (m := aside.match(text[p.end : s.end]))]


@cache
def _aside_re(L: Lexicon) -> re.Pattern[str]:
    pronouns = "|".join(map(re.escape, L.ASIDE_PRONOUNS)) or "(?!)"
    return re.compile(rf"\s*,\s*(?:{pronouns})\b[^,;]*[,;]")


def _aimed_at(ctx: Context, s: Sentence) -> set[str]:
    """Markets named right after a word of growing or focusing there ("we will focus on
    France, Spain and Brazil"), with the rest of their list, or right before a verb
    that ends the clause ("will in Polen wachsen")."""
    cues = ctx.L.AIM_CUES
    places = sorted(ctx.within(ctx.places, s), key=lambda p: p.start)
    out: set[str] = set()
    after_re = _aim_after_re(ctx.L)
    if after_re:
        out |= {p.code for p in places if after_re.match(ctx.document.text, p.end)}
    if not cues:
        return out
    for cue in word_cue_re(cues, whole=True).finditer(s.text):
        after = s.start + cue.end()
        # at most one short word between: "focus on the United States", "en el Perú"
        place = next((p for p in places if p.start >= after), None)
        if place and re.fullmatch(r"\s*(?:\w{1,4}\s+)?", ctx.document.text[after : place.start]):
            start, end = list_span(ctx, s, place)
            out |= {p.code for p in places if start <= p.start and p.end <= end}
    return out


@cache
def _aim_after_re(L: Lexicon) -> re.Pattern[str] | None:
    """A verb of growing right after a place, at most one word between ("in Polen stark
    wachsen")."""
    verbs = "|".join(map(re.escape, L.AIM_AFTER_CUES))
    return re.compile(rf"(?i)\s+(?:\w+\s+)?(?:{verbs})(?!\w)") if verbs else None


def _markets_in_play(
    facts: list[MarketEntry | ProductLaunch | SalesChannel],
) -> Callable[[str], bool]:
    """Whether a market is one the facts name, or a region containing one or within one."""
    from graph import geo  # noqa: PLC0415

    named = {f.market for f in facts}

    def in_play(market: str) -> bool:
        return market in named or any(
            geo.contains(market, m) or geo.contains(m, market) for m in named
        )

    return in_play


def find(ctx: Context, found: Found) -> list[Statement]:
    """The article's market statements, about markets the facts found before tell of."""
    return market_statements(
        ctx,
        found["positions"],
        found["market_entries"],
        found["product_launches"],
        found["sales_channels"],
    )
