"""Shared fixtures: a store built once from the demo articles."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from graph import KnowledgeGraph

    path = tmp_path_factory.mktemp("demo") / "store"
    with KnowledgeGraph(path) as kg:
        report = kg.ingest([ROOT / "data" / "articles"])
        assert not report.failed, report.failed
    return path


@pytest.fixture(scope="session")
def demo_graph(demo_store: Path):  # noqa: ANN201 — networkx.MultiDiGraph
    """The demo store as the networkx graph the views draw."""
    from graph import KnowledgeGraph

    with KnowledgeGraph(demo_store) as kg:
        return kg.to_networkx()


@pytest.fixture
def listener() -> Iterator[tuple[str, list[int]]]:
    """A loopback port that counts the connections made to it (and closes them)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    connections: list[int] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            connections.append(1)
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/sparql", connections
    stop.set()
    thread.join(5)
    server.close()
