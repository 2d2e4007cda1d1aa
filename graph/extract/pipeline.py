"""Placeholder pipeline: metadata only (the full extractor replaces this module)."""

from __future__ import annotations

from graph.model import ArticleFacts, Document, Organization


def extract_facts(document: Document) -> ArticleFacts:
    orgs = (Organization(document.publisher, "media"),) if document.publisher else ()
    return ArticleFacts(document=document, language=document.language or "en", organizations=orgs)


def warm_up() -> None:
    return None
