"""SPARQL evaluated in worker processes that can be killed: the endpoint's queries.

pyoxigraph cannot cancel a query, and a query can exhaust memory or overflow a
stack, which aborts the process it runs in. So each query of ``mekg serve`` runs
in one of a few worker processes, under an address-space limit of its own
(``RLIMIT_AS``: what the worker uses once its store is open, plus the memory
limit). A worker that passes the deadline is killed and replaced; one that dies
is replaced; either way only that query fails, with a one-line reason.

Workers read a *snapshot* of the store (``Store.backup``: hard links to the
store's immutable files, a few milliseconds), never the store itself: pyoxigraph
calls a read-only open during another process's writes undefined. After a
write the next query takes a new snapshot and the workers move to it; a
snapshot no worker reads any more is deleted.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import queue
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from graph.answers import Answer, AnswerError
from graph.store import Dataset, OxigraphStore

MB = 1024 * 1024
STARTUP_TIMEOUT = 60.0  # seconds a new worker may take to import what it needs
# A query still running after this many seconds is a long one (see
# ``QueryPool._await_answer``).
LONG_AFTER = 1.0
POOL_MEMORY_FACTOR = 3  # all workers together: three times one query's cap
MAX_LONG_FACTOR = 4
POLL_SECONDS = 0.1
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
LOWEST_PRIORITY = 19
CPU_GRACE = 5.0  # CPU seconds past the deadline before a worker ends by itself
HEAVY_MEMORY_MB = 100  # memory a query grows by that marks it as a runaway, like a CPU second


@dataclass(frozen=True)
class Job:
    """One query for a worker, with everything it needs to answer it."""

    query: str
    dataset: Dataset | None
    base_iri: str | None
    accept: str
    result_limit: int


class QueryPool:
    """``count`` worker processes answering queries over snapshots of ``store``."""

    def __init__(self, store: OxigraphStore, count: int, timeout: float, memory_mb: int) -> None:
        self.store = store
        self.timeout = timeout
        self.memory_bytes = memory_mb * MB
        # Next to the store, so that a snapshot is hard links, not a copy.
        parent = store.path.parent if store.path else None
        self.root = Path(tempfile.mkdtemp(prefix=".mekg-serve-", dir=parent))
        self.lock = threading.Lock()
        self.generation = 0
        self.stale = False
        # Each long query may hold a worker's memory for up to ``timeout``: half
        # the workers' count keeps the process tree within a few GB.
        self.max_long = max(1, count // 2)
        # and all workers together hold at most this much: past it the query holding
        # the most is stopped (several queries each under the cap add up)
        self.budget_mb = POOL_MEMORY_FACTOR * memory_mb
        self.long_workers: set[Worker] = set()
        self.workers: set[Worker] = set()  # every running worker, idle or busy
        self.snapshot = self._new_snapshot()
        self.reading: dict[Worker, Path] = {}  # the snapshot each worker has open
        self.idle: queue.SimpleQueue[Worker] = queue.SimpleQueue()
        for _ in range(max(1, count)):
            self.idle.put(self._start())
        atexit.register(self.close)

    def changed(self) -> None:
        """Note a write to the store: the next query takes a new snapshot first."""
        with self.lock:
            self.stale = True

    def run(self, job: Job, make_way: Callable[[], None] = lambda: None) -> Answer:
        """The answer of one query (blocking); AnswerError for a failure, a timeout or a crash.

        ``make_way`` is called when the query turns out to be a long one.
        """
        worker = self.idle.get()
        try:
            with self.lock:
                if self.stale:
                    # Only once it is taken: a failed snapshot is tried again by the next
                    # query instead of leaving every query on the one before the write.
                    self.snapshot = self._new_snapshot()
                    self.stale = False
                snapshot = self.reading[worker] = self.snapshot
                self._drop_unread()
        except BaseException:
            self.idle.put(worker)
            raise
        long, healthy = False, False
        try:
            worker.wait_until_ready()
            worker.busy = True
            worker.cpu_at_start = worker.cpu_seconds()
            worker.memory_at_start = worker.resident_mb()
            worker.connection.send((str(snapshot), job))
            long = self._await_answer(worker, make_way)
            status, value = worker.connection.recv()
            if status == "ok":
                value.body = worker.connection.recv_bytes()
            healthy = True
        except LongQuery as error:
            long = error.long
            raise AnswerError(error.status, error.message) from None
        except (EOFError, OSError):
            if worker.evicted == "memory":  # replaced below unless it was a long one
                raise AnswerError(503, self._over_budget()) from None
            if worker.evicted:
                long = True
                raise AnswerError(503, self._made_way()) from None
            raise AnswerError(
                500,
                f"the query stopped its worker (exit status {self._stop(worker)}): it needed "
                f"more than {self.memory_bytes // MB} MB of memory, or too deep a recursion — "
                "narrow the query, or start the server with a larger --max-memory",
            ) from None
        finally:
            worker.busy = False
            if long:  # its replacement is in the pool already
                with self.lock:
                    self.long_workers.discard(worker)
                self._stop(worker)
            elif healthy:
                self.idle.put(worker)
            else:
                self._stop(worker)
                self.idle.put(self._start())
        if status == "error":
            raise value
        return value

    def close(self) -> None:
        """Stop every worker, busy or not, and delete the snapshots."""
        with self.lock:
            workers, self.workers = list(self.workers), set()
        for worker in workers:
            worker.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def _await_answer(self, worker: Worker, make_way: Callable[[], None]) -> bool:
        """Wait until ``worker`` has answered; whether its query became a long one.

        After ``LONG_AFTER`` seconds a query is a long one: it makes way for the
        next requests (a new worker takes its place in the pool). When more than
        ``max_long`` long queries run, the one that has cost the most CPU time and
        memory is stopped: on a busy machine an ordinary query is slow because it
        waits for the CPU, a runaway because it uses it (or memory); a runaway also
        runs on at the lowest CPU priority. Raises AnswerError (``LongQuery``) at
        the deadline or when stopped so.
        """
        deadline = time.monotonic() + self.timeout
        make_long_at = time.monotonic() + LONG_AFTER
        long = False
        while not worker.connection.poll(POLL_SECONDS):
            self._keep_to_the_budget()
            if worker.evicted == "memory":
                raise LongQuery(503, self._over_budget(), long)
            if worker.evicted:
                raise LongQuery(503, self._made_way(), long)
            if time.monotonic() >= deadline:
                raise LongQuery(
                    503,
                    f"timed out after {self.timeout:g} s and stopped — add a LIMIT, narrow "
                    "the query, or start the server with a longer --timeout",
                    long,
                )
            if not long and time.monotonic() >= make_long_at:
                long = True
                self._begin_long(worker)
                self.idle.put(self._start())  # the pool's replacement for this worker
                make_way()
            if long and not worker.lowered and worker.weight_of_this_query() >= 1.0:
                worker.lowered = True
                with contextlib.suppress(OSError):
                    os.setpriority(os.PRIO_PROCESS, worker.process.pid, LOWEST_PRIORITY)
        return long

    def _keep_to_the_budget(self) -> None:
        """Past the pool's memory budget, stop the busy worker holding the most memory."""
        with self.lock:
            workers = list(self.workers)
        sizes = {w: w.resident_mb() for w in workers}
        busy = [w for w in workers if w.busy]
        if sum(sizes.values()) <= self.budget_mb or not busy:
            return
        heaviest = max(busy, key=lambda w: sizes[w])
        with self.lock:
            if heaviest.evicted:
                return
            heaviest.evicted = "memory"
        heaviest.process.kill()

    def _over_budget(self) -> str:
        return (
            f"stopped: the queries running together needed more than {self.budget_mb} MB "
            "— try again later, or narrow the query"
        )

    def _made_way(self) -> str:
        return (
            f"stopped to make way: more than {self.max_long} long queries were running "
            "— try again later, or narrow the query"
        )

    def _begin_long(self, worker: Worker) -> None:
        """Count ``worker``'s query as a long one; past ``max_long``, stop the long
        query that has cost the most CPU time and memory, if it has cost a runaway's
        share (see :meth:`Worker.weight_of_this_query`), or past ``MAX_LONG_FACTOR``
        times ``max_long`` in any case."""
        with self.lock:
            self.long_workers.add(worker)
            if len(self.long_workers) <= self.max_long:
                return
            heaviest = max(self.long_workers, key=Worker.weight_of_this_query)
            # Slow only for want of CPU: no runaway yet, unless long ones pile up.
            light = heaviest.weight_of_this_query() < 1.0
            if light and len(self.long_workers) <= MAX_LONG_FACTOR * self.max_long:
                return
            heaviest.evicted = True
        heaviest.process.kill()

    def _start(self) -> Worker:
        # A fresh interpreter, not multiprocessing: that would re-run the caller's
        # main script in each worker.
        mine, theirs = socket.socketpair()
        command = [sys.executable, "-m", "graph.query_pool", str(theirs.fileno())]
        process = subprocess.Popen(
            [*command, str(self.memory_bytes), str(self.timeout)],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,  # a crash is reported to the client, once
        )
        theirs.close()
        worker = Worker(process, Connection(mine.detach()))
        with self.lock:
            self.workers.add(worker)
        return worker

    def _stop(self, worker: Worker) -> int | None:
        with self.lock:
            self.reading.pop(worker, None)
            self.workers.discard(worker)
        return worker.stop()

    def _new_snapshot(self) -> Path:
        self.generation += 1
        target = self.root / f"snapshot-{self.generation}"
        self.store.snapshot(target)
        return target

    def _drop_unread(self) -> None:
        """Delete the snapshots that neither the pool nor any worker reads (lock held)."""
        kept = {self.snapshot, *self.reading.values()}
        for path in self.root.glob("snapshot-*"):
            if path not in kept:
                shutil.rmtree(path, ignore_errors=True)


class LongQuery(AnswerError):
    """A query stopped while waiting for its answer; ``long``: after it became a long one."""

    def __init__(self, status: int, message: str, long: bool) -> None:
        super().__init__(status, message)
        self.long = long


class Worker:
    """A worker process and the parent's end of its pipe."""

    def __init__(self, process: subprocess.Popen[bytes], connection: Connection) -> None:
        self.process = process
        self.connection = connection
        self.ready = False
        # stopped to make way for other long queries (True), or for memory ("memory")
        self.evicted: bool | str = False
        self.busy = False  # answering a query now
        self.lowered = False  # runs at the lowest CPU priority
        self.cpu_at_start = 0.0  # of the query it runs now
        self.memory_at_start = 0.0

    def wait_until_ready(self) -> None:
        """Wait for a new worker's first word, so that its start-up is not counted
        against the deadline of its first query; EOFError if it died."""
        if self.ready:
            return
        if not self.connection.poll(STARTUP_TIMEOUT):
            raise EOFError("the worker did not start")
        self.connection.recv()
        self.ready = True

    def cpu_seconds(self) -> float:
        """CPU time the process has used so far (0 when it is gone)."""
        try:
            stat = Path(f"/proc/{self.process.pid}/stat").read_text()
        except OSError:
            return 0.0
        fields = stat.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS

    def weight_of_this_query(self) -> float:
        """What the running query has cost: CPU seconds over ``LONG_AFTER`` plus
        memory grown over ``HEAVY_MEMORY_MB``; 1 or more is a runaway's cost."""
        cpu = (self.cpu_seconds() - self.cpu_at_start) / LONG_AFTER
        return cpu + (self.resident_mb() - self.memory_at_start) / HEAVY_MEMORY_MB

    def resident_mb(self) -> float:
        """Resident memory of the process (0 when it is gone)."""
        try:
            pages = int(Path(f"/proc/{self.process.pid}/statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            return 0.0
        return pages * PAGE_BYTES / MB

    def stop(self) -> int | None:
        """Kill the process (a no-op when it is gone); its exit status."""
        self.process.kill()
        self.connection.close()
        try:
            return self.process.wait(5)
        except subprocess.TimeoutExpired:
            return None


def work(connection: Connection, memory_bytes: int, timeout: float) -> None:
    """A worker's life: answer jobs over the snapshot each one names, until the pipe closes."""
    connection.send(("ready", None))
    store: OxigraphStore | None = None
    opened = None
    while True:
        try:
            snapshot, job = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return
        try:
            if snapshot != opened:
                store = None
                _limit_memory(None)
                store = OxigraphStore(Path(snapshot), read_only=True)
                opened = snapshot
                _limit_memory(memory_bytes)
            assert store is not None
            _limit_cpu(timeout + CPU_GRACE)
            answer = _answer(store, job)
            body, answer.body = answer.body, b""
            # The body on its own, not pickled with the rest: a whole answer for an
            # export is not copied once more within the memory cap.
            connection.send(("ok", answer))
            connection.send_bytes(body)
            del body
        except AnswerError as error:
            connection.send(("error", error))
        except MemoryError:
            connection.send(
                ("error", AnswerError(500, f"the query needed more than {memory_bytes // MB} MB"))
            )
        except Exception as error:  # noqa: BLE001 — a bug: one line to the client
            connection.send(("error", AnswerError(500, f"internal error: {error}")))


def _answer(store: OxigraphStore, job: Job) -> Answer:
    """The answer to ``job`` from ``store`` (in a worker)."""
    from graph.answers import evaluate  # noqa: PLC0415

    def run(text: str) -> Any:  # noqa: ANN401 — pyoxigraph's result, whatever its kind
        return store.raw_query(text, dataset=job.dataset, base_iri=job.base_iri)

    return evaluate(run, job.query, job.accept, job.result_limit)


def _limit_cpu(seconds: float) -> None:
    """Let the kernel end this process once the query it starts now has used
    ``seconds`` of CPU time: a worker whose server was killed (and so cannot
    stop it) ends by itself."""
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    used = sum(os.times()[:2])
    soft = int(used + seconds) + 1
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _limit_memory(extra_bytes: int | None) -> None:
    """Cap this process's address space at what it uses now plus ``extra_bytes``
    (None: lift the cap)."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if extra_bytes is None:
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
        return
    used = _address_space()
    soft = used + extra_bytes
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0


if __name__ == "__main__":
    work(Connection(int(sys.argv[1])), int(sys.argv[2]), float(sys.argv[3]))
