"""The named extraction rules: listed, documented, covered by a test, and switchable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.extract import extract
from graph.extract.rules import REGISTRY, doc, switched_off
from graph.sources import document_from_text

ROOT = Path(__file__).resolve().parent.parent


def _organisations(text: str, language: str) -> set[str]:
    document = document_from_text(
        text, title="T", published="2021-03-01", language=language, source="t.txt"
    )
    return {o.name for o in extract(document).organizations}


def test_every_rule_is_named_by_a_test_of_its_own() -> None:
    doc()  # loads every module that registers rules
    tests = "".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "tests").glob("test_*.py")
        if p.name != Path(__file__).name
    )
    untested = [id for id in REGISTRY if not re.search(rf"\b{re.escape(id)}\b", tests)]
    assert REGISTRY and not untested, untested


def test_the_rules_page_is_current() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == doc(), (
        "run: python -m graph.extract.rules --doc"
    )


def test_a_rule_switched_off_finds_nothing_and_others_keep_working() -> None:
    text = "Handsets by Samsung, Quillon and Vextra went on sale in Kenya on Monday."
    assert {"Quillon", "Vextra"} <= _organisations(text, "en")
    with switched_off("org.listed-with-known"):
        found = _organisations(text, "en")
    assert "Quillon" not in found and "Samsung Electronics" in found
    assert {"Quillon", "Vextra"} <= _organisations(text, "en")  # on again after the block


def test_an_unknown_rule_id_is_an_error() -> None:
    with pytest.raises(KeyError, match="org.no-such-rule"), switched_off("org.no-such-rule"):
        pass
