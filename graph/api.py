"""KnowledgeGraph: the facade that the CLI, the server and the tests use."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.errors import MekgError, QueryError
from graph.facttypes import count_facts
from graph.model import ArticleFacts, Document
from graph.store import QueryResult, Store, open_store

if TYPE_CHECKING:
    import networkx as nx

DEFAULT_MAX_BYTES = 20_000_000


@dataclass
class IngestReport:
    """What an ingest did: articles stored, skipped as unchanged, and failures."""

    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input, one-line reason)
    facts: int = 0

    def merge(self, other: IngestReport) -> None:
        self.ingested += other.ingested
        self.unchanged += other.unchanged
        self.failed += other.failed
        self.facts += other.facts


class KnowledgeGraph:
    """A market-expansion knowledge graph backed by a store.

    >>> kg = KnowledgeGraph()            # in memory
    >>> kg = KnowledgeGraph("my-store")  # persistent Oxigraph folder
    >>> kg = KnowledgeGraph("http://localhost:7878/query")  # a SPARQL server (graph.remote)
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        store: Store | None = None,
        update_url: str | None = None,
        gsp_url: str | None = None,
        create: bool = True,
    ) -> None:
        """Open the store at ``path`` (None: in memory); ``create=False`` refuses a folder
        that holds no store yet (StoreError) instead of making an empty one."""
        if store is not None:
            self.store = store
        elif update_url is not None or gsp_url is not None:
            from graph.remote import RemoteStore  # noqa: PLC0415

            self.store = RemoteStore(str(path), update_url=update_url, gsp_url=gsp_url)
        else:
            self.store = open_store(path, create=create)
        self._static_loaded = False

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        """Flush and release the store."""
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest
    def ingest(
        self,
        paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
        *,
        force: bool = False,
        workers: int = 1,
        max_bytes: int = DEFAULT_MAX_BYTES,
        progress: Callable[[int, str], None] | None = None,
        dask_address: str | None = None,
    ) -> IngestReport:
        """Read articles (files or folders: .txt, .html, .json, .jsonl) into the store.

        Each article is committed on its own; a bad input is reported in
        ``IngestReport.failed`` and the rest of the batch goes on. Articles whose
        text and extractor version are unchanged are skipped unless ``force``.
        ``progress(done, source)`` is called after each input.
        """
        from graph.ingest import ingest_paths  # noqa: PLC0415
        from graph.sources import is_url  # noqa: PLC0415

        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        return ingest_paths(
            self.store,
            [str(p) if is_url(p) else Path(p) for p in paths],
            force=force,
            workers=workers,
            max_bytes=max_bytes,
            progress=progress,
            dask_address=dask_address,
            prepare=self._ensure_static,
        )

    def ingest_text(
        self,
        text: str,
        *,
        title: str | None = None,
        published: str | None = None,
        language: str | None = None,
        source: str | None = None,
    ) -> ArticleFacts:
        """Extract one article given as a string and store it; returns what was found.

        ``published`` is an ISO date (``2017-05-11``); ``source`` names the article
        in query results (default: a name derived from the text's hash).
        """
        from graph.ingest import store_facts  # noqa: PLC0415
        from graph.sources import document_from_text  # noqa: PLC0415

        document = document_from_text(
            text, title=title, published=published, language=language, source=source
        )
        self._ensure_static()
        return store_facts(self.store, document)

    def ingest_documents(self, documents: Iterable[Document]) -> IngestReport:
        """Extract and store ready-made documents (used by feeds and tests)."""
        from graph.ingest import store_facts  # noqa: PLC0415

        self._ensure_static()
        report = IngestReport()
        for document in documents:
            facts = store_facts(self.store, document)
            report.ingested.append(document.source)
            report.facts += count_facts(facts)
        return report

    def _ensure_static(self) -> None:
        if not self._static_loaded:
            from graph.ingest import load_static_graphs  # noqa: PLC0415

            load_static_graphs(self.store)
            self._static_loaded = True

    # ------------------------------------------------------------------ query
    def query(self, sparql: str, **bindings: str) -> list[dict[str, str | None]]:
        """Run a SPARQL SELECT; keyword arguments are bound as literal values of variables.

        >>> kg.query("SELECT ?o WHERE { GRAPH ?g { ?o rdfs:label ?name } }", name="Xiaomi")
        """
        result = self.sparql(sparql, **bindings)
        if result.kind != "select":
            raise QueryError("query() expects a SELECT query — use store.query() for ASK/CONSTRUCT")
        return result.rows

    def sparql(self, sparql: str, **bindings: str) -> QueryResult:
        """Run any SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) with the usual prefixes
        predeclared (see :data:`graph.rdf.PREFIXES`); keyword arguments are bound as
        literal values. A syntax error gives the line and column of ``sparql`` itself."""
        head = _prefix_head(sparql)
        try:
            return self.store.query(head + sparql, bindings or None)
        except QueryError as error:
            raise _at_user_position(error, sparql, len(head)) from error

    def cq(self, name: str, **where: str) -> list[dict[str, str | None]]:
        """Run a shipped competency query (``ontology/queries/NAME.rq``) by name; keyword
        arguments bind its parameters as ``mekg query --where`` does (any case, aliases,
        market names in three languages), e.g. ``kg.cq("market_entries", market="Mexiko")``;
        QueryError with a "did you mean" when a value names nothing in the store."""
        from graph import queries  # noqa: PLC0415

        return queries.run(self.store, name, where).rows

    def stats(self) -> dict[str, Any]:
        """Counts of triples, articles, organisations, people, products, markets and facts."""
        from graph.network import store_stats  # noqa: PLC0415

        return store_stats(self.store)

    # ------------------------------------------------------------------ outputs
    def to_networkx(self) -> nx.MultiDiGraph:
        """The graph as a networkx MultiDiGraph: typed nodes, labelled fact edges with evidence."""
        from graph.network import to_networkx  # noqa: PLC0415

        return to_networkx(self.store)

    def render(
        self,
        path: str | os.PathLike[str],
        focus: str | None = None,
        depth: int = 2,
        view: str = "all",
        company: str | None = None,
    ) -> Path:
        """Write a self-contained HTML view: the whole graph, an ego view (``focus``), the
        markets view, the market map (``view="map"``) or a company's dossier (``company``)."""
        if view == "map" and not company:
            from graph.market_map import entries_graph, render_map  # noqa: PLC0415

            return render_map(entries_graph(self.store), Path(path), focus=focus)
        graph = self.to_networkx()
        if company:
            from graph.dossier import render_dossier  # noqa: PLC0415

            return render_dossier(graph, Path(path), company)
        from graph.views import render_html  # noqa: PLC0415

        return render_html(graph, Path(path), focus=focus, depth=depth, view=view)  # type: ignore[arg-type]

    def export(self, path: str | os.PathLike[str], format: str = "trig") -> Path:  # noqa: A002
        """Write the whole dataset as turtle, nt, nq, trig or jsonld."""
        from graph.store import EXPORT_FORMATS  # noqa: PLC0415

        if format not in EXPORT_FORMATS:
            raise MekgError(
                f"unknown export format {format!r} — use one of {', '.join(EXPORT_FORMATS)}"
            )
        target = Path(path)
        with target.open("wb") as out:
            self.store.dump(out, format)
        return target

    def validate(self) -> ValidationReport:
        """Check every stored graph against the SHACL shapes in ``ontology/shapes.ttl``."""
        from graph.validate import validate_store  # noqa: PLC0415

        return validate_store(self.store)

    def analyze(self, **options: Any) -> dict[str, Any]:
        """Graph analytics: central entities, communities, paths, entries over time."""
        from graph.analytics import analyze  # noqa: PLC0415

        return analyze(self.to_networkx(), **options)

    def __repr__(self) -> str:
        return f"KnowledgeGraph({self.store.location!r})"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[str]
    text: str = ""


def _prefix_head(sparql: str) -> str:
    """PREFIX declarations of the usual prefixes a query does not declare itself, on no
    line of their own: the user's line numbers stay theirs (see :func:`_at_user_position`)."""
    from graph.rdf import PREFIXES  # noqa: PLC0415

    declared = sparql.lower()
    return "".join(
        f"PREFIX {p}: <{iri}> " for p, iri in PREFIXES.items() if f"prefix {p}:" not in declared
    )


def _with_prefixes(sparql: str) -> str:
    """``sparql`` with the usual prefixes predeclared (on its first line)."""
    return _prefix_head(sparql) + sparql


_POSITION = re.compile(r"\berror at (\d+):(\d+)")
_PREFIXED_NAME = re.compile(r"([A-Za-z][\w.-]*)?:\S*$")


def _at_user_position(error: QueryError, sparql: str, shift: int) -> QueryError:
    """A syntax error at the line and column of the user's ``sparql``, to which ``shift``
    characters were prepended; an unknown prefix named, with the predeclared ones."""
    from graph.rdf import PREFIXES  # noqa: PLC0415

    message = str(error)
    found = _POSITION.search(message)
    if not found:
        return error
    line, column = (
        int(found.group(1)),
        int(found.group(2)) - (shift if found.group(1) == "1" else 0),
    )
    if "Prefix not found" in message:
        lines = sparql.splitlines() or [""]
        before = lines[min(line, len(lines)) - 1][: max(column - 1, 0)]
        name = _PREFIXED_NAME.search(before)
        prefix = (name.group(1) or "") if name else "?"
        column = name.start() + 1 if name else column  # where the name begins
        return QueryError(
            f"SPARQL: unknown prefix '{prefix}:' at line {line}, column {column} — declare it "
            f"(PREFIX {prefix}: <…>) or use a predeclared one: {', '.join(PREFIXES)}"
        )
    where = f"line {line}, column {column}"
    detail = message[found.end() :].lstrip(": ").split("\n")[0]
    return QueryError(f"SPARQL syntax error at {where}: {detail} — fix the query there")
