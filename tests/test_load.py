"""A bounded loopback load on ``mekg serve``: every answer a 200, memory flat, then it stops.

50 client threads send a mix of SPARQL requests and page loads for
``MEKG_LOAD_SECONDS`` seconds (default 5; the issue's figure is 20:
``MEKG_LOAD_SECONDS=20 pytest tests/test_load.py -s``), after a 2 s warm-up.
The server runs as its own process so that its resident memory can be read
from ``/proc``.
"""

from __future__ import annotations

import asyncio
import http.client
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest
from sample_facts import fill, lidl_facts, xiaomi_facts
from starlette.exceptions import HTTPException

from graph.api import KnowledgeGraph
from graph.connections import HEADER_TIMEOUT
from graph.server import Workers

CLIENTS = 50
SECONDS = float(os.environ.get("MEKG_LOAD_SECONDS", "5"))
MAX_RSS_GROWTH_MB = 100
ENTRIES = (
    "PREFIX mekg: <https://w3id.org/mekg/ontology#> PREFIX rdfs: "
    "<http://www.w3.org/2000/01/rdf-schema#> SELECT ?company ?market WHERE { GRAPH ?g { "
    "?e a mekg:MarketEntry ; mekg:company/rdfs:label ?company ; "
    "mekg:market/mekg:territoryCode ?market } }"
)
CONSTRUCT = (
    "PREFIX mekg: <https://w3id.org/mekg/ontology#> CONSTRUCT { ?e mekg:market ?m } "
    "WHERE { GRAPH ?g { ?e a mekg:MarketEntry ; mekg:market ?m } }"
)
# (method, path, body, headers): what a mix of users and scripts asks for.
REQUESTS = [
    ("GET", "/sparql?" + urllib.parse.urlencode({"query": ENTRIES}), None, {}),
    (
        "POST",
        "/sparql",
        b"ASK { GRAPH ?g { ?s ?p ?o } }",
        {"Content-Type": "application/sparql-query"},
    ),
    (
        "POST",
        "/sparql",
        urllib.parse.urlencode({"query": CONSTRUCT}).encode(),
        {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/turtle"},
    ),
    (
        "POST",
        "/sparql",
        ENTRIES.encode(),
        {"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    ),
    ("GET", "/", None, {}),
]


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server(
    store: Path, port: int, timeout: float = 20, *options: str, log: Path | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """``mekg serve`` on ``store`` in its own process, until the block ends; its
    log goes to ``log`` when given."""
    serve = ["serve", "--port", str(port), "--timeout", str(timeout), *options]
    command = [sys.executable, "-m", "graph.cli", "--store", str(store), *serve]
    errors = log.open("wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, "the server stopped"
            assert time.monotonic() < deadline, "the server did not start"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log:
            errors.close()  # type: ignore[union-attr]


def load(port: int, seconds: float) -> Counter[int]:
    """Statuses of the answers ``CLIENTS`` keep-alive clients got in ``seconds``."""
    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(offset: int) -> None:
        seen: Counter[int] = Counter()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        n = offset
        while time.monotonic() < stop:
            method, path, body, headers = REQUESTS[n % len(REQUESTS)]
            n += 1
            try:
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                seen[response.status] += 1
            except (OSError, http.client.HTTPException):
                seen[0] += 1  # no answer at all
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.close()
        with lock:
            statuses.update(seen)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 60)
    assert not any(thread.is_alive() for thread in threads), "a client hung"
    return statuses


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("load") / "store"
    with KnowledgeGraph(path) as kg:
        fill(kg.store, [xiaomi_facts(), lidl_facts()])
    return path


def ask(
    port: int, method: str, path: str, body: bytes | None = None, **headers: str
) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {k.replace("_", "-"): v for k, v in headers.items()}
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    answer = response.status, response.read()
    connection.close()
    return answer


# 30^5 rows to count whatever the data: seconds of work.
SLOW = (
    "SELECT (COUNT(*) AS ?n) WHERE { "
    + " ".join(f"VALUES ?v{i} {{ {' '.join(map(str, range(30)))} }}" for i in range(5))
    + " }"
)


def test_mekg_serve_is_read_only_bounded_and_times_out(store: Path) -> None:
    port = free_port()
    before = len(ox.Store.read_only(str(store)))
    with server(store, port, timeout=0.5):
        status, message = ask(
            port, "POST", "/sparql", b"DROP ALL", Content_Type="application/sparql-query"
        )
        assert status == 403 and b"read-only" in message
        status, _ = ask(
            port,
            "POST",
            "/sparql",
            b"update=DROP+ALL",
            Content_Type="application/x-www-form-urlencoded",
        )
        assert status == 403
        status, message = ask(
            port,
            "POST",
            "/sparql",
            b"ASK {} #" + b"x" * 2_000_000,
            Content_Type="application/sparql-query",
        )
        assert status == 413 and b"limit" in message
        status, message = ask(
            port,
            "POST",
            "/sparql",
            b"ASK {} #" + b"x" * 200_000,
            Content_Type="application/sparql-query",
        )
        assert status == 413 and b"send a shorter query" in message
        started = time.monotonic()
        status, message = ask(
            port, "POST", "/sparql", SLOW.encode(), Content_Type="application/sparql-query"
        )
        assert status == 503 and b"timed out after 0.5 s" in message
        assert time.monotonic() - started < 3
    assert len(ox.Store.read_only(str(store))) == before


@pytest.mark.slow
def test_fifty_clients_get_only_200s_and_memory_stays_flat(store: Path) -> None:
    port = free_port()
    with server(store, port) as process:
        warm_up = load(port, min(SECONDS, 2))  # caches and thread stacks settle
        before = rss_mb(process.pid)
        statuses = load(port, SECONDS)
        after = rss_mb(process.pid)
        served = sum(statuses.values())
        print(
            f"\n{served} requests in {SECONDS:g} s ({served / SECONDS:.0f}/s) from {CLIENTS} "
            f"clients; RSS {before:.0f} MB → {after:.0f} MB"
        )
        assert set(warm_up) == {200} and set(statuses) == {200}, (warm_up, statuses)
        assert served >= CLIENTS
        assert after - before < MAX_RSS_GROWTH_MB


def test_requests_beyond_the_workers_wait_in_a_bounded_line() -> None:
    def job(n: int) -> int:
        time.sleep(0.2)
        return n

    async def scenario() -> tuple[int, int, int]:
        workers = Workers(1, timeout=5, queue=1)
        first = asyncio.create_task(workers.run(lambda: job(1)))
        await asyncio.sleep(0.05)
        second = asyncio.create_task(workers.run(lambda: job(2)))  # waits for the worker
        await asyncio.sleep(0.05)
        with pytest.raises(HTTPException) as refused:  # the line is full
            await workers.run(lambda: job(3))
        return await first, await second, refused.value.status_code

    assert asyncio.run(scenario()) == (1, 2, 503)


def test_mekg_serve_limits_are_set_from_the_command_line(store: Path) -> None:
    port = free_port()
    with server(store, port, 5, "--max-query", "50", "--max-body", "2000"):
        status, _ = ask(port, "POST", "/sparql", b"ASK {}", Content_Type="application/sparql-query")
        assert status == 200
        status, message = ask(
            port,
            "POST",
            "/sparql",
            b"ASK {} #" + b"x" * 100,
            Content_Type="application/sparql-query",
        )
        assert status == 413 and b"send a shorter query" in message
        status, _ = ask(
            port,
            "POST",
            "/sparql",
            b"ASK {} #" + b"x" * 3000,
            Content_Type="application/sparql-query",
        )
        assert status == 413


def still_open(connection: socket.socket) -> bool:
    """Whether the server has not closed ``connection`` (checked without waiting)."""
    connection.setblocking(False)
    try:
        return connection.recv(1) != b""
    except BlockingIOError:
        return True
    except OSError:  # reset by the server
        return False


def test_idle_and_slow_connections_are_closed_and_a_flood_is_refused_quietly(
    store: Path, tmp_path: Path
) -> None:
    port, log = free_port(), tmp_path / "serve.log"
    with server(store, port, 20, log=log):
        started = time.monotonic()
        idle = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(600)]
        drip = socket.create_connection(("127.0.0.1", port), timeout=5)
        drip.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        dripping = True
        while dripping and time.monotonic() - started < HEADER_TIMEOUT + 3:
            time.sleep(0.5)
            try:
                drip.sendall(b"X")  # one byte of a header that never ends
            except OSError:
                dripping = False
        time.sleep(max(0.0, started + HEADER_TIMEOUT + 3 - time.monotonic()))
        assert [still_open(c) for c in idle].count(True) == 0
        assert not still_open(drip)
        assert ask(port, "GET", "/sparql?query=ASK%7B%7D")[0] == 200
        seconds = time.monotonic() - started
        for connection in [*idle, drip]:
            connection.close()
    refusals = [line for line in log.read_text().splitlines() if "refused" in line]
    assert 1 <= len(refusals) <= seconds + 1
