"""Real news (../shared/corpus: BBC business and tech, derStandard) ingests without an error.

The corpus is read, never copied into the project; skipped where it is not beside the project.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="no ../shared/corpus beside the project")
def test_every_corpus_article_ingests_and_yields_facts() -> None:
    from graph import KnowledgeGraph

    files = [
        p
        for p in CORPUS.rglob("*")
        if p.is_file() and p.suffix in {".txt", ".json", ".jsonl", ".html"}
    ]
    kg = KnowledgeGraph()
    report = kg.ingest([CORPUS], workers=2)
    assert report.failed == []
    assert len(report.ingested) >= len(files) > 1000
    stats = kg.stats()
    assert stats["articles"] == len(report.ingested)
    # real news holds real facts: executives and market entries in every part of the corpus
    sources = {r["source"].split("-")[0] for r in kg.cq("executives")}
    assert {"bbc", "gnad"} <= sources, sources
    assert stats["facts:market_entry"] > 100
