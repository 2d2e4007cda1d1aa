"""The ingest pipeline: sources → extract → rdf → store, one article at a time.

Extraction is pure (Document → ArticleFacts) so it can run in worker
processes or on a Dask cluster; writing happens in this process, one
transaction per article, so an interrupted ingest leaves only complete
articles behind and the same command completes the rest.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from graph import __version__
from graph.errors import MekgError, NoSpaceError, SourceError, StoreError
from graph.model import ArticleFacts, Document
from graph.store import Store

_PROV = "http://www.w3.org/ns/prov#"
_MEKG = "https://w3id.org/mekg/ontology#"


def extract_document(document: Document) -> ArticleFacts:
    """Document → ArticleFacts (picklable both ways: safe for worker processes)."""
    from graph.extract import extract  # noqa: PLC0415

    return extract(document)


def load_static_graphs(store: Store) -> None:
    """Load the ontology and the geography graph, and replace them when their content
    changed (a store made by an older version gets the new ones on its next ingest)."""
    from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse  # noqa: PLC0415

    from graph import geo, rdf  # noqa: PLC0415
    from graph.paths import ONTOLOGY  # noqa: PLC0415

    with open(ONTOLOGY / "mekg.ttl", "rb") as f:
        ontology = [
            Quad(t.subject, t.predicate, t.object, rdf.ONTOLOGY_GRAPH)
            for t in parse(f, RdfFormat.TURTLE)
        ]
    # the version has one home, the package's metadata; the ontology file does not repeat it
    ontology.append(
        Quad(
            NamedNode(rdf.ONTOLOGY),
            NamedNode(rdf.PREFIXES["owl"] + "versionInfo"),
            Literal(__version__),
            rdf.ONTOLOGY_GRAPH,
        )
    )
    pairs = geo.containment()
    codes = sorted({c for pair in pairs for c in pair} | set(geo.all_codes()))
    geography = list(rdf.geography_quads(codes, pairs))
    for graph, quads in ((rdf.ONTOLOGY_GRAPH, ontology), (rdf.GEO_GRAPH, geography)):
        digest = rdf.content_hash("\n".join(map(str, quads)))
        if store.graph_value(graph, _MEKG + "contentHash") != digest:
            marker = Quad(graph, NamedNode(_MEKG + "contentHash"), Literal(digest), graph)
            store.replace_graph(graph, [*quads, marker])


def is_unchanged(store: Store, document: Document) -> bool:
    """True when the stored article has the same text and was made by this version."""
    from graph import rdf  # noqa: PLC0415

    graph = rdf.article_graph(document.locator)
    if store.graph_value(graph, _MEKG + "contentHash") != rdf.content_hash(document.text):
        return False
    # the agent's IRI names the version; a graph of another version (or of one whose
    # run named no agent) is extracted again
    agent = rdf.agent_iri(__version__)
    rows = store.query(
        f"SELECT ?run WHERE {{ GRAPH {graph} {{ {graph} <{_PROV}wasGeneratedBy> ?run . "
        f"?run <{_PROV}wasAssociatedWith> {agent} }} }}"
    ).rows
    return bool(rows)


def write_facts(
    store: Store, facts: ArticleFacts, run: object | None = None, nquads: bytes | None = None
) -> None:
    """Replace the article's named graph with the quads of ``facts``, or with ``nquads``
    when a worker process has already written them (see :func:`serialise`)."""
    from graph import rdf  # noqa: PLC0415

    graph = rdf.article_graph(facts.document.locator)
    if nquads is not None:
        store.load_graph(graph, nquads)
        return
    run = run or rdf.ExtractionRun(__version__)
    store.replace_graph(graph, rdf.article_quads(facts, run))  # type: ignore[arg-type]


def serialise(facts: ArticleFacts, run: object) -> bytes:
    """The article's named graph as N-Quads: made in a worker process, it spares the
    process that writes the store (the ingest's bottleneck on all cores) a third of its work."""
    from pyoxigraph import RdfFormat, serialize  # noqa: PLC0415

    from graph import rdf  # noqa: PLC0415

    return serialize(rdf.article_quads(facts, run), format=RdfFormat.N_QUADS) or b""  # type: ignore[arg-type]


def store_facts(store: Store, document: Document) -> ArticleFacts:
    facts = extract_document(document)
    write_facts(store, facts)
    return facts


def ingest_paths(
    store: Store,
    paths: list[Path | str],
    *,
    force: bool = False,
    workers: int = 1,
    max_bytes: int = 20_000_000,
    progress: Callable[[int, str], None] | None = None,
    dask_address: str | None = None,
    prepare: Callable[[], None] | None = None,
):  # noqa: ANN201 — IngestReport (import cycle)
    """Ingest files and folders; see :meth:`graph.api.KnowledgeGraph.ingest`.

    ``prepare`` (loading the shared graphs) runs once extraction has begun: with
    worker processes, while they warm up. Every :data:`FLUSH_EVERY` articles the
    store writes its memory to its files, so with workers that work is done while
    they extract, not all at the end.
    """
    from graph import rdf  # noqa: PLC0415
    from graph.api import IngestReport  # noqa: PLC0415
    from graph.facttypes import count_facts  # noqa: PLC0415
    from graph.sources import iter_documents  # noqa: PLC0415

    report = IngestReport()
    run = rdf.ExtractionRun(__version__)
    done = 0

    def pending() -> Iterator[Document]:
        nonlocal done
        for name, item in iter_documents(paths, max_bytes=max_bytes):
            if isinstance(item, SourceError):
                report.failed.append((name, str(item)))
                done += 1
                if progress:
                    progress(done, name)
            elif not force and is_unchanged(store, item):
                report.unchanged.append(item.source)
                done += 1
                if progress:
                    progress(done, item.source)
            else:
                yield item

    refused = 0  # writes failed in a row
    extracted = _extract_all(pending(), workers, dask_address, run, prepare or (lambda: None))
    for document, outcome, nquads in extracted:
        if isinstance(outcome, MekgError):
            report.failed.append((document.source, str(outcome)))
        else:
            try:
                write_facts(store, outcome, run, nquads)
            except NoSpaceError:
                raise  # no article will fit: the batch ends with the one line that says why
            except (MekgError, OSError, ValueError) as error:
                # one article the store will not take must not cost the batch; a store
                # that takes none (disk full, server gone) ends it with the cause
                refused += 1
                report.failed.append(
                    (document.source, f"{document.source}: could not be stored: {error}")
                )
                if refused >= 3:
                    raise StoreError(
                        f"the store refused {refused} articles in a row ({error}) — the ones "
                        "before are stored; fix the store and run the same command again"
                    ) from error
            else:
                refused = 0
                report.ingested.append(document.source)
                report.facts += count_facts(outcome)
                if len(report.ingested) % FLUSH_EVERY == 0:
                    store.flush()
        done += 1
        if progress:
            progress(done, document.source)
    return report


# Articles written between two flushes of the store's memory to its files. At the end
# of 1,000 articles one flush took 0.67 s; in between, with workers, it is done while
# they extract.
FLUSH_EVERY = 200


def _safe_extract(document: Document) -> tuple[Document, ArticleFacts | MekgError]:
    try:
        return document, extract_document(document)
    except MekgError as error:
        return document, error
    except Exception as error:  # noqa: BLE001 — one bad article must not stop a batch
        return document, MekgError(
            f"{document.source}: extraction failed: {type(error).__name__}: {error}"
        )


def available_cores() -> int:
    """CPU cores this process may run on (the default number of extraction workers)."""
    import os  # noqa: PLC0415

    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS and Windows have no affinity masks
        return os.cpu_count() or 1


# Fewer pending articles than this are extracted in this process: starting and
# warming up worker processes costs seconds, more than a few articles take.
MIN_ARTICLES_FOR_WORKERS = 16


# Articles sent to a worker process in one task. Each task costs this process time to
# send and to collect (about half a millisecond on two busy cores): with 1,000 articles
# in tasks of 4 this process spent 0.37 s of CPU on them, in tasks of 16 0.22 s, and
# the ingest on two cores took 2.7-2.8 s instead of 2.9-3.2 s. The last task of a
# batch leaves one worker idle for at most 16 articles' time (about 50 ms).
ARTICLES_PER_TASK = 16
ARTICLES_IN_FLIGHT_PER_WORKER = 128  # extracted ahead of the writes: memory stays flat


Extracted = tuple[Document, ArticleFacts | MekgError, bytes | None]  # + N-Quads, if made


def _extract_all(
    documents: Iterable[Document],
    workers: int,
    dask_address: str | None,
    run: object,
    started: Callable[[], None],
) -> Iterator[Extracted]:
    """Each document with its facts or error, in input order; ``started`` is called
    once, when extraction has begun."""
    if dask_address:
        from graph.distributed import extract_on_dask  # noqa: PLC0415

        started()
        for document, outcome in extract_on_dask(documents, dask_address):
            yield document, outcome, None
        return
    documents = iter(documents)
    head = list(itertools.islice(documents, MIN_ARTICLES_FOR_WORKERS))
    if workers <= 1 or len(head) < MIN_ARTICLES_FOR_WORKERS:
        started()
        for document, outcome in map(_safe_extract, itertools.chain(head, documents)):
            yield document, outcome, None
        return
    yield from _extract_in_pool(itertools.chain(head, documents), workers, run, started)


def _extract_in_pool(
    documents: Iterator[Document], workers: int, run: object, started: Callable[[], None]
) -> Iterator[Extracted]:
    """Extract in worker processes, in input order, with a bounded number in flight.

    ``Pool.imap`` would read the whole input ahead in a helper thread; a window
    of outstanding tasks keeps memory flat however many articles come, and
    keeps the input generator (which reads the store) in this thread.
    """
    import multiprocessing  # noqa: PLC0415
    from collections import deque  # noqa: PLC0415

    context = multiprocessing.get_context("spawn" if _threads_running() else "fork")
    window = workers * (ARTICLES_IN_FLIGHT_PER_WORKER // ARTICLES_PER_TASK)
    with context.Pool(workers, initializer=start_worker) as pool:
        started()  # while the workers warm up
        in_flight: deque = deque()
        for chunk in _chunks(documents, ARTICLES_PER_TASK):
            in_flight.append(pool.apply_async(extract_for_store, (chunk, run)))
            if len(in_flight) >= window:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def _chunks(items: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def extract_batch(documents: list[Document]) -> list[tuple[Document, ArticleFacts | MekgError]]:
    """Extract a batch of documents (one task for a worker process or a Dask worker)."""
    return [_safe_extract(document) for document in documents]


def extract_for_store(documents: list[Document], run: object) -> list[Extracted]:
    """Extract a batch and write each article's N-Quads (a worker process's task)."""
    out: list[Extracted] = []
    for document, outcome in extract_batch(documents):
        nquads = None
        if not isinstance(outcome, MekgError):
            try:
                nquads = serialise(outcome, run)
            except Exception:  # noqa: BLE001 — the writing process makes them and reports why
                nquads = None
        out.append((document, outcome, nquads))
    return out


def start_worker() -> None:
    """A worker process's start: Ctrl-C is the parent's to report (in one line; the
    pool ends its workers), then :func:`warm_up_worker`."""
    import signal  # noqa: PLC0415

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up_worker()


def warm_up_worker() -> None:
    """Load gazetteers and patterns once per worker, not once per article."""
    from graph.extract import warm_up  # noqa: PLC0415

    warm_up()


def _threads_running() -> bool:
    import threading  # noqa: PLC0415

    return threading.active_count() > 1


__all__ = [
    "available_cores",
    "extract_batch",
    "ingest_paths",
    "load_static_graphs",
    "store_facts",
    "warm_up_worker",
    "write_facts",
]
