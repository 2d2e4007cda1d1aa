"""Extraction behaviour per language, on texts we wrote ourselves."""

from __future__ import annotations

import datetime as dt

from graph.extract import extract
from graph.extract.dates import find_dates, parse_date
from graph.sources import document_from_text


def facts_of(text: str, published: str, language: str):
    return extract(document_from_text(text, title="Test", published=published, language=language, source="t.txt"))


def test_german_apposition_gives_executive_with_role() -> None:
    facts = facts_of(
        "Der Discounter Lidl plant den Markteintritt in Serbien. \"Serbien ist wichtig für uns\", "
        "sagte Anna Weber, Leiterin des Bereichs Expansion bei Lidl, am Dienstag.",
        "2017-06-16", "de")
    roles = {(p.person, p.organization): p.role for p in facts.positions}
    assert roles[("Anna Weber", "Lidl")].startswith("Leiterin des Bereichs Expansion")
    assert ("Lidl", "RS") in {(e.company, e.market) for e in facts.market_entries}


def test_english_status_from_modality_and_exit() -> None:
    facts = facts_of(
        "Walmart will pull out of Germany next year. Walmart plans to open stores in India in 2019.",
        "2017-05-11", "en")
    status = {e.market: (e.status, e.date) for e in facts.market_entries}
    assert status["DE"] == ("withdrawn", "2018")
    assert status["IN"] == ("planned", "2019")


def test_spanish_launch_and_home_country_is_not_a_market() -> None:
    facts = facts_of(
        "El fabricante estadounidense Tesla inauguró este martes su primera tienda en la India.",
        "2025-07-15", "es")
    entries = {e.market: (e.status, e.date) for e in facts.market_entries}
    assert entries["IN"] == ("launched", "2025-07-15")
    assert "US" not in entries


def test_retailer_list_after_cue_word_gives_sales_channels() -> None:
    facts = facts_of(
        "Der chinesische Hersteller Xiaomi will in Mexiko starten. Die Handys sollen online bei "
        "Händlern wie Coppel und Soriana verkauft werden.", "2017-05-11", "de")
    channels = {(c.retailer, c.market, c.channel) for c in facts.sales_channels}
    assert ("Coppel", "MX", "online") in channels
    assert {o.name: o.kind for o in facts.organizations}["Coppel"] == "retailer"


def test_relative_dates_resolve_against_publication() -> None:
    published = dt.date(2017, 5, 11)
    values = [d.value for d in find_dates("Ende Mai und spätestens 2019, im kommenden Jahr", "de", published)]
    assert values == ["2017-05", "2019", "2018"]
    assert [d.value for d in find_dates("el próximo año", "es", published)] == ["2018"]
    assert parse_date("15 de julio de 2025", "es") == "2025-07-15"
    assert find_dates("1.600 Filialen und 36.000 Quadratfuß", "de", published) == []
