"""The pipeline: stages make one frozen analysis of an article; the registered fact
finders read it, each on its own."""

from __future__ import annotations

import dataclasses

import pytest

from graph.extract.analysis import Context
from graph.extract.facts import FINDERS, entries, find_facts, positions
from graph.extract.stages import analyse
from graph.model import ArticleFacts
from graph.sources import document_from_text

TEXT = (
    "Der chinesische Konzern BYD startet in Deutschland. "
    '"Deutschland ist ein wichtiger Markt für uns", sagte Anna Weber, Leiterin des '
    "Bereichs Expansion bei BYD, am Dienstag."
)


def analysis() -> Context:
    return analyse(
        document_from_text(TEXT, title="BYD", published="2023-06-16", language="de", source="t.txt")
    )


def test_the_analysis_is_frozen_and_knows_the_article_s_company_and_its_home() -> None:
    ctx = analysis()
    assert ctx.focus == "BYD" and ctx.home["BYD"] == "CN"
    assert [p.code for p in ctx.places if p.home] == ["CN"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        ctx.focus = "Tesla"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        ctx.places[0].home = False  # type: ignore[misc]


def test_a_finder_runs_alone_on_the_analysis() -> None:
    ctx = analysis()
    assert [(e.company, e.market, e.status) for e in entries.find(ctx, {})] == [
        ("BYD", "DE", "launched")
    ]
    found = positions.find(ctx, {})
    assert [(p.person, p.organization) for p in found] == [("Anna Weber", "BYD")]


def test_every_kind_of_fact_has_a_registered_finder() -> None:
    kinds = {f.name for f in dataclasses.fields(ArticleFacts)} - {
        "document",
        "language",
        "organizations",
        "people",
        "products",
        "markets",
    }
    assert {f.field for f in FINDERS} == kinds
    found = find_facts(analysis())
    assert set(found) == kinds
    assert [(s.person, s.market) for s in found["statements"]] == [("Anna Weber", "DE")]
