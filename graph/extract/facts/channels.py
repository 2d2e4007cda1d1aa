"""Sales channels: the shops, platforms and carriers that sell a company's goods in a market."""

from __future__ import annotations

import re
from functools import cache

from graph.extract.analysis import Context
from graph.extract.entities import OrgMention, _product_noun_re
from graph.extract.facts.clauses import relative_clauses
from graph.extract.facts.common import continues_focus, evidence_of, refers_to_focus
from graph.extract.facts.found import Found
from graph.extract.facts.markets import sentence_markets
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import (
    coordinated_runs,
    coordination_re,
    joint_re,
    next_break,
    relative_after,
    sold_through,
    sold_to,
    through_re,
)
from graph.extract.text import Sentence, has_cue
from graph.model import SalesChannel

Channels = dict[tuple[str, str, str, str | None], SalesChannel]


def sales_channels(ctx: Context, with_products_only: bool = False) -> list[SalesChannel]:
    """Shops, platforms and carriers that sell the article's company's goods in a market;
    with ``with_products_only``, only in sentences that name one of its products. An
    article on a shop or carrier tells of the makers whose goods it sells."""
    out: Channels = {}
    focus = ctx.focus
    focus_kind = next((o.kind for o in ctx.orgs if o.name == focus), None)
    out.update(_makers_sold_by_shops(ctx))
    if not focus or focus_kind not in ("company", "retailer"):
        return list(out.values())
    # a chain names other shops as rivals ("competes with Aldi and Walmart"); it sells
    # through one only when a word says so: "via the e-commerce platform Myntra"
    through = through_re(ctx.L) if focus_kind == "retailer" else None
    for s in ctx.sentences:
        retailers = _selling_shops(ctx, s, through)
        if not retailers or not _sells_the_goods_here(ctx, s, through, with_products_only):
            continue
        # "La compañía, que opera en España y Portugal, abrirá … en alianza con Esselunga":
        # where it is already is no market of the channel
        markets = sentence_markets(ctx, s, relative_clauses(ctx, s)) or (
            [ctx.main_market] if ctx.main_market else []
        )
        markets = [m for m in markets if len(m) == 2]  # channels are national
        for r, channels in _channels_of(ctx, s, retailers):
            for market in markets:
                for ch in channels:
                    out[(focus, market, r.name, ch)] = SalesChannel(
                        focus,
                        market,
                        r.name,
                        ch,  # type: ignore[arg-type]
                        evidence_of(s),
                    )
    return list(out.values())


def _selling_shops(ctx: Context, s: Sentence, through: re.Pattern[str] | None) -> list[OrgMention]:
    """The shops and carriers of a sentence that may sell the company's goods: not the
    company, one a word of selling through leads to (``through``, when given), no buyer."""
    text = ctx.document.text
    return [
        o
        for o in ctx.within(ctx.orgs, s)
        if o.kind in ("retailer", "carrier")
        and o.name != ctx.focus
        and (through is None or sold_through(through, text[max(s.start, o.start - 60) : o.start]))
        # "is to sell 10 of its A350 to Spanish carrier Air Europe": a buyer
        and not sold_to(ctx.L, text[max(s.start, o.start - 120) : o.start])
    ]


def _sells_the_goods_here(
    ctx: Context, s: Sentence, through: re.Pattern[str] | None, with_products_only: bool
) -> bool:
    """The sentence tells of selling the company's goods (one of its products, with
    ``with_products_only``; the chain itself, for a chain's channel), not denied."""
    if not has_cue(s.text, ctx.L.SELL_CUES):
        return False
    if with_products_only and not any(
        p.maker in (None, ctx.focus) for p in ctx.within(ctx.products, s)
    ):
        return False
    if through is not None and not (
        any(o.name == ctx.focus for o in ctx.within(ctx.orgs, s)) or refers_to_focus(ctx, s)
    ):
        return False  # a chain's channel: in a sentence on the chain
    affirmed = re.sub(r"\b(?:nicht|not|no)(?: mehr)? (?:nur|only|solo)\b", "", s.text)
    # "is not among the launch partners", "ob … ins Sortiment nehmen, ist offen"
    return not has_cue(affirmed, ctx.L.NEGATION_CUES, whole=True)


def _channels_of(
    ctx: Context, s: Sentence, retailers: list[OrgMention]
) -> list[tuple[OrgMention, list[str | None]]]:
    """Each shop with its channels, online or offline (None: a carrier's, unsaid), in
    text order."""
    L, text = ctx.L, ctx.document.text
    online, offline = L.ONLINE_CUES, L.OFFLINE_CUES
    whole_online = has_cue(s.text, online)
    whole_offline = has_cue(s.text, offline)
    several = len({r.name for r in retailers}) > 1
    out = []
    for run in coordinated_runs(text, retailers, L):
        # the channel words of shops named together ("online at MediaMarkt and Saturn")
        # are all of theirs; each shop's words run up to the "and" before the next
        # shop ("in Falabella's stores and on Mercado Libre") or after it
        words = " ".join(_own_words(text, s, r, retailers, L) for r in run)
        # "its online store", "su tienda en línea": a shop of the web, not a street's
        shops = _online_shop_re(L).sub(" online ", words)
        said: list[str | None] = [
            ch for ch, cue in (("online", online), ("offline", offline)) if has_cue(shops, cue)
        ]
        for r in run:
            out.append((r, list(said) or _unsaid_channels(r, several, whole_online, whole_offline)))
    return out


def _unsaid_channels(
    r: OrgMention, several: bool, whole_online: bool, whole_offline: bool
) -> list[str | None]:
    """A shop's channel where its words say nothing: an online shop sells online; else a
    lone shop takes the sentence's words, one of several what it is ("bei MediaMarkt und
    Saturn sowie online über Amazon": the online is Amazon's)."""
    if r.industry == "ecommerce" or (not several and whole_online and not whole_offline):
        return ["online"]
    if not several and whole_offline and not whole_online:
        return ["offline"]
    if r.kind == "carrier":
        return [None]
    return ["offline"]


def _makers_sold_by_shops(ctx: Context) -> Channels:
    """The makers whose goods a shop or carrier sells, as a sentence says after a product
    noun ("O2 no ha incluido ningún móvil de Huawei. En su lugar, comercializará tres
    móviles 5G de Samsung y uno de Xiaomi", "Vodafone will sell handsets from Nokia and
    Samsung"): the seller is the shop or carrier the sentence names, else the one the
    sentence before it named last (its subject goes on), else the article's shop."""
    L = ctx.L
    out: Channels = {}
    if not L.MAKER_PREPOSITIONS:
        return out
    focus_is_shop = any(o.name == ctx.focus and o.kind in _SHOPS for o in ctx.orgs)
    previous: Sentence | None = None
    for s in ctx.sentences:
        before, previous = previous, s
        if not has_cue(s.text, L.SELL_CUES):
            continue
        named = ctx.within(ctx.orgs, s)
        makers = _makers_named(ctx, s, named)
        if not makers:
            continue
        sellers = _sellers(ctx, s, before, named, makers, focus_is_shop)
        if not sellers:
            continue
        markets = sentence_markets(ctx, s, relative_clauses(ctx, s)) or (
            [ctx.main_market] if ctx.main_market else []
        )
        for maker in sorted({o.name for o in makers} - set(sellers)):
            for market in (m for m in markets if len(m) == 2):
                key = (maker, market, sellers[-1], None)
                out[key] = SalesChannel(maker, market, sellers[-1], None, evidence_of(s))
    return out


_SHOPS = ("retailer", "carrier")


def _makers_named(ctx: Context, s: Sentence, named: list[OrgMention]) -> list[OrgMention]:
    """The companies named as makers after a product noun ("móviles 5G de Samsung",
    "handsets from Nokia"), and those named together with them ("Nokia and Samsung")."""
    L, text = ctx.L, ctx.document.text
    nouns = _product_noun_re(L)  # matched against lower-cased text
    makers = [
        o
        for o in named
        if o.kind == "company"
        and _maker_before(L).search(text, max(s.start, o.start - 12), o.start)
        and nouns.search(text[max(s.start, o.start - 40) : o.start].lower())
    ]
    if not makers:
        return makers
    makers += [
        x
        for run in coordinated_runs(text, [o for o in named if o.kind == "company"], L)
        if any(m in run for m in makers)
        for x in run
        if x not in makers
    ]
    return makers


def _sellers(
    ctx: Context,
    s: Sentence,
    before: Sentence | None,
    named: list[OrgMention],
    makers: list[OrgMention],
    focus_is_shop: bool,
) -> list[str]:
    """Who sells the makers' goods: the shops named before the first maker, else (no shop
    named in the sentence) the last the sentence before named in the same paragraph, else
    the article's shop when the sentence goes on telling of it."""
    sellers = [o.name for o in named if o.kind in _SHOPS and o.end <= makers[0].start]
    if not sellers and not any(o.kind in _SHOPS for o in named):
        if before is not None and before.paragraph == s.paragraph:
            sellers = [o.name for o in ctx.within(ctx.orgs, before) if o.kind in _SHOPS][-1:]
        if not sellers and focus_is_shop and continues_focus(ctx, s):
            sellers = [ctx.focus or ""]
    return sellers


@cache
def _maker_before(L: Lexicon) -> re.Pattern[str]:
    """A maker's preposition right before a name ("de Samsung", "from Nokia")."""
    words = "|".join(re.escape(w) for w in L.MAKER_PREPOSITIONS) or "(?!)"
    return re.compile(rf"\b(?:{words})[ ]$")


@cache
def _online_shop_re(L: Lexicon) -> re.Pattern[str]:
    """A shop word with an online word before or after it ("online store", "Online-Shop",
    "tienda en línea")."""
    online = "|".join(map(re.escape, L.ONLINE_CUES)) or "(?!)"
    offline = "|".join(map(re.escape, L.OFFLINE_CUES)) or "(?!)"
    return re.compile(rf"(?i)\b(?:(?:{online})[ -]?(?:{offline})|(?:{offline})[ ](?:{online}))\b")


def _own_words(
    text: str, s: Sentence, r: OrgMention, retailers: list[OrgMention], L: Lexicon
) -> str:
    """A shop's words: from the "and" after the shop before it (or its clause's start) to
    the "and" before the next shop (or the first "and" after it, or its clause's end)."""
    others = [o for o in retailers if o.name != r.name]
    before = [o for o in others if o.end <= r.start]
    after = [o for o in others if o.start >= r.end]
    left = _joint(text, max(before, key=lambda o: o.end), r, L)[1] if before else s.start
    left = max(left, _clause_start(text, s, r))
    if not before:
        # "online über die eigene Website sowie bei Händlern wie MediaMarkt": the shop's
        # words begin after the last list conjunction before it
        joints = [j.end() for j in _conjunction_re(L).finditer(text, left, r.start)]
        left = max([left, *joints])
    if not after and (relative := relative_after(L).match(text, r.end, s.end)):
        # "and at MediaMarkt, which will carry them both in its stores and on its website"
        return text[left : next_break(text, relative.end(), s.end)]
    if after:
        right = _joint(text, r, min(after, key=lambda o: o.start), L)[0]
    else:  # "MediaMarkt y en su tienda en línea": the list goes on without a shop
        joint = coordination_re(L).search(text, r.end, s.end)
        right = joint.start() if joint else s.end
    return text[left : min(right, _clause_end(text, s, r))]


@cache
def _conjunction_re(L: Lexicon) -> re.Pattern[str]:
    conjunctions = "|".join(re.escape(c) for c in L.LIST_CONJUNCTIONS) or "(?!)"
    return re.compile(rf"\b(?:{conjunctions})\b", re.IGNORECASE)


def _joint(text: str, first: OrgMention, second: OrgMention, L: Lexicon) -> tuple[int, int]:
    """Where the words of the first of two names end and the second's begin: at the
    last "and" between them, else both own all of it."""
    joints = list(joint_re(L).finditer(text, first.end, second.start))
    if not joints:
        return second.start, first.end
    return joints[-1].start(), joints[-1].end()


def _clause_start(text: str, s: Sentence, o: OrgMention) -> int:
    """Where the clause around a mention begins: after the last , ; or : before it."""
    return max(max(text.rfind(c, s.start, o.start) for c in ",;:") + 1, s.start)


def _clause_end(text: str, s: Sentence, o: OrgMention) -> int:
    """Where the clause around a mention ends: at the next , or ; after it."""
    return next_break(text, o.end, s.end)


def find(ctx: Context, found: Found) -> list[SalesChannel]:
    """The article's sales channels."""
    # shops count as the company's channels in an article on its moves into markets; in
    # other news they are the shops' own ("Neither Vodafone or T-Mobile offer a free
    # back-up service", "a Tesco distribution centre")
    moves = any(e.company == ctx.focus for e in found["market_entries"]) or any(
        x.company == ctx.focus for x in found["product_launches"]
    )
    # without a move, a shop sells the company's goods where a sentence names one of its
    # products with the shop ("el Nova X ya se vende también a través de Movistar")
    return sales_channels(ctx, with_products_only=not moves)
