"""The organisation gazetteer: its data file and the matcher in graph.gazetteer."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest

from graph.gazetteer import (
    KINDS,
    Gazetteer,
    GazetteerEntry,
    default_path,
    load_entries,
    normalise_name,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def names(gaz: Gazetteer, text: str) -> list[str]:
    return [m.entry.name for m in gaz.find(text)]


def texts(gaz: Gazetteer, text: str) -> list[str]:
    return [m.text for m in gaz.find(text)]


# ----------------------------------------------------------------------------- the data
def test_data_file_is_large_and_well_formed(gaz: Gazetteer) -> None:
    assert default_path().exists()
    assert len(gaz) >= 800
    header = default_path().read_text(encoding="utf-8").split("\n", 1)[0]
    assert header == "qid\tname\tkind\tcountry\taliases\tindustry"
    for e in gaz.entries:
        assert e.kind in KINDS, e
        assert e.name and e.name == e.name.strip(), e
        assert e.qid is None or re.fullmatch(r"Q\d+", e.qid), e
        assert e.country is None or re.fullmatch(r"[A-Z]{2}", e.country), e
        assert all(a and "|" not in a and "\t" not in a for a in e.aliases), e


def test_every_kind_is_represented_and_many_have_qids(gaz: Gazetteer) -> None:
    kinds = Counter(e.kind for e in gaz.entries)
    assert set(kinds) == set(KINDS)
    assert kinds["retailer"] >= 200 and kinds["carrier"] >= 50 and kinds["media"] >= 100
    assert sum(1 for e in gaz.entries if e.qid) >= 500


def test_no_duplicate_normalised_names_or_qids(gaz: Gazetteer) -> None:
    keys = Counter(normalise_name(e.name) for e in gaz.entries)
    assert [k for k, n in keys.items() if n > 1] == []
    qids = Counter(e.qid for e in gaz.entries if e.qid)
    assert [q for q, n in qids.items() if n > 1] == []


def test_breadth_across_continents(gaz: Gazetteer) -> None:
    countries = Counter(e.country for e in gaz.entries if e.country)
    for code in (
        "DE",
        "US",
        "GB",
        "ES",
        "FR",
        "MX",
        "BR",
        "CN",
        "JP",
        "KR",
        "IN",
        "ID",
        "AE",
        "ZA",
        "NG",
        "AU",
    ):
        assert countries[code] >= 3, code


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Amazon", "retailer"),
        ("AliExpress", "retailer"),
        ("Walmart", "retailer"),
        ("Best Buy", "retailer"),
        ("Coppel", "retailer"),
        ("Soriana", "retailer"),
        ("Elektra", "retailer"),
        ("Lidl", "retailer"),
        ("Cyberport", "retailer"),
        ("Elgiganten", "retailer"),
        ("CDON", "retailer"),
        ("Vodafone", "carrier"),
        ("Telefónica", "carrier"),
        ("Deutsche Telekom", "carrier"),
        ("SK Telecom", "carrier"),
        ("Telia Company", "carrier"),
        ("1&1", "carrier"),
        ("Freenet", "carrier"),
        ("Reliance Jio", "carrier"),
        ("Reuters", "media"),
        ("Handelsblatt", "media"),
        ("Deutsche Presse-Agentur", "media"),
        ("Expansión", "media"),
        ("Xiaomi", "company"),
        ("Kuehne + Nagel", "company"),
        ("Canalys", "company"),
        ("Amazon Web Services", "company"),
        ("AWS", "company"),
        ("IN-SPACe", "other"),
        # holdings that run no shop under their own name
        ("Schwarz Gruppe", "company"),
        ("Ceconomy", "company"),
        ("FTSE 100", "other"),
    ],
)
def test_known_organisations(gaz: Gazetteer, name: str, kind: str) -> None:
    # rule: org.gazetteer
    entry = gaz.lookup(name)
    assert entry is not None, name
    assert entry.kind == kind


def test_known_qids_and_countries(gaz: Gazetteer) -> None:
    amazon = gaz.lookup("Amazon")
    assert amazon is not None and amazon.qid == "Q3884" and amazon.country == "US"
    xiaomi = gaz.lookup("Xiaomi")
    assert xiaomi is not None and xiaomi.country == "CN"


# ----------------------------------------------------------------------------- lookup
@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Wal-Mart", "Walmart"),
        ("wal-mart", "Walmart"),
        ("Walmart Inc.", "Walmart"),
        ("Media Markt", "MediaMarkt"),
        ("mediamarkt", "MediaMarkt"),
        ("Ebay", "eBay"),
        ("dpa", "Deutsche Presse-Agentur"),
        ("Deutschen Presse-Agentur", "Deutsche Presse-Agentur"),
        ("Kühne + Nagel", "Kuehne + Nagel"),
        ("Telefonica", "Telefónica"),
        ("Deutsche Telekom AG", "Deutsche Telekom"),
        ("Telekom", "Deutsche Telekom"),
        ("TeliaSonera", "Telia Company"),
        ("H & M", "H&M"),
        ("Marks and Spencer", "Marks & Spencer"),
    ],
)
def test_lookup_by_alias(gaz: Gazetteer, alias: str, name: str) -> None:
    entry = gaz.lookup(alias)
    assert entry is not None and entry.name == name


def test_lookup_unknown(gaz: Gazetteer) -> None:
    assert gaz.lookup("Frobnicator Widgets GmbH") is None
    assert gaz.lookup("") is None


def test_normalise_name() -> None:
    assert normalise_name("Telefónica, S.A.") == "telefonica"
    assert normalise_name("Wal-Mart") == normalise_name("Walmart")
    assert normalise_name("Deutsche Telekom AG") == "deutschetelekom"
    assert normalise_name("Xiaomi Corp.") == normalise_name("Xiaomi Inc") == "xiaomi"
    assert normalise_name("Grupo Elektra S.A.B. de C.V.") == "elektra"
    assert normalise_name("The Home Depot") == "homedepot"
    assert normalise_name("Samsung Electronics Co., Ltd.") == "samsungelectronics"
    assert normalise_name("Group") == "group"  # nothing left: keep the word


# ----------------------------------------------------------------------------- matching
def test_find_spans_and_entries(gaz: Gazetteer) -> None:
    text = "Der Discounter Lidl eröffnet Filialen; Vodafone und die Telekom folgen."
    found = gaz.find(text)
    assert [m.entry.name for m in found] == ["Lidl", "Vodafone", "Deutsche Telekom"]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_leftmost_longest(gaz: Gazetteer) -> None:
    assert names(gaz, "Laut der Deutschen Telekom wächst der Markt.") == ["Deutsche Telekom"]
    assert names(gaz, "Telefónica Deutschland und Telefónica") == [
        "Telefónica Deutschland",
        "Telefónica",
    ]
    assert names(gaz, "Kuehne+Nagel und Kühne + Nagel") == ["Kuehne + Nagel"] * 2


def test_german_genitive_and_possessive(gaz: Gazetteer) -> None:
    text = (
        "Amazons Marktanteil steigt, berichtet die Redaktion des Handelsblatts. "
        "Amazon's share rises; Amazon’s rivals react."
    )
    assert names(gaz, text) == ["Amazon", "Handelsblatt", "Amazon", "Amazon"]
    assert texts(gaz, text) == ["Amazon", "Handelsblatt", "Amazon", "Amazon"]


def test_german_hyphen_compounds(gaz: Gazetteer) -> None:
    text = "Die Lidl-Filialen, neue Huawei-Modelle und die ersten Xiaomi-Läden."
    assert names(gaz, text) == ["Lidl", "Huawei", "Xiaomi"]
    # the name as the last part of a compound is something else
    assert names(gaz, "Ein Ex-Lidl-Manager und die US-Telekom.") == []
    # a name of several words, its spaces hyphens in the compound
    text = "Die Aldi-Nord-Gruppe und der Deutsche-Bank-Chef."
    assert names(gaz, text) == ["Aldi Nord", "Deutsche Bank"]
    # typeset hyphens (U+2010, U+2011) and dashes join the same way; the name keeps them
    text = "Die Aldi\u2010Nord\u2011Gruppe, der Deutsche\u2013Bank-Chef; Ex\u2011Lidl-Manager"
    assert names(gaz, text) == ["Aldi Nord", "Deutsche Bank"]
    assert texts(gaz, text) == ["Aldi\u2010Nord", "Deutsche\u2013Bank"]


def test_no_match_inside_longer_words_or_addresses(gaz: Gazetteer) -> None:
    assert names(gaz, "Lidlfan Xiaominator Amazonas-Regenwald") == []
    assert names(gaz, "Bestellt über amazon.se oder www.amazon.de, Mail an info@lidl.de") == []
    assert names(gaz, "Amazon.com Inc. said") == ["Amazon"]


def test_case_sensitivity(gaz: Gazetteer) -> None:
    # all-caps and short aliases are exact
    assert names(gaz, "Die Agentur dpa meldet, DPA bestätigt.") == ["Deutsche Presse-Agentur"] * 2
    assert names(gaz, "BA flights; ba ba ba") == ["British Airways"]
    assert names(gaz, "Der Konzern BMW und bmw") == ["BMW"]
    # ordinary words only with the exact capitalisation
    assert names(gaz, "Target opened stores; the target was missed.") == ["Target"]
    assert names(gaz, "Orange expands; an orange sky.") == ["Orange"]
    # safe names in any capitalisation, but a lower-case first letter only where the name has one
    assert names(gaz, "Ebay, eBay und EBAY") == ["eBay"] * 3
    assert names(gaz, "XIAOMI AND HUAWEI") == ["Xiaomi", "Huawei"]
    assert names(gaz, "apple pie and mediamarkt") == []


def test_ordinary_phrases_and_plurals_are_not_names(gaz: Gazetteer) -> None:
    # names that begin with an article match only as written
    assert names(gaz, "The source said the information was new.") == []
    assert names(gaz, "The Information reported it first.") == ["The Information"]
    assert names(gaz, "Laut die Tageszeitung und das Erste Programm") == []
    # plurals that are ordinary words are not genitives of a name
    assert names(gaz, "Canvas, Feds and Targets") == []
    # "&" without spaces in the alias matches only as written
    assert names(gaz, "x = e & f") == []
    assert names(gaz, "H & M und H&M") == ["H&M", "H&M"]


def test_spanish_and_english_sentences(gaz: Gazetteer) -> None:
    text = (
        "Según Expansión, la china Xiaomi venderá en Coppel, Elektra y Walmart de México, "
        "mientras Telcel y AT&T México preparan ofertas."
    )
    assert names(gaz, text) == [
        "Expansión",
        "Xiaomi",
        "Coppel",
        "Elektra",
        "Walmart de México",
        "Telcel",
        "AT&T México",
    ]
    text = "Analysts at Canalys and Counterpoint Research told Reuters that Oppo and Vivo grew."
    assert names(gaz, text) == ["Canalys", "Counterpoint Research", "Reuters", "Oppo", "Vivo"]


def test_from_rows_and_alias_precedence() -> None:
    rows = [
        GazetteerEntry("Q1", "Alpha Mobile", "carrier", "DE", ("Alpha",), "telecoms"),
        GazetteerEntry(None, "Alpha Retail", "retailer", "DE", ("Alpha",), None),
        GazetteerEntry(None, "Telefónica", "carrier", "ES", (), None),
    ]
    g = Gazetteer.from_rows(rows)
    assert len(g) == 3
    assert [m.entry.name for m in g.find("Alpha, Alpha Retail und Telefonica")] == [
        "Alpha Mobile",
        "Alpha Retail",
        "Telefónica",
    ]
    entry = g.lookup("alpha")
    assert entry is not None and entry.name == "Alpha Mobile"


def test_empty_and_odd_input(gaz: Gazetteer) -> None:
    assert gaz.find("") == []
    assert gaz.find("- . ' s -") == []
    assert Gazetteer.from_rows([]).find("Amazon") == []


def test_load_entries_rejects_bad_kind(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "orgs.tsv"
    path.write_text(
        "qid\tname\tkind\tcountry\taliases\tindustry\n\tX\tshop\t\t\t\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match="kind"):
        load_entries(path)


def test_default_is_cached() -> None:
    assert Gazetteer.default() is Gazetteer.default()


def test_find_is_fast(gaz: Gazetteer) -> None:
    """Generous sanity check, not a benchmark: a 5 KB text well under 10 ms on average."""
    paragraph = (
        "Der chinesische Hersteller Xiaomi will im Herbst die ersten Läden in Deutschland "
        "eröffnen; die Geräte gibt es auch bei MediaMarkt und Saturn. The company said "
        "revenue would grow in the second half, while Walmart and Target cut prices. "
        "La compañía espera que las ventas aumenten gracias a El Corte Inglés. "
    )
    text = (paragraph * 30)[:5000]
    gaz.find(text)
    runs = 50
    start = time.perf_counter()
    for _ in range(runs):
        gaz.find(text)
    assert (time.perf_counter() - start) / runs < 0.01


def test_a_national_unit_listed_as_alias_is_an_organisation_of_its_own() -> None:
    """ "Nordkauf Polen" under Nordkauf is the Polish company: no alias of Nordkauf, so
    extraction names it. A publication's regional edition stays an alias."""
    g = Gazetteer.from_rows(
        [
            GazetteerEntry("Q1", "Nordkauf", "retailer", "DE", ("Nordkauf Polen", "NK"), None),
            GazetteerEntry(None, "Daily Wire", "media", "GB", ("Daily Wire Europe",), None),
        ]
    )
    assert g.lookup("Nordkauf Polen") is None
    assert [m.text for m in g.find("Nordkauf Polen und NK")] == ["Nordkauf", "NK"]
    unit = g.lookup("Daily Wire Europe")
    assert unit is not None and unit.name == "Daily Wire"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Boxworld Stores sells laptops.", ["Boxworld Stores"]),
        ("It sold well in the PC world.", []),  # "PC World" is capitalised twice
        ("Sales at PC World rose.", ["PC World"]),
        ("said DZ bank economist Bernd Weidensteiner", ["DZ Bank"]),  # a generic last word
        ("Ebay Plus startet im Herbst.", ["eBay"]),  # the alias begins in lower case
        ("Der Deutsche-Telekom-Chef sprach.", ["Deutsche Telekom"]),
        ("in one of its Indian oil fields", []),
    ],
)
def test_a_name_matched_in_any_case_keeps_its_capitals(text: str, found: list[str]) -> None:
    gazetteer = Gazetteer.from_rows(
        [
            GazetteerEntry(None, name, "company", None, (), None)
            for name in ("PC World", "DZ Bank", "eBay", "Deutsche Telekom", "Indian Oil")
        ]
        + [GazetteerEntry(None, "Boxworld Stores", "retailer", None, (), None)]
    )
    assert [m.entry.name for m in gazetteer.find(text)] == found


# ----------------------------------------------------------------- cache of the built state
def _small_tsv(folder: Path, extra: str = "") -> Path:
    path = folder / "organizations.tsv"
    path.write_text(
        "qid\tname\tkind\tcountry\taliases\tindustry\n"
        "Q483551\tWalmart\tretailer\tUS\tWal-Mart\t\n"
        "Q151954\tLidl\tretailer\tDE\t\t\n" + extra,
        encoding="utf-8",
    )
    return path


def test_the_built_gazetteer_is_cached_and_read_back_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEKG_CACHE_DIR", str(tmp_path / "cache"))
    path = _small_tsv(tmp_path)
    built = Gazetteer._cached(path)
    assert len(list((tmp_path / "cache").glob("gazetteer-*.json"))) == 1

    def no_build(self: Gazetteer) -> None:
        raise AssertionError("built again although the cache matches")

    monkeypatch.setattr(Gazetteer, "_build", no_build)
    cached = Gazetteer._cached(path)
    assert cached._state() == built._state()
    text = "Wal-Mart and Lidl compete."
    assert [(m.start, m.end, m.entry.name) for m in cached.find(text)] == [
        (0, 8, "Walmart"),
        (13, 17, "Lidl"),
    ]
    assert cached.lookup("wal-mart") is cached.lookup("Walmart")


def test_a_changed_file_gets_a_new_cache_and_a_broken_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEKG_CACHE_DIR", str(tmp_path / "cache"))
    Gazetteer._cached(_small_tsv(tmp_path))
    grown = Gazetteer._cached(_small_tsv(tmp_path, "Q1\tAldi\tretailer\tDE\t\t\n"))
    assert grown.lookup("Aldi") is not None
    files = sorted((tmp_path / "cache").glob("gazetteer-*.json"))
    assert len(files) == 2
    for file in files:
        file.write_text("{not json", encoding="utf-8")
    assert Gazetteer._cached(_small_tsv(tmp_path)).lookup("Lidl") is not None


def test_writing_a_cache_removes_all_but_the_newest_few(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from graph import gazetteer

    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("MEKG_CACHE_DIR", str(cache))
    for n in range(6):  # caches of earlier versions, the last written newest
        old = cache / f"gazetteer-old{n}.json"
        old.write_text("{}", encoding="utf-8")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    (cache / "other.txt").write_text("not ours", encoding="utf-8")
    Gazetteer._cached(_small_tsv(tmp_path))
    kept = sorted(p.name for p in cache.glob("gazetteer-*.json"))
    assert len(kept) == gazetteer.CACHES_KEPT
    assert {"gazetteer-old5.json", "gazetteer-old4.json", "gazetteer-old3.json"} < set(kept)
    assert (cache / "other.txt").exists()
    # reading a cache writes nothing and removes nothing
    Gazetteer._cached(_small_tsv(tmp_path))
    assert sorted(p.name for p in cache.glob("gazetteer-*.json")) == kept


def test_an_unwritable_cache_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("MEKG_CACHE_DIR", str(blocker / "cache"))  # below a file: no folder
    assert Gazetteer._cached(_small_tsv(tmp_path)).lookup("Walmart") is not None
