"""``mekg bench``: throughput, query latency and memory, all measured in one run.

The corpus is realistic: our demo articles and, when present, the real news in
``../shared/corpus`` (English and German), multiplied by *variants* in which
companies, countries and years are swapped, so every article is a different
file with different content and its own graph. Stages, in order:

1. extraction rate in one process and on all cores (steady state, after warm-up);
2. ``mekg ingest`` as a subprocess, ``--workers 1`` against the default (all
   cores) on the same articles, then a long ingest whose peak memory (the
   whole process tree) is recorded;
3. a store of at least ``target_triples`` triples: the ingested articles plus
   renamed copies of their graphs, bulk-loaded;
4. every competency query on it, asked about single values of its first
   parameter (``--where``), p50/p95, and whole; the same questions on rdflib's
   in-memory ``Dataset`` holding the same quads, as a ratio;
5. rendering a view of the 2,000 best-connected nodes (fewer when the graph has
   fewer: the quick run's has some hundreds), and the cold start of ``mekg query``.

Absolute times depend on the machine and its load; the ratios compare runs
made minutes apart on the same machine.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.bench_words import words_per_second
from graph.errors import MekgError
from graph.model import Document

if TYPE_CHECKING:
    from graph.store import Store

ARTICLE_PREFIX = b"https://w3id.org/mekg/id/article/"
# Markets the variants move articles to (CLDR codes; names come from CLDR per language).
VARIANT_MARKETS = (
    "DE",
    "FR",
    "IN",
    "MX",
    "BR",
    "JP",
    "US",
    "GB",
    "ES",
    "IT",
    "CN",
    "KR",
    "PL",
    "TR",
    "ZA",
    "AU",
    "CA",
    "AR",
    "CL",
    "CO",
    "SE",
    "NL",
    "ID",
    "VN",
)
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


@dataclass(frozen=True)
class Scale:
    """How much work each stage does."""

    extract_articles: int  # extraction rate, one process and all cores
    # mekg ingest --workers 1 against all cores. Starting Python, opening the store and
    # warming up the extraction in each worker take as long as the first 100 articles
    # in one process (written after 0.7-1.0 s on two cores, 1.0 s on one; articles 100
    # to 1,000 then went 2.1x as fast), so short runs understate the speed-up of long
    # ones: 1,000 articles, a median of 1.77x in eight alternating rounds; 3,000, 1.90x
    # in seven
    ingest_articles: int
    memory_articles: int  # the long ingest whose peak memory is reported
    target_triples: int  # size of the store the queries run on
    query_runs: int  # timed runs per question on Oxigraph (after one warm-up run)
    full_runs: int  # timed runs of each whole answer (every row) on Oxigraph
    values_per_query: int  # values each query is asked about (its first parameter)
    rdflib_values: int  # of these, how many rdflib is asked about (one run each)
    rdflib_limit_s: float  # a question rdflib has not answered by then is stopped
    render_nodes: int
    cold_start_runs: int
    # 1-process and all-core measurements alternate this many times and the best
    # round of each is reported (as timeit reports the fastest run); ratios are the
    # median of the rounds' ratios. On a shared machine a burst of load from other
    # programs slows one round, and the all-core run more than the one-process run
    # (which has a core to spare): in the six rounds of two runs, the ingest's ratios
    # spread over 1.60-1.90x while the pure-Python loop got 1.05-1.84x from two
    # processes; five rounds keep one or two such rounds out of the median
    rounds: int
    # words per second per corpus folder against the extractor the rewrite started from
    # (graph/bench_words.py): articles per folder, alternating rounds
    words_articles: int = 300
    words_rounds: int = 3


FULL = Scale(
    extract_articles=1_000,
    ingest_articles=3_000,
    memory_articles=10_000,
    target_triples=1_000_000,
    query_runs=5,
    full_runs=2,
    values_per_query=10,
    rdflib_values=3,
    rdflib_limit_s=10.0,
    render_nodes=2_000,
    cold_start_runs=3,
    rounds=5,
)
QUICK = Scale(
    extract_articles=60,
    ingest_articles=60,
    memory_articles=80,
    target_triples=20_000,
    query_runs=3,
    full_runs=1,
    values_per_query=3,
    rdflib_values=2,
    rdflib_limit_s=10.0,
    render_nodes=2_000,
    cold_start_runs=1,
    rounds=1,
    words_articles=20,
    words_rounds=1,
)


# ----------------------------------------------------------------------------- corpus
def base_documents(roots: Iterable[Path]) -> list[Document]:
    """Every readable article under ``roots`` (folders that do not exist are skipped)."""
    from graph.sources import iter_documents  # noqa: PLC0415

    paths = [root for root in roots if root.exists()]
    return [item for _, item in iter_documents(paths) if isinstance(item, Document)]


def corpus_folders(roots: Iterable[Path]) -> dict[str, list[Path]]:
    """The folders of articles under ``roots`` (a root's subfolders, or the root itself)."""
    folders: dict[str, list[Path]] = {}
    for root in (r for r in roots if r.is_dir()):
        subfolders = sorted(p for p in root.iterdir() if p.is_dir())
        for folder in subfolders or [root]:
            folders[folder.name] = [folder]
    return folders


def default_roots() -> list[Path]:
    """``data/articles`` and, when this checkout sits next to it, ``../shared/corpus``."""
    from graph.paths import CHECKOUT, DATA  # noqa: PLC0415

    return [DATA / "articles", CHECKOUT.parent / "shared" / "corpus"]


def variants(documents: list[Document], count: int) -> Iterator[Document]:
    """``count`` articles: the originals, then copies with other companies, markets and years.

    Variant ``k`` of an article replaces each known organisation with another of
    the same kind, each country named with another country (CLDR name in the
    article's language) and shifts every year by ``k``; its locator is new.
    """
    if not documents:
        raise MekgError("no articles to build a benchmark corpus from — check data/articles")
    mentions: dict[int, list[_Mention]] = {}
    for n in range(count):
        round_, i = divmod(n, len(documents))
        if round_ == 0:
            yield documents[i]
        else:
            if i not in mentions:
                mentions[i] = _mentions(documents[i])
            yield _variant(documents[i], mentions[i], round_)


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    text: str
    kind: str  # organisation kind, or "market"
    key: str  # gazetteer name or market code


def _mentions(document: Document) -> list[_Mention]:
    """Known organisations and countries named in the text: what variants replace."""
    from graph import geo  # noqa: PLC0415
    from graph.gazetteer import Gazetteer  # noqa: PLC0415

    found = [
        _Mention(m.start, m.end, m.text, m.entry.kind, m.entry.name)
        for m in Gazetteer.default().find(document.text)
    ]
    language = document.language if document.language in geo.LANGUAGES else "en"
    found += [
        _Mention(p.start, p.end, p.text, "market", p.code)
        for p in geo.find_places(document.text, language)
        if p.form == "name" and not geo.is_region(p.code)
    ]
    return found


def _variant(document: Document, mentions: list[_Mention], k: int) -> Document:
    from graph import geo  # noqa: PLC0415

    by_kind, position = _names_by_kind()
    language = document.language if document.language in geo.LANGUAGES else "en"
    swaps: dict[str, str] = {}
    spans: list[tuple[int, int, str]] = []
    for m in mentions:
        if m.kind == "market":
            at = VARIANT_MARKETS.index(m.key) if m.key in VARIANT_MARKETS else 0
            new = geo.label(VARIANT_MARKETS[(at + k) % len(VARIANT_MARKETS)], language)
        else:
            names = by_kind[m.kind]
            new = names[(position[m.key] + 7 * k) % len(names)]
        spans.append((m.start, m.end, swaps.setdefault(m.text, new)))
    text = _shift_years(_splice(document.text, spans), k)
    title = document.title
    for old, new in swaps.items():
        title = title.replace(old, new) if title else title
    published = _shift_years(document.published, k) if document.published else None
    return replace(
        document,
        text=text,
        title=_shift_years(title, k) if title else None,
        published=published,
        source=f"v{k}-{document.source}",
        locator=f"{document.locator}#variant-{k}",
    )


@cache
def _names_by_kind() -> tuple[dict[str, list[str]], dict[str, int]]:
    """Gazetteer names per kind, and each name's position in its kind's list."""
    from graph.gazetteer import Gazetteer  # noqa: PLC0415

    by_kind: dict[str, list[str]] = {}
    position: dict[str, int] = {}
    for entry in Gazetteer.default().entries:
        names = by_kind.setdefault(entry.kind, [])
        position.setdefault(entry.name, len(names))
        names.append(entry.name)
    return by_kind, position


def _splice(text: str, spans: list[tuple[int, int, str]]) -> str:
    out, at = [], 0
    for start, end, new in sorted(spans):
        if start >= at:
            out += [text[at:start], new]
            at = end
    return "".join(out) + text[at:]


def _shift_years(text: str, k: int) -> str:
    return YEAR.sub(lambda m: str(int(m.group()) + k % 10), text)


def write_corpus(documents: Iterable[Document], folder: Path, per_file: int = 500) -> int:
    """Write ``documents`` as JSON Lines feeds (``part-NNN.jsonl``); returns how many."""
    folder.mkdir(parents=True, exist_ok=True)
    items = iter(documents)
    count = 0
    while chunk := list(islice(items, per_file)):
        with (folder / f"part-{count // per_file:03d}.jsonl").open("w", encoding="utf-8") as out:
            out.writelines(_json_line(document) for document in chunk)
        count += len(chunk)
    return count


def _json_line(document: Document) -> str:
    record = {
        "text": document.text,
        "title": document.title,
        "published": document.published,
        "language": document.language,
        "publisher": document.publisher,
        "author": document.author,
        "url": document.url,
    }
    line = json.dumps({k: v for k, v in record.items() if v}, ensure_ascii=False)
    # the characters besides newlines that str.splitlines breaks at, which JSON leaves raw:
    # unescaped, they cut a line in two (12 articles of 10,000 were lost that way)
    for char in "\x85\u2028\u2029":
        line = line.replace(char, f"\\u{ord(char):04x}")
    return line + "\n"


# ----------------------------------------------------------------------------- extraction
def extraction_rate(documents: list[Document], workers: int) -> float:
    """Articles per second extracted by ``workers`` processes, after their warm-up.

    An article whose extraction fails counts as done (the ingest reports and
    skips it too); if most fail, the figures would mean nothing and this raises.
    """
    from graph.ingest import extract_batch, warm_up_worker  # noqa: PLC0415

    batches = [documents[i : i + 4] for i in range(0, len(documents), 4)]
    warm_up_worker()
    if workers <= 1:
        started = time.perf_counter()
        results = [result for batch in batches for result in extract_batch(batch)]
    else:
        import multiprocessing  # noqa: PLC0415

        context = multiprocessing.get_context("fork")
        with context.Pool(workers, initializer=warm_up_worker) as pool:
            # one sleeping task per worker: every worker has started and warmed up
            pool.map(time.sleep, [0.3] * workers, chunksize=1)
            started = time.perf_counter()
            results = [r for batch in pool.imap_unordered(extract_batch, batches) for r in batch]
    seconds = time.perf_counter() - started
    failed = [outcome for _, outcome in results if isinstance(outcome, MekgError)]
    if len(failed) > len(documents) // 2:
        raise MekgError(
            f"extraction failed on {len(failed)} of {len(documents)} articles, "
            f"e.g. {failed[0]} — fix extraction before benchmarking it"
        )
    return len(documents) / seconds


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def cpu_scaling(workers: int, n: int = 4_000_000) -> float:
    """How much more pure-Python work ``workers`` processes do than one, in the same
    time: what the machine gives parallel work with no memory traffic, I/O or
    coordination, the reference for the extraction and ingest speed-ups measured in
    the same rounds. Virtual or shared cores give less than ``workers``."""
    import multiprocessing  # noqa: PLC0415

    started = time.perf_counter()
    _spin(n)
    one = time.perf_counter() - started
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pool.map(time.sleep, [0.1] * workers, chunksize=1)  # started
        started = time.perf_counter()
        pool.map(_spin, [n] * workers, chunksize=1)
        many = time.perf_counter() - started
    return workers * one / many


# ----------------------------------------------------------------------------- ingest
@dataclass(frozen=True)
class IngestRun:
    articles: int
    seconds: float
    peak_rss_mb: float  # summed RSS of the mekg process and its workers, sampled
    failed: int  # inputs reported as failed (they count as done)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds


def timed_ingest(
    corpus: Path,
    store: Path | str,
    articles: int,
    workers: int | None,
    *,
    options: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
) -> IngestRun:
    """Run ``mekg ingest`` (default workers unless given, and ``options`` such as
    ``--dask ADDRESS``) into ``store`` (a folder or a server's URL) as a subprocess, with
    ``env`` added to the environment; time and memory."""
    command = [
        sys.executable,
        "-m",
        "graph.cli",
        "--store",
        str(store),
        "ingest",
        "--quiet",
        *options,
        str(corpus),
    ]
    if workers:
        command += ["--workers", str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    errors = process.stderr.read().decode() if process.stderr else ""
    failed = sum(line.startswith("error:") for line in errors.splitlines())
    # exit status 1 means some inputs failed and the rest was ingested
    if process.returncode not in (0, 1) or failed > articles // 2:
        raise MekgError(f"mekg ingest failed during the benchmark: {errors.strip()[-500:]}")
    if not peak:  # no /proc: the largest single process, as the kernel reports it
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return IngestRun(articles, seconds, peak / 2**20, failed)


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc), 0 elsewhere:
    each process's proportional share of the pages it shares (Pss: a library mapped by
    five workers counts once in all), or its resident size where the kernel gives none."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
            try:
                memory = Path(f"/proc/{current}/smaps_rollup").read_text()
                field = "Pss"
            except OSError:
                memory, field = Path(f"/proc/{current}/status").read_text(), "VmRSS"
        except OSError:
            continue
        match = re.search(rf"^{field}:\s+(\d+) kB", memory, re.MULTILINE)
        total += int(match.group(1)) * 1024 if match else 0
        pending += [int(child) for child in children]
    return total


# ----------------------------------------------------------------------------- big store
def build_large_store(source: Path, target: Path, triples: int) -> int:
    """A new store at ``target`` holding the store at ``source`` and renamed copies of its
    article graphs, at least ``triples`` triples (see :func:`article_copies`); returns
    the count."""
    import pyoxigraph as ox  # noqa: PLC0415

    shutil.rmtree(target, ignore_errors=True)
    store = ox.Store(str(target))
    for part in article_copies(source, triples):
        store.bulk_load(part, format=ox.RdfFormat.N_QUADS)
    store.optimize()
    count = len(store)
    store.flush()
    del store
    return count


def article_copies(source: Path, triples: int) -> Iterator[bytes]:
    """N-Quads of at least ``triples`` quads in parts: the store at ``source`` whole, then
    renamed copies of its article graphs.

    Copy ``c`` renames every article IRI (graph, article node, facts, evidence)
    and every feed file name (hence source names and locators), so each copy is
    a distinct set of articles about the same companies.
    """
    import pyoxigraph as ox  # noqa: PLC0415

    store = ox.Store.read_only(str(source))
    dump = store.dump(format=ox.RdfFormat.N_QUADS) or b""
    del store
    yield dump
    held = dump.count(b"\n")
    lines = [line for line in dump.splitlines() if _in_article_graph(line)]
    articles = b"\n".join(lines) + b"\n"
    copy = 0
    while held < triples and lines:
        copy += 1
        renamed = articles.replace(ARTICLE_PREFIX, ARTICLE_PREFIX + b"c%d-" % copy)
        yield renamed.replace(b"part-", b"copy%d-part-" % copy)
        held += len(lines)


def _in_article_graph(line: bytes) -> bool:
    return line.rsplit(b" <", 1)[-1].startswith(ARTICLE_PREFIX)


# ----------------------------------------------------------------------------- queries
def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0–1) by linear interpolation."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def time_runs(run: Callable[[], object], runs: int, warm_up: bool = True) -> list[float]:
    """Milliseconds of ``runs`` calls (after one untimed call when ``warm_up``)."""
    if warm_up:
        run()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return times


@dataclass(frozen=True)
class QueryTimes:
    """One engine's competency-query timings (ms) and row counts, per query."""

    asked: dict[str, tuple[str, list[str]]]  # query → (parameter, values asked about)
    times: dict[str, list[float]]  # the questions: each value, each run
    value_rows: dict[str, list[int]]  # rows answering each value
    full_times: dict[str, list[float]] = field(default_factory=dict)  # whole answers
    full_rows: dict[str, int] = field(default_factory=dict)
    capped: list[str] = field(default_factory=list)  # stopped at the time limit
    refused: dict[str, str] = field(default_factory=dict)  # query → the engine's error

    @property
    def rows(self) -> dict[str, float]:
        """Median rows per question."""
        return {name: statistics.median(rows or [0]) for name, rows in self.value_rows.items()}


def oxigraph_query_times(
    store_path: Path, runs: int, full_runs: int, values_per_query: int
) -> QueryTimes:
    """Every competency query on the embedded store, whole and as users ask it (see
    :func:`whole_answers` and :func:`question_times`)."""
    from graph.store import open_store  # noqa: PLC0415

    store = open_store(store_path)
    try:
        return question_times(store, whole_answers(store, full_runs, values_per_query), runs)
    finally:
        store.close()


def whole_answers(store: Store, full_runs: int, values_per_query: int) -> QueryTimes:
    """Each competency query's whole answer (every row), timed, and the values its
    questions ask about: its first parameter (``mekg query --cq NAME --where
    company=…``) bound to values drawn at random (seeded) from the distinct values in
    the whole answer: a typical company, market or article, not the biggest. The whole
    answer's time grows with the store."""
    import random  # noqa: PLC0415

    from graph import queries  # noqa: PLC0415

    rng = random.Random(0)
    figures = QueryTimes({}, {}, {})
    for name in queries.names():
        text = queries.load(name)
        answer = store.query(text).rows  # also the warm-up run
        figures.full_rows[name] = len(answer)
        figures.full_times[name] = time_runs(partial(store.query, text), full_runs, warm_up=False)
        parameter = queries.parameters(name)[0]
        distinct = sorted({row[parameter] or "" for row in answer} - {""}) or ["(none)"]
        figures.asked[name] = (
            parameter,
            rng.sample(distinct, min(values_per_query, len(distinct))),
        )
    return figures


def question_times(
    store: Store, whole: QueryTimes, runs: int, limit_s: float | None = None
) -> QueryTimes:
    """``whole`` with the times (``runs`` per value, after a warm-up) and row counts of the
    questions it asks, on ``store`` (embedded or a server).

    With ``limit_s``, a query whose warm-up run takes longer is asked no more: its one
    time is kept, a lower bound (listed in ``capped``); a query the store refuses is
    listed with the error in ``refused``. Without it, an error ends the run.
    """
    from graph import queries  # noqa: PLC0415

    figures = replace(whole, times={}, value_rows={}, capped=[], refused={})
    for name, (parameter, values) in whole.asked.items():
        text = queries.load(name)
        times, rows = [], []
        for value in values:
            ask = partial(store.query, text, {parameter: value})
            started = time.perf_counter()
            try:
                rows.append(len(ask().rows))  # warm-up
            except MekgError as error:
                if limit_s is None:
                    raise
                figures.refused[name] = str(error)
                break
            warm_up_s = time.perf_counter() - started
            if limit_s is not None and warm_up_s > limit_s:
                figures.capped.append(name)
                times.append(warm_up_s * 1000)
                break
            times += time_runs(ask, runs, warm_up=False)
        figures.times[name] = times
        figures.value_rows[name] = rows
    return figures


def rdflib_dataset(store_path: Path) -> Any:  # noqa: ANN401 — rdflib.Dataset
    """rdflib's in-memory ``Dataset`` holding every quad of the store (default graph:
    the union of all graphs, as in ours), converted term by term (parsing an
    N-Quads dump in rdflib takes several times longer)."""
    import pyoxigraph as ox  # noqa: PLC0415
    import rdflib  # noqa: PLC0415

    source = ox.Store.read_only(str(store_path))
    dataset = rdflib.Dataset(default_union=True)
    terms: dict[Any, Any] = {}
    graphs: dict[Any, Any] = {}
    string = "http://www.w3.org/2001/XMLSchema#string"

    def term(node: Any) -> Any:  # noqa: ANN401
        out = terms.get(node)
        if out is None:
            if isinstance(node, ox.NamedNode):
                out = rdflib.URIRef(node.value)
            elif isinstance(node, ox.BlankNode):
                out = rdflib.BNode(node.value)
            elif node.language:
                out = rdflib.Literal(node.value, lang=node.language)
            elif node.datatype.value == string:
                out = rdflib.Literal(node.value)
            else:
                out = rdflib.Literal(node.value, datatype=rdflib.URIRef(node.datatype.value))
            terms[node] = out
        return out

    def quads() -> Iterator[tuple[Any, Any, Any, Any]]:
        for quad in source:
            graph = graphs.get(quad.graph_name)
            if graph is None:
                graph = graphs[quad.graph_name] = (
                    dataset.graph(rdflib.URIRef(quad.graph_name.value))
                    if isinstance(quad.graph_name, ox.NamedNode)
                    else dataset.default_context
                )
            yield term(quad.subject), term(quad.predicate), term(quad.object), graph

    dataset.addN(quads())
    dataset.query("ASK { ?s ?p ?o }")  # rdflib loads its SPARQL modules on first use
    return dataset


def rdflib_quads(dataset: Any) -> int:  # noqa: ANN401
    return sum(len(graph) for graph in dataset.graphs())


# rdflib is stopped once it has taken this many times our time (or the limit in
# seconds, whichever is later): enough to show the 30x target, not minutes more
STOP_RATIO = 40


def rdflib_query_times(
    dataset: Any,  # noqa: ANN401 — rdflib.Dataset
    ours: QueryTimes,
    values_per_query: int,
    limit_s: float,
) -> QueryTimes:
    """The questions ``ours`` answered, with the same query text, on rdflib: one run
    per value.

    A question still running after ``limit_s`` seconds or ``STOP_RATIO`` times
    our median for that value, whichever is later, is stopped and counted as
    that long: its ratio is then a lower bound (listed in ``capped``).
    """
    from graph import queries  # noqa: PLC0415
    from graph.store import bind_values  # noqa: PLC0415

    figures = QueryTimes({}, {}, {})
    for name, (parameter, values) in ours.asked.items():
        times, rows = [], []
        runs = len(ours.times[name]) // len(values)
        for i, value in enumerate(values[:values_per_query]):
            our_ms = statistics.median(ours.times[name][i * runs : (i + 1) * runs])
            stop_s = max(limit_s, STOP_RATIO * our_ms / 1000)
            outcome = _timed_in_child(
                dataset, bind_values(queries.load(name), {parameter: value}), stop_s
            )
            if outcome is None:
                figures.capped.append(name)
                times.append(stop_s * 1000)
                break  # the other values would be stopped too: minutes for nothing
            times.append(outcome[0])
            rows.append(outcome[1])
        figures.times[name] = times
        figures.value_rows[name] = rows
        figures.asked[name] = (parameter, values[: len(times)])
    return figures


def _timed_in_child(
    dataset: Any,  # noqa: ANN401
    sparql: str,
    limit_s: float,
) -> tuple[float, int] | None:
    """(ms, rows) of ``sparql`` on ``dataset`` in a forked process, None past ``limit_s``
    (rdflib cannot be interrupted; the fork shares the loaded dataset)."""
    import multiprocessing  # noqa: PLC0415

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child() -> None:
        started = time.perf_counter()
        count = len(list(dataset.query(sparql)))
        send.send(((time.perf_counter() - started) * 1000, count))

    process = context.Process(target=child, daemon=True)
    process.start()
    try:
        return receive.recv() if receive.poll(limit_s) else None
    finally:
        process.kill()
        process.join()


# ----------------------------------------------------------------------------- render, start-up
def best_connected(store_path: Path, nodes: int) -> tuple[Any, int]:
    """The view of (at most) the ``nodes`` best-connected nodes of the store's graph, and
    how many nodes the whole graph has."""
    from graph.network import to_networkx  # noqa: PLC0415
    from graph.store import open_store  # noqa: PLC0415

    store = open_store(store_path)
    try:
        graph = to_networkx(store)
    finally:
        store.close()
    keep = sorted(graph.nodes, key=lambda n: (-graph.degree(n), str(n)))[:nodes]
    return graph.subgraph(keep).copy(), graph.number_of_nodes()


def render_time(view: Any, out: Path) -> float:
    """Seconds to render ``view`` as the HTML page."""
    from graph.views import render_html  # noqa: PLC0415

    started = time.perf_counter()
    render_html(view, out)
    return time.perf_counter() - started


CHROMIUM = Path("/usr/bin/chromium")
# headless, and nothing of its own on the network (the browser tests count every request)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def view_times(store_path: Path, out: Path) -> dict[str, float | int | None]:
    """Seconds for ``mekg render`` of the whole-graph view and of the market map on the
    store (reading the store included), and the seconds Debian's chromium takes from
    starting to load each page until it is drawn (None without chromium and playwright)."""
    from graph.api import KnowledgeGraph  # noqa: PLC0415

    out.mkdir(parents=True, exist_ok=True)
    figures: dict[str, float | int | None] = {}
    with KnowledgeGraph(store_path) as kg:
        figures["view_articles"] = kg.stats()["articles"]
        for name, view in (("graph", "all"), ("map", "map")):
            started = time.perf_counter()
            kg.render(out / f"{name}.html", view=view)
            figures[f"view_{name}_render_s"] = round(time.perf_counter() - started, 3)
            figures[f"view_{name}_mb"] = round((out / f"{name}.html").stat().st_size / 1e6, 1)
    drawn = drawn_seconds([out / "graph.html", out / "map.html"])
    figures["view_graph_drawn_s"], figures["view_map_drawn_s"] = drawn
    return figures


def drawn_seconds(pages: list[Path]) -> list[float | None]:
    """For each page, the seconds from the start of its loading until it says it is drawn
    (``data-ready-ms``), in chromium with every other request blocked; None without it."""
    try:
        from playwright.sync_api import sync_playwright  # noqa: PLC0415
    except ImportError:
        return [None] * len(pages)
    if not CHROMIUM.exists():
        return [None] * len(pages)
    out: list[float | None] = []
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_FLAGS))
        for path in pages:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            url = path.resolve().as_uri()
            page.route("**/*", partial(_only, url))
            page.goto(url)
            page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=120_000)
            out.append(round(int(page.evaluate("() => document.body.dataset.readyMs")) / 1000, 2))
            page.close()
        browser.close()
    return out


def _only(url: str, route: Any) -> None:  # noqa: ANN401 — a playwright Route
    """Let the page itself load, nothing else."""
    if route.request.url == url:
        route.continue_()
    else:
        route.abort()


def cold_start(store: Path | str | None, runs: int, where: tuple[str, str] = ("", "")) -> float:
    """Median wall time of a fresh ``mekg query`` process: ``--cq market_entries
    --where NAME=VALUE`` on ``store`` (a folder or a server's URL), or ``--list``
    (start-up only) when ``store`` is None."""
    args = (
        ["--store", str(store), "query", "--cq", "market_entries", "--format", "csv"]
        + ["--where", "=".join(where)]
        if store
        else ["query", "--list"]
    )
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "graph.cli", *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# ----------------------------------------------------------------------------- the run
def run(
    scale: Scale = FULL,
    *,
    roots: list[Path] | None = None,
    workdir: Path | None = None,
    say: Callable[[str], None] = lambda line: None,
) -> dict[str, Any]:
    """Run every stage at ``scale`` and return the figures (see README, "Performance")."""
    from graph.ingest import available_cores  # noqa: PLC0415

    cores = available_cores()
    with tempfile.TemporaryDirectory(prefix="mekg-bench-", dir=workdir) as tmp:
        work = Path(tmp)
        base = base_documents(roots if roots is not None else default_roots())
        say(f"corpus: {len(base)} articles, {_languages(base)}; synthesising variants")
        largest = max(scale.extract_articles, scale.ingest_articles, scale.memory_articles)
        documents = list(variants(base, largest))

        say(
            f"extraction: {scale.extract_articles} articles, 1 process then {cores}, "
            f"{scale.rounds} rounds"
        )
        sample = documents[: scale.extract_articles]
        extract_one, extract_all, cpu = [], [], []
        for _ in range(scale.rounds):
            extract_one.append(extraction_rate(sample, 1))
            extract_all.append(extraction_rate(sample, cores))
            cpu.append(cpu_scaling(cores))

        say(
            f"ingest: {scale.ingest_articles} articles with --workers 1, then all cores, "
            f"{scale.rounds} rounds"
        )
        small = work / "corpus-small"
        write_corpus(documents[: scale.ingest_articles], small)
        one: list[IngestRun] = []
        parallel: list[IngestRun] = []
        for _ in range(scale.rounds):
            for workers, runs in ((1, one), (None, parallel)):
                shutil.rmtree(work / "store-n", ignore_errors=True)
                runs.append(timed_ingest(small, work / "store-n", scale.ingest_articles, workers))

        say(f"ingest: {scale.memory_articles} articles, all cores, sampling memory")
        large = work / "corpus-large"
        write_corpus(documents[: scale.memory_articles], large)
        del documents, sample
        memory = timed_ingest(large, work / "store-large", scale.memory_articles, workers=None)

        say(f"store: copies of the ingested graphs up to {scale.target_triples:,} triples")
        started = time.perf_counter()
        triples = build_large_store(work / "store-large", work / "store-big", scale.target_triples)
        build_s = time.perf_counter() - started

        say(f"queries: Oxigraph on {triples:,} triples")
        ours = oxigraph_query_times(
            work / "store-big", scale.query_runs, scale.full_runs, scale.values_per_query
        )
        say("queries: the same data into rdflib's in-memory Dataset")
        started = time.perf_counter()
        dataset = rdflib_dataset(work / "store-big")
        rdflib_load_s = time.perf_counter() - started
        held = rdflib_quads(dataset)
        say(
            f"queries: rdflib on {held:,} quads, {scale.rdflib_values} values per query, "
            f"stopped after {scale.rdflib_limit_s:.0f} s or {STOP_RATIO}x our time"
        )
        theirs = rdflib_query_times(dataset, ours, scale.rdflib_values, scale.rdflib_limit_s)
        del dataset

        view, all_nodes = best_connected(work / "store-n", scale.render_nodes)
        render_nodes = view.number_of_nodes()
        say(
            f"render: a {render_nodes:,}-node view (the best-connected of {all_nodes:,} "
            f"nodes, at most {scale.render_nodes:,})"
        )
        render_s = render_time(view, work / "view.html")
        say(f"views: the whole graph and the map of {scale.memory_articles:,} articles")
        views = view_times(work / "store-large", work / "views")
        say(f"extraction in words/s per corpus folder, {scale.words_articles} articles each")
        words = words_per_second(
            corpus_folders(roots if roots is not None else default_roots()),
            scale.words_articles,
            scale.words_rounds,
            say=say,
        )
        say("cold start of mekg query")
        parameter, values = ours.asked["market_entries"]
        cold_s = cold_start(work / "store-big", scale.cold_start_runs, (parameter, values[0]))
        startup_s = cold_start(None, scale.cold_start_runs)

    ingest_one = max(r.articles_per_s for r in one)
    ingest_all = max(r.articles_per_s for r in parallel)
    p50 = _medians(ours.times)
    rdflib_p50 = _medians(theirs.times)
    # the same values on both engines: rdflib's median against ours over those values
    ours_same = {
        name: statistics.median(ours.times[name][: len(theirs.times[name]) * scale.query_runs])
        for name in p50
    }
    speedups = {name: round(rdflib_p50[name] / max(ours_same[name], 1e-3), 1) for name in p50}
    rows_equal = all(
        rows == ours.value_rows[name][: len(rows)] for name, rows in theirs.value_rows.items()
    )
    return {
        "scale": "quick" if scale == QUICK else "full",
        "machine": _machine(cores),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "corpus_articles": len(base),
        "triples": triples,
        "extract_articles_per_s": round(max(extract_one), 1),
        "extract_words_per_s": words,
        "extract_articles_per_s_parallel": round(max(extract_all), 1),
        # ratios: the median of each round's pair (measured seconds apart), not the best
        # rate of one over the best of the other (one lucky round skews that)
        "extract_speedup": _paired(extract_all, extract_one),
        # the machine's own ceiling, measured in the same rounds: a pure-Python loop
        "cpu_scaling": round(statistics.median(cpu), 2),
        "cpu_scaling_rounds": [round(c, 2) for c in cpu],
        "extract_rounds": [
            [round(a, 1), round(b, 1)] for a, b in zip(extract_one, extract_all, strict=True)
        ],
        "workers": cores,
        "ingest_articles_per_s": round(ingest_all, 1),
        "ingest_articles_per_s_1worker": round(ingest_one, 1),
        "ingest_speedup": _paired(
            [r.articles_per_s for r in parallel], [r.articles_per_s for r in one]
        ),
        "ingest_speedup_best_rates": round(ingest_all / ingest_one, 2),
        "ingest_rounds": [
            [round(a.articles_per_s, 1), round(b.articles_per_s, 1)]
            for a, b in zip(one, parallel, strict=True)
        ],
        "ingest_articles": scale.ingest_articles,
        "memory_ingest_articles": memory.articles,
        "memory_ingest_articles_per_s": round(memory.articles_per_s, 1),
        "peak_rss_mb": round(memory.peak_rss_mb, 1),
        "ingest_failed": sum(r.failed for r in one + parallel) + memory.failed,
        "store_build_s": round(build_s, 1),
        "cq_asked": {name: {parameter: values} for name, (parameter, values) in ours.asked.items()},
        "cq_rows": ours.rows,
        "cq_p50_ms": p50,
        "cq_p95_ms": {name: round(percentile(t, 0.95), 2) for name, t in ours.times.items()},
        "cq_full_rows": ours.full_rows,
        "cq_full_p50_ms": _medians(ours.full_times),
        "rdflib_quads": held,
        "rdflib_load_s": round(rdflib_load_s, 1),
        "cq_rdflib_p50_ms": rdflib_p50,
        "cq_rdflib_capped": theirs.capped,
        "cq_rdflib_limit_s": scale.rdflib_limit_s,
        "cq_rdflib_stop_ratio": STOP_RATIO,
        "cq_rdflib_rows_equal": rows_equal,
        "cq_speedup": speedups,
        "cq_speedup_min": min(speedups.values()),
        "render_2000_s": round(render_s, 3),
        "render_nodes": render_nodes,
        **views,
        "cold_start_s": round(cold_s, 3),
        "startup_s": round(startup_s, 3),
        "bench_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _paired(fast: list[float], slow: list[float]) -> float:
    return round(statistics.median(a / b for a, b in zip(fast, slow, strict=True)), 2)


def _medians(times: dict[str, list[float]]) -> dict[str, float]:
    return {name: round(statistics.median(t), 2) for name, t in times.items()}


def _languages(documents: list[Document]) -> str:
    counts: dict[str, int] = {}
    for document in documents:
        counts[document.language or "?"] = counts.get(document.language or "?", 0) + 1
    return ", ".join(
        f"{n} {language}" for language, n in sorted(counts.items(), key=lambda kv: -kv[1])
    )


def _machine(cores: int) -> str:
    import platform  # noqa: PLC0415

    cpu = ""
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        cpu = platform.processor()
    memory = (
        os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        if hasattr(os, "sysconf")
        else 0
    )
    return (
        f"{cores} cores ({cpu}), {memory:.0f} GB RAM, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def table(figures: dict[str, Any]) -> str:
    """The figures as an aligned plain-text table (what ``mekg bench`` prints)."""
    lines = [
        ("triples in the query store", f"{figures['triples']:,}"),
        ("extraction, 1 process", f"{figures['extract_articles_per_s']} articles/s"),
        (
            f"extraction, {figures['workers']} processes",
            f"{figures['extract_articles_per_s_parallel']} articles/s "
            f"({figures['extract_speedup']}x)",
        ),
        (
            f"pure CPU loop, {figures['workers']} processes",
            f"{figures['cpu_scaling']}x one (what the machine gives parallel work)",
        ),
        ("mekg ingest --workers 1", f"{figures['ingest_articles_per_s_1worker']} articles/s"),
        (
            "mekg ingest (all cores)",
            f"{figures['ingest_articles_per_s']} articles/s ({figures['ingest_speedup']}x)",
        ),
        (
            f"ingest {figures['memory_ingest_articles']:,} articles",
            f"{figures['memory_ingest_articles_per_s']} articles/s, "
            f"peak {figures['peak_rss_mb']} MB",
        ),
        ("render view", f"{figures['render_2000_s']} s for {figures['render_nodes']} nodes"),
        *(
            (
                f"{title}, {figures['view_articles']:,} articles",
                f"render {figures[f'view_{name}_render_s']} s ({figures[f'view_{name}_mb']} MB), "
                f"drawn {figures[f'view_{name}_drawn_s']} s after load",
            )
            for name, title in (("graph", "whole-graph view"), ("map", "market map"))
        ),
        (
            "mekg query cold start",
            f"{figures['cold_start_s']} s (start-up alone {figures['startup_s']} s)",
        ),
        *(
            (
                f"extraction words/s, {name}",
                f"{row['words_per_s']:,}"
                + (
                    f" (baseline {figures['extract_words_per_s']['baseline']}: "
                    f"{row['baseline_words_per_s']:,}, {row['ratio']}x)"
                    if row["ratio"] is not None
                    else ""
                ),
            )
            for name, row in figures["extract_words_per_s"]["folders"].items()
        ),
    ]
    width = max(len(k) for k, _ in lines)
    out = [f"{k:<{width}}  {v}" for k, v in lines]
    limit, ratio = figures["cq_rdflib_limit_s"], figures["cq_rdflib_stop_ratio"]
    out += [
        "",
        f"competency queries on {figures['triples']:,} triples, asked about one value of their "
        "first parameter (--where), values drawn from their whole answers;",
        f"rdflib (in memory, {figures['rdflib_quads']:,} quads) asked the same; '>' = stopped "
        f"after {limit:.0f} s or {ratio}x our time, the ratio a lower bound",
        f"{'query':<18} {'asked about':<13} {'rows':>6} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'rdflib ms':>10} {'ratio':>9}   {'whole answer':>20}",
    ]
    for name, p50 in figures["cq_p50_ms"].items():
        capped = ">" if name in figures["cq_rdflib_capped"] else " "
        (parameter,) = figures["cq_asked"][name]
        cells = (
            f"{parameter:<13}",
            f"{figures['cq_rows'][name]:>6g}",
            f"{p50:>8.1f}",
            f"{figures['cq_p95_ms'][name]:>8.1f}",
            f"{capped}{figures['cq_rdflib_p50_ms'][name]:>9.0f}",
            f"{capped}{figures['cq_speedup'][name]:>7.0f}x",
            f"{figures['cq_full_rows'][name]:>9,} rows {figures['cq_full_p50_ms'][name]:>7.0f} ms",
        )
        out.append(f"{name:<18} " + " ".join(cells))
    out.append(f"smallest ratio (rdflib / Oxigraph): {figures['cq_speedup_min']}x")
    return "\n".join(out)


def report(figures: dict[str, Any]) -> str:
    """docs/performance.md: what was measured, on what, and the figures of one run
    (``mekg bench --report``; written from the run's JSON, never by hand)."""
    scale = "full" if figures["scale"] == "full" else "quick (small scale, for CI)"
    return f"""# Performance

*Written by `mekg bench --from-json docs/performance.json --report docs/performance.md`
from the figures of one {scale} run on {figures["date"]} (`docs/performance.json`, which
`mekg bench --json` wrote); every figure below comes from that run. Run it on your
machine: `mekg bench --json bench.json --report performance.md`.*

Machine: {figures["machine"]}. Absolute times depend on the machine and its load (this
one is shared with other jobs); ratios compare measurements made minutes apart in the
same run.

## What is measured

{__doc__.split("Stages, in order:", 1)[1].split("Absolute times", 1)[0].strip()}

The corpus had {figures["corpus_articles"]:,} articles; the query store
{figures["triples"]:,} triples.

## Figures

```text
{table(figures)}
```

The JSON of the run holds every round (`extract_rounds`, `ingest_rounds`,
`cpu_scaling_rounds`) and each query's figures.

{SCALE_SECTION}"""


# docs/performance.md's part on `mekg bench --scale` (the same in every report)
SCALE_SECTION = """## At scale: embedded and in Virtuoso

`mekg bench --scale` loads a store of 10 million triples (the real corpus, ingested, plus
renamed copies of its graphs) into an embedded store and into Debian's Virtuoso, by each
one's bulk loader, and times the competency queries, the cold start of `mekg query` and
the load on both. It also ingests the corpus into Virtuoso with extraction on a Dask
`LocalCluster` of two workers, and checks that those facts equal a local ingest's. Its
figures, Virtuoso's settings and what exactly is measured are in
[performance-scale.md](performance-scale.md), written by the last run:

    mekg bench --scale --json docs/performance-scale.json --report docs/performance-scale.md

It needs Virtuoso (`apt-get install virtuoso-opensource`; the bench starts `virtuoso-t` on
loopback ports with a database in a temporary folder and stops it after) and Dask
(`pip install 'mekg[dask]'`). On the 2-core machine above it takes 15 to 20 minutes
(performance-scale.md gives the time of its run), about 6 GB of disk in the temporary
folder (`TMPDIR`) and up to 4 GB of memory for Virtuoso's page buffers.
`mekg bench --scale --quick` runs every stage on 20,000 triples in under a minute, as
`tests/test_bench_scale.py` does in CI.
"""


__all__ = ["FULL", "QUICK", "Scale", "report", "run", "table", "variants"]
