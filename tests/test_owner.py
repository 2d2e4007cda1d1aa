"""While ``mekg serve`` holds a store, the other commands work on it through the server,
and the endpoint answers with what they add, without a restart."""

from __future__ import annotations

import base64
import json
import os
import stat
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest
from sample_facts import fill, lidl_facts, xiaomi_facts
from test_load import ask, free_port, server

from graph.api import KnowledgeGraph
from graph.owner import SERVE_FILE

ARTICLE = """Walmart verlässt Deutschland

Bentonville (28.07.2006) - Der US-Einzelhändler Walmart zieht sich aus Deutschland zurück und
verkauft seine 85 Märkte an die Metro-Gruppe, teilte das Unternehmen mit.
"""
COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a ?type } }"


def mekg(store: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "graph.cli", "--store", str(store), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def public_count(port: int) -> int:
    status, body = ask(port, "GET", "/sparql?" + urllib.parse.urlencode({"query": COUNT_ARTICLES}))
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    with KnowledgeGraph(path) as kg:
        fill(kg.store, [xiaomi_facts(), lidl_facts()])
    return path


def test_commands_work_on_a_served_store_and_the_server_answers_with_new_articles(
    store: Path, tmp_path: Path
) -> None:
    port = free_port()
    with server(store, port, 20):
        before = public_count(port)
        commands = [
            ["stats"],
            ["query", "--cq", "articles"],
            ["render", "--out", tmp_path / "v.html"],
        ]
        commands.append(["export", "--format", "nq", "--out", tmp_path / "all.nq"])
        for command in commands:
            done = mekg(store, *command)
            assert done.returncode == 0, (command, done.stderr)
        assert "Xiaomi" in mekg(store, "query", "--cq", "market_entries").stdout
        article = tmp_path / "walmart.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        done = mekg(store, "ingest", "--workers", "1", article)
        assert done.returncode == 0, done.stderr
        assert public_count(port) == before + 1
        assert "walmart.txt" in mekg(store, "query", "--cq", "articles").stdout
    # Stopped: the serve file is gone and the store opens directly, with the new article.
    assert not (store / SERVE_FILE).exists()
    with KnowledgeGraph(store) as kg:
        assert any(row["source"] == "walmart.txt" for row in kg.cq("articles"))


def test_only_local_mekg_processes_may_write(store: Path) -> None:
    port = free_port()
    with server(store, port, 20):
        serve_file = store / SERVE_FILE
        assert stat.S_IMODE(serve_file.stat().st_mode) == 0o600
        token = json.loads(serve_file.read_text())["token"]
        drop = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        for credentials in (None, "mekg:wrong", f"someone:{token}"):
            headers = dict(form)
            if credentials:
                headers["Authorization"] = (
                    "Basic " + base64.b64encode(credentials.encode()).decode()
                )
            # without credentials the route asks for them (401), with wrong ones refuses
            assert ask(port, "POST", "/local/update", drop, **headers)[0] == (
                401 if credentials is None else 403
            )
        assert public_count(port) == 2


def test_a_serve_file_left_by_a_killed_server_is_ignored(store: Path) -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = int(gone.stdout)
    record = {"url": "http://127.0.0.1:9", "token": "x", "pid": dead}
    (store / SERVE_FILE).write_text(json.dumps(record))
    os.chmod(store / SERVE_FILE, 0o600)
    done = mekg(store, "stats")
    assert done.returncode == 0, done.stderr
    assert "articles" in done.stdout
