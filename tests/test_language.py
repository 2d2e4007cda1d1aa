"""Languages are detected when the input does not say, and the detected language drives extraction."""

from __future__ import annotations

import pytest

from graph import KnowledgeGraph
from graph.sources.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Händler will im nächsten Jahr in Polen die ersten Filialen eröffnen, sagte ein Sprecher.",
            "de",
        ),
        (
            "The retailer plans to open its first stores in Poland next year, a spokesman said.",
            "en",
        ),
        (
            "El minorista prevé abrir sus primeras tiendas en Polonia el próximo año, dijo un portavoz.",
            "es",
        ),
        ("Zara", None),  # too little evidence: no guess
    ],
)
def test_function_words_tell_the_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_ingest_without_language_detects_it_and_uses_its_patterns() -> None:
    kg = KnowledgeGraph()
    kg.ingest_text(
        "Decathlon eröffnet Ende Mai seine ersten Filialen in Chile, sagte das Unternehmen.",
        title="Decathlon in Chile",
        published="2024-03-05",
        source="auto-de.txt",
    )
    kg.ingest_text(
        "Decathlon abrirá a finales de mayo sus primeras tiendas en Perú, dijo la empresa.",
        title="Decathlon en Perú",
        published="2024-03-05",
        source="auto-es.txt",
    )
    languages = {r["source"]: r["language"] for r in kg.cq("articles")}
    assert languages == {"auto-de.txt": "de", "auto-es.txt": "es"}
    entries = {(r["source"], r["market"], r["date"]) for r in kg.cq("market_entries")}
    assert {("auto-de.txt", "CL", "2024-05"), ("auto-es.txt", "PE", "2024-05")} <= entries, entries
