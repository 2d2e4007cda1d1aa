"""HTML pages: main text via trafilatura, metadata from JSON-LD and meta tags.

The page is parsed once, by lxml (libxml2: linear in the page's length, nesting capped),
and every step below walks that tree: no regular expression runs over the markup, so no
page, however hostile, takes more than linear time to read.
"""

from __future__ import annotations

import json
from typing import Any

from graph.model import Document

# Elements trafilatura may weigh one by one (about 80 µs each on one core): a news page
# has some hundreds to a few thousand; a page with more is a dump or an attack, and its
# text is read plainly from the tree instead, in a fraction of the time.
MAX_ELEMENTS_FOR_TRAFILATURA = 30_000
# Elements whose text is no part of an article, dropped from a plain reading
_NOT_TEXT = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside")


def parse_html(html: str, *, source: str, locator: str) -> Document:
    """Main text without navigation, banners and footers, plus the article's metadata."""
    import trafilatura  # noqa: PLC0415
    from trafilatura.utils import load_html  # noqa: PLC0415

    from graph.extract.dates import parse_date  # noqa: PLC0415
    from graph.sources.language import detect_language  # noqa: PLC0415
    from graph.sources.text import dateline_agency, find_dateline  # noqa: PLC0415

    tree = load_html(html)  # the tree trafilatura would build from the text itself
    if tree is None:
        return Document(text="", source=source, locator=locator, format="html")
    metas = _meta_tags(tree)
    ld = _json_ld(tree)
    if sum(1 for _ in tree.iter()) > MAX_ELEMENTS_FOR_TRAFILATURA:
        meta, text = None, _plain_text(tree)
    else:
        meta = trafilatura.extract_metadata(tree)
        text = (
            trafilatura.extract(
                tree, include_comments=False, include_tables=False, favor_precision=True
            )
            or ""
        )
    title = ld.get("headline") or (meta.title if meta else None) or metas.get("og:title")
    published = (
        ld.get("datePublished")
        or metas.get("article:published_time")
        or (meta.date if meta else None)
    )
    author = _name(ld.get("author")) or metas.get("author") or (meta.author if meta else None)
    publisher = (
        _name(ld.get("publisher"))
        or metas.get("og:site_name")
        or (meta.sitename if meta else None)
        or dateline_agency(text)
    )
    lang_attr = (tree.getroottree().getroot().get("lang") or "").strip()
    language = (
        str(ld.get("inLanguage") or "")[:2] or (lang_attr[:2] if lang_attr[:2].isalpha() else "")
    ).lower() or detect_language(text)
    url = metas.get("og:url") or (meta.url if meta else None)
    return Document(
        text=text,
        source=source,
        locator=locator,
        title=title,
        published=parse_date(published, language, partial=True) if published else None,
        publisher=publisher,
        author=author,
        place=find_dateline(text, language)[0],
        language=language or None,
        url=url,
        format="html",
    )


def _meta_tags(tree: Any) -> dict[str, str]:
    """``<meta property|name=KEY content=VALUE>`` as KEY → VALUE (the first of each key)."""
    out: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name")
        content = (element.get("content") or "").strip()
        if key and content:
            out.setdefault(key, content)
    return out


def _json_ld(tree: Any) -> dict:
    """The first schema.org Article of the page's JSON-LD blocks, else {}."""
    for element in tree.iter("script"):
        if "application/ld+json" not in (element.get("type") or ""):
            continue
        try:
            data = json.loads(element.text or "")
        except (json.JSONDecodeError, RecursionError):
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                return item
    return {}


def _plain_text(tree: Any) -> str:
    """The page's text, one line per run of text, without scripts, styles and navigation."""
    from lxml import etree  # noqa: PLC0415

    etree.strip_elements(tree, *_NOT_TEXT, with_tail=False)
    return "\n".join(line for run in tree.itertext() if (line := " ".join(run.split())))


def _name(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return str(value).strip() if value else None
