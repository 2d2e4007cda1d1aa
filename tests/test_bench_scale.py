"""``mekg bench --scale`` at a tiny scale: every stage runs against a real Virtuoso and a
real Dask cluster, so the 10-million-triple run (15 to 20 minutes) cannot rot unnoticed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sparql_servers import missing

from graph import bench_scale
from tests.conftest import ROOT


@pytest.mark.slow
def test_quick_scale_bench_measures_both_stores_and_the_dask_ingest(tmp_path: Path) -> None:
    if shutil.which("virtuoso-t") is None:
        missing("Virtuoso (`apt-get install virtuoso-opensource`)")
    pytest.importorskip("distributed")
    out, report = tmp_path / "scale.json", tmp_path / "scale.md"
    command = [sys.executable, "-m", "graph.cli", "bench", "--scale", "--quick"]
    command += ["--corpus", str(ROOT / "data" / "articles"), "--json", str(out)]
    command += ["--report", str(report)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "bulk load, Virtuoso" in result.stdout

    figures = json.loads(out.read_text())
    # both stores hold the same copied store, loaded by their bulk loaders
    assert figures["triples"] >= bench_scale.SCALE_QUICK.target_triples
    assert figures["virtuoso_triples"] == figures["triples"]
    assert figures["load_triples_per_s"] > 0 and figures["virtuoso_load_triples_per_s"] > 0
    # every competency query timed on both, with the same number of rows
    names = figures["cq_p50_ms"].keys()
    assert "entries_in_region" in names and len(names) >= 10
    for key in ("cq_p95_ms", "virtuoso_cq_p50_ms", "virtuoso_cq_p95_ms", "cq_target_met"):
        assert figures[key].keys() == names, key
    assert figures["virtuoso_rows_equal"]
    assert all(figures["cq_rows"][name] > 0 for name in names), figures["cq_rows"]
    assert figures["cold_start_s"] > 0 and figures["virtuoso_cold_start_s"] > 0
    # the Dask ingest into Virtuoso wrote exactly the facts of the local ingest
    assert figures["ingest_failed"] == 0
    assert figures["dask_same_facts"]
    assert figures["dask_article_quads"] == figures["local_article_quads"] > 1000
    for key in (
        "ingest_local_articles_per_s",
        "ingest_local_virtuoso_articles_per_s",
        "ingest_dask_virtuoso_articles_per_s",
    ):
        assert figures[key] > 0, key
    # the report is generated from the JSON alone, and names Virtuoso's settings
    again = tmp_path / "again.md"
    command = [sys.executable, "-m", "graph.cli", "bench", "--from-json", str(out)]
    subprocess.run([*command, "--report", str(again)], check=True, capture_output=True)
    assert again.read_text() == report.read_text()
    assert "NumberOfBuffers" in report.read_text()
