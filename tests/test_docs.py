"""The documentation is true: every `$ mekg …` example in README.md and docs/ prints what
the page shows, on the demo store; every example in `--help` runs; every command is
documented (in the spirit of sqlite-utils' tests/test_docs.py)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from graph.cli import cli
from tests.conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CONSOLE = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)
PYTHON = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
# Examples that cannot run here: a server that runs until stopped (its curl examples run
# against one the test starts), the benchmark (CI runs `mekg bench --quick`), and a remote
# store, which needs a SPARQL server with updates (tests/test_remote.py drives one)
NOT_RUN = ("mekg serve", "mekg bench", "mekg --store mekg-store serve", "mekg --store http")


def examples(page: Path) -> list[tuple[str, str]]:
    """(command line, what the page shows it prints) for each `$ mekg` line of ``page``."""
    found = []
    for block in CONSOLE.findall(page.read_text(encoding="utf-8")):
        for chunk in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, _, shown = chunk.partition("\n")
            found.append((command, shown))
    return found


def one_line(text: str) -> str:
    return " ".join(text.split())


def shows(shown: str, printed: str) -> bool:
    """True when ``printed`` is what ``shown`` says, runs of whitespace made one; a line
    holding only `…` stands for any text."""
    parts = re.split(r"^…$", shown, flags=re.MULTILINE)
    pattern = ".*".join(re.escape(one_line(part)) for part in parts)
    return re.fullmatch(pattern, one_line(printed), re.DOTALL) is not None


@pytest.fixture
def workplace(demo_store: Path, tmp_path: Path) -> Path:
    """A folder as a reader has it after `mekg demo`: ./mekg-store, data/, ontology/."""
    shutil.copytree(demo_store, tmp_path / "mekg-store")
    for name in ("data", "ontology"):
        (tmp_path / name).symlink_to(ROOT / name)
    return tmp_path


def run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    words = shlex.split(command)
    assert words[0] == "mekg", command
    env = {k: v for k, v in os.environ.items() if k != "MEKG_STORE"}
    return subprocess.run(
        [sys.executable, "-m", "graph.cli", *words[1:]],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**env, "PYTHONPATH": str(ROOT), "COLUMNS": "100"},
    )


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_example_prints_what_the_page_shows(page: Path, workplace: Path) -> None:
    for command, shown in examples(page):
        result = run(command, workplace)
        printed = result.stdout + result.stderr
        assert shows(shown, printed), (
            f"$ {command}\n--- the page shows:\n{shown}\n--- printed:\n{printed}"
        )


def test_the_pages_have_examples() -> None:
    assert len(examples(ROOT / "README.md")) >= 5
    assert len(examples(ROOT / "docs" / "cli.md")) >= 10


def test_the_readme_python_example_runs(workplace: Path) -> None:
    [code] = PYTHON.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=workplace,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert (workplace / "view.html").is_file()


def help_examples() -> list[str]:
    """The `mekg …` lines of `mekg --help` and of every command's --help."""
    texts = [cli.help or ""] + [command.help or "" for command in cli.commands.values()]
    lines = [line.strip() for text in texts for line in text.splitlines()]
    # an example's comment stands two spaces or more after it
    return [re.split(r"\s{2,}", line)[0] for line in lines if line.startswith("mekg ")]


def indented_examples() -> list[str]:
    """The `mekg …` lines of the pages' indented code blocks (no output shown)."""
    lines = [line for page in PAGES for line in page.read_text(encoding="utf-8").splitlines()]
    return [line.split("  #")[0].strip() for line in lines if line.startswith("    mekg ")]


@pytest.mark.parametrize("command", help_examples() + indented_examples())
def test_every_help_and_indented_example_runs(command: str, workplace: Path) -> None:
    if command.startswith(NOT_RUN):
        pytest.skip("a server, a remote store or the benchmark: see NOT_RUN")
    result = run(command, workplace)
    assert result.returncode == 0, f"$ {command}\n{result.stdout}{result.stderr}"


def test_every_command_and_option_is_documented() -> None:
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert f"`mekg {name}" in reference, f"docs/cli.md does not name mekg {name}"
        for parameter in command.params:
            if isinstance(parameter, click.Option):
                assert parameter.help, f"mekg {name} {parameter.opts[0]} has no help"


def test_the_readme_is_a_front_door() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme) <= 12_000
    assert "    python -m pip install -e . && mekg demo\n" in readme
    assert (
        "    python -m pip install -e '.[test]' && python -m pytest -q -m 'not bench'\n" in readme
    )
    for link in re.findall(r"\]\(((?:docs|data)/[^)#]+)", readme):
        assert (ROOT / link).exists(), link


def curl_examples() -> list[str]:
    """The `curl …` lines of docs/server.md and of `mekg serve --help`, comments cut."""
    texts = [(ROOT / "docs" / "server.md").read_text(encoding="utf-8")]
    texts.append(cli.commands["serve"].help or "")
    lines = [line.strip() for text in texts for line in text.splitlines()]
    return [line.split("  #")[0].strip() for line in lines if line.startswith("curl ")]


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_server_examples_answer_from_a_server_the_test_starts(workplace: Path) -> None:
    import socket
    import time

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (workplace / "query.rq").write_text("ASK { ?s ?p ?o }\n")
    server = subprocess.Popen(
        [sys.executable, "-m", "graph.cli", "serve", "--port", str(port)],
        cwd=workplace,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as client:
                if client.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert server.poll() is None, server.stderr.read()  # type: ignore[union-attr]
            time.sleep(0.2)
        assert len(curl_examples()) >= 4
        for example in curl_examples():
            command = shlex.split(example.replace("7878", str(port)))
            result = subprocess.run(
                [*command, "--fail", "--silent", "--show-error", "--max-time", "30"],
                capture_output=True,
                text=True,
                timeout=60,
                cwd=workplace,
            )
            assert result.returncode == 0, f"{example}\n{result.stderr}"
            assert result.stdout, example
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.parametrize(
    ("page", "module"), [("performance", "graph.bench"), ("performance-scale", "graph.bench_scale")]
)
def test_the_performance_reports_are_the_ones_their_figures_make(page: str, module: str) -> None:
    import importlib
    import json

    report = importlib.import_module(module).report
    figures = json.loads((ROOT / "docs" / f"{page}.json").read_text(encoding="utf-8"))
    written = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    assert written == report(figures), (
        f"docs/{page}.md is written by `mekg bench --from-json docs/{page}.json "
        f"--report docs/{page}.md`, not by hand"
    )
