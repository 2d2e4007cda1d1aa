"""Extraction on a Dask cluster: ``mekg ingest --dask tcp://scheduler:8786``.

Only extraction leaves this process. Documents go out in small batches and
their facts come back in input order; the caller writes them to its own store
(embedded or remote), so a cluster never needs access to the store. At most a
bounded number of batches is in flight, so memory stays flat however long the
input is. Workers need mekg installed (the same version) to unpickle the tasks.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from graph.errors import MekgError
from graph.model import ArticleFacts, Document

if TYPE_CHECKING:
    from distributed import Client

BATCH_SIZE = 16  # articles per task: ~0.15 s of work, well above Dask's per-task overhead
CONNECT_TIMEOUT = "10s"


def extract_on_dask(
    documents: Iterable[Document], address: str, *, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Document, ArticleFacts | MekgError]]:
    """Extract ``documents`` on the Dask scheduler at ``address``; yields in input order.

    Each item is ``(document, facts)`` or ``(document, MekgError)`` for an
    article that could not be extracted, as for local extraction.
    """
    from graph.ingest import extract_batch, warm_up_worker  # noqa: PLC0415

    with _connect(address) as client:
        client.run(warm_up_worker)  # load gazetteers on every worker before timing starts
        window = 2 * max(1, sum(client.nthreads().values()))
        in_flight: deque = deque()
        items = iter(documents)
        while batch := list(islice(items, batch_size)):
            in_flight.append(client.submit(extract_batch, batch, pure=False))
            if len(in_flight) >= window:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


def _connect(address: str) -> Client:
    try:
        from distributed import Client  # noqa: PLC0415
    except ImportError as error:
        raise MekgError("--dask needs Dask — pip install 'mekg[dask]'") from error
    try:
        return Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as error:
        raise MekgError(
            f"cannot reach the Dask scheduler at {address}: {error} — "
            "is `dask scheduler` running there?"
        ) from error


__all__ = ["extract_on_dask"]
