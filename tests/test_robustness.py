"""Bad input and crashes, through the real command line: one line per failure, nothing lost."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import rdf

ARTICLE = (
    "Lidl eröffnet in Serbien\n\n"
    "Der Discounter Lidl hat am Dienstag zehn Filialen in Serbien eröffnet.\n"
)


MEKG = [sys.executable, "-m", "graph.cli"]


def mekg(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MEKG, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def stored_articles(store: Path) -> dict[str, str]:
    """Source name → title of every article in ``store``, read through ``mekg query``."""
    result = mekg("--store", store, "query", "--cq", "articles", "--format", "csv")
    assert result.returncode == 0, result.stderr
    return {row["source"]: row["title"] for row in csv.DictReader(io.StringIO(result.stdout))}


def png() -> bytes:
    """A real 1×1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def zip_archive() -> bytes:
    """A real zip archive holding an article."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.txt", ARTICLE)
    return buffer.getvalue()


def noise(size: int = 8000) -> bytes:
    """Bytes without a file signature or NUL that still decode as Windows-1252."""
    return bytes((i * 7919 + 13) % 255 + 1 for i in range(size))


MALFORMED_HTML = (
    "<html lang=en><head><title>Lidl opens in Serbia</title><body><div class=x><p>Lidl opened "
    "ten stores in Serbia on Tuesday, the discounter said in Belgrade. <b>It plans <i>twenty more "
    "stores next year, <p>the company said.<div></span></table> The <a href='x>expansion</a> "
    "goes on"
)


@dataclass(frozen=True)
class Case:
    """An input file and the one-line reason the command must give for refusing it."""

    file: str
    content: bytes
    reason: str


REFUSED = {
    "empty file": Case("empty.txt", b"", "the file is empty"),
    "whitespace only": Case("blank.txt", b" \n\t\n   \r\n", "the file is empty"),
    "PNG image": Case("photo.png", png(), "unknown file type .png"),
    "PNG renamed .txt": Case("photo.txt", png(), "binary file, not text"),
    "zip archive": Case("articles.zip", zip_archive(), "unknown file type .zip"),
    "zip renamed .txt": Case("articles.txt", zip_archive(), "binary file, not text"),
    "noise without a signature": Case("noise.txt", noise(), "binary file, not text"),
    "truncated JSON": Case("cut.json", b'{"title": "Lidl", "text": "Lidl er', "invalid JSON"),
    "JSON without text": Case(
        "notext.json", b'{"title": "Lidl"}', 'a JSON article needs a non-empty "text"'
    ),
    "JSONL with only bad lines": Case("feed.jsonl", b'{"text": \n', "invalid JSON"),
    "JSON nested too deeply": Case("deep.json", b"[" * 100_000, "nested too deeply"),
    "JSON with a 5000-digit number": Case(
        "number.json", b'{"text": "Lidl", "n": ' + b"1" * 5000 + b"}", "invalid JSON"
    ),
    "an article too long to extract": Case(
        "book.txt", ARTICLE.encode() * 3000, "the article has 2"
    ),
    "unknown extension": Case("notes.docx", zip_archive(), "unknown file type .docx"),
    "missing path": Case("missing.txt", b"", "no such file or folder"),
}
# Inputs that are odd but readable: file → (content, title that must reach the store).
READABLE = {
    "invalid UTF-8": (
        "broken.txt",
        b"Lidl startet in Serbien\n\nDer Discounter er\xc3\x28ffnet \x81 zehn Filialen.\n",
        "Lidl startet in Serbien",
    ),
    "Latin-1": (
        "legacy.txt",
        "Müller eröffnet in Österreich\n\nDie Drogeriekette Müller öffnet Filialen.\n".encode(
            "latin-1"
        ),
        "Müller eröffnet in Österreich",
    ),
    "UTF-16 with BOM": (
        "wide.txt",
        "Größe zählt: Aldi in Übersee\n\nAldi eröffnet Filialen in Australien.\n".encode("utf-16"),
        "Größe zählt: Aldi in Übersee",
    ),
    "malformed HTML": ("broken.html", MALFORMED_HTML.encode(), "Lidl opens in Serbia"),
    "terminal escapes": (
        "escapes.txt",
        b"Lidl \x1b[2J\x1b]8;;https://x.example\x07opens\x1b[0m in Serbia\n\n"
        + ARTICLE.encode() * 2,
        "Lidl [2J]8;;https://x.exampleopens[0m in Serbia",
    ),
    "lone surrogates in JSON": (
        "odd.json",
        b'{"title": "Lidl \\ud800 Serbia", "text": "Lidl opened stores in Serbia \\udfff."}',
        "Lidl \ufffd Serbia",
    ),
    "no title, date or entities": (
        "plain.txt",
        b"it rained all day and nobody did anything at all.\n",
        "",
    ),
    "JSON without title, date or entities": (
        "bare.json",
        json.dumps({"text": "it rained all day and nobody did anything at all."}).encode(),
        "",
    ),
}


def failure_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The ``error:`` lines of a command, after checking that it printed no traceback."""
    assert "Traceback" not in result.stderr
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def assert_failures(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    """One ``error:`` line per expected failure, each containing its text."""
    lines = failure_lines(result)
    assert len(lines) == len(expected), result.stderr
    for text in expected:
        assert sum(text in line for line in lines) == 1, (text, result.stderr)


@pytest.mark.parametrize("case", REFUSED.values(), ids=REFUSED.keys())
def test_refused_input_is_one_line_naming_file_and_reason(tmp_path: Path, case: Case) -> None:
    path = tmp_path / case.file
    if case.reason != "no such file or folder":
        path.write_bytes(case.content)
    result = mekg("--store", tmp_path / "store", "ingest", path)
    assert result.returncode == 1
    [line] = failure_lines(result)
    assert case.file in line and case.reason in line
    assert article_graphs(ox.Store(str(tmp_path / "store"))) == {}


@pytest.fixture(scope="module")
def readable_batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, dict[str, str]]:
    """All readable odd inputs ingested in one command: exit status, stderr, stored titles."""
    folder = tmp_path_factory.mktemp("readable")
    for file, content, _ in READABLE.values():
        (folder / file).write_bytes(content)
    result = mekg(
        "--store", folder / "store", "ingest", *(folder / f for f, _, _ in READABLE.values())
    )
    return result.returncode, result.stderr, stored_articles(folder / "store")


@pytest.mark.parametrize("case", READABLE.values(), ids=READABLE.keys())
def test_odd_but_readable_input_is_ingested(
    readable_batch: tuple[int, str, dict[str, str]], case: tuple[str, bytes, str]
) -> None:
    status, stderr, stored = readable_batch
    file, _, title = case
    assert status == 0 and "error:" not in stderr and "Traceback" not in stderr, stderr
    assert stored[file] == title


def test_a_folder_of_mixed_files_ingests_the_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "good.json").write_text(
        json.dumps({"title": "Aldi in Italien", "text": "Aldi eröffnet Filialen in Italien."})
    )
    (folder / "sub" / "good.html").write_bytes(MALFORMED_HTML.encode())
    feed = [
        json.dumps({"title": "One", "text": "Lidl opened stores in Serbia."}),
        '{"title": "Two", "text": ',
        "",
        json.dumps({"title": "Four", "text": "Aldi opened stores in Italy."}),
        "[1, 2]",
    ]
    (folder / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "cut.json").write_text('{"text": "Aldi')
    (folder / "photo.txt").write_bytes(png())
    (folder / "photo.png").write_bytes(png())  # not an article type: a folder walk skips it
    (folder / ".hidden.txt").write_text(ARTICLE)  # hidden files are skipped too
    result = mekg("--store", tmp_path / "store", "ingest", folder, tmp_path / "missing")
    assert result.returncode == 1
    assert_failures(
        result,
        "empty.txt: the file is empty",
        "cut.json: invalid JSON",
        "photo.txt: binary file",
        "feed.jsonl#2: invalid JSON: Expecting value (column",
        "feed.jsonl#5: a JSON article needs",
        "missing: no such file or folder",
    )
    assert stored_articles(tmp_path / "store") == {
        "good.txt": "Lidl eröffnet in Serbien",
        "good.json": "Aldi in Italien",
        "good.html": "Lidl opens in Serbia",
        "feed.jsonl#1": "One",
        "feed.jsonl#4": "Four",
    }


def test_a_50_mb_file_is_refused_at_once_naming_the_limit_and_the_flag(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = ARTICLE.encode("utf-8")
    big.write_bytes(line * (50_000_000 // len(line) + 1))
    started = time.monotonic()
    result = mekg("--store", tmp_path / "store", "ingest", big, timeout=60)
    seconds = time.monotonic() - started
    print(f"\n50 MB file refused in {seconds:.2f} s")
    assert result.returncode == 1
    assert_failures(result, "big.txt: 50,000,")
    assert "above the limit of 20,000,000 bytes — raise it with --max-bytes" in result.stderr
    assert seconds < 10  # nothing is read: the time is the command's start-up


@pytest.mark.parametrize(
    "args", [["ingest"], ["ingest", "--no-such-option", "x.txt"], ["no-such-command"]]
)
def test_usage_errors_exit_2_without_a_traceback(tmp_path: Path, args: list[str]) -> None:
    result = mekg("--store", tmp_path / "store", *args)
    assert result.returncode == 2
    assert "Usage:" in result.stderr and "Traceback" not in result.stderr


def test_an_unexpected_error_is_one_line_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner  # noqa: PLC0415

    from graph.api import KnowledgeGraph  # noqa: PLC0415
    from graph.cli import cli  # noqa: PLC0415

    def broken(self: KnowledgeGraph) -> None:
        raise RuntimeError("a bug")

    KnowledgeGraph(tmp_path / "s").close()  # a store to read
    monkeypatch.setattr(KnowledgeGraph, "stats", broken)
    monkeypatch.delenv("MEKG_DEBUG", raising=False)
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s"), "stats"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "error: internal error (RuntimeError: a bug) — please report it; "
        "MEKG_DEBUG=1 shows the traceback"
    ]
    monkeypatch.setenv("MEKG_DEBUG", "1")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s"), "stats"])
    assert isinstance(result.exception, RuntimeError)


# ---------------------------------------------------------------------- killed mid-batch
COMPANIES = ("Lidl", "Aldi", "IKEA", "Xiaomi", "Decathlon", "Zara", "Carrefour", "Uniqlo", "Tesco")
COUNTRIES = (
    ("Serbia", "Belgrade"),
    ("Mexico", "Mexico City"),
    ("India", "Mumbai"),
    ("Chile", "Santiago"),
    ("Poland", "Warsaw"),
    ("Brazil", "Brasília"),
    ("Japan", "Tokyo"),
    ("Kenya", "Nairobi"),
)


def write_articles(folder: Path, count: int) -> None:
    """``count`` small English articles about market entries, each different."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        company = COMPANIES[i % len(COMPANIES)]
        country, city = COUNTRIES[i % len(COUNTRIES)]
        (folder / f"article-{i:05d}.txt").write_text(
            f"{company} enters {country} (report {i})\n\n"
            f"{city.upper()}, March {1 + i % 28}, 2019 -- {company} opened its first store in "
            f"{country} on Tuesday, the company said. It plans {2 + i % 9} more stores in "
            f"{country} next year.\n",
            encoding="utf-8",
        )


def article_graphs(store: ox.Store) -> dict[str, int]:
    """Article graph IRI → number of quads in it."""
    counts: dict[str, int] = {}
    for quad in store.quads_for_pattern(None, None, None):
        graph = quad.graph_name
        if isinstance(graph, ox.NamedNode) and graph.value.startswith(rdf.ID + "article/"):
            counts[graph.value] = counts.get(graph.value, 0) + 1
    return counts


def committed_articles(path: Path) -> int:
    """How many article graphs another process has committed so far (0 before the store exists)."""
    try:
        store = ox.Store.read_only(str(path))
    except (OSError, RuntimeError):  # not created yet, or still being created
        return 0
    return sum(g.value.startswith(rdf.ID + "article/") for g in store.named_graphs())


def kill_mid_batch(command: list[str], store: Path, total: int) -> bool:
    """Start ``command``, SIGKILL it once some but not all articles are in; False if it finished."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if 3 <= committed_articles(store) < total:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.02)
    process.wait()
    return False


@pytest.mark.slow
def test_a_killed_ingest_leaves_complete_articles_and_the_rerun_adds_the_rest(
    tmp_path: Path,
) -> None:
    for total in (200, 1000, 5000):  # a faster machine may finish 200 before the poll sees it
        folder, store, reference = (tmp_path / f"{name}-{total}" for name in ("in", "s", "ref"))
        write_articles(folder, total)
        ingest = ["ingest", "--workers", "1", "--quiet", str(folder)]
        command = [*MEKG, "--store", str(store), *ingest]
        full = subprocess.Popen([*MEKG, "--store", str(reference), *ingest])
        if kill_mid_batch(command, store, total):
            break
        full.wait()
    else:
        pytest.fail("the ingest always finished before it could be killed")
    assert full.wait(timeout=300) == 0

    expected = article_graphs(ox.Store(str(reference)))
    assert len(expected) == total
    survivors = article_graphs(ox.Store(str(store)))  # the killed process released its lock
    assert 3 <= len(survivors) < total
    print(f"\nkilled after {len(survivors)} of {total} articles")
    # Every committed article is whole: exactly the quads a complete ingest writes for it.
    assert {graph: expected[graph] for graph in survivors} == survivors

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    final = ox.Store(str(store))
    assert article_graphs(final) == expected
    sources = final.query(
        "SELECT ?name (COUNT(?article) AS ?n) WHERE { GRAPH ?g { ?article "
        f"<{rdf.MEKG}sourceName> ?name }} }} GROUP BY ?name"
    )
    counts = {row["name"].value: int(row["n"].value) for row in sources}
    assert len(counts) == total and set(counts.values()) == {1}
    # The rerun kept what the killed run committed and only wrote the rest.
    runs = {
        quad.object
        for quad in final.quads_for_pattern(
            None, ox.NamedNode("http://www.w3.org/ns/prov#wasGeneratedBy"), None
        )
        if quad.subject == quad.graph_name
    }
    assert len(runs) == 2


def test_an_article_the_store_refuses_fails_alone_and_a_store_refusing_all_ends_the_batch(
    tmp_path: Path,
) -> None:
    from graph import KnowledgeGraph
    from graph.errors import StoreError

    for name in ("a", "b", "c", "d"):
        (tmp_path / f"{name}.txt").write_text(
            f"Title {name}\n\nIkea opened a store in Chile.\n", encoding="utf-8"
        )
    kg = KnowledgeGraph()
    real = kg.store.replace_graph

    def picky(graph, quads):  # noqa: ANN001, ANN202 — refuses article b only
        if any(q.object.value == "b.txt" for q in quads if hasattr(q.object, "value")):
            raise OSError("disk says no")
        return real(graph, quads)

    kg.store.replace_graph = picky  # type: ignore[method-assign]
    report = kg.ingest([tmp_path], workers=1)
    assert sorted(report.ingested) == ["a.txt", "c.txt", "d.txt"]
    assert [(name, "disk says no" in reason) for name, reason in report.failed] == [("b.txt", True)]

    def broken(graph, quads):  # noqa: ANN001, ANN202
        raise OSError("no space left on device")

    kg.store.replace_graph = broken  # type: ignore[method-assign]
    with pytest.raises(StoreError, match="refused 3 articles in a row"):
        kg.ingest([tmp_path], workers=1, force=True)
