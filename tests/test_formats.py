"""Article metadata from every format, and HTML main text without the page around it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.sources import iter_documents

PAGE = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>Ikea llega a Chile | Diario Ejemplo</title>
<meta property="og:site_name" content="Diario Ejemplo">
<meta property="og:url" content="https://diario.example/ikea-chile">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ikea llega a Chile",
 "datePublished": "2022-08-10T09:00:00-04:00", "author": {"@type": "Person", "name": "Marta Ruiz"},
 "publisher": {"@type": "Organization", "name": "Diario Ejemplo"}}</script></head>
<body>
<nav><ul><li><a href="/">Portada</a></li><li><a href="/economia">Economía NAVTEXT</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent">Usamos cookies COOKIETEXT para mejorar su experiencia.
 <button>Aceptar</button></div>
<main><article><h1>Ikea llega a Chile</h1>
<p>SANTIAGO, 10 de agosto de 2022 – La cadena sueca Ikea abrió este miércoles su primera tienda en
Chile, en el municipio de Cerrillos, con una superficie de 34.000 metros cuadrados.</p>
<p>La empresa prevé abrir otras dos tiendas en el país antes de 2025, dijo su directora, Ana López.
Ikea también planea llegar a Perú y Colombia en los próximos años.</p>
</article></main>
<footer>© 2022 Diario Ejemplo FOOTERTEXT · Aviso legal · Contacto</footer>
</body></html>"""


def _one(path: Path):
    [(name, document)] = list(iter_documents([path]))
    assert not isinstance(document, Exception), document
    return document


def test_html_main_text_leaves_navigation_banners_and_footers_out(tmp_path: Path) -> None:
    path = tmp_path / "ikea-chile.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = _one(path)
    assert "primera tienda en" in doc.text and "Perú y Colombia" in doc.text
    for boilerplate in ("NAVTEXT", "COOKIETEXT", "FOOTERTEXT"):
        assert boilerplate not in doc.text
    assert (doc.title, doc.published, doc.author, doc.publisher, doc.language) == (
        "Ikea llega a Chile",
        "2022-08-10",
        "Marta Ruiz",
        "Diario Ejemplo",
        "es",
    )
    assert doc.url == "https://diario.example/ikea-chile"
    assert doc.place == "SANTIAGO" or doc.place == "Santiago"


def test_json_fields_give_metadata(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text(
        json.dumps(
            {
                "title": "Zalando startet in Irland",
                "published": "2022-03-30",
                "author": {"name": "Jan Roth"},
                "publisher": "Handelsblick",
                "url": "https://example.org/z",
                "place": "Berlin",
                "text": "Zalando ist am Mittwoch in Irland gestartet, teilte das Unternehmen mit.",
            }
        ),
        encoding="utf-8",
    )
    doc = _one(path)
    assert (
        doc.title,
        doc.published,
        doc.author,
        doc.publisher,
        doc.place,
        doc.url,
        doc.language,
    ) == (
        "Zalando startet in Irland",
        "2022-03-30",
        "Jan Roth",
        "Handelsblick",
        "Berlin",
        "https://example.org/z",
        "de",
    )


@pytest.mark.parametrize(
    ("dateline", "place", "published"),
    [
        ("Mexiko-Stadt (11.05.2017) - ", "Mexiko-Stadt", "2017-05-11"),
        ("MADRID, Nov. 8, 2017 -- ", "Madrid", "2017-11-08"),
        ("BOMBAY, 15 de julio de 2025 – ", "Bombay", "2025-07-15"),
        # the day between the place and the agency, without a year: no date
        ("BEIJING, Dec 21 (Reuters) - ", "Beijing", None),
        ("MADRID, 12 Sep. 2023 (EUROPA PRESS) - ", "Madrid", "2023-09-12"),
        # the agency's bracket closed by a full stop before the dash (EFE's style)
        ("Madrid, 3 de marzo de 2025 (EFE).- ", "Madrid", "2025-03-03"),
        # a header line dates a dateline whose day has no year
        ("Published: 2024-05-14\n\nBEIJING, Dec 21 (Reuters) - ", "Beijing", "2024-05-14"),
        ("Fecha: 3 de marzo de 2025\n\nMADRID - ", "Madrid", "2025-03-03"),
        # the date before the place and the agency; a place alone closed by ".-"
        ("19.12.2005 Essen (dpa) - ", "Essen", "2005-12-19"),
        ("BUENOS AIRES.- ", "Buenos Aires", None),
    ],
)
def test_txt_datelines_in_german_english_and_spanish_styles(
    tmp_path: Path, dateline: str, place: str, published: str | None
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        f"A title line\n\n{dateline}Ikea opened its first store in Chile.\n", encoding="utf-8"
    )
    doc = _one(path)
    assert (doc.title, doc.place, doc.published) == ("A title line", place, published)
    assert doc.text.strip().endswith("first store in Chile.")


@pytest.mark.parametrize(
    ("dateline", "publisher"),
    [
        ("Berlin (dpa) - ", "Deutsche Presse-Agentur"),
        ("BEIJING, Dec 21 (Reuters) - ", "Reuters"),
        ("Madrid (Efe/AFP) - ", "Agencia EFE"),
        # guard: a date in brackets credits no one
        ("Mexiko-Stadt (11.05.2017) - ", None),
    ],
)
def test_the_agency_a_dateline_credits_is_the_publisher_when_nothing_else_names_one(
    tmp_path: Path, dateline: str, publisher: str | None
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"A title line\n\n{dateline}Ikea opened in Chile.\n", encoding="utf-8")
    assert _one(path).publisher == publisher
    # a copyright line names the publisher first
    path.write_text(
        f"A title line\n\n{dateline}Ikea opened in Chile.\n\nCopyright 2017 Retail Wire.\n",
        encoding="utf-8",
    )
    assert _one(path).publisher == "Retail Wire"


def test_a_json_article_s_dateline_agency_stands_in_for_a_missing_publisher(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feed.json"
    text = "Berlin (dpa) - Ikea eröffnet in Chile."
    path.write_text(json.dumps({"title": "Ikea", "text": text}), encoding="utf-8")
    assert _one(path).publisher == "Deutsche Presse-Agentur"
    path.write_text(
        json.dumps({"title": "Ikea", "text": text, "publisher": "Der Standard"}), encoding="utf-8"
    )
    assert _one(path).publisher == "Der Standard"


def test_a_dateline_after_a_teaser_sentence_gives_the_place(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text(
        json.dumps(
            {
                "text": "Nur noch Handgepäck im günstigsten Tarif. Frankfurt am Main- Die "
                "Fluggesellschaft Condor startet ein neues Preismodell für Flüge in Europa."
            }
        ),
        encoding="utf-8",
    )
    assert _one(path).place == "Frankfurt am Main"


@pytest.fixture
def web(tmp_path: Path):
    """A local web server for ``tmp_path``; yields its base address."""
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_article_at_a_web_address_is_fetched_and_named_by_it(tmp_path: Path, web: str) -> None:
    (tmp_path / "ikea-chile.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"text": "Ikea opened in Peru.", "title": "Ikea in Peru"}) + "\n",
        encoding="utf-8",
    )
    page, feed = f"{web}/ikea-chile.html", f"{web}/feed.jsonl"
    found = dict(iter_documents([page, feed]))
    assert set(found) == {page, f"{feed}#1"}
    article = found[page]
    assert not isinstance(article, Exception), article
    assert (article.source, article.title, article.published) == (
        page,
        "Ikea llega a Chile",
        "2022-08-10",
    )
    assert "NAVTEXT" not in article.text and "primera tienda" in article.text
    line = found[f"{feed}#1"]
    assert not isinstance(line, Exception), line
    assert (line.source, line.title) == (f"{feed}#1", "Ikea in Peru")


def test_a_web_address_that_fails_is_one_error_and_the_batch_goes_on(
    tmp_path: Path, web: str
) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nIkea opened in Peru.\n", encoding="utf-8")
    found = list(
        iter_documents([f"{web}/missing.html", "http://127.0.0.1:9/x", tmp_path / "a.txt"])
    )
    errors = [str(item) for _, item in found if isinstance(item, Exception)]
    assert len(errors) == 2
    assert "the server answered 404" in errors[0] and "check the address" in errors[0]
    assert "cannot fetch it" in errors[1] and "network" in errors[1]
    assert [item.source for _, item in found if not isinstance(item, Exception)] == ["a.txt"]


def test_a_web_answer_over_the_size_limit_is_refused(tmp_path: Path, web: str) -> None:
    (tmp_path / "big.html").write_text(PAGE, encoding="utf-8")
    [(_, error)] = list(iter_documents([f"{web}/big.html"], max_bytes=100))
    assert isinstance(error, Exception) and "--max-bytes" in str(error)


def test_ingesting_a_web_address_names_its_facts_by_it(tmp_path: Path, web: str) -> None:
    from graph.api import KnowledgeGraph

    (tmp_path / "ikea-chile.html").write_text(PAGE, encoding="utf-8")
    page = f"{web}/ikea-chile.html"
    with KnowledgeGraph() as kg:
        report = kg.ingest(page)
        rows = kg.cq("market_entries")
    assert report.ingested == [page]
    assert {(r["source"], r["market"]) for r in rows} >= {(page, "CL")}
