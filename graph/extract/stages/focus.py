"""The company the article is about."""

from __future__ import annotations

from collections import Counter

from graph.extract.analysis import ACTOR_KINDS, Context
from graph.extract.patterns import coordinated_runs, sold_through, through_re
from graph.extract.text import word_cue_re


def focus_company(ctx: Context) -> tuple[str | None, dict[str, str]]:
    """The company the article is about: most mentioned actor, the title counting triple;
    and the homes, the article's anonymous company's ("der chinesische Konzern") now its."""
    counts = _mentions(ctx)
    if not counts:
        return None, ctx.home
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[1][1] >= 2 and ranked[0][1] < 1.5 * ranked[1][1]:
        # a brand and its owner ("parent company Fast Retailing"): the article is the
        # brand's; else a round-up of several companies is about none of them
        child = _not_the_parent(ctx, ranked[0][0], ranked[1][0])
        if child is None:
            return None, ctx.home
        ranked = [(child, 0)]
    name = ranked[0][0]
    home = dict(ctx.home)
    if "__anonymous__" in home:
        home.setdefault(name, home.pop("__anonymous__"))
    return name, home


def _mentions(ctx: Context) -> Counter[str]:
    """How often the text names each actor that could be the article's (a name in the
    title counts three times)."""
    title = ctx.document.title or ""
    text = ctx.document.text
    # a shop the company sells through is its partner, not what the article is about
    # ("Shein … prevé vender a través de Mercado Libre")
    through = through_re(ctx.L)
    # "Movistar" in "Movistar Play": a product's brand, not the article's company
    branded = [(p.start, p.end) for p in ctx.products if p.maker]
    # shops or carriers named together sell the company's goods ("con Entel, Claro y
    # Movistar"); they are not what the article is about
    shops = [o for o in ctx.orgs if o.kind in ("retailer", "carrier")]
    listed = {id(o) for run in coordinated_runs(text, shops, ctx.L) if len(run) > 1 for o in run}
    counts: Counter[str] = Counter()
    for o in ctx.orgs:
        if (
            o.kind in ACTOR_KINDS
            and id(o) not in listed
            and not sold_through(through, text[max(0, o.start - 60) : o.start])
            and not any(a <= o.start and o.end < b for a, b in branded)
        ):
            counts[o.name] += 1
    from graph.gazetteer import Gazetteer  # noqa: PLC0415

    for m in Gazetteer.default().find(title):
        if (
            m.entry.kind in ACTOR_KINDS
            and m.entry.name in counts
            and not sold_through(through, title[max(0, m.start - 60) : m.start])
        ):
            counts[m.entry.name] += 3
    return counts


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
