"""The extractor: one document in, ArticleFacts out.

Stages, in order: language, sentences, places, dates, organisations, people,
products; then, per sentence, the facts that link them. Every fact keeps the
sentence it came from as evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lang
from graph.extract.analysis import ACTOR_KINDS, Context, Place
from graph.extract.dates import is_calendar_word
from graph.extract.entities import (
    OrgMention,
    SpanIndex,
    find_organizations,
    find_people,
    find_products,
    given_names,
    overlaps,
    person_references,
)
from graph.extract.facts.channels import sales_channels
from graph.extract.facts.entries import _dated_by_launches, _main_market, market_entries
from graph.extract.facts.launches import product_launches
from graph.extract.facts.named import _organizations
from graph.extract.facts.positions import executive_positions
from graph.extract.facts.statements import market_statements
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import (
    _PHRASE_END,
    _coordinated_runs,
    _coordination_re,
    _role_heads_re,
    _sold_through,
    _speech_re,
    _state_titles_re,
    _through_re,
)
from graph.extract.text import (
    ByStart,
    has_cue,
    name_re,
    sentence_at,
    split_sentences,
    word_cue_re,
)
from graph.model import (
    ArticleFacts,
    Document,
    Person,
    Product,
)

if TYPE_CHECKING:
    from graph.geo import PlaceMention


def warm_up() -> None:
    from graph import geo  # noqa: PLC0415
    from graph.extract import (
        dates,  # noqa: PLC0415
        words,  # noqa: PLC0415
    )
    from graph.gazetteer import Gazetteer  # noqa: PLC0415

    Gazetteer.default()
    words.warm_up()
    for code in lang.LANGUAGES:
        geo.find_places("", code)
        dates.find_dates("", code, None)


def extract_facts(document: Document) -> ArticleFacts:
    """Find organisations, people, products, markets and the facts that link them."""
    ctx = _context(document)
    entries = market_entries(ctx)
    ctx.main_market = _main_market(ctx, entries)
    launches = product_launches(ctx, entries)
    # shops count as the company's channels in an article on its moves into markets; in
    # other news they are the shops' own ("Neither Vodafone or T-Mobile offer a free
    # back-up service", "a Tesco distribution centre")
    moves = any(e.company == ctx.focus for e in entries) or any(
        x.company == ctx.focus for x in launches
    )
    # without a move, a shop sells the company's goods where a sentence names one of its
    # products with the shop ("el Nova X ya se vende también a través de Movistar")
    channels = sales_channels(ctx, with_products_only=not moves)
    entries = _dated_by_launches(entries, launches)
    positions = executive_positions(ctx)
    statements = market_statements(ctx, positions, entries, launches, channels)
    orgs = _organizations(ctx)
    people = {p.name: Person(p.name) for p in ctx.people}
    for name in {x.person for x in positions} | {x.person for x in statements}:
        people.setdefault(name, Person(name))
    if document.author:
        people.pop(document.author, None)
    products = {p.product: Product(p.product, p.company) for p in launches}
    return ArticleFacts(
        document=document,
        language=ctx.language,
        organizations=tuple(orgs),
        people=tuple(people.values()),
        products=tuple(products.values()),
        market_entries=tuple(entries),
        sales_channels=tuple(channels),
        product_launches=tuple(launches),
        positions=tuple(positions),
        statements=tuple(statements),
        markets=tuple(sorted({p.code for p in ctx.places})),
    )


def _context(document: Document) -> Context:
    from graph import geo  # noqa: PLC0415
    from graph.extract.dates import find_dates  # noqa: PLC0415

    text = document.text
    language = document.language
    if language not in lang.LANGUAGES:
        from graph.sources.language import detect_language  # noqa: PLC0415

        language = detect_language((document.title or "") + "\n" + text) or "en"
    L = lang.data(language)
    published = _date(document.published)
    sentences = split_sentences(text, L.SENTENCE_ABBREVIATIONS)
    # URLs and e-mail addresses are never names or places
    protected = [(m.start(), m.end()) for m in _addresses(text)]
    found_places = geo.find_places(text, language)
    # a name that is a territory ("EU", "Europäische Union") is a market, not an actor, and
    # so is a name inside a longer territory's ("EE" of the UK carrier in "EE UU")
    territories = SpanIndex((p.start, p.end) for p in found_places)
    orgs = [
        o
        for o in find_organizations(text, L, protected, document.publisher)
        if not geo.code_for(text[o.start : o.end])
        # a longer territory's name holds it: one beginning before it, or ending after it
        and not territories.covers(o.start - 1, o.end)
        and not territories.covers(o.start, o.end + 1)
    ]
    orgs = sorted(orgs + _named_after_a_country(text, found_places, orgs, L), key=lambda o: o.start)
    org_spans = [(o.start, o.end) for o in orgs]
    claimed = SpanIndex(org_spans + protected)
    places = [
        Place(p.start, p.end, p.code, p.form)
        for p in found_places
        if not claimed.overlaps(p.start, p.end)
        and p.code != "001"
        and not re.search(r"\b(?:New|Nueva|Nuevo|Neu)[ -]$", text[max(0, p.start - 6) : p.start])
        and not _names_a_sea(text, p.start, p.end, L)
        and not (p.form == "adjective" and _after_a_given_name(text, p.start))
    ]
    # a big city stands for its country ("opened a store in Athens"), unless the city is where
    # goods come from ("imported from Shanghai"); also where its sentence names the country,
    # which may be there for another reason ("su director para España, X")
    named = [(p.start, p.end) for p in places]
    origin = "|".join(re.escape(w) for w in L.ORIGIN_PREPOSITIONS) or "(?!)"
    nearby = ByStart(orgs)
    taken = SpanIndex(org_spans + protected + named)
    for c in geo.find_cities(text):
        if taken.overlaps(c.start, c.end) or geo.in_currency_name(text, c.start, c.end, language):
            continue  # "20bn Hong Kong dollars": money
        if re.search(
            rf"\b(?:{origin})\b[^,.;:]{{0,30}}$",
            text[max(0, c.start - 40) : c.start],
            re.IGNORECASE,
        ) or re.match(r"-(?:based|basiert|ansässig)", text[c.end : c.end + 12]):
            continue  # "the Beijing-based company": its home
        if _listed_with_shops(text, c.start, c.end, nearby.between(c.start - 300, c.end + 300), L):
            continue  # "en las tiendas de Falabella, Ripley y Paris": a shop's name
        sentence = sentence_at(sentences, c.start)
        if sentence is None:
            continue
        # only where the city is what opens or launches: "opened a store in Athens",
        # "inauguró este martes en Bombay su primer establecimiento" — not conferences and exchanges
        near = text[max(sentence.start, c.start - 60) : min(sentence.end, c.end + 40)]
        if has_cue(near, L.LAUNCH_CUES + L.CITY_ENTRY_CUES):
            places.append(Place(c.start, c.end, c.code, c.form))
    places.sort(key=lambda p: p.start)
    date_mentions = [
        d
        for d in find_dates(text, language, published)
        if not overlaps(d.start, d.end, protected) and not _in_dateline(text, d.start, d.end)
    ]
    role_re = _role_heads_re(L)
    speech_re = _speech_re(L)
    blocked = org_spans + [(p.start, p.end) for p in places] + protected
    governments = _governments(text, L, language, org_spans + protected)
    if governments:
        orgs = sorted(orgs + governments, key=lambda o: o.start)
        government_spans = SpanIndex((g.start, g.end) for g in governments)
        places = [p for p in places if not government_spans.overlaps(p.start, p.end)]
        blocked += [(g.start, g.end) for g in governments]
    people = find_people(
        text, L, blocked + [(d.start, d.end) for d in date_mentions], role_re, speech_re
    )
    if document.author:
        people = [p for p in people if p.name != document.author]
    # "Paul Myers ... Myers said": the person again, not the retailer Myer and a genitive
    surnames = {p.name.split()[-1] for p in people}
    glued = {
        (o.start, o.end) for o in orgs if o.known and _surname_at(text, o, surnames, speech_re)
    }
    if glued:
        orgs = [o for o in orgs if (o.start, o.end) not in glued]
        blocked = [span for span in blocked if span not in glued]
    person_spans = [(p.start, p.end) for p in people]
    refs = person_references(text, people, blocked + person_spans)
    products = find_products(
        text,
        L,
        orgs,
        blocked + person_spans + [(d.start, d.end) for d in date_mentions],
        [(p.start, p.end) for p in places],
    )
    ctx = Context(
        document,
        language,
        L,
        published,
        sentences,
        places,
        date_mentions,
        orgs,
        people,
        refs,
        products,
    )
    _home_countries(ctx)
    ctx.focus = _focus_company(ctx)
    return ctx


def _named_after_a_country(
    text: str, places: Sequence[PlaceMention], orgs: list[OrgMention], L: Lexicon
) -> list[OrgMention]:
    """Names a country leads, as the language writes a firm's nationality ("Finland's
    Wärtsilä", "Italy's Brembo", "la sueca Volvo", "la estadounidense Remitly"): companies, not
    people ("Britain's Tony Blair") or places ("India's Andhra Pradesh state")."""
    pattern = _place_before_name_re(L)
    if pattern is None:
        return []
    from graph import geo  # noqa: PLC0415
    from graph.extract.entities import (  # noqa: PLC0415
        LEGAL_SUFFIXES,
        ORG_HEADS,
        _place_noun_after,
    )

    given = given_names()
    stopwords = L.STOPWORDS
    role_heads, titles = _role_heads_re(L), _state_titles_re(L)
    taken = [(o.start, o.end) for o in orgs] + [(p.start, p.end) for p in places]
    found = []
    for p in places:
        if not pattern.search(text, max(0, p.start - 12), p.end):
            continue
        m = name_re().match(text, p.end + 1) if text[p.end : p.end + 1] == " " else None
        if m is None:
            continue
        name = m.group()
        words = name.split()
        if (
            words[0] in given
            or not words[0][0].isalpha()  # "Britain's 60 biggest firms": a count
            or role_heads.search(name)  # "Germany's Chancellor Gerhard Schroeder"
            or titles.search(name)
            or is_calendar_word(words[-1])  # "Britain's December figures"
            # "la española Paz Vega", "Russia's Mikhail Fridman": words alone may be a
            # person's name; a firm's has one word, an acronym, "&" or a firm's head word
            or (
                len(words) > 1
                and not any(w.isupper() or w == "&" or w in ORG_HEADS for w in words)
                and words[-1] not in LEGAL_SUFFIXES
            )
            or any(c.start == 0 for c in geo.find_cities(name))  # "Britain's London"
            or words[0].lower() in stopwords
            or overlaps(m.start(), m.end(), taken)
            or geo.code_for(name)
            or _place_noun_after(text[m.end() : m.end() + 30], L)
        ):
            continue
        found.append(OrgMention(m.start(), m.end(), name, "company"))
    return found


@cache
def _place_before_name_re(L: Lexicon) -> re.Pattern[str] | None:
    pattern = L.PLACE_BEFORE_NAME_RE
    return re.compile(pattern) if pattern else None


_LAST_WORD = re.compile(r"([A-Z][a-z]+)[ ]$")


def _after_a_given_name(text: str, start: int) -> bool:
    """True when a given name ends right before ``start``: a demonym there is a surname
    ("Brian Finn", "Claire Dane")."""
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    return before is not None and before.group(1) in given_names()


def _governments(
    text: str, L: Lexicon, language: str, taken: list[tuple[int, int]]
) -> list[OrgMention]:
    """Governments named by a place ("Gobierno del estado de Maharashtra", "the South
    African government"); a bare "the government" names no one, nor does "the
    government of Chancellor Gerhard Schroeder" (a person, not a place)."""
    pattern = L.GOVERNMENT_RE
    out: list[OrgMention] = []
    for m in re.finditer(pattern, text) if pattern else ():
        start, end = m.start(), m.start() + len(m.group().rstrip())
        of = m.group("of") if "of" in m.re.groupindex else None
        adjective = m.group("adj")
        if adjective:
            first = _place_adjective_start(m, language)
            if first is None:  # "the new government of X": the adjective is no place
                start, adjective = m.end("adj") + 1, None
            elif m.start("adj") == start:  # before the head word, not after ("gobierno mexicano")
                start = first
        if of and _names_a_person(of, L):
            if not adjective:
                continue  # "the government of Vladimir Putin": named by a person
            end = m.end("head")  # "the German government of Chancellor X": up to the head
        name = text[start:end]
        if (not adjective and len(name.split()) < 3) or overlaps(start, end, taken):
            continue
        out.append(OrgMention(start, end, name, "other"))
    return out


def _names_a_person(words: str, L: Lexicon) -> bool:
    """True when ``words`` begin with a given name or an office ("Alexis Tsipras",
    "Chancellor Gerhard Schroeder")."""
    first = words.split()[0]
    titles = (*L.STATE_TITLES, *L.GOVERNMENT_ROLES)
    offices = {t.split()[0].lower() for t in titles}
    return first in given_names() or first.lower() in offices


def _place_adjective_start(m: re.Match[str], language: str) -> int | None:
    """Where the place adjective before "government" begins: all of the adjective
    group ("South African"), its last word ("Congress Indian"), or None."""
    from graph import geo  # noqa: PLC0415

    adjective = m.group("adj")
    words = adjective.split()
    for skip in range(len(words)):
        part = " ".join(words[skip:])
        places = geo.find_places(part, language)
        if any(p.form == "adjective" and p.start == 0 and p.end == len(part) for p in places):
            return m.end("adj") - len(part)
    return None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


# after a place adjective: one to three lower-case words, then a capitalised name
_APPOSITION = re.compile(r"((?:[ ][a-z][a-z\-]*){1,3})[ ](?=[A-Z])")


def _surname_at(text: str, o: OrgMention, surnames: set[str], speech_re: re.Pattern[str]) -> bool:
    """The word where a known name was found is a person's surname, and longer than the
    name ("Myers", where the name is Myer) or next to a verb of saying ("sagt Hofer",
    "Hofer said", after "Helmut Hofer")."""
    word = re.match(r"[\w'’-]+", text[o.start : o.start + 40])
    if word is None or word.group() not in surnames:
        return False
    if word.group() != text[o.start : o.end]:
        return word.group().startswith(text[o.start : o.end])
    before = text[max(0, o.start - 20) : o.start].split()[-1:]
    after = text[o.start + len(word.group()) : o.start + len(word.group()) + 20].split()[:1]
    return any(speech_re.fullmatch(w.strip(",.:;")) for w in before + after)


def _describes_the_name(words: str, anaphora: tuple[str, ...], stopwords: frozenset[str]) -> bool:
    """True when the lower-case ``words`` between a place adjective and a name describe
    the name: no function word among them, and a company word only as the last ("Indian
    oil firm eyes Yukos" is a headline's clause)."""
    split = words.split()
    return not stopwords.intersection(split) and not any(
        has_cue(word, anaphora) for word in split[:-1]
    )


def _home_countries(ctx: Context) -> None:
    """An adjective or name right before a company word gives the company's home
    ("der chinesische Elektronikkonzern Xiaomi", "the Chinese smartphone maker")."""
    text = ctx.document.text
    anaphora = ctx.L.ORG_ANAPHORA + tuple(ctx.L.ORG_DESCRIPTORS)
    home_cues = ctx.L.HOME_CUES
    stopwords = ctx.L.STOPWORDS
    stores = ctx.L.CITY_ENTRY_CUES
    through = ctx.L.THROUGH_CUES
    article_end, noun_next = _described_home_res(ctx.L)
    orgs = ByStart(ctx.orgs)
    for o in ctx.orgs:
        if o.country:
            ctx.home.setdefault(o.name, o.country)
        elif o.kind in ACTOR_KINDS and o.name not in ctx.home:
            named = _country_in_name(o.name, ctx.language)
            if named:  # "Flughafen Wien AG", "Telecom Italia", "Deutsche Bahn"
                ctx.home[o.name] = named
    for p in ctx.places:
        after = text[p.end : p.end + 60]
        before = text[max(0, p.start - 40) : p.start]
        # "la china BYD", not "del regulador indio, IN-SPACe,": no comma between
        next_org = next(
            (o for o in orgs.between(p.end + 1, p.end + 3) if not text[p.end : o.start].strip()),
            None,
        )
        # "its first Indian store", "its Southeast Asian business": the company's part there
        unit = p.form == "adjective" and (
            has_cue(after[:12], stores) or _owns_a_unit_there(before, after, ctx.L)
        )
        apposition = _APPOSITION.match(text, p.end) if p.form == "adjective" else None
        # "France's Pernod Ricard": a country's own
        possessive = text[p.end - 2 : p.end] in ("'s", "’s")
        if next_org is not None and (p.form == "adjective" or possessive):
            p.home = True  # "la china BYD", "the Swedish Ericsson"
            # not "österreichischen Facebook-Nutzern": the name begins a compound whose
            # head is no company word ("die chinesische Xiaomi-Gruppe" is Xiaomi)
            head = re.match(r"-([\w-]*)", text[next_org.end : next_org.end + 30])
            if head is None or has_cue(head.group(1).split("-")[-1], anaphora, heads=True):
                ctx.home.setdefault(next_org.name, p.code)
        elif (
            apposition
            and not unit
            and _describes_the_name(apposition.group(1), anaphora, stopwords)
        ):
            # "Australian winemaker Southcorp", "Korean phone vendor Pantech": the
            # adjective describes the name after the words, known or not
            p.home = True
            org = next(iter(orgs.between(apposition.end(1) + 1, apposition.end(1) + 2)), None)
            if org is not None and org.kind in ACTOR_KINDS:
                ctx.home.setdefault(org.name, p.code)
        elif (
            p.form == "adjective"
            and re.match(r"[\w-]*\s+[\w-]", after)  # words follow: "indio, IN-SPACe" no
            and not unit
        ):
            # "the Chinese smartphone maker"; but "its first Indian store ..., the
            # company said" names a market: a store follows the adjective
            # the adjective's phrase ends at a comma ("auf dem polnischen Markt, teilte das
            # Unternehmen mit": the company noun is another clause's)
            window = _PHRASE_END.split(after[:45], maxsplit=1)[0]
            org = next((o for o in ctx.orgs if p.end <= o.start <= p.end + len(window)), None)
            # "the Polish distributor of Nintendo products", "die ukrainische Tochter der
            # RBI", "the German arm of US carmaker General Motors": the adjective describes
            # another, unnamed company ("el fabricante chino de coches BYD" is BYD)
            another = org is not None and _not_described_by(ctx, p, org, stopwords)
            org = None if another else org
            # "Boeing's great European competitor": another's, not the article's company
            another = another or bool(_OWNER_BEFORE.search(before))
            # "der chinesische Konzern", "the Chinese maker", "el fabricante estadounidense Tesla"
            if (
                has_cue(window, anaphora)
                or has_cue(before[-20:], anaphora)
                or re.match(r"-based\b", after)
            ):
                p.home = True
                target = org.name if org and org.kind in ACTOR_KINDS else None
                if target:
                    ctx.home.setdefault(target, p.code)
                elif not another and (
                    # one company, not "Greek firms" or "die ukrainischen Banken"
                    has_cue(window, anaphora, whole=True)
                    or has_cue(before[-20:], anaphora, whole=True)
                ):
                    ctx.home.setdefault("", p.code)
        elif p.form != "adjective" and next_org is None:
            # "US phone firm MCI", "UK-based bank Standard Chartered", "US-Konzern Apple"
            org = next(iter(orgs.between(p.end + 1, p.end + 46)), None)
            if (
                org is not None
                and org.kind in ACTOR_KINDS
                and _describes(text[p.end : org.start], anaphora, stopwords)
                # "in Mexico next month through carrier Telcel": a route, no descriptor
                and not has_cue(text[p.end : org.start], through, whole=True)
            ):
                p.home = True
                ctx.home.setdefault(org.name, p.code)
            elif article_end.search(before) and noun_next.match(after):
                p.home = True  # "The UK chain will sell …": whose home, not a market
        if home_cues and has_cue(before[-25:], home_cues):
            p.home = True
    # the article's anonymous "chinesischer Konzern" is the focus company
    if "" in ctx.home:
        ctx.home["__anonymous__"] = ctx.home.pop("")


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


def _names_a_sea(text: str, start: int, end: int, L: Lexicon) -> bool:
    """ "the Indian Ocean", "Golf von Mexiko", "el golfo de México": a sea, not a market."""
    patterns = _sea_patterns(L)
    if patterns is None:
        return False
    after, before, own = patterns
    return bool(
        after.match(text, end, end + 20)
        or before.search(text[max(0, start - 25) : start])
        # "the Gulf" names a region, but "the Gulf of Mexico" a sea
        or (
            own.fullmatch(text[start:end].split()[-1])
            and re.match(r"\s+(?:of|von|de|del)\b", text[end : end + 6])
        )
    )


@cache
def _sea_patterns(
    L: Lexicon,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    features = L.SEA_WORDS
    if not features:
        return None
    body = "|".join(re.escape(f) for f in features)
    return (
        re.compile(rf"(?i)[ -](?:{body})\b"),
        re.compile(rf"(?i)\b(?:{body})\s+(?:of|von|de|del|de la)\s+(?:the\s+)?$"),
        re.compile(rf"(?i)(?:{body})"),
    )


def _in_dateline(text: str, start: int, end: int) -> bool:
    """ "MUMBAI, June 3, 2024 (Reuters) -", "Valencia, 12 de marzo de 2018 (EFE).-",
    "Mexiko-Stadt (11.05.2017) -": the date a line opens with, after its place and before
    the dash, dates the article (its metadata), not a fact."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _DATELINE_BEFORE.fullmatch(text, line_start, start) is not None
        and _DATELINE_AFTER.match(text, end) is not None
    )


_DATELINE_BEFORE = re.compile(r"[A-ZÄÖÜÁÉÍÓÚÑ][\w .'’-]{0,40}?(?:,[ ]*|[ ]*\([ ]*)")


_DATELINE_AFTER = re.compile(r"[ ]*(?:\)|\([^)\n]{0,40}\))?[ ]*\.?[ ]*[-–—]")


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


def _focus_company(ctx: Context) -> str | None:
    """The company the article is about: most mentioned actor, the title counting triple."""
    title = ctx.document.title or ""
    text = ctx.document.text
    # a shop the company sells through is its partner, not what the article is about
    # ("Shein … prevé vender a través de Mercado Libre")
    through = _through_re(ctx.L)
    # "Movistar" in "Movistar Play": a product's brand, not the article's company
    branded = [(p.start, p.end) for p in ctx.products if p.maker]
    # shops or carriers named together sell the company's goods ("con Entel, Claro y
    # Movistar"); they are not what the article is about
    shops = [o for o in ctx.orgs if o.kind in ("retailer", "carrier")]
    listed = {id(o) for run in _coordinated_runs(text, shops, ctx.L) if len(run) > 1 for o in run}
    counts: Counter[str] = Counter()
    for o in ctx.orgs:
        if (
            o.kind in ACTOR_KINDS
            and id(o) not in listed
            and not _sold_through(through, text[max(0, o.start - 60) : o.start])
            and not any(a <= o.start and o.end < b for a, b in branded)
        ):
            counts[o.name] += 1
    from graph.gazetteer import Gazetteer  # noqa: PLC0415

    for m in Gazetteer.default().find(title):
        if (
            m.entry.kind in ACTOR_KINDS
            and m.entry.name in counts
            and not _sold_through(through, title[max(0, m.start - 60) : m.start])
        ):
            counts[m.entry.name] += 3
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[1][1] >= 2 and ranked[0][1] < 1.5 * ranked[1][1]:
        # a brand and its owner ("parent company Fast Retailing"): the article is the
        # brand's; else a round-up of several companies is about none of them
        child = _not_the_parent(ctx, ranked[0][0], ranked[1][0])
        if child is None:
            return None
        ranked = [(child, 0)]
    name = ranked[0][0]
    if "__anonymous__" in ctx.home:
        ctx.home.setdefault(name, ctx.home.pop("__anonymous__"))
    return name


def _not_the_parent(ctx: Context, a: str, b: str) -> str | None:
    """Of two companies, the one whose owner the other is called ("parent company Fast
    Retailing", "propiedad de Associated British Foods", "Mutterkonzern Inditex"), if the
    text calls exactly one of them so."""
    cues = ctx.L.PARENT_CUES
    if not cues:
        return None
    pattern = word_cue_re(cues, whole=True)
    text = ctx.document.text
    parents = {
        o.name
        for o in ctx.orgs
        if o.name in (a, b) and pattern.search(text[max(0, o.start - 25) : o.start])
    }
    if len(parents) != 1:
        return None
    return b if a in parents else a


def _listed_with_shops(text: str, start: int, end: int, orgs: list[OrgMention], L: Lexicon) -> bool:
    """The name at ``start:end`` is listed with shops, joined by commas or "and" only:
    a shop's name too, whatever else it names."""
    joined = _coordination_re(L)
    return any(
        o.kind == "retailer"
        and (
            (o.end <= start and joined.fullmatch(text, o.end, start))
            or (o.start >= end and joined.fullmatch(text, end, o.start))
        )
        for o in orgs
    )


_TLD = r"\.(?:com|de|es|at|se|net|org|co\.uk)\b"


_ADDRESS = re.compile(rf"(?:https?://|www\.)\S+|\S+@\S+|\b[\w-]+{_TLD}\S*")


_TLD_RE = re.compile(_TLD)


def _addresses(text: str) -> Iterator[re.Match[str]]:
    """URLs, web and e-mail addresses in ``text``.

    The pattern is tried at every position; it runs only on the few texts that hold
    what each address needs ("://", "www.", "@" or a domain ending), as running it on
    every text had cost 4 % of extraction.
    """
    if "://" in text or "www." in text or "@" in text or _TLD_RE.search(text):
        yield from _ADDRESS.finditer(text)
