"""While ``mekg serve`` holds a store, the other commands work on it through the server,
and the endpoint answers with what they add, without a restart."""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import stat
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sample_facts import fill, lidl_facts, xiaomi_facts
from test_load import ask, free_port, server
from test_server import RUNAWAY
from test_sparql_text import CRASHING, service_calls

from graph.api import KnowledgeGraph
from graph.errors import MekgError
from graph.owner import SERVE_FILE
from graph.server import KILL_GRACE
from graph.store import open_store

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


# ---------------------------------------------------------------------- hostile local use
# The local route's queries run in the server's killable workers, as the endpoint's do.
LOCAL_TIMEOUT = 4
LOCAL_LIMITS = ("--workers", "2", "--max-memory", "200", "--limit", "5")
ALL_QUADS = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"
# What `mekg query` must say (one line, exit 1) while the server answers on.
LOCAL_ATTACKS = {
    "never-ending count": (RUNAWAY["never-ending count"][0], "timed out after 4 s"),
    "doubling BIND chain": (RUNAWAY["doubling BIND chain"][0], "more than 200 MB"),
    "ORDER BY over a product": (RUNAWAY["ORDER BY over a product"][0], "more than 200 MB"),
    "BINDs side by side": (CRASHING["BINDs side by side"], "levels deep"),
    "nested groups": (CRASHING["nested groups"], "levels deep"),
}


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    """A served store: two workers, a 4 s deadline, 200 MB a query, 5 rows an answer."""
    path = tmp_path_factory.mktemp("guarded") / "store"
    with KnowledgeGraph(path) as kg:
        fill(kg.store, [xiaomi_facts(), lidl_facts()])
    port = free_port()
    with server(path, port, LOCAL_TIMEOUT, *LOCAL_LIMITS):
        yield path, port


def still_answering(store: Path, port: int) -> None:
    assert public_count(port) >= 2
    assert mekg(store, "stats").returncode == 0


@pytest.mark.parametrize("name", list(LOCAL_ATTACKS))
def test_a_hostile_local_query_is_one_line_and_the_server_answers_on(
    guarded: tuple[Path, int], name: str
) -> None:
    store, port = guarded
    query, reason = LOCAL_ATTACKS[name]
    started = time.monotonic()
    done = mekg(store, "query", query)
    assert time.monotonic() - started < LOCAL_TIMEOUT + KILL_GRACE + 10
    assert done.returncode == 1, done.stderr[-300:]
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert reason in done.stderr and "Traceback" not in done.stderr
    still_answering(store, port)


def test_a_local_service_call_is_refused_and_calls_no_one(
    guarded: tuple[Path, int], listener: tuple[str, list[int]]
) -> None:
    store, port = guarded
    address, connections = listener
    done = mekg(store, "query", service_calls(address)["after a comment ended by CR"])
    assert done.returncode == 1 and "SERVICE" in done.stderr and done.stderr.count("\n") == 1
    assert connections == []
    still_answering(store, port)


def test_local_commands_get_whole_answers_beyond_the_endpoint_limit(
    guarded: tuple[Path, int], tmp_path: Path
) -> None:
    store, port = guarded
    quads = tmp_path / "all.nq"
    assert mekg(store, "export", "--format", "nq", "--out", quads).returncode == 0
    total = len(quads.read_text(encoding="utf-8").splitlines())
    assert total > 100
    answer = mekg(store, "query", "--format", "csv", ALL_QUADS).stdout
    rows = [row for row in csv.reader(io.StringIO(answer)) if row]
    assert len(rows) == total + 1  # and a header; the endpoint cuts at 5
    status, body = ask(port, "GET", "/sparql?" + urllib.parse.urlencode({"query": ALL_QUADS}))
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 5


def test_the_local_update_route_takes_only_data(
    guarded: tuple[Path, int], listener: tuple[str, list[int]]
) -> None:
    store, port = guarded
    address, connections = listener
    served = open_store(store, create=False)
    hostile = {
        "a never-ending count": "INSERT { <urn:a> <urn:b> ?n } WHERE { "
        + RUNAWAY["never-ending count"][0]
        + " }",
        "a fetch": f"LOAD <{address}>",
        "a SERVICE call": f"INSERT {{ <urn:a> <urn:b> ?o }} WHERE {{ SERVICE <{address}> {{ ?s ?p ?o }} }}",
        "a deep pattern": "INSERT { <urn:a> <urn:b> 1 } WHERE " + "{ " * 3000 + "}" * 3000,
    }
    before = public_count(port)
    for name, update in hostile.items():
        started = time.monotonic()
        with pytest.raises(MekgError, match="only updates of data|SERVICE|levels deep") as raised:
            served.update(update)
        assert time.monotonic() - started < 5, name
        assert "\n" not in str(raised.value) and "Virtuoso" not in str(raised.value), name
    assert connections == []
    assert public_count(port) == before
    still_answering(store, port)


def test_a_local_write_is_read_at_once_while_others_query(store: Path) -> None:
    port = free_port()
    stop = threading.Event()
    public: Counter[int] = Counter()

    def others() -> None:
        path = "/sparql?" + urllib.parse.urlencode({"query": COUNT_ARTICLES})
        while not stop.is_set():
            public[ask(port, "GET", path)[0]] += 1

    with server(store, port, 20, "--workers", "2"):
        clients = [threading.Thread(target=others) for _ in range(6)]
        for client in clients:
            client.start()
        try:
            served = open_store(store, create=False)
            for n in range(15):
                graph = f"<urn:mekg-test:write-{n}>"
                served.update(f"INSERT DATA {{ GRAPH {graph} {{ <urn:a> <urn:b> {n} }} }}")
                assert served.query(f"ASK {{ GRAPH {graph} {{ ?s ?p {n} }} }}").boolean, n
                ask_public = "/sparql?" + urllib.parse.urlencode(
                    {"query": f"ASK {{ GRAPH {graph} {{}} }}"}
                )
                assert b"true" in ask(port, "GET", ask_public)[1], n
        finally:
            stop.set()
            for client in clients:
                client.join(30)
    assert set(public) == {200} and public[200] > 15


HOLD_STORE = (
    "import sys, time, pyoxigraph; store = pyoxigraph.Store(sys.argv[1]); "
    "print('open', flush=True); time.sleep(60)"
)


def test_a_store_held_by_a_process_that_does_not_share_it_is_one_line(store: Path) -> None:
    # As a server bound to an address other than loopback or 0.0.0.0 holds its store.
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, str(store)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        done = mekg(store, "stats")
    finally:
        holder.kill()
        holder.wait(10)
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert "open in another process — wait for it to end or stop it" in done.stderr
