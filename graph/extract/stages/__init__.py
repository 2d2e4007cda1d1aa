"""The stages that analyse one article, in order: the analysis the fact finders read."""

from __future__ import annotations

import re

from graph.extract import lang
from graph.extract.analysis import Context, Place
from graph.extract.entities import (
    SpanIndex,
    find_organizations,
    find_people,
    find_products,
    overlaps,
    person_references,
)
from graph.extract.patterns import _role_heads_re, _speech_re
from graph.extract.stages.date_mentions import _in_dateline
from graph.extract.stages.focus import _focus_company
from graph.extract.stages.homes import _home_countries
from graph.extract.stages.organisations import _governments, _named_after_a_country, _surname_at
from graph.extract.stages.places import _after_a_given_name, _listed_with_shops, _names_a_sea
from graph.extract.stages.sentences import _addresses, _date
from graph.extract.text import ByStart, has_cue, sentence_at, split_sentences
from graph.model import Document


def analyse(document: Document) -> Context:
    """The analysis of one article: what each stage finds, for the fact finders."""
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
