"""The extractor: one document in, ArticleFacts out.

Stages, in order: language, sentences, places, dates, organisations, people,
products; then, per sentence, the facts that link them. Every fact keeps the
sentence it came from as evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lang
from graph.extract.analysis import ACTOR_KINDS, Context, Place
from graph.extract.dates import is_calendar_word
from graph.extract.entities import (
    OrgMention,
    PersonMention,
    ProductMention,
    SpanIndex,
    _product_noun_re,
    find_organizations,
    find_people,
    find_products,
    given_names,
    overlaps,
    person_references,
)
from graph.extract.facts.clauses import _list_span, _place_date, _relative_clauses
from graph.extract.facts.common import (
    _continues_focus,
    _evidence,
    _in_quotation,
    _quote,
    _refers_to_focus,
    _sentence_date,
    _speech_date,
    _tells_of_focus,
)
from graph.extract.facts.entries import _dated_by_launches, _main_market, market_entries
from graph.extract.facts.markets import _denied, _most_specific, _ranks_within, _sentence_markets
from graph.extract.facts.positions import executive_positions
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import (
    _PHRASE_END,
    _coordinated_runs,
    _coordination_re,
    _joint_re,
    _next_break,
    _relative_after,
    _role_heads_re,
    _sold_through,
    _sold_to,
    _speech_re,
    _state_titles_re,
    _through_re,
)
from graph.extract.text import (
    QUOTES,
    UPPER,
    ByStart,
    Sentence,
    has_cue,
    name_re,
    sentence_at,
    split_sentences,
    word_cue_re,
)
from graph.model import (
    ArticleFacts,
    Document,
    MarketEntry,
    Organization,
    Person,
    Position,
    Product,
    ProductLaunch,
    SalesChannel,
    Statement,
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


def sales_channels(ctx: Context, with_products_only: bool = False) -> list[SalesChannel]:
    """Shops, platforms and carriers that sell the article's company's goods in a market;
    with ``with_products_only``, only in sentences that name one of its products. An
    article on a shop or carrier tells of the makers whose goods it sells."""
    L = ctx.L
    text = ctx.document.text
    out: dict[tuple[str, str, str, str | None], SalesChannel] = {}
    focus = ctx.focus
    focus_kind = next((o.kind for o in ctx.orgs if o.name == focus), None)
    out.update(_makers_sold_by_shops(ctx))
    if not focus or focus_kind not in ("company", "retailer"):
        return list(out.values())
    # a chain names other shops as rivals ("competes with Aldi and Walmart"); it sells
    # through one only when a word says so: "via the e-commerce platform Myntra"
    through = _through_re(L) if focus_kind == "retailer" else None
    sell = L.SELL_CUES
    online = L.ONLINE_CUES
    offline = L.OFFLINE_CUES
    for s in ctx.sentences:
        retailers = [
            o
            for o in ctx.within(ctx.orgs, s)
            if o.kind in ("retailer", "carrier")
            and o.name != focus
            and (
                through is None
                or _sold_through(through, text[max(s.start, o.start - 60) : o.start])
            )
            # "is to sell 10 of its A350 to Spanish carrier Air Europe": a buyer
            and not _sold_to(L, text[max(s.start, o.start - 120) : o.start])
        ]
        if not retailers or not has_cue(s.text, sell):
            continue
        if with_products_only and not any(
            p.maker in (None, focus) for p in ctx.within(ctx.products, s)
        ):
            continue
        if through is not None and not (
            any(o.name == focus for o in ctx.within(ctx.orgs, s)) or _refers_to_focus(ctx, s)
        ):
            continue  # a chain's channel: in a sentence on the chain
        affirmed = re.sub(r"\b(?:nicht|not|no)(?: mehr)? (?:nur|only|solo)\b", "", s.text)
        if has_cue(affirmed, L.NEGATION_CUES, whole=True):
            continue  # "is not among the launch partners", "ob … ins Sortiment nehmen, ist offen"
        # "La compañía, que opera en España y Portugal, abrirá … en alianza con Esselunga":
        # where it is already is no market of the channel
        markets = _sentence_markets(ctx, s, _relative_clauses(ctx, s)) or (
            [ctx.main_market] if ctx.main_market else []
        )
        markets = [m for m in markets if len(m) == 2]  # channels are national
        whole_online = has_cue(s.text, online)
        whole_offline = has_cue(s.text, offline)
        several = len({r.name for r in retailers}) > 1
        for run in _coordinated_runs(text, retailers, L):
            # the channel words of shops named together ("online at MediaMarkt and Saturn")
            # are all of theirs; each shop's words run up to the "and" before the next
            # shop ("in Falabella's stores and on Mercado Libre") or after it
            words = " ".join(_own_words(text, s, r, retailers, L) for r in run)
            # "its online store", "su tienda en línea": a shop of the web, not a street's
            shops = _online_shop_re(L).sub(" online ", words)
            said = [
                ch for ch, cue in (("online", online), ("offline", offline)) if has_cue(shops, cue)
            ]
            for r in run:
                channels: list[str | None] = list(said)
                if not channels:
                    # their words say nothing: an online shop sells online; else a lone
                    # shop takes the sentence's words, one of several what it is ("bei
                    # MediaMarkt und Saturn sowie online über Amazon": the online is Amazon's)
                    if r.industry == "ecommerce" or (
                        not several and whole_online and not whole_offline
                    ):
                        channels = ["online"]
                    elif not several and whole_offline and not whole_online:
                        channels = ["offline"]
                    elif r.kind == "carrier":
                        channels = [None]
                    else:
                        channels = ["offline"]
                for market in markets:
                    for ch in channels:
                        out[(focus, market, r.name, ch)] = SalesChannel(
                            focus,
                            market,
                            r.name,
                            ch,  # type: ignore[arg-type]
                            _evidence(s),
                        )
    return list(out.values())


def _makers_sold_by_shops(
    ctx: Context,
) -> dict[tuple[str, str, str, str | None], SalesChannel]:
    """The makers whose goods a shop or carrier sells, as a sentence says after a product
    noun ("O2 no ha incluido ningún móvil de Huawei. En su lugar, comercializará tres
    móviles 5G de Samsung y uno de Xiaomi", "Vodafone will sell handsets from Nokia and
    Samsung"): the seller is the shop or carrier the sentence names, else the one the
    sentence before it named last (its subject goes on), else the article's shop."""
    L, text = ctx.L, ctx.document.text
    nouns = _product_noun_re(L)  # matched against lower-cased text
    out: dict[tuple[str, str, str, str | None], SalesChannel] = {}
    if not L.MAKER_PREPOSITIONS:
        return out
    shops = ("retailer", "carrier")
    focus_is_shop = any(o.name == ctx.focus and o.kind in shops for o in ctx.orgs)
    previous: Sentence | None = None
    for s in ctx.sentences:
        before, previous = previous, s
        if not has_cue(s.text, L.SELL_CUES):
            continue
        named = ctx.within(ctx.orgs, s)
        makers = [
            o
            for o in named
            if o.kind == "company"
            and _maker_before(L).search(text, max(s.start, o.start - 12), o.start)
            and nouns.search(text[max(s.start, o.start - 40) : o.start].lower())
        ]
        if not makers:
            continue
        makers += [
            x
            for run in _coordinated_runs(text, [o for o in named if o.kind == "company"], L)
            if any(m in run for m in makers)
            for x in run
            if x not in makers
        ]
        sellers = [o.name for o in named if o.kind in shops and o.end <= makers[0].start]
        if not sellers and not any(o.kind in shops for o in named):
            if before is not None and before.paragraph == s.paragraph:
                sellers = [o.name for o in ctx.within(ctx.orgs, before) if o.kind in shops][-1:]
            if not sellers and focus_is_shop and _continues_focus(ctx, s):
                sellers = [ctx.focus or ""]
        if not sellers:
            continue
        markets = _sentence_markets(ctx, s, _relative_clauses(ctx, s)) or (
            [ctx.main_market] if ctx.main_market else []
        )
        for maker in {o.name for o in makers} - set(sellers):
            for market in (m for m in markets if len(m) == 2):
                key = (maker, market, sellers[-1], None)
                out[key] = SalesChannel(maker, market, sellers[-1], None, _evidence(s))
    return out


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
    if not after and (relative := _relative_after(L).match(text, r.end, s.end)):
        # "and at MediaMarkt, which will carry them both in its stores and on its website"
        return text[left : _next_break(text, relative.end(), s.end)]
    if after:
        right = _joint(text, r, min(after, key=lambda o: o.start), L)[0]
    else:  # "MediaMarkt y en su tienda en línea": the list goes on without a shop
        joint = _coordination_re(L).search(text, r.end, s.end)
        right = joint.start() if joint else s.end
    return text[left : min(right, _clause_end(text, s, r))]


@cache
def _conjunction_re(L: Lexicon) -> re.Pattern[str]:
    conjunctions = "|".join(re.escape(c) for c in L.LIST_CONJUNCTIONS) or "(?!)"
    return re.compile(rf"\b(?:{conjunctions})\b", re.IGNORECASE)


def _joint(text: str, first: OrgMention, second: OrgMention, L: Lexicon) -> tuple[int, int]:
    """Where the words of the first of two names end and the second's begin: at the
    last "and" between them, else both own all of it."""
    joints = list(_joint_re(L).finditer(text, first.end, second.start))
    if not joints:
        return second.start, first.end
    return joints[-1].start(), joints[-1].end()


def _clause_start(text: str, s: Sentence, o: OrgMention) -> int:
    """Where the clause around a mention begins: after the last , ; or : before it."""
    return max(max(text.rfind(c, s.start, o.start) for c in ",;:") + 1, s.start)


def _clause_end(text: str, s: Sentence, o: OrgMention) -> int:
    """Where the clause around a mention ends: at the next , or ; after it."""
    return _next_break(text, o.end, s.end)


def product_launches(ctx: Context, entries: list[MarketEntry]) -> list[ProductLaunch]:
    L = ctx.L
    cues = L.ENTRY_CUES + L.LAUNCH_CUES + L.PRODUCT_CUES
    code_names = L.CODE_NAME_CUES
    entry_dates = {(e.company, e.market): e.date for e in entries}
    tied: set[str] | None = None  # worked out when first needed
    out: dict[tuple[str, str, str], ProductLaunch] = {}
    dated: set[tuple[str, str, str]] = set()  # launches dated by their own sentence
    previous: Sentence | None = None
    for s in ctx.sentences:
        products = ctx.within(ctx.products, s)
        if products and has_cue(s.text, cues):
            # "will not sell the Mi 9 in Germany": no launch there, nor anywhere else
            denied = [(p.start, p.end) for p in ctx.within(ctx.places, s) if _denied(ctx, s, p)]
            markets = _sentence_markets(ctx, s, denied)
            if not markets and not denied and ctx.main_market:
                markets = [ctx.main_market]
            if (
                not markets
                and not denied
                and previous is not None
                and previous.paragraph == s.paragraph
            ):
                markets = _sentence_markets(ctx, previous)
            markets = _most_specific(markets)
            places = sorted(ctx.within(ctx.places, s), key=lambda x: x.start)
            for p in products:
                if has_cue(ctx.document.text[max(0, p.start - 30) : p.start], code_names):
                    continue
                possessor = None if p.maker else _possessor_of(ctx, s, p)
                if possessor is not None and possessor.kind not in ACTOR_KINDS:
                    continue  # "told the BBC's Go Digital programme": a broadcaster's show
                owner = (
                    None
                    if p.maker
                    else (possessor.name if possessor else None)
                    or _relative_owner(ctx, s, p.start)
                    or _subject(ctx, s, p)
                )
                company = p.maker or owner or ctx.focus
                if not company:
                    continue
                if p.maker is None and owner is None and _rival_before(ctx, s, p):
                    continue  # "has a serious rival in the long-awaited Firefox 1.0": another's
                if p.maker is None and owner is None and not _tells_of_focus(ctx, s):
                    tied = _focus_products(ctx) if tied is None else tied
                    if p.name not in tied:
                        continue  # "Halo 2" in a review of Nintendo's year: not Nintendo's
                for market in _product_markets(ctx, p, places, markets):
                    key = (company, p.name, market)
                    # "unveiled the Galaxy Z Fold 6 on Wednesday; it goes on sale in the US on
                    # July 24": the date of the market's clause first
                    there = next((x for x in places if x.code == market), None)
                    own = (_place_date(ctx, s, there) if there else None) or _sentence_date(
                        ctx, s, p.start
                    )
                    if key not in out or (own and key not in dated):
                        # a later sentence's own date beats a date borrowed from the
                        # entry (a headline seldom has one)
                        date = own or entry_dates.get((company, market))
                        out[key] = ProductLaunch(company, p.name, market, date, _evidence(s))
                        if own:
                            dated.add(key)
        previous = s
    return list(out.values())


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
    tied = {p.name for p in ctx.products if p.maker == focus}
    naming = [
        s.text for s in ctx.sentences if any(o.name == focus for o in ctx.within(ctx.orgs, s))
    ]
    title = ctx.document.title or ""
    if focus and _words_at(title, focus, whole=False):
        naming.append(title)
    for text in naming:
        tied |= {n for n in names - tied if _words_at(text, n)}
    # a product line: "Mi 9T Pro" with "Mi 9" tied, "Switch 12S" after "Acers Switch-Reihe"
    lines = {n.split()[0] for n in tied if " " in n}
    text = ctx.document.text
    for end in _words_at(text, focus, whole=False) if focus else ():
        if line := _LINE_WORD.match(text, end):
            lines.add(line.group(1))
    return tied | {n for n in names if " " in n and n.split()[0] in lines}


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
    if _relative_after(ctx.L).match(ctx.document.text, product.end):
        return markets
    after = [m for m in markets if any(p.code == m and p.start >= product.end for p in places)]
    return after or markets


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
    L = ctx.L
    in_play = _markets_in_play([*entries, *launches, *channels])
    speech_re = _speech_re(L)
    by_start = ByStart(ctx.people + ctx.person_refs)
    out: dict[tuple[str, str], Statement] = {}
    last_speaker: tuple[int, str] | None = None
    for s in ctx.sentences:
        # a name inside the quotation is what is said, not who says it ("… two of the
        # biggest brands - Senator John Kerry and President George W. Bush," said …)
        speakers = [m for m in by_start.between(s.start, s.end) if not _in_quotation(s, m.start)]
        speaker = None
        if speakers and (speech_re.search(s.text) or any(q in s.text for q in QUOTES)):
            verb = speech_re.search(s.text)
            anchor = s.start + (verb.start() if verb else 0)
            nearest = min(speakers, key=lambda m: abs(m.start - anchor))
            speaker = nearest.name
            if verb and _reported(ctx, s.start + verb.end(), nearest.start):
                # "Yukos had argued that … its chief finance officer Bruce Misamore lives in
                # Houston": a name in what is reported is not who reports it
                speaker = None
        elif (
            last_speaker
            and last_speaker[0] == s.paragraph
            and any(q in s.text for q in QUOTES)
            and not speakers
        ):
            speaker = last_speaker[1]
        if speaker is None:
            continue
        last_speaker = (s.paragraph, speaker)
        if speaker == ctx.document.author:
            continue
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
            if _ranks_within(ctx.document.text, p, L)
        ]
        markets = _sentence_markets(ctx, s, titles + _comparisons(ctx, s) + ranking)
        # markets count where the article tells of a company's moves, or in "her plans for
        # Chile" and "a key market for us", or as a national unit's country
        trusted = has_cue(s.text, L.PLANS_FOR) or has_cue(s.text, L.MARKET_VIEWS, whole=True)
        if not markets:
            # an executive speaks about their company's market; in an article about one
            # company, anyone holding a position speaks about the article's main market
            employers = {p.organization for p in positions if p.person == speaker}
            theirs = sorted({e.market for e in entries if e.company in employers})
            # a national unit's country ("CEO von Lidl US" speaks about the US)
            units = sorted(
                {o.country for o in ctx.orgs if o.name in employers and o.country and not o.known}
            )
            if len(theirs) == 1:
                markets = theirs
            elif len(units) == 1:
                markets, trusted = units, True
            elif ctx.focus in employers and ctx.main_market:
                markets = [ctx.main_market]
        if not trusted:
            aimed = _aimed_at(ctx, s)
            markets = [m for m in markets if in_play(m) or m in aimed]
        if not markets:
            continue
        quote = _quote(s.text)
        date = _speech_date(ctx, s)
        for market in markets:
            out.setdefault((speaker, market), Statement(speaker, market, quote, date, _evidence(s)))
    return list(out.values())


def _comparisons(ctx: Context, s: Sentence) -> list[tuple[int, int]]:
    """The spans of a sentence from a comparative ("larger than", "größer als", "más
    grandes que"; not "more than 500") to the end of its clause: the places in them are
    the yardstick, not what is spoken of."""
    pattern = _comparison_re(ctx.L)
    if pattern is None:
        return []
    return [
        (s.start + m.start(), s.start + m.end() + len(_PHRASE_END.split(s.text[m.end() :], 1)[0]))
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
            start, end = _list_span(ctx, s, place)
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


def _as_written(surface: str, name: str) -> str:
    """A mention's text as a name: one line, no possessive ending the name itself lacks."""
    surface = " ".join(surface.split())
    if not re.search(r"(?:'s|’s)$", name):
        surface = re.sub(r"(?:'s|’s|')$", "", surface)
    return surface.strip()


def _organizations(ctx: Context) -> list[Organization]:
    seen: dict[str, Organization] = {}
    forms: dict[str, Counter[str]] = {}
    for o in ctx.orgs:
        forms.setdefault(o.name, Counter())[
            _as_written(ctx.document.text[o.start : o.end], o.name)
        ] += 1
    for o in ctx.orgs:
        if o.name not in seen:
            # the name as written: the canonical name if the article uses it,
            # else its commonest form
            written = None if o.name in forms[o.name] else forms[o.name].most_common(1)[0][0]
            seen[o.name] = Organization(
                o.name,
                o.kind,  # type: ignore[arg-type]
                o.qid,
                o.aliases,
                ctx.home.get(o.name) or o.country,  # type: ignore[arg-type]
                written or None,
            )
    publisher = ctx.document.publisher
    if publisher and publisher not in seen:
        from graph.gazetteer import Gazetteer  # noqa: PLC0415

        entry = Gazetteer.default().lookup(publisher)
        seen[publisher] = Organization(publisher, "media", entry.qid if entry else None)
    return list(seen.values())
