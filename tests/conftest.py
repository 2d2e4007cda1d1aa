"""Shared fixtures: a store built once from the demo articles."""

from __future__ import annotations

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
