"""The organisations, people and products of the article's facts."""

from __future__ import annotations

import re
from collections import Counter

from graph.extract.analysis import Context
from graph.extract.facts.found import Found
from graph.model import Organization, Person, Product


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


def named(ctx: Context, found: Found) -> tuple[list[Organization], list[Person], list[Product]]:
    """The organisations the article names, the people it names or its facts hold (not its
    author), and the products launched."""
    people = {p.name: Person(p.name) for p in ctx.people}
    for name in {x.person for x in found["positions"]} | {x.person for x in found["statements"]}:
        people.setdefault(name, Person(name))
    if ctx.document.author:
        people.pop(ctx.document.author, None)
    products = {p.product: Product(p.product, p.company) for p in found["product_launches"]}
    return _organizations(ctx), list(people.values()), list(products.values())
