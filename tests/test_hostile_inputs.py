"""Inputs that could hang or stall an ingest: special files, slow or odd web servers,
markup built to make a parser quadratic, a full disk. Each ends in bounded time with one
line, and the rest of the batch is ingested."""

from __future__ import annotations

import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph import KnowledgeGraph
from graph.errors import NoSpaceError, SourceError
from graph.sources import count_articles, iter_documents
from tests.conftest import ROOT

GOOD = "Lidl opens in Serbia\n\nLidl opened its first stores in Serbia on Tuesday.\n"


def mekg(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graph.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


# ---------------------------------------------------------------------- special files
def test_a_fifo_and_a_link_to_dev_zero_are_refused_by_type_and_the_rest_is_read(
    tmp_path: Path,
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    started = time.perf_counter()
    result = mekg("--store", tmp_path / "s", "ingest", fifo, zero, good, timeout=60)
    assert time.perf_counter() - started < 30
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: pipe.txt: a named pipe (FIFO), not a file — pass article files",
        "error: zero.txt: a character device, not a file — pass article files",
    ]
    assert "1 ingested" in result.stderr


def test_a_folder_without_articles_says_so_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "notes.md").write_text("not an article")
    result = mekg("--store", tmp_path / "s", "ingest", tmp_path / "news")
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {tmp_path / 'news'}: no articles in this folder")


def test_a_name_with_control_characters_is_printed_escaped(tmp_path: Path) -> None:
    name = "evil\n0 ingested, 0 unchanged, 0 failed\x1b[2J.json"
    (tmp_path / name).write_text("{")
    result = mekg("--store", tmp_path / "s", "ingest", tmp_path / name)
    assert result.returncode == 1
    assert "\x1b" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2  # the error and the summary: no forged line
    assert "evil\\n0 ingested, 0 unchanged, 0 failed\\x1b[2J.json" in lines[0]


# ---------------------------------------------------------------------- JSON Lines
def test_a_json_lines_string_may_hold_unicode_line_separators(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {"title": "Lidl", "text": "Lidl opened\u2028in Serbia.\u2029"}, ensure_ascii=False
        ),
        json.dumps({"title": "Aldi", "text": "Aldi opened in Italy."}),
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = list(iter_documents([feed]))
    assert [type(item).__name__ for _, item in found] == ["Document", "Document"]
    assert count_articles([feed]) == 2


# ---------------------------------------------------------------------- web servers
@pytest.fixture
def odd_server() -> Iterator[str]:
    """A loopback server: /slow sends a byte every 0.2 s for ever, /ftp redirects to
    ftp://, /ok answers an article."""
    stop = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 — the standard library's name
            if self.path == "/ftp":
                self.send_response(302)
                self.send_header("Location", "ftp://127.0.0.1/article.txt")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            if self.path == "/ok":
                self.wfile.write(GOOD.encode())
                return
            for _ in range(300):  # at most a minute, whatever the client does
                if stop.is_set():
                    return
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.2)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    stop.set()
    server.shutdown()
    server.server_close()


def test_a_server_that_trickles_is_cut_off_at_the_deadline(
    odd_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph.sources import web

    monkeypatch.setattr(web, "FETCH_DEADLINE_S", 1.5)
    started = time.perf_counter()
    found = list(iter_documents([f"{odd_server}/slow", f"{odd_server}/ok"]))
    assert time.perf_counter() - started < 10
    (_, slow), (_, ok) = found
    assert isinstance(slow, SourceError)
    assert "the server took more than 1.5 s to send the answer" in str(slow)
    assert not isinstance(ok, SourceError)


def test_a_redirect_to_another_scheme_is_not_followed(odd_server: str) -> None:
    [(_, item)] = list(iter_documents([f"{odd_server}/ftp"]))
    assert isinstance(item, SourceError)
    assert "redirects to ftp://127.0.0.1/article.txt — only http(s) addresses" in str(item)


def test_an_answer_above_the_size_cap_is_refused(odd_server: str) -> None:
    [(_, item)] = list(iter_documents([f"{odd_server}/slow"], max_bytes=3))
    assert isinstance(item, SourceError)
    assert "above the limit of 3 bytes" in str(item)


# ---------------------------------------------------------------------- hostile markup
MB = 1_000_000
HOSTILE_PAGES = {
    "repeated meta tags": "<meta " * (MB // 6),
    "repeated meta properties": '<meta property="og:title" ' * (MB // 26),
    "repeated JSON-LD openings": '<script type="application/ld+json">' * (MB // 36),
    "repeated html openings": "<html " * (MB // 6),
    "nested inline tags": "<p><b>x" * (MB // 7),
    "entities": "<p>" + "&amp;" * (MB // 5),
    "attributes": "<a " + 'b="1" ' * (MB // 7) + ">",
    "an unclosed comment": "<html><body><!--" + "x" * MB,
    "one long line": "<html><body><p>" + "word " * (MB // 5) + "</p></body></html>",
    "angle brackets": "<" * MB,
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(HOSTILE_PAGES))
def test_a_hostile_megabyte_of_html_is_read_in_linear_time(tmp_path: Path, kind: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(HOSTILE_PAGES[kind])
    seconds = []
    for _ in range(3):
        started = time.perf_counter()
        with KnowledgeGraph() as kg:
            kg.ingest([page])
        seconds.append(time.perf_counter() - started)
    assert statistics.median(seconds) < 10, seconds


def test_a_page_of_many_elements_is_read_plainly(tmp_path: Path) -> None:
    from graph.sources.html import MAX_ELEMENTS_FOR_TRAFILATURA, parse_html

    html = "<html><body>" + "<p>Lidl opened in Serbia.</p>" * MAX_ELEMENTS_FOR_TRAFILATURA
    html += "<script>var hidden = 1;</script></body></html>"
    started = time.perf_counter()
    document = parse_html(html, source="x.html", locator="x")
    assert time.perf_counter() - started < 10
    assert document.text.startswith("Lidl opened in Serbia.\nLidl opened")
    assert "hidden" not in document.text


# ---------------------------------------------------------------------- a full disk
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 8 MB file system (tmpfs), mounted for the test: needs root."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_is_one_line_and_the_store_opens_afterwards(small_disk: Path) -> None:
    store = small_disk / "store"
    articles = ROOT / "data" / "articles"
    assert mekg("--store", store, "ingest", articles).returncode == 0
    filler = _fill(small_disk)
    result = mekg("--store", store, "ingest", "--force", articles)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith(f"error: no space left on {small_disk}: ")
    # the API in one process: the error, then the same store opens again at once
    filler.unlink()
    kg = KnowledgeGraph(store, create=False)
    filler = _fill(small_disk)
    with pytest.raises(NoSpaceError), kg:
        kg.ingest([articles], force=True)
    filler.unlink()
    with KnowledgeGraph(store, create=False) as kg:
        assert kg.stats()["articles"] == 4
    stats = mekg("--store", store, "stats")
    assert stats.returncode == 0 and "articles             4" in stats.stdout
