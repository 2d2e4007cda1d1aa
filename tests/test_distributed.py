"""Extraction on a Dask cluster writes the same graph as extraction in this process."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import KnowledgeGraph, queries
from graph.errors import MekgError
from tests.conftest import ROOT

ARTICLES = ROOT / "data" / "articles"


@pytest.mark.slow
def test_dask_ingest_equals_local_ingest(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        KnowledgeGraph(tmp_path / "dask") as on_dask,
    ):
        on_dask_report = on_dask.ingest([ARTICLES], dask_address=cluster.scheduler_address)
        rows_on_dask = {name: on_dask.cq(name) for name in queries.names()}
        triples_on_dask = on_dask.store.count()
    with KnowledgeGraph(tmp_path / "local") as local:
        local_report = local.ingest([ARTICLES])
        assert on_dask_report.ingested == local_report.ingested != []
        assert not on_dask_report.failed and on_dask_report.facts == local_report.facts
        assert {name: local.cq(name) for name in queries.names()} == rows_on_dask
        assert local.store.count() == triples_on_dask
    assert rows_on_dask["market_entries"], "the demo articles have market entries"


def test_unreachable_scheduler_is_one_helpful_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr("graph.distributed.CONNECT_TIMEOUT", "1s")
    with (
        KnowledgeGraph(tmp_path / "s") as kg,
        pytest.raises(MekgError, match="cannot reach the Dask scheduler"),
    ):
        kg.ingest([ARTICLES], dask_address="tcp://127.0.0.1:9")


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # import now raises ImportError
    with (
        KnowledgeGraph(tmp_path / "s") as kg,
        pytest.raises(MekgError, match=r"pip install 'mekg\[dask\]'"),
    ):
        kg.ingest([ARTICLES], dask_address="tcp://127.0.0.1:8786")
