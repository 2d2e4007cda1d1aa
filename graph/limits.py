"""What one request to ``mekg serve`` may cost, apart from the server so that the
command line can show the defaults without importing the web stack."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """What one request may cost; 0 for ``result_limit`` means no limit."""

    timeout: float = 30.0  # seconds a query (or a view) may take
    result_limit: int = 10_000  # rows of a SELECT, triples of a CONSTRUCT
    max_body_bytes: int = 1_000_000
    max_query_bytes: int = 100_000
    workers: int = 4  # queries evaluated at the same time
    queue: int = 200  # requests that may wait for a worker (each up to ``timeout``)
    # memory one query may use, beyond what its worker needs idle: under the load of
    # tests/test_hostile_load.py the process tree peaked at 1.8 GB (Pss) with 1,024 MB
    # and at 1.6 GB with 512, against the 2 GB it must stay under
    memory_mb: int = 512
