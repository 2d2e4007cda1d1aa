"""The worker pool reads what was written before each query, even after a snapshot failed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.answers import AnswerError
from graph.query_pool import Job, QueryPool
from graph.store import OxigraphStore

ASK = "ASK { GRAPH <urn:mekg-test:g> { ?s ?p ?o } }"


@pytest.fixture
def pool(tmp_path: Path) -> Iterator[QueryPool]:
    store = OxigraphStore(tmp_path / "store")
    pool = QueryPool(store, 1, timeout=20, memory_mb=200)
    yield pool
    pool.close()
    store.close()


def asks(pool: QueryPool) -> bytes:
    return pool.run(Job(ASK, None, None, "text/csv", 0)).body


def test_a_write_is_read_after_a_failed_snapshot(
    pool: QueryPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert b"false" in asks(pool)
    pool.store.update("INSERT DATA { GRAPH <urn:mekg-test:g> { <urn:a> <urn:b> 1 } }")
    pool.changed()
    with monkeypatch.context() as patched:

        def full_disk(target: Path) -> None:
            raise OSError(28, "No space left on device")

        patched.setattr(pool.store, "snapshot", full_disk)
        with pytest.raises(OSError):
            asks(pool)
    # The next query takes the snapshot, on the pool's one worker (it used to be lost:
    # the query waited for a worker for ever, in a thread here so that the test ends).
    answers: list[bytes] = []
    waiting = threading.Thread(target=lambda: answers.append(asks(pool)), daemon=True)
    waiting.start()
    waiting.join(30)
    assert answers and b"true" in answers[0]


def test_a_bad_query_leaves_the_worker_in_the_pool(pool: QueryPool) -> None:
    with pytest.raises(AnswerError):
        pool.run(Job("SELEC", None, None, "", 0))
    assert b"false" in asks(pool)


# a query that runs for seconds: the count of a three-way product of 60 values
SLOW = (
    "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?a { "
    + " ".join(str(i) for i in range(60))
    + " } VALUES ?b { "
    + " ".join(str(i) for i in range(60))
    + " } VALUES ?c { "
    + " ".join(str(i) for i in range(60))
    + " } VALUES ?d { "
    + " ".join(str(i) for i in range(60))
    + " } }"
)


def test_queries_that_together_pass_the_pool_s_memory_budget_stop_the_heaviest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = OxigraphStore(tmp_path / "store")
    pool = QueryPool(store, 2, timeout=20, memory_mb=200)  # a budget of 600 MB
    try:
        # each busy worker reports 400 MB: under one query's cap, over the budget together
        monkeypatch.setattr(
            "graph.query_pool.Worker.resident_mb", lambda self: 400.0 if self.busy else 50.0
        )
        errors: list[AnswerError] = []

        def slow() -> None:
            try:
                pool.run(Job(SLOW, None, None, "text/csv", 0))
            except AnswerError as error:
                errors.append(error)

        threads = [threading.Thread(target=slow, daemon=True) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert errors and all(e.status == 503 and "600 MB" in str(e) for e in errors), errors
        monkeypatch.undo()
        assert b"false" in asks(pool)  # the pool goes on answering
    finally:
        pool.close()
        store.close()
