"""The home countries of the article's companies, and the places that name a home, not a
market ("der chinesische Elektronikkonzern Xiaomi")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from graph.extract.analysis import ACTOR_KINDS, Context, Place
from graph.extract.entities import OrgMention
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import PHRASE_END
from graph.extract.text import ByStart, has_cue

# after a place adjective: one to three lower-case words, then a capitalised name
_APPOSITION = re.compile(r"((?:[ ][a-z][a-z\-]*){1,3})[ ](?=[A-Z])")


def _describes_the_name(words: str, anaphora: tuple[str, ...], stopwords: frozenset[str]) -> bool:
    """True when the lower-case ``words`` between a place adjective and a name describe
    the name: no function word among them, and a company word only as the last ("Indian
    oil firm eyes Yukos" is a headline's clause)."""
    split = words.split()
    return not stopwords.intersection(split) and not any(
        has_cue(word, anaphora) for word in split[:-1]
    )


@dataclass(frozen=True)
class _HomeWords:
    """The words of one language that tell a company's home."""

    anaphora: tuple[str, ...]  # company words: "Konzern", "maker", and descriptors
    home_cues: tuple[str, ...]
    stopwords: frozenset[str]
    stores: tuple[str, ...]
    through: tuple[str, ...]
    article_end: re.Pattern[str]
    noun_next: re.Pattern[str]


@cache
def _home_words(L: Lexicon) -> _HomeWords:
    article_end, noun_next = _described_home_res(L)
    return _HomeWords(
        L.ORG_ANAPHORA + tuple(L.ORG_DESCRIPTORS),
        L.HOME_CUES,
        L.STOPWORDS,
        L.CITY_ENTRY_CUES,
        L.THROUGH_CUES,
        article_end,
        noun_next,
    )


def home_countries(ctx: Context) -> tuple[dict[str, str], list[Place]]:
    """The companies' homes (organisation name → country), and the places with those that
    name a home marked (``Place.home``): an adjective or name right before a company word
    gives the company's home ("der chinesische Elektronikkonzern Xiaomi", "the Chinese
    smartphone maker")."""
    words = _home_words(ctx.L)
    orgs = ByStart(ctx.orgs)
    home: dict[str, str] = {}
    _homes_in_names(ctx, home)
    places = [
        replace(p, home=True) if _home_named_by(ctx, p, orgs, words, home) else p
        for p in ctx.places
    ]
    # the article's anonymous "chinesischer Konzern" is the focus company
    if "" in home:
        home["__anonymous__"] = home.pop("")
    return home, places


def _homes_in_names(ctx: Context, home: dict[str, str]) -> None:
    """The gazetteer's home of each organisation, else the one country its own name names
    ("Flughafen Wien AG", "Telecom Italia", "Deutsche Bahn")."""
    for o in ctx.orgs:
        if o.country:
            home.setdefault(o.name, o.country)
        elif o.kind in ACTOR_KINDS and o.name not in home:
            named = _country_in_name(o.name, ctx.language)
            if named:
                home[o.name] = named


def _home_named_by(
    ctx: Context, p: Place, orgs: ByStart, words: _HomeWords, home: dict[str, str]
) -> bool:
    """Whether the place names a home, not a market; whose home it is goes to ``home``."""
    text = ctx.document.text
    after = text[p.end : p.end + 60]
    before = text[max(0, p.start - 40) : p.start]
    # "la china BYD", not "del regulador indio, IN-SPACe,": no comma between
    next_org = next(
        (o for o in orgs.between(p.end + 1, p.end + 3) if not text[p.end : o.start].strip()),
        None,
    )
    # "its first Indian store", "its Southeast Asian business": the company's part there
    unit = p.form == "adjective" and (
        has_cue(after[:12], words.stores) or _owns_a_unit_there(before, after, ctx.L)
    )
    apposition = _APPOSITION.match(text, p.end) if p.form == "adjective" else None
    # "France's Pernod Ricard": a country's own
    possessive = text[p.end - 2 : p.end] in ("'s", "’s")
    is_home = False
    if next_org is not None and (p.form == "adjective" or possessive):
        is_home = _home_of_the_next_name(ctx, p, next_org, words, home)
    elif (
        apposition
        and not unit
        and _describes_the_name(apposition.group(1), words.anaphora, words.stopwords)
    ):
        is_home = _home_of_the_described_name(p, orgs, apposition, home)
    elif (
        p.form == "adjective"
        and re.match(r"[\w-]*\s+[\w-]", after)  # words follow: "indio, IN-SPACe" no
        and not unit
    ):
        is_home = _home_of_a_company_noun(ctx, p, before, after, words, home)
    elif p.form != "adjective" and next_org is None:
        is_home = _home_before_a_descriptor(ctx, p, orgs, before, after, words, home)
    if words.home_cues and has_cue(before[-25:], words.home_cues):
        is_home = True
    return is_home


def _home_of_the_next_name(
    ctx: Context, p: Place, next_org: OrgMention, words: _HomeWords, home: dict[str, str]
) -> bool:
    """ "la china BYD", "the Swedish Ericsson": the adjective gives the name's home."""
    # not "österreichischen Facebook-Nutzern": the name begins a compound whose
    # head is no company word ("die chinesische Xiaomi-Gruppe" is Xiaomi)
    text = ctx.document.text
    head = re.match(r"-([\w-]*)", text[next_org.end : next_org.end + 30])
    if head is None or has_cue(head.group(1).split("-")[-1], words.anaphora, heads=True):
        home.setdefault(next_org.name, p.code)
    return True


def _home_of_the_described_name(
    p: Place, orgs: ByStart, apposition: re.Match[str], home: dict[str, str]
) -> bool:
    """ "Australian winemaker Southcorp", "Korean phone vendor Pantech": the adjective
    describes the name after the words, known or not."""
    org = next(iter(orgs.between(apposition.end(1) + 1, apposition.end(1) + 2)), None)
    if org is not None and org.kind in ACTOR_KINDS:
        home.setdefault(org.name, p.code)
    return True


def _home_of_a_company_noun(
    ctx: Context, p: Place, before: str, after: str, words: _HomeWords, home: dict[str, str]
) -> bool:
    """ "the Chinese smartphone maker"; but "its first Indian store ..., the company said"
    names a market: a store follows the adjective."""
    anaphora, stopwords = words.anaphora, words.stopwords
    # the adjective's phrase ends at a comma ("auf dem polnischen Markt, teilte das
    # Unternehmen mit": the company noun is another clause's)
    window = PHRASE_END.split(after[:45], maxsplit=1)[0]
    org = next((o for o in ctx.orgs if p.end <= o.start <= p.end + len(window)), None)
    # "the Polish distributor of Nintendo products", "die ukrainische Tochter der
    # RBI", "the German arm of US carmaker General Motors": the adjective describes
    # another, unnamed company ("el fabricante chino de coches BYD" is BYD)
    another = org is not None and _not_described_by(ctx, p, org, stopwords)
    org = None if another else org
    # "Boeing's great European competitor": another's, not the article's company
    another = another or bool(_OWNER_BEFORE.search(before))
    # "der chinesische Konzern", "the Chinese maker", "el fabricante estadounidense Tesla"
    if not (
        has_cue(window, anaphora) or has_cue(before[-20:], anaphora) or re.match(r"-based\b", after)
    ):
        return False
    target = org.name if org and org.kind in ACTOR_KINDS else None
    if target:
        home.setdefault(target, p.code)
    elif not another and (
        # one company, not "Greek firms" or "die ukrainischen Banken"
        has_cue(window, anaphora, whole=True) or has_cue(before[-20:], anaphora, whole=True)
    ):
        home.setdefault("", p.code)
    return True


def _home_before_a_descriptor(
    ctx: Context,
    p: Place,
    orgs: ByStart,
    before: str,
    after: str,
    words: _HomeWords,
    home: dict[str, str],
) -> bool:
    """ "US phone firm MCI", "UK-based bank Standard Chartered", "US-Konzern Apple": a
    country's name, a company descriptor, then the company."""
    text = ctx.document.text
    org = next(iter(orgs.between(p.end + 1, p.end + 46)), None)
    if (
        org is not None
        and org.kind in ACTOR_KINDS
        and _describes(text[p.end : org.start], words.anaphora, words.stopwords)
        # "in Mexico next month through carrier Telcel": a route, no descriptor
        and not has_cue(text[p.end : org.start], words.through, whole=True)
    ):
        home.setdefault(org.name, p.code)
        return True
    # "The UK chain will sell …": whose home, not a market
    return bool(words.article_end.search(before) and words.noun_next.match(after))


_OWNER_BEFORE = re.compile(r"\w['’]s\s+(?:[a-z]+\s+)?$")


@cache
def _described_home_res(L: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An article ending the text before a country's name, and a company noun right after
    it ("The UK chain", "a US group")."""
    articles = "|".join(map(re.escape, L.ROLE_ARTICLES)) or "(?!)"
    nouns = L.ORG_ANAPHORA + tuple(L.ORG_DESCRIPTORS)
    words = "|".join(map(re.escape, nouns)) or "(?!)"
    return (
        re.compile(rf"(?i)\b(?:{articles})\s+$"),
        re.compile(rf"(?:-based)?\s+(?:{words})\b"),
    )


def _owns_a_unit_there(before: str, after: str, L: Lexicon) -> bool:
    """ "its Southeast Asian business", "sein Russland-Geschäft", "su filial brasileña": the
    company's part in a market, not the company's home (a possessive before the adjective
    and a unit after it, or both before it)."""
    possessives = L.POSSESSIVES
    units = L.UNIT_NOUNS
    words = before.split()
    if not (possessives and units and words):
        return False
    if has_cue(words[-1], possessives, whole=True):
        return has_cue(after[:16].lstrip(" -"), units)
    return (
        len(words) >= 2
        and has_cue(words[-2], possessives, whole=True)
        and has_cue(words[-1], units, whole=True)
    )


@cache
def _country_in_name(name: str, language: str) -> str | None:
    """The one country an organisation's own name names (by name, adjective or big city)."""
    from graph import geo  # noqa: PLC0415

    codes = {p.code for p in geo.find_places(name, language)} | {
        c.code for c in geo.find_cities(name)
    }
    countries = {code for code in codes if len(code) == 2 and code != "EU"}
    return countries.pop() if len(countries) == 1 and codes == countries else None


def _not_described_by(ctx: Context, p: Place, org: OrgMention, stopwords: frozenset[str]) -> bool:
    """True when the company named after a place adjective is not the one it describes:
    a function word stands right before the name ("distributor of Nintendo", "Tochter
    der RBI", "economist for Deutsche Bank"), or another place between them ("den
    französischen Staat und den chinesischen Hersteller Dongfeng")."""
    words = ctx.document.text[p.end : org.start].split()
    return bool(words and words[-1].lower() in stopwords) or any(
        p.end <= q.start and q.end <= org.start for q in ctx.places if q is not p
    )


_DESCRIPTOR_JOINS = frozenset({"and", "und", "y", "&"})


def _describes(between: str, nouns: tuple[str, ...], stopwords: frozenset[str]) -> bool:
    """The words between a country's name and a company's are a descriptor ending in a
    company noun, or any after "-based": " phone firm ", "-based hedge fund ", "-Konzern ",
    "'s biggest oil exploration firm, " (at most four words, no function word: "its stores
    in Germany to rival Metro" says nothing of Metro)."""
    words = re.fullmatch(r"(?:-|\s+)((?:[\w-]+\s+){0,3}[\w-]+)(?:,\s+|\s+)", between)
    # "UK drinks and food firm Allied Domecq": a conjunction inside the descriptor, not
    # before it ("Germany and rival Metro")
    if words is None or any(
        w.lower() in stopwords and not (i > 0 and w in _DESCRIPTOR_JOINS)
        for i, w in enumerate(words.group(1).split())
    ):
        return False
    # "US-based hedge fund Atticus Capital", "London-based consultancy": "-based" says it
    return between.startswith("-based ") or has_cue(words.group(1).split()[-1], nouns, whole=True)
