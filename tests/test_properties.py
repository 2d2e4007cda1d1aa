"""Property-based tests (hypothesis) for decoding, the .txt parser and IRI minting."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import logging
import os
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import rdflib
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from graph import rdf
from graph.errors import SourceError
from graph.model import Document
from graph.sources import SUFFIXES, iter_documents
from graph.sources.decode import decode
from graph.sources.text import parse_text
from graph.store import OxigraphStore

# Characters that break IRIs, N-Triples and HTML, next to scripts of every direction.
HOSTILE_PIECES = (
    *"\"'<> \n\r\t\\{}|^`#%?&+/:@\x00\x7f\u202e\u200f",
    *("مرحبا", "שלום", "🚀", "👩\u200d👩\u200d👧", "Ümlaut", "ß", "Ǆ", "ﬁ", "𝔘"),
)
names = st.lists(
    st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=8)), min_size=1, max_size=8
).map("".join)
# Text as an article file would hold it: no control characters but tab and newline.
article_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t"), max_size=300
)
BINARY_SIGNATURES = ("%PDF-", "GIF87a", "GIF89a", "BZh")
# MEKG_EXAMPLES=2000 pytest tests/test_properties.py searches harder than the default run.
SETTINGS = settings(
    max_examples=int(os.environ.get("MEKG_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# ---------------------------------------------------------------------- decoding
@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_decode_to_text_or_a_source_error(data: bytes) -> None:
    try:
        text = decode(data, "x.txt")
    except SourceError as error:
        assert str(error).startswith("x.txt: ")
    else:
        assert isinstance(text, str)
        assert not any(unicodedata.category(c) == "Cc" and c not in "\t\n" for c in text)
        text.encode("utf-8")  # no lone surrogates: every decoded text can be stored


@SETTINGS
@given(article_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_unicode_text_decodes_back_to_itself(text: str, encoding: str) -> None:
    assume(not text.startswith(BINARY_SIGNATURES))
    assert decode(text.encode(encoding)) == unicodedata.normalize("NFC", text)


@SETTINGS
@given(
    st.text(
        st.characters(
            min_codepoint=0x20,
            max_codepoint=0xFF,
            blacklist_characters="\x7f" + "".join(map(chr, range(0x80, 0xA0))),
        ),
        min_size=1,
        max_size=300,
    )
)
def test_latin1_text_with_an_umlaut_decodes_as_windows_1252(text: str) -> None:
    text = "Größe " + text
    assert decode(text.encode("latin-1")) == unicodedata.normalize("NFC", text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "title", "published", "author", "publisher", "language", "x"]),
            inner,
            max_size=5,
        )
    ),
    max_leaves=12,
)
file_contents = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=1000).map(lambda text: text.encode("utf-8")),
    json_values.map(lambda value: json.dumps(value).encode("utf-8")),
    st.lists(json_values, max_size=4).map(
        lambda values: "\n".join(map(json.dumps, values)).encode("utf-8")
    ),
)


@SETTINGS
@given(file_contents, st.sampled_from(sorted(SUFFIXES)))
def test_any_file_reads_as_documents_or_source_errors(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(content)
        for name, item in iter_documents([path]):
            assert "input" in name
            assert isinstance(item, (Document, SourceError))
            if isinstance(item, Document):
                assert item.text.strip()
                item.text.encode("utf-8")  # storable


# ---------------------------------------------------------------------- the .txt parser
@SETTINGS
@given(st.text(max_size=400))
def test_the_txt_parser_never_raises(text: str) -> None:
    document = parse_text(text, source="a.txt", locator="file:///a.txt")
    assert text.endswith(document.text)
    assert text[document.body_offset :] == document.text


@SETTINGS
@given(article_text, article_text)
def test_the_title_is_the_first_non_empty_line(head: str, rest: str) -> None:
    title_line = head.split("\n")[0]
    assume(title_line.strip() and rest.strip())
    text = "\n \n" + title_line + "\n" + rest
    document = parse_text(text, source="a.txt", locator="file:///a.txt")
    assert document.title == title_line.strip()
    assert document.text == rest


places = st.lists(
    st.sampled_from(
        [
            "Mexiko",
            "Stadt",
            "Berlin",
            "Neu",
            "Delhi",
            "Sankt",
            "Gallen",
            "Köln",
            "Zürich",
            "São",
            "Paulo",
        ]
    ),
    min_size=1,
    max_size=3,
)


@SETTINGS
@given(
    places,
    st.sampled_from(["-", " "]),
    st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)),
    st.sampled_from(["-", "--", "–", "—"]),
)
def test_paren_datelines_give_place_and_date(
    words: list[str], joiner: str, date: dt.date, dash: str
) -> None:
    place = joiner.join(words)
    text = f"Ein Titel\n\n{place} ({date:%d.%m.%Y}) {dash} Der Händler eröffnet ein Geschäft.\n"
    document = parse_text(text, source="a.txt", locator="file:///a.txt")
    assert (document.place, document.published) == (place, date.isoformat())


# ---------------------------------------------------------------------- IRI minting
@contextmanager
def rdflib_complaints() -> Iterator[list[str]]:
    """What rdflib logs meanwhile: it only logs (never raises) about IRIs it finds invalid."""
    messages: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: messages.append(record.getMessage())  # type: ignore[method-assign]
    logger = logging.getLogger("rdflib")
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


MINTERS = (
    rdf.organization_iri,
    rdf.person_iri,
    lambda name: rdf.product_iri(name, maker="Maker " + name),
    rdf.market_iri,
    rdf.article_graph,
    rdf.role_iri,
)


@SETTINGS
@given(names, st.sampled_from(MINTERS))
def test_minted_iris_are_valid_for_rdflib_and_oxigraph(name: str, mint) -> None:  # noqa: ANN001
    iri = mint(name).value
    assert iri.startswith(rdf.ID)
    assert not any(c in iri for c in ' <>"{}|^`\\\n\r\t') and iri.isascii()
    ox.NamedNode(iri)
    with rdflib_complaints() as complaints:
        rdflib.URIRef(iri)
    assert complaints == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(names, min_size=1, max_size=6))
def test_minted_iris_and_labels_round_trip_through_n_quads(labels: list[str]) -> None:
    graph = rdf.article_graph("file:///" + labels[0])
    quads = [
        ox.Quad(mint(label), rdf.LABEL, ox.Literal(label), graph)
        for label in labels
        for mint in MINTERS[:3]
    ]
    store = OxigraphStore(None)
    store.replace_graph(graph, quads)
    out = io.BytesIO()
    store.dump(out, "nq")
    parsed = rdflib.Dataset()
    with rdflib_complaints() as complaints:
        parsed.parse(data=out.getvalue().decode("utf-8"), format="nquads")
    assert complaints == []
    found = {(str(s), str(o)) for s, _, o, _ in parsed.quads((None, rdflib.RDFS.label, None, None))}
    assert found == {(q.subject.value, q.object.value) for q in quads}
    assert {str(o) for _, o in found} == set(labels)  # labels keep the original text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(*[names.filter(bool)] * 4)
def test_any_article_metadata_is_stored_and_read_back(
    title: str, author: str, place: str, publisher: str
) -> None:
    from sample_facts import lidl_facts  # noqa: PLC0415

    from graph.ingest import write_facts  # noqa: PLC0415

    facts = lidl_facts()
    document = dataclasses.replace(
        facts.document,
        title=title,
        author=author,
        place=place,
        publisher=publisher,
        source=title,
        locator="file:///" + title,
    )
    store = OxigraphStore(None)
    write_facts(store, dataclasses.replace(facts, document=document))
    graph = rdf.article_graph(document.locator)
    assert store.graph_value(graph, rdf.PREFIXES["schema"] + "headline") == title
    assert store.graph_value(graph, rdf.MEKG + "datelinePlace") == place
    authors = store.query(
        "SELECT ?name WHERE { GRAPH ?g { ?article <https://schema.org/author> ?person . "
        "?person <http://www.w3.org/2000/01/rdf-schema#label> ?name } }"
    )
    assert [row["name"] for row in authors.rows] == [author]
