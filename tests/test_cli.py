"""What a newcomer meets at the command line: stores, pipes, Ctrl-C, --where, messages."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT


def mekg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graph.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.parametrize(
    "command",
    [
        ["query", "--cq", "market_entries"],
        ["stats"],
        ["export", "--format", "nt"],
        ["render", "--out", "x.html"],
        ["validate"],
        ["analyze"],
    ],
)
def test_a_read_on_a_missing_store_names_it_and_creates_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "nope"
    result = mekg("--store", str(missing), *command, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith(f"error: no store at {missing} — ")
    assert "ingest" in result.stderr
    assert not missing.exists()
    assert not (tmp_path / "mekg-store").exists()


def test_a_folder_that_holds_no_store_is_no_store(tmp_path: Path) -> None:
    result = mekg("--store", str(tmp_path), "stats")
    assert result.returncode == 1
    assert "no store at" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_store_is_accepted_before_or_after_the_command(demo_store: Path) -> None:
    before = mekg("--store", str(demo_store), "stats")
    after = mekg("stats", "--store", str(demo_store))
    assert before.returncode == after.returncode == 0, after.stderr
    assert before.stdout == after.stdout
    assert "articles             4" in after.stdout


def test_ingest_creates_the_store_it_is_given(tmp_path: Path) -> None:
    result = mekg("ingest", str(ROOT / "data" / "articles"), "--store", str(tmp_path / "new"))
    assert result.returncode == 0, result.stderr
    assert mekg("--store", str(tmp_path / "new"), "stats").returncode == 0


@pytest.mark.parametrize(
    ("command", "statuses"),
    [
        ("export --format nt", {141}),  # 400 KB: more than the pipe holds
        ("analyze", {0, 141}),  # 0 when all is written before `head` has gone
        ("demo --out {tmp}", {0, 141}),
    ],
)
def test_output_into_a_closed_pipe_ends_quietly(
    demo_store: Path, tmp_path: Path, command: str, statuses: set[int]
) -> None:
    store = tmp_path / "s" if command.startswith("demo") else demo_store  # demo writes
    result = subprocess.run(
        f"{sys.executable} -m graph.cli --store {store} {command.format(tmp=tmp_path)}"
        " | head -1 >/dev/null; echo ${PIPESTATUS[0]}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert int(result.stdout) in statuses
    assert result.stderr == ""


def test_ctrl_c_during_an_ingest_with_workers_prints_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    article = (ROOT / "data" / "articles" / "en-ikea-india-2023.txt").read_text()
    for n in range(3000):
        (folder / f"a{n}.txt").write_text(article)
    ingest = subprocess.Popen(
        [sys.executable, "-m", "graph.cli", "--store", str(tmp_path / "s"), "ingest"]
        + ["--workers", "2", str(folder)],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,  # Ctrl-C goes to the whole process group, workers too
    )
    time.sleep(4)
    os.killpg(ingest.pid, signal.SIGINT)
    _, stderr = ingest.communicate(timeout=60)
    assert ingest.returncode == 130
    assert stderr.strip().splitlines() == [
        "interrupted — committed articles are complete; run the same command again to finish"
    ]


@pytest.mark.parametrize(
    ("where", "company", "markets"),
    [
        ("company=byd", "BYD", {"AT", "DE", "NO", "SE"}),  # any case
        ("market=Germany", None, {"DE"}),  # an English name
        ("market=deutschland", None, {"DE"}),  # a German one, in lower case
        ("market=México", None, {"MX"}),  # a Spanish one
        ("market=mx", None, {"MX"}),  # a code in lower case
        ("company=decathlon", "Decathlon", {"419", "MX", "RU"}),
    ],
)
def test_where_reads_a_value_as_focus_does(
    demo_store: Path, where: str, company: str | None, markets: set[str]
) -> None:
    result = mekg(
        "--store", str(demo_store), "query", "--cq", "market_entries", "--where", where,
        "--format", "csv",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {row["market"] for row in rows} == markets
    if company:
        assert {row["company"] for row in rows} == {company}


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("company=BYDD", "error: no company named 'BYDD' in the store — did you mean: BYD?"),
        ("market=Germny", "error: no market named 'Germny' — did you mean: Germany"),
        ("source=nope.txt", "error: no article named 'nope.txt' in the store — "),
    ],
)
def test_where_naming_nothing_says_did_you_mean_and_exits_1(
    demo_store: Path, where: str, message: str
) -> None:
    result = mekg("--store", str(demo_store), "query", "--cq", "market_entries", "--where", where)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    assert len(result.stderr.splitlines()) == 1


def test_a_sparql_error_points_at_the_users_own_line_and_column(demo_store: Path) -> None:
    result = mekg("--store", str(demo_store), "query", "SELECT * WHERE {\n  ?s rdfs:label ?o ")
    assert result.returncode == 1
    # line 2 of what the user wrote, as Oxigraph counts it without the predeclared prefixes
    assert result.stderr.startswith("error: SPARQL syntax error at line 2, column 20: expected ")
    assert len(result.stderr.splitlines()) == 1


def test_an_unknown_prefix_is_named_with_the_predeclared_ones(demo_store: Path) -> None:
    result = mekg("--store", str(demo_store), "query", "SELECT * WHERE {\n  ?s foaf:name ?o }")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: SPARQL: unknown prefix 'foaf:' at line 2, column 6 — declare it "
        "(PREFIX foaf: <…>) or use a predeclared one: "
        "mekg, rdf, rdfs, xsd, skos, schema, org, prov, nif, owl"
    ]


def test_progress_shows_the_total_and_a_rate(capsys: pytest.CaptureFixture[str]) -> None:
    from graph.cli import _progress_bar

    with _progress_bar(5, enabled=True) as progress:
        assert progress is not None
        progress(1, "a.txt")
        time.sleep(1.1)  # the rate shows once a second has passed
        progress(3, "b.txt")
    shown = capsys.readouterr().err
    assert "3/5" in shown and "articles/s" in shown


def test_progress_shows_a_hostile_name_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    from graph.cli import _progress_bar

    with _progress_bar(1, enabled=True) as progress:
        assert progress is not None
        progress(1, "evil[bold]\x1b[2J.txt")
    shown = capsys.readouterr().err
    assert "evil[bold]\\x1b[2J.txt" in shown and "\x1b[2J" not in shown


def test_the_progress_total_counts_files_and_json_lines(tmp_path: Path) -> None:
    from graph.sources import count_articles

    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n{"text": "z"}')
    (tmp_path / "notes.md").write_text("not an article")
    assert count_articles([tmp_path, tmp_path / "a.txt"]) == 5


@pytest.mark.parametrize("retailer", ["amazon.com", "Q3884", "AMAZON"])
def test_where_finds_an_entity_by_alias_or_wikidata_id(demo_store: Path, retailer: str) -> None:
    result = mekg(
        "--store", str(demo_store), "query", "--cq", "sales_channels",
        "--where", f"retailer={retailer}", "--format", "csv",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(row["company"], row["retailer"]) for row in rows] == [("Decathlon", "Amazon")]


def test_an_input_that_holds_no_article_says_so(tmp_path: Path) -> None:
    (tmp_path / "feed.json").write_text("[]")
    result = mekg("--store", str(tmp_path / "s"), "ingest", str(tmp_path / "feed.json"))
    assert result.returncode == 1
    assert result.stderr.startswith("error: nothing to ingest — ")
