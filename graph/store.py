"""Where the graph lives: an embedded, persistent Oxigraph store.

Each article is one named graph, written in one transaction, so a store never
holds half an article. The shared graphs (ontology, geography) are loaded once.
Remote SPARQL stores implement the same small interface (see ``Store``).
"""

from __future__ import annotations

import errno
import itertools
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

import pyoxigraph as ox

from graph import order
from graph.errors import NoSpaceError, QueryError, StoreError, printable
from graph.order import term_text
from graph.sparql_text import outline

DEFAULT_STORE = "mekg-store"
VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# The line in a competency query where bound values go: inside the group whose
# triple patterns bind them, so the query planner starts from those values.
WHERE_MARK = re.compile(r"^[ \t]*#@where[ \t]*$", re.MULTILINE)
EXPORT_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}


@dataclass(frozen=True)
class Dataset:
    """The graphs a query reads, as a SPARQL protocol request names them
    (``default-graph-uri``, ``named-graph-uri``); they replace the query's own
    ``FROM`` and ``FROM NAMED``."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass
class QueryResult:
    """A SPARQL result as plain Python: rows of text for SELECT, a flag for ASK,
    triples for CONSTRUCT/DESCRIBE."""

    kind: str  # select | ask | graph
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, str | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)


# A variable bound to one value, or to any of several (a row of VALUES for each)
Bindings = Mapping[str, str | Sequence[str]]


def bind_values(sparql: str, bindings: Bindings | None) -> str:
    """``sparql`` with ``bindings`` as a VALUES block of literals (pyoxigraph escapes them,
    so a value can never change the query); a list of values binds any of them.

    The block goes where the query marks ``#@where`` (the competency queries do,
    inside their main pattern: Oxigraph then plans from the bound values, 100×
    faster on a large store than joining them at the end), else at the end.
    """
    if not bindings:
        return sparql
    for name in bindings:
        if not VARIABLE.fullmatch(name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
    names = " ".join(f"?{name}" for name in bindings)
    choices = [[value] if isinstance(value, str) else value for value in bindings.values()]
    rows = " ".join(
        "(" + " ".join(str(ox.Literal(value)) for value in row) + ")"
        for row in itertools.product(*choices)
    )
    block = f"VALUES ({names}) {{ {rows} }}"
    if WHERE_MARK.search(sparql):
        return WHERE_MARK.sub(lambda _: block, sparql, count=1)
    return f"{sparql}\n{block}"


class Store(Protocol):
    """What every store backend offers the rest of the package."""

    location: str

    def replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None: ...
    def load_graph(self, graph: ox.NamedNode, nquads: bytes) -> None: ...
    def graph_value(self, graph: ox.NamedNode, predicate: str) -> str | None: ...
    def has_graph(self, graph: ox.NamedNode) -> bool: ...
    def query(self, sparql: str, bindings: Bindings | None = None) -> QueryResult: ...
    def quads(self) -> Iterator[ox.Quad]: ...
    def count(self) -> int: ...
    def dump(self, out: IO[bytes], fmt: str) -> None: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...


def query_result(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> QueryResult:
    """A pyoxigraph result (from a store or parsed from a remote answer) as plain Python."""
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [{name: term_text(solution[name]) for name in variables} for solution in result]
        return QueryResult("select", variables=variables, rows=rows)
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(result))
    return QueryResult("graph", triples=list(result))


def default_location() -> str:
    """``$MEKG_STORE`` or ``./mekg-store``."""
    return os.environ.get("MEKG_STORE") or DEFAULT_STORE


def open_store(location: str | os.PathLike[str] | None, *, create: bool = True) -> Store:
    """Open the store at ``location``: a folder, an http(s) SPARQL endpoint, or None for
    memory. The one place a store is opened: a folder that ``mekg serve`` is serving is
    reached through that server (see :mod:`graph.owner`); without ``create`` a folder that
    holds no store is a StoreError (a read never makes an empty store where the user
    mistyped)."""
    if location is None:
        return OxigraphStore(None)
    text = str(location)
    if text.startswith(("http://", "https://")):
        from graph.remote import RemoteStore  # noqa: PLC0415 — only remote users pay for it

        return RemoteStore(text)
    from graph.owner import served_store  # noqa: PLC0415

    path = Path(text)
    # A folder that `mekg serve` holds is read and written through that server.
    served = served_store(path)
    if served is not None:
        return served
    if not create and not is_store(path):
        raise StoreError(
            f"no store at {printable(text)} — make one with 'mekg --store {printable(text)} "
            "ingest ARTICLES' (or 'mekg demo'), or point --store or MEKG_STORE at a store"
        )
    return OxigraphStore(path)


def is_store(path: Path) -> bool:
    """True when ``path`` is a folder Oxigraph has written a store into."""
    return (path / "CURRENT").is_file()


class OxigraphStore:
    """Embedded Oxigraph: a folder on disk, or memory when ``path`` is None."""

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        self.location = str(path) if path else ":memory:"
        self.path = path
        try:
            if path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = ox.Store.read_only(str(path))
            else:
                if path.exists() and not path.is_dir():
                    raise StoreError(
                        f"{path} is a file, not a store folder — pass a folder with --store"
                    )
                with self._disk_space():
                    path.mkdir(parents=True, exist_ok=True)
                    self.store = ox.Store(str(path))
        except OSError as error:
            if "LOCK" in str(error):  # RocksDB's lock file: another process has it open
                raise StoreError(
                    f"the store at {printable(str(path))} is open in another process — wait for "
                    "it to end or stop it (a `mekg serve` shares its store with mekg commands "
                    "when it listens on 127.0.0.1, the default, or on 0.0.0.0)"
                ) from error
            raise StoreError(f"cannot open the store at {path}: {error}") from error

    def replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """Replace one named graph with ``quads`` (see :meth:`load_graph`).

        Loading them as N-Quads takes 2.0–2.4 ms an article where a SPARQL update
        (DROP, then INSERT DATA of the same quads as text) took 3.6–3.9 ms.
        """
        self.load_graph(graph, ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")

    def load_graph(self, graph: ox.NamedNode, nquads: bytes) -> None:
        """Replace one named graph with N-Quads (of that graph only) made elsewhere.

        A new graph is written in one transaction. An existing one is removed
        first, in a transaction of its own: a crash in between leaves the article
        absent, never half of it, and the next ingest of the same files adds it.
        """
        with self._disk_space():
            if self.store.contains_named_graph(graph):
                self.store.remove_graph(graph)
            self.store.load(nquads, format=ox.RdfFormat.N_QUADS)

    def add_graph_if_missing(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> bool:
        if self.has_graph(graph):
            return False
        with self._disk_space():
            self.store.extend(quads)
        return True

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return any(True for _ in self.store.quads_for_pattern(None, None, None, graph))

    def graph_value(self, graph: ox.NamedNode, predicate: str) -> str | None:
        for quad in self.store.quads_for_pattern(graph, ox.NamedNode(predicate), None, graph):
            return term_text(quad.object)
        return None

    def raw_query(  # noqa: ANN201
        self,
        sparql: str,
        bindings: Bindings | None = None,
        *,
        dataset: Dataset | None = None,
        base_iri: str | None = None,
    ):
        """Run SPARQL and return pyoxigraph's own result object (for the server);
        ``bindings`` are bound as literal values (see :func:`bind_values`).

        The dataset is ``dataset`` when given, else the query's ``FROM`` and
        ``FROM NAMED``, else the union of all graphs as the default graph and
        every graph as a named graph. Relative IRIs resolve against ``base_iri``.
        Too deep a query and SERVICE are refused before parsing
        (:func:`graph.sparql_text.outline`).
        """
        sparql = bind_values(sparql, bindings)
        read = outline(sparql)
        try:
            if dataset is not None:
                return self.store.query(
                    sparql,
                    base_iri=base_iri,
                    default_graph=[ox.NamedNode(iri) for iri in dataset.default_graphs],
                    named_graphs=[ox.NamedNode(iri) for iri in dataset.named_graphs],
                )
            return self.store.query(
                sparql, base_iri=base_iri, use_default_graph_as_union=not read.names_dataset
            )
        except SyntaxError as error:
            raise QueryError(f"SPARQL syntax error: {error}") from error
        except (OSError, RuntimeError, ValueError) as error:
            raise QueryError(f"query failed: {error}") from error

    def query(self, sparql: str, bindings: Bindings | None = None) -> QueryResult:
        """Run a SPARQL query; ``bindings`` are bound as literal values, never spliced in.

        A final ``ORDER BY`` of plain variables is done in Python on the decoded
        rows when it can be done exactly (see :mod:`graph.order`): on disk that
        saves Oxigraph decoding each sort key a second time.
        """
        sparql = bind_values(sparql, bindings)
        split = order.split(sparql)
        if split is None:
            return query_result(self.raw_query(sparql))
        unordered, by = split
        result = self.raw_query(unordered)
        if not isinstance(result, ox.QuerySolutions):
            return query_result(result)  # the order of a graph's triples means nothing
        variables = [v.value for v in result.variables]
        texts = order.sorted_texts(variables, [tuple(solution) for solution in result], by)
        if texts is None:  # not sortable here: Oxigraph sorts
            return query_result(self.raw_query(sparql))
        return QueryResult(
            "select",
            variables=variables,
            rows=[dict(zip(variables, row, strict=True)) for row in texts],
        )

    def update(self, sparql: str) -> None:
        with self._disk_space():
            self.store.update(sparql)

    def snapshot(self, target: Path) -> None:
        """Write a store of the current contents at ``target`` (a new folder) that
        nobody else writes: hard links to the store's files for a store on disk
        (``Store.backup``), a copy for one in memory."""
        if self.path is not None:
            self.store.flush()
            self.store.backup(str(target))
            return
        copy = ox.Store(str(target))
        copy.bulk_extend(self.store)
        copy.flush()

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.store.quads_for_pattern(None, None, None))

    def count(self) -> int:
        return len(self.store)

    def dump(self, out: IO[bytes], fmt: str) -> None:
        """Write the whole dataset; triple formats get the union of all graphs."""
        rdf_format = EXPORT_FORMATS[fmt]
        if rdf_format.supports_datasets:
            self.store.dump(out, rdf_format)
        else:
            triples = (ox.Triple(q.subject, q.predicate, q.object) for q in self.store)
            ox.serialize(triples, out, rdf_format, prefixes=_prefixes())

    def flush(self) -> None:
        """Write what is held in memory to the store's files. Without it the next open
        replays the write-ahead log: 1.4 s instead of 0.05 s after 1,000 articles."""
        with self._disk_space():
            self.store.flush()

    def close(self) -> None:
        """Flush and release the folder; released even when the flush fails (a full
        disk), so the store opens again in this process and any other."""
        try:
            with self._disk_space():
                self.store.flush()
        finally:
            del self.store

    @contextmanager
    def _disk_space(self) -> Iterator[None]:
        """A full disk as one NoSpaceError naming it, not Oxigraph's chain of messages."""
        try:
            yield
        except OSError as error:
            if error.errno != errno.ENOSPC and "No space left on device" not in str(error):
                raise
            where = printable(_mount_point(self.path) if self.path else "memory")
            raise NoSpaceError(
                f"no space left on {where}: the store {printable(self.location)} cannot be "
                "written — free some space there (or use another --store) and run the same "
                "command again; what was stored before stays"
            ) from error


def _mount_point(path: Path) -> str:
    """The mount point of the file system that holds ``path`` (the device a user frees)."""
    path = path.resolve()
    while not os.path.ismount(path) and path.parent != path:
        path = path.parent
    return str(path)


def _prefixes() -> dict[str, str]:
    from graph.rdf import PREFIXES

    return dict(PREFIXES)
