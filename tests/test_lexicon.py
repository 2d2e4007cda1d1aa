"""The typed lexicon: each language declares its words through one checked class."""

from __future__ import annotations

import re
from dataclasses import fields
from importlib import import_module
from pathlib import Path
from types import ModuleType

import pytest

from graph.extract.lang import LANGUAGES, data
from graph.extract.lexicon import Lexicon, LexiconError, from_module, markdown, required_fields

ROOT = Path(__file__).resolve().parents[1]
REQUIRED = [f.name for f in required_fields()]


def _module(name: str, **values: object) -> ModuleType:
    module = ModuleType(f"graph.extract.lang.{name}")
    vars(module).update(values)
    return module


def _required_of(code: str) -> dict[str, object]:
    """The required fields as a real language fills them: a minimal new language."""
    source = vars(import_module(f"graph.extract.lang.{code}"))
    return {name: source[name] for name in REQUIRED}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_fills_every_required_field(code: str) -> None:
    module = vars(import_module(f"graph.extract.lang.{code}"))
    assert [name for name in REQUIRED if name not in module] == []
    assert data(code).code == code


def test_the_cue_lists_are_required() -> None:
    # without these a fact type finds nothing in a language
    assert {"ENTRY_CUES", "EXIT_CUES", "SELL_CUES", "LAUNCH_CUES", "SPEECH_VERBS"} <= set(REQUIRED)


def test_a_misspelt_name_in_a_language_module_is_an_error_naming_it() -> None:
    module = _module("xx", **_required_of("en"), ENTRY_CUEZ=("enters",))
    with pytest.raises(LexiconError, match="ENTRY_CUEZ"):
        from_module(module, "xx")


def test_a_value_of_the_wrong_type_is_an_error_naming_the_field() -> None:
    module = _module("xx", **{**_required_of("en"), "ENTRY_CUES": ["enters", "opens"]})
    with pytest.raises(LexiconError, match=r"ENTRY_CUES is a list.*tuple\[str, \.\.\.\]"):
        from_module(module, "xx")
    module = _module("xx", **{**_required_of("en"), "DATE_SEASONS": {"spring": "March"}})
    with pytest.raises(LexiconError, match="DATE_SEASONS"):
        from_module(module, "xx")


def test_a_language_lacking_a_required_field_is_an_error_naming_it() -> None:
    values = _required_of("en")
    del values["SPEECH_VERBS"]
    with pytest.raises(LexiconError, match="SPEECH_VERBS"):
        from_module(_module("xx", **values), "xx")


def test_a_new_language_is_a_module_with_the_required_fields() -> None:
    lexicon = from_module(_module("xx", **_required_of("es")), "xx")
    assert lexicon.code == "xx"
    assert lexicon.ENTRY_CUES == data("es").ENTRY_CUES
    # what it leaves out falls back to the declared defaults: the rule is off
    assert lexicon.EXIT_RE is None and lexicon.ROLE_OF == "of" and lexicon.PLACE_ADJECTIVES == {}


def test_a_language_that_leaves_out_an_optional_field_gets_its_default() -> None:
    assert "EXIT_RE" not in vars(import_module("graph.extract.lang.es"))
    assert data("es").EXIT_RE is None
    assert data("en").ROLE_OF == "of" and data("es").ROLE_OF == "de"


def test_an_unknown_language_reads_the_english_lexicon_once() -> None:
    assert data("xx") is data("en") is data("en")
    # lexicons hash by identity: the @cache functions keyed on them stay cheap
    assert len({data("de"), data("en"), data("es")}) == 3


def test_every_field_the_code_reads_is_declared() -> None:
    read: set[str] = set()
    for path in (ROOT / "graph").rglob("*.py"):
        if path.parent.name == "lang":
            continue
        source = path.read_text(encoding="utf-8")
        read |= set(re.findall(r"\b(?:L|lexicon|data\([^()]*\))\.([A-Z][A-Z_]+)\b", source))
        # the implicit interface is gone: no name read by its string
        assert not re.search(r"(?:get|has)attr\([^,]+, \"[A-Z_]+\"", source), path
    declared = {f.name for f in fields(Lexicon)}
    assert len(read) > 140
    assert read - declared == set()


def test_the_lexicon_page_is_current() -> None:
    page = (ROOT / "docs" / "lexicon.md").read_text(encoding="utf-8")
    assert page == markdown(), "run: python -m graph.extract.lexicon --doc"


def test_the_lexicon_page_lists_every_field_with_its_languages() -> None:
    page = markdown()
    for f in fields(Lexicon):
        if f.name != "code":
            assert f"| `{f.name}` |" in page
    assert re.search(r"\| `ENTRY_CUES` \| `tuple\[str, \.\.\.\]` \| \*\*required\*\* \|", page)
    assert re.search(r"\| `EXIT_RE` \| `str \\\| None` \| `None` \| .* \| ✓ \| ✓ \|  \|", page)
