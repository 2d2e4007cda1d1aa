"""Which company acts on which place of a sentence."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from graph.extract.analysis import ACTOR_KINDS, Context, Place
from graph.extract.entities import OrgMention, overlaps
from graph.extract.facts.common import continues_focus
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import (
    coordinated_runs,
    coordination_re,
    next_break,
    relative_after,
    sold_to,
)
from graph.extract.text import Sentence, has_cue, sentence_at, sentence_starts, word_cue_re


@cache
def _own_re(L: Lexicon) -> re.Pattern[str]:
    """Words making the next name no actor, right before it: the company's own channel
    ("eigene"), or unit ("seiner Tochter Billa"), or a supplier ("technology from")."""
    cues = (*L.OWN_CUES, *L.SUPPLIER_CUES)
    own = "|".join(re.escape(w) for w in sorted(cues, key=len, reverse=True)) or "(?!)"
    units = "|".join(re.escape(w) for w in L.UNIT_NOUNS) or "(?!)"
    return re.compile(rf"(?i:\b(?:{own}))\s+(?:(?:{units})\w*\s+)?$")


def _described_company(ctx: Context, s: Sentence, place: Place) -> str | None:
    """The company a word with a home refers to, before the place ("the European company",
    "the US firm"): of the last sentence before naming a company whose home is that
    country or lies in that region, the first such company (the subject comes first:
    "Airbus signed deals with two Indian airlines - Air Deccan and Kingfisher")."""
    from graph import geo  # noqa: PLC0415

    text = ctx.document.text
    noun = _home_noun_re(ctx.L)
    homes = [
        p for p in ctx.within(ctx.places, s) if p.end <= place.start and noun.match(text, p.end)
    ]
    if not homes:
        return None
    code = homes[-1].code

    def described(name: str) -> bool:
        home = ctx.home.get(name)
        return home is not None and (home == code or geo.contains(code, home))

    if ctx.focus and described(ctx.focus):
        return ctx.focus  # the article's company, when the words fit it
    fitting = [o for o in ctx.orgs if o.end <= s.start and o.kind in ACTOR_KINDS]
    fitting = [o for o in fitting if described(o.name)]
    if not fitting:
        return None
    last = sentence_at(ctx.sentences, max(o.start for o in fitting))
    return min(
        (o for o in fitting if last is None or o.start >= last.start), key=lambda o: o.start
    ).name


@cache
def _home_noun_re(L: Lexicon) -> re.Pattern[str]:
    """A company noun right after a home adjective, one word between at most."""
    nouns = "|".join(map(re.escape, L.ORG_ANAPHORA)) or "(?!)"
    return re.compile(rf"(?i)\s+(?:[\w-]+\s+)?(?:{nouns})\b")


def _anaphor_outside_names(ctx: Context, s: Sentence) -> bool:
    """A word referring to a company stands in the sentence, not inside a name ("the bank",
    not the "Bank" of "World Bank")."""
    anaphora = word_cue_re(ctx.L.ORG_ANAPHORA, whole=True)
    names = [(o.start, o.end) for o in ctx.within(ctx.orgs, s)]
    return any(
        not overlaps(m.start(), m.end(), names)
        for m in anaphora.finditer(ctx.document.text, s.start, s.end)
    )


def _refers_before(ctx: Context, s: Sentence, name: OrgMention) -> bool:
    """A word referring to a company ("the company") comes before ``name`` in the
    sentence, and is not the word that describes it ("listed company Yukos")."""
    anaphora = word_cue_re(ctx.L.ORG_ANAPHORA, whole=True)
    text = ctx.document.text
    return any(
        text[m.end() : name.start].strip() for m in anaphora.finditer(text, s.start, name.start)
    )


def actors_of_places(
    ctx: Context, s: Sentence, places: list[Place], titles: Sequence[tuple[int, int]] = ()
) -> dict[str, list[Place]]:
    """Which company acts on which place of a sentence: the focus company when it is named,
    else each place's nearest company before it ("Ikea opens in Chile, and Zara in Peru"),
    else the focus company when a word refers to it before the place, else the first
    company named, else the focus company."""
    named = _acting_names(ctx, s, titles)
    # "Anheuser-Busch sells less beer than Inbev": the yardstick does not act, nor does
    # the article's company stand behind the sentence when it is one
    compared = {o.name for o in ctx.within(ctx.orgs, s) if _compared(ctx, s, o)}
    focus_named = ctx.focus is not None and any(o.name == ctx.focus for o in named)
    partners = {
        o.name: tuple(dict.fromkeys(x.name for x in run))
        for run in coordinated_runs(ctx.document.text, named, ctx.L)
        if len({x.name for x in run}) > 1
        for o in run
    }
    out: dict[str, list[Place]] = defaultdict(list)
    for place in places:
        company = _actor_of(ctx, s, place, named, focus_named, compared)
        if company is None:
            continue
        # "NIO and XPeng said they would start selling cars in Germany": all of them
        for name in partners.get(company, (company,)):
            out[name].append(place)
    return out


def _acting_names(ctx: Context, s: Sentence, titles: Sequence[tuple[int, int]]) -> list[OrgMention]:
    """The companies a sentence names that may act in it, in text order; a part of the
    article's company named as the company."""
    own = _own_re(ctx.L)
    named = [o for o in ctx.within(ctx.orgs, s) if _may_act(ctx, s, o, own)]
    listed = _listed_retailers(ctx, s)
    # "Movistar" in "Movistar Play": the product's brand, not the one acting
    products = [(p.start, p.end) for p in ctx.within(ctx.products, s) if p.maker]
    named = [
        o
        for o in named
        if o.name not in listed
        and not any(a <= o.start and o.end < b for a, b in products)
        # "Emma Hernell, deputy chief executive of HUI Research, said …": an employer
        # named in a person's title acts only if it is the article's company
        and (o.name == ctx.focus or not any(a <= o.start and o.end <= b for a, b in titles))
    ]
    # "Inditex, dueño de Zara, Massimo Dutti y Pull&Bear, abrió …": the owner acts
    owned = _owned(ctx, s, named)
    if len(owned) < len(named):
        named = [o for o in named if id(o) not in owned]
    # "two Mi Stores open in Madrid": the company's own store brand ("Xiaomi Store") or a
    # unit named with its name ("Aldi Sud will open in Italy") acts as the company
    return [replace(o, name=ctx.focus) if _part_of(o, ctx.focus) else o for o in named]


def _may_act(ctx: Context, s: Sentence, o: OrgMention, own: re.Pattern[str]) -> bool:
    """A company, no channel or unit of another's, no buyer of what another sells, no firm
    that reports and no yardstick of a comparison."""
    text = ctx.document.text
    return (
        o.kind in ACTOR_KINDS
        and not own.search(text[max(s.start, o.start - 20) : o.start])
        # "verkauft seine Filialen in Bulgarien an den Konkurrenten Lidl": the buyer does
        # not make the seller's move
        and not sold_to(ctx.L, text[max(s.start, o.start - 120) : o.start])
        # "the British Retail Consortium and accountants KPMG said": a firm that reports
        and not _group_noun_before_re(ctx.L).search(text, max(s.start, o.start - 30), o.start)
        and not _compared(ctx, s, o)
    )


def _actor_of(
    ctx: Context,
    s: Sentence,
    place: Place,
    named: list[OrgMention],
    focus_named: bool,
    compared: set[str],
) -> str | None:
    """The company acting on one place; None when no company does. The checks run in
    order, the first that finds one decides."""
    if teller := _relative_clause_of(ctx, s, named, place):
        # "Aldi faces rival Lidl, which has operated in the US since 2017": Lidl's
        return teller.name
    if focus_named and ctx.focus:
        return ctx.focus
    if named:
        return _named_actor(ctx, s, place, named)
    if described := _described_company(ctx, s, place):
        return described  # "the European company" after Boeing and Airbus: Airbus
    if (subject := _pronoun_subject(ctx, s)) is not None:
        # "The LSE has been working hard to woo Chinese companies. It opened an office
        # in Hong Kong": the subject before, not the article's company
        return subject.name if subject.kind in ACTOR_KINDS else None
    if ctx.focus and ctx.focus not in compared and _focus_goes_on(ctx, s, place):
        return ctx.focus
    return None


def _named_actor(ctx: Context, s: Sentence, place: Place, named: list[OrgMention]) -> str:
    """Of the companies named, the one acting on the place: the last before it."""
    # "Nubank, the Brazilian bank backed by Berkshire Hathaway, has operated in
    # Mexico": a name inside an apposition does not act
    before = [o for o in named if o.end <= place.start and not _in_apposition(ctx, s, o)]
    if before:
        return before[-1].name
    if ctx.focus and _refers_before(ctx, s, named[0]):
        # "The company entered Germany by buying Interspar": it, not what it
        # bought; "At a launch event in Madrid, the Beijing-based company presented
        # … Google's Android": the subject before any name, wherever the place is
        return ctx.focus
    return named[0].name


def _focus_goes_on(ctx: Context, s: Sentence, place: Place) -> bool:
    """A sentence naming no company tells of the article's company: it goes on telling of
    it, and no institution named before the place tells its own news ("Early estimates
    from the World Bank put the aid needed for Sri Lanka …") unless a word refers to a
    company outside the names."""
    in_sentence = ctx.within(ctx.orgs, s)
    return continues_focus(ctx, s) and (
        not any(o.kind == "other" and o.end <= place.start for o in in_sentence)
        or _anaphor_outside_names(ctx, s)
    )


def _relative_clause_of(
    ctx: Context, s: Sentence, named: list[OrgMention], place: Place
) -> OrgMention | None:
    """The company whose relative clause ", which …" holds the place (up to the clause's
    next comma or semicolon), when no other company is named between them."""
    before = [o for o in named if o.end <= place.start]
    if not before:
        return None
    o = before[-1]
    text = ctx.document.text
    relative = relative_after(ctx.L).match(text, o.end, place.start)
    if relative is None:
        return None
    return o if place.start < next_break(text, relative.end(), s.end) else None


def _pronoun_subject(ctx: Context, s: Sentence) -> OrgMention | None:
    """The organisation a sentence's opening pronoun ("It opened …") refers to, when
    the sentence before opens with one other than the article's company ("The LSE has
    been …"); None when that is the article's company or no organisation opens it."""
    pronouns = ctx.L.SUBJECT_PRONOUNS
    if not pronouns or not word_cue_re(pronouns, whole=True).match(s.text):
        return None
    index = bisect.bisect_left(sentence_starts(ctx.sentences), s.start)
    if not index:
        return None
    previous = ctx.sentences[index - 1]
    first = min(ctx.within(ctx.orgs, previous), key=lambda o: o.start, default=None)
    if (
        first is None
        or first.name == ctx.focus
        or len(ctx.document.text[previous.start : first.start].split()) > 1
    ):
        return None  # at most an article before the name: the subject
    return first


def _compared(ctx: Context, s: Sentence, o: OrgMention) -> bool:
    return bool(_compared_re(ctx.L).search(ctx.document.text, max(s.start, o.start - 8), o.start))


@cache
def _compared_re(L: Lexicon) -> re.Pattern[str]:
    """A comparison's word right before a name ("than Inbev", "als Lidl")."""
    words = "|".join(map(re.escape, L.COMPARED_BEFORE_NAME)) or "(?!)"
    return re.compile(rf"\b(?:{words})[ ]+$")


@cache
def _group_noun_before_re(L: Lexicon) -> re.Pattern[str]:
    """Analysts, accountants, consultants right before a name ("accountants KPMG")."""
    nouns = "|".join(map(re.escape, L.GROUP_NOUNS)) or "(?!)"
    return re.compile(rf"(?i)\b(?:{nouns})[ ]+$")


def _in_apposition(ctx: Context, s: Sentence, o: OrgMention) -> bool:
    """True when ``o`` stands in an apposition after another organisation's name, between
    commas ("Nubank, the Brazilian digital bank backed by Berkshire Hathaway, has …")."""
    text = ctx.document.text
    for other in ctx.within(ctx.orgs, s):
        if other.end <= o.start:
            m = _apposition_re(ctx.L).match(text, other.end, s.end)
            if m and other.end < o.start and o.end <= m.end():
                return True
    return False


@cache
def _apposition_re(L: Lexicon) -> re.Pattern[str]:
    # "Nubank, the Brazilian digital bank …,"; "Temu, owned by PDD Holdings,"
    openers = (*L.ROLE_ARTICLES, *L.APPOSITION_PARTICIPLES)
    body = "|".join(map(re.escape, openers)) or "(?!)"
    return re.compile(rf"[ ]*,[ ]*(?:{body})[ ][^,;.]{{3,120}}?,")


def _owned(ctx: Context, s: Sentence, named: list[OrgMention]) -> set[int]:
    """The companies a sentence names as another's ("owner of Zara", "dueño de Zara,
    Massimo Dutti y Pull&Bear"): the first right after the word, and those listed with it
    (their ``id``)."""
    cues = ctx.L.OWNER_OF_CUES
    if not cues:
        return set()
    text = ctx.document.text
    joined = coordination_re(ctx.L)
    out: set[int] = set()
    for cue in word_cue_re(cues).finditer(s.text):
        at = s.start + cue.end()
        for o in sorted((o for o in named if o.start >= at), key=lambda o: o.start):
            if not text[at : o.start].strip() or (out and joined.fullmatch(text[at : o.start])):
                out.add(id(o))
                at = o.end
            else:
                break
    # "Zara owner Inditex", "Zara-Mutter Inditex": the name before the owner's word
    owner_nouns = ctx.L.OWNER_NOUNS
    if owner_nouns:
        starts = {o.start for o in named}
        noun_re = word_cue_re(owner_nouns, whole=True)
        for o in named:
            m = _OWNER_GAP.match(text, o.end)
            if m and noun_re.fullmatch(m.group(1)) and m.end() in starts:
                out.add(id(o))
    return out


_OWNER_GAP = re.compile(r"[ -](\w+(?:[ ]company)?)[ ]")


def _part_of(o: OrgMention, company: str | None) -> bool:
    """``o`` is a part of ``company``: one of its names holds the company's whole name as
    words, as a chain of its own stores ("Mi Store", also "Xiaomi Store") or a unit ("Aldi
    Süd", "Amazon Web Services") is named."""
    if not company or o.name == company:
        return False
    whole = _words(company)  # a longer name holding it; the same name is no part
    return any(whole in words and words != whole for words in map(_words, (o.name, *o.aliases)))


@cache
def _words(name: str) -> str:
    """A name's words between spaces, to find a name's words in another's: " Aldi Süd "."""
    return " " + " ".join(_NAME_SPLIT.split(name)) + " "


_NAME_SPLIT = re.compile(r"[^\w&+'-]+")


def _listed_retailers(ctx: Context, s: Sentence) -> set[str]:
    """Retailers and carriers named as sales partners in a sentence (not actors)."""
    sell = ctx.L.SELL_CUES
    return {
        o.name
        for o in ctx.within(ctx.orgs, s)
        if o.kind in ("retailer", "carrier")
        and o.name != ctx.focus
        and (
            has_cue(before := ctx.document.text[max(s.start, o.start - 60) : o.start], sell)
            # list words are whole words: "wie" is not the "Wien" of "Wien (APA) - Rewe"
            or has_cue(before, ctx.L.LIST_CUES, whole=True)
        )
    }
