"""Unit tests per pipeline stage: sources, geography, RDF minting."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import geo, rdf
from graph.errors import SourceError
from graph.sources import iter_documents
from graph.sources.decode import decode


def read_one(path: Path):
    [(_, item)] = list(iter_documents([path]))
    return item


def test_txt_title_dateline_signature(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(
        "Decathlon geht nach Chile\n\nHamburg (03.04.2024) -\n\nDer Händler plant den Start.\n\n"
        "Thomas Berger,\nberger@handelsbote.example\n",
        encoding="utf-8",
    )
    doc = read_one(f)
    assert (doc.title, doc.published, doc.place, doc.author, doc.publisher, doc.language) == (
        "Decathlon geht nach Chile",
        "2024-04-03",
        "Hamburg",
        "Thomas Berger",
        "handelsbote",
        "de",
    )
    assert doc.source == "a.txt" and doc.locator.startswith("file://")


def test_english_dateline_byline_and_copyright(tmp_path: Path) -> None:
    f = tmp_path / "b.txt"
    f.write_text(
        "Title\n\nBy Jane Roe\n\nMADRID, Nov. 8, 2017 -- Text here.\n\nCopyright 2017 Some Wire. All rights reserved.\n"
    )
    doc = read_one(f)
    assert (doc.author, doc.place, doc.published, doc.publisher) == (
        "Jane Roe",
        "Madrid",
        "2017-11-08",
        "Some Wire",
    )


def test_a_comma_dateline_may_end_in_a_full_stop_and_dash(tmp_path: Path) -> None:
    f = tmp_path / "d.txt"
    f.write_text(
        "Título\nCiudad de México, 6 de marzo de 2024.- Mercado Libre invertirá en México.\n"
    )
    doc = read_one(f)
    assert (doc.place, doc.published) == ("Ciudad de México", "2024-03-06")


@pytest.mark.parametrize(
    ("byline", "author", "publisher"),
    [
        ("By Jane Doe, Financial Times", "Jane Doe", "Financial Times"),
        ("By Jane Doe and John Roe", "Jane Doe", None),
        ("By Jane Doe, Staff Writer", "Jane Doe", None),  # no outlet the gazetteer knows
    ],
)
def test_a_byline_names_the_author_and_a_known_outlet(
    tmp_path: Path, byline: str, author: str, publisher: str | None
) -> None:
    f = tmp_path / "b.txt"
    f.write_text(f"Title\n{byline}\nMEXICO CITY -- Revolut has begun offering accounts.\n")
    doc = read_one(f)
    assert (doc.author, doc.publisher, doc.place) == (author, publisher, "Mexico City")


def test_jsonl_lines_are_named_by_line_and_bad_lines_fail_alone(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text('{"text": "Eins."}\n{"text": \n{"text": "Drei.", "url": "https://x.example/3"}\n')
    items = list(iter_documents([f]))
    assert [name for name, _ in items] == ["feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3"]
    assert isinstance(items[1][1], SourceError)
    assert items[2][1].url == "https://x.example/3"


def test_decoding_boms_latin1_and_binary() -> None:
    assert decode("Größe".encode("utf-16")) == "Größe"
    assert decode("Größe".encode("latin-1")) == "Größe"
    assert decode(b"\xef\xbb\xbfhi\r\n") == "hi\n"
    try:
        decode(b"\x89PNG\r\n\x1a\n\x00")
    except SourceError as error:
        assert "binary" in str(error)
    else:
        raise AssertionError("PNG accepted")


def test_places_in_three_languages_and_containment() -> None:
    assert [
        p.code
        for p in geo.find_places(
            "Xiaomi will über Mexiko nach Nordamerika und Lateinamerikas Märkte", "de"
        )
    ] == ["MX", "003", "419"]
    assert [p.code for p in geo.find_places("Swedes and the Nordics", "en")] == ["SE", "154"]
    assert [p.code for p in geo.find_places("llega a la India y a Arabia Saudí", "es")] == [
        "IN",
        "SA",
    ]
    assert geo.contains("419", "MX") and geo.contains("EU", "SE") and not geo.contains("419", "US")
    assert geo.label("MX", "de") == "Mexiko"


def test_minted_iris_are_valid_for_any_name() -> None:
    for name in ['Sam\'s "Club" <x>', "مرحبا", "🚀 Rocket\nCo", "  "]:
        iri = rdf.organization_iri(name).value
        assert iri.startswith(rdf.ID) and not any(c in iri for c in ' <>"\n{}|\\^`')
    assert rdf.person_iri("Wang Xiang") == rdf.person_iri("Xiang Wang")


def test_a_heading_line_is_its_own_paragraph_but_wrapped_lines_are_not() -> None:
    from graph.extract.text import split_sentences

    text = (
        "Eigene Läden und ein Onlineshop\n"
        "Bis Ende des Jahres wolle der Konzern in Deutschland weitere Vertriebswege aufbauen, sagte er.\n"
        "Der Konzern verkauft seine Geräte bisher über Händler wie Media Markt und\n"
        "Saturn, die beide zur Ceconomy gehören, und über Amazon."
    )
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[0] == "Eigene Läden und ein Onlineshop"
    assert sentences[1].startswith("Bis Ende des Jahres")
    assert sentences[2].startswith("Der Konzern verkauft") and sentences[2].endswith("über Amazon.")
    assert len(sentences) == 3


@pytest.mark.parametrize(
    "header",
    [
        "By Staff Reporter\nPublished: 2016-01-07",
        "Von Maria Huber\nDatum: 07.01.2016",
        "Por Ana Ruiz",
    ],
)
def test_a_byline_or_a_header_line_is_its_own_paragraph(header: str) -> None:
    from graph.extract.text import split_sentences

    text = header + "\nNetflix has launched its service in India, it said on Wednesday."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == [*header.split("\n"), sentences[-1]]
    assert sentences[-1].startswith("Netflix has launched")


@pytest.mark.parametrize(
    ("dateline", "place", "published"),
    [
        ("SAN JOSÉ (Costa Rica), 2 de julio de 2019 - ", "San José", "2019-07-02"),
        ("PORTO ALEGRE (Brasil), 14 de marzo de 2021.- ", "Porto Alegre", "2021-03-14"),
        ("GRAZ (Österreich), 3. Mai 2022 - ", "Graz", "2022-05-03"),
        ("SPRINGFIELD (Illinois), May 3, 2018 -- ", "Springfield", "2018-05-03"),
    ],
)
def test_a_dateline_may_bracket_the_country_before_the_date(
    tmp_path: Path, dateline: str, place: str, published: str
) -> None:
    f = tmp_path / "c.txt"
    f.write_text(f"Title\n{dateline}Ikea opened its first store there.\n", encoding="utf-8")
    doc = read_one(f)
    assert (doc.place, doc.published) == (place, published)


@pytest.mark.parametrize(
    ("closing", "author", "publisher"),
    [
        # a wire's copyright line credits the reporter after the outlet
        (
            "Copyright 2006 Reuters. Reporting by John Smith; editing by Jane Roe",
            "John Smith",
            "Reuters",
        ),
        ("© 2019 Reuters. Reporting by Ana Ruiz", "Ana Ruiz", "Reuters"),
        # a closing signature: the author's name over the outlet's, on two lines
        ("John Smith\nFinancial Times", "John Smith", "Financial Times"),
        ("Anna Müller\nHandelsblatt", "Anna Müller", "Handelsblatt"),
        ("Ana García\nEl País", "Ana García", "El País"),
        # guard: a last line that names no outlet signs nothing
        ("The board met Mark Jones\nand the City.", None, None),
    ],
)
def test_closing_lines_name_the_author_and_the_outlet(
    tmp_path: Path, closing: str, author: str | None, publisher: str | None
) -> None:
    f = tmp_path / "s.txt"
    f.write_text(f"Title\nLONDON -- Tesco said it would leave Japan.\nMore text.\n\n{closing}\n")
    doc = read_one(f)
    assert (doc.author, doc.publisher) == (author, publisher)


@pytest.mark.parametrize(
    ("head", "place", "published"),
    [
        # a wire's dateline without the year still gives the place
        ("TOKYO, March 3 - ", "Tokyo", None),
        ("NICE, France, March 3 - ", "Nice", None),
        ("BUENOS AIRES, 12 de marzo - ", "Buenos Aires", None),
        # a dateline that ends its line
        ("NEW DELHI, July 22, 2024 --\n", "New Delhi", "2024-07-22"),
        # a date alone on a head line dates the article
        ("29.05.2019\n\nBerlin - ", "Berlin", "2019-05-29"),
        ("Mittwoch, 29. Mai 2019, 14:30 Uhr\nBerlin - ", "Berlin", "2019-05-29"),
        ("Tue Mar 29, 2022 3:47am EDT\nSINGAPORE - ", "Singapore", "2022-03-29"),
        # guard: a sentence with a date in it is no date line
        ("On 29 May 2019 the company said it had opened shops in Chile and Peru.\n", None, None),
    ],
)
def test_wire_datelines_without_a_year_and_date_lines(
    tmp_path: Path, head: str, place: str | None, published: str | None
) -> None:
    f = tmp_path / "w.txt"
    f.write_text(f"Title\n{head}Ikea opened its first store there.\n", encoding="utf-8")
    doc = read_one(f)
    assert (doc.place, doc.published) == (place, published)


@pytest.mark.parametrize(
    ("fields", "published"),
    [
        ({"published": "2018-09"}, "2018-09"),
        ({"date": "September 2018"}, "2018-09"),
        ({"datePublished": "2018"}, "2018"),
        ({"published": "2018-09-14T10:00:00Z"}, "2018-09-14"),
        # no date field: the dateline in the text dates the article
        ({}, "2019-07-02"),
    ],
)
def test_a_json_article_s_date_is_as_precise_as_its_field(
    tmp_path: Path, fields: dict[str, str], published: str
) -> None:
    import json

    f = tmp_path / "j.json"
    text = "LIMA, 2 de julio de 2019 - Ikea abrirá su primera tienda en Perú."
    f.write_text(json.dumps({"title": "Ikea", "text": text, **fields}), encoding="utf-8")
    doc = read_one(f)
    assert (doc.published, doc.place) == (published, "Lima")
