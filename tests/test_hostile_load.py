"""The load of issue 24: ``mekg serve`` with its default flags on a store of the whole
news corpus, 50 clients for 20 s, one request in twenty hostile.

Ordinary requests are the competency queries, bound to values drawn from their
own answers (as ``mekg query --cq NAME --where VAR=VALUE`` sends them). Hostile
ones take turns: nesting that overflowed the parser, a cartesian product that
never ends, a SERVICE call, and a connection that drips its headers. The server
must stay up, answer every ordinary query (p95 under 1 s, or under twice what the
machine gives the same load without hostile requests, which runs first), and its
process tree stay under 2 GB. Slow (a store of ~3,000 articles is built
first, unless ``MEKG_LOAD_STORE`` names one); ``-s`` prints the figures.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import socket
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from test_load import free_port, server

from graph import queries
from graph.api import KnowledgeGraph, _with_prefixes
from graph.bench import _tree_rss
from graph.store import bind_values

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CLIENTS = 50
SECONDS = float(os.environ.get("MEKG_LOAD_SECONDS", "20"))
HOSTILE_EVERY = 20
REFUSALS: Counter[str] = Counter()  # the first words of each 5xx answer
VALUES_PER_PARAMETER = 20
MAX_TREE_MB = 2048
VALUES_30 = " ".join(map(str, range(30)))
HOSTILE = {
    "nested": "SELECT * WHERE " + "{ " * 3000 + "}" * 3000,
    "cartesian": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } "
    "GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } }",
    "service": "SELECT * WHERE { #\rSERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
}


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("MEKG_LOAD_STORE")
    if given:
        return Path(given)
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    path = tmp_path_factory.mktemp("corpus") / "store"
    with KnowledgeGraph(path) as kg:
        report = kg.ingest([CORPUS], workers=os.cpu_count() or 1)
        assert report.ingested
    return path


def ordinary_queries(store: Path) -> list[str]:
    """Every competency query, bound to values drawn from its own answers."""
    chosen: list[str] = []
    rng = random.Random(24)
    with KnowledgeGraph(store) as kg:
        for name in queries.names():
            text = _with_prefixes(queries.load(name))
            rows = kg.cq(name)
            for parameter in queries.parameters(name):
                values = sorted({row[parameter] for row in rows if row.get(parameter)})
                for value in rng.sample(values, min(VALUES_PER_PARAMETER, len(values))):
                    chosen.append(bind_values(text, {parameter: value}))
    return chosen


def tree_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    return _tree_rss(pid) / 2**20


def drip_headers(port: int) -> int:
    """A client that sends its headers a byte at a time; 0 once the server closes it."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            time.sleep(0.5)
            try:
                connection.sendall(b"X")
            except OSError:
                return 0
    return -1  # never closed


@dataclass
class Figures:
    """What one load run measured."""

    latencies: list[float] = field(default_factory=list)  # of ordinary queries, in s
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)  # (kind, status)
    peak_mb: float = 0.0  # the server's process tree

    def p95(self) -> float:
        ordered = sorted(self.latencies)
        return ordered[int(len(ordered) * 0.95)] if ordered else float("inf")

    def __str__(self) -> str:
        ordered = sorted(self.latencies) or [float("nan")]
        answers = {f"{kind} {status}": n for (kind, status), n in sorted(self.statuses.items())}
        return (
            f"{len(self.latencies)} ordinary queries, p50 {ordered[len(ordered) // 2]:.3f} s, "
            f"p95 {self.p95():.3f} s, max {ordered[-1]:.3f} s; process tree peak "
            f"{self.peak_mb:.0f} MB; answers {json.dumps(answers)}"
        )


def run_load(port: int, pid: int, ordinary: list[str], hostile_every: int) -> Figures:
    """``CLIENTS`` clients for ``SECONDS``, one request in ``hostile_every`` hostile."""
    figures = Figures()
    lock = threading.Lock()
    stop = time.monotonic() + SECONDS

    def watch() -> None:
        while time.monotonic() < stop:
            figures.peak_mb = max(figures.peak_mb, tree_mb(pid))
            time.sleep(0.25)

    def client(number: int) -> None:
        rng = random.Random(number)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        sent = number
        while time.monotonic() < stop:
            sent += 1
            if sent % hostile_every == 0:
                turn = number + sent // hostile_every
                kind = ["nested", "cartesian", "service", "drip"][turn % 4]
                if kind == "drip":
                    status = drip_headers(port)
                    connection.close()  # idle meanwhile: the server has closed it
                else:
                    status = post(connection, port, HOSTILE[kind])[0]
                with lock:
                    figures.statuses[(kind, status)] += 1
                continue
            started = time.monotonic()
            status, connection = post(connection, port, rng.choice(ordinary))
            with lock:
                figures.statuses[("ordinary", status)] += 1
                figures.latencies.append(time.monotonic() - started)
        connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    threads.append(threading.Thread(target=watch))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(SECONDS + 120)
    return figures


@pytest.mark.slow
def test_fifty_clients_one_in_twenty_hostile(corpus_store: Path) -> None:
    ordinary = ordinary_queries(corpus_store)
    port = free_port()
    with server(corpus_store, port, 30) as process:  # 30 s: the default --timeout
        # The same load without hostile requests first: on a machine that others
        # share, it tells how much of the p95 is theirs.
        calm = run_load(port, process.pid, ordinary, hostile_every=10**9)
        hostile = run_load(port, process.pid, ordinary, hostile_every=HOSTILE_EVERY)
        assert process.poll() is None, "the server stopped"
        assert post(http.client.HTTPConnection("127.0.0.1", port), port, "ASK {}")[0] == 200
    print(f"\n{CLIENTS} clients, {SECONDS:g} s each run\nwithout hostile requests: {calm}")
    print(f"one in {HOSTILE_EVERY} hostile: {hostile}\n5xx answers: {dict(REFUSALS)}")
    assert {status for kind, status in hostile.statuses if kind == "ordinary"} == {200}
    # The figure is p95 under 1 s; a test cannot hold a wall-clock figure on a
    # machine others load, so it holds what the hostile requests may cost: ordinary
    # queries answered within 1 s at p95, or within twice the p95 the machine gave the
    # same load without them (the figures are printed, and docs/server.md reports them)
    limit = max(1.0, 2 * calm.p95())
    assert hostile.p95() < limit, f"p95 {hostile.p95():.3f} s, {calm.p95():.3f} s without hostile"
    assert hostile.peak_mb < MAX_TREE_MB


def post(
    connection: http.client.HTTPConnection, port: int, query: str
) -> tuple[int, http.client.HTTPConnection]:
    """The status of one query sent as a form; a fresh connection when the old one broke."""
    body = urllib.parse.urlencode({"query": query}).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    try:
        connection.request("POST", "/sparql", body=body, headers=headers)
        response = connection.getresponse()
        body = response.read()
        if response.status >= 500:
            REFUSALS[body.decode(errors="replace")[:60]] += 1
        return response.status, connection
    except (OSError, http.client.HTTPException):
        connection.close()
        return 0, http.client.HTTPConnection("127.0.0.1", port, timeout=60)
