"""HTML pages: main text via trafilatura, metadata from JSON-LD and meta tags."""

from __future__ import annotations

import json
import re

from graph.model import Document


def parse_html(html: str, *, source: str, locator: str) -> Document:
    """Main text without navigation, banners and footers, plus the article's metadata."""
    import trafilatura  # noqa: PLC0415

    from graph.extract.dates import parse_date  # noqa: PLC0415
    from graph.sources.language import detect_language  # noqa: PLC0415
    from graph.sources.text import dateline_agency, find_dateline  # noqa: PLC0415

    text = (
        trafilatura.extract(
            html, include_comments=False, include_tables=False, favor_precision=True
        )
        or ""
    )
    meta = trafilatura.extract_metadata(html)
    ld = _json_ld(html)
    title = ld.get("headline") or (meta.title if meta else None) or _meta(html, "og:title")
    published = (
        ld.get("datePublished")
        or _meta(html, "article:published_time")
        or (meta.date if meta else None)
    )
    author = _name(ld.get("author")) or _meta(html, "author") or (meta.author if meta else None)
    publisher = (
        _name(ld.get("publisher"))
        or _meta(html, "og:site_name")
        or (meta.sitename if meta else None)
        or dateline_agency(text)
    )
    lang_attr = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html)
    language = (ld.get("inLanguage") or (lang_attr.group(1) if lang_attr else "") or "")[
        :2
    ].lower() or detect_language(text)
    url = _meta(html, "og:url") or (meta.url if meta else None)
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


def _meta(html: str, key: str) -> str | None:
    m = re.search(
        rf"<meta[^>]+(?:property|name)=[\"']{re.escape(key)}[\"'][^>]*content=[\"']([^\"']+)", html
    )
    return m.group(1).strip() if m else None


def _json_ld(html: str) -> dict:
    for block in re.findall(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", html, re.S):
        try:
            data = json.loads(block)
        except json.JSONDecodeError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                return item
    return {}


def _name(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return str(value).strip() if value else None
