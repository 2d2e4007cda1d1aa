"""mekg — turn news about market expansion into a provenance-rich RDF knowledge graph.

>>> from graph import KnowledgeGraph
>>> kg = KnowledgeGraph()                      # in memory; KnowledgeGraph("dir") persists
>>> kg.ingest_text("Lidl opens its first US stores ...", published="2017-06-16")
>>> kg.cq("market_entries")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

# The version's one home is pyproject.toml; the installed package's metadata carries it.
try:
    __version__ = version("mekg")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

from graph.errors import (  # noqa: E402
    MekgError,
    NoSpaceError,
    QueryError,
    SourceError,
    StoreError,
    ValidationError,
)

__all__ = [
    "KnowledgeGraph",
    "MekgError",
    "NoSpaceError",
    "QueryError",
    "SourceError",
    "StoreError",
    "ValidationError",
    "__version__",
]


def __getattr__(name: str):  # noqa: ANN202 — lazy import keeps `mekg --help` fast
    if name == "KnowledgeGraph":
        from graph.api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(name)
