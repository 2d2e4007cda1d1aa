"""The benchmark: its corpus is varied and its quick run reports every figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph import bench
from graph.model import Document
from tests.conftest import ROOT

KEYS = (
    "triples",
    "extract_articles_per_s",
    "extract_articles_per_s_parallel",
    "ingest_articles_per_s",
    "cq_p50_ms",
    "cq_rdflib_p50_ms",
    "cq_speedup_min",
    "render_2000_s",
    "view_graph_render_s",
    "view_map_render_s",
    "view_graph_drawn_s",
    "view_map_drawn_s",
    "cold_start_s",
    "peak_rss_mb",
)


def test_variants_are_distinct_articles_about_other_companies_and_markets() -> None:
    base = bench.base_documents([ROOT / "data" / "articles"])
    documents = list(bench.variants(base, 3 * len(base)))
    assert len(documents) == 3 * len(base)
    assert len({d.locator for d in documents}) == len(documents)
    assert len({d.text for d in documents}) == len(documents)
    ikea = next(d for d in base if "IKEA" in d.text and "India" in d.text)
    variant = documents[base.index(ikea) + len(base)]
    assert "IKEA" not in variant.text and "India" not in variant.text
    assert variant.language == ikea.language


def test_variant_swaps_retailer_and_country_and_shifts_years() -> None:
    from graph.gazetteer import Gazetteer

    document = Document(
        text="Lidl entered Serbia in 2018.",
        source="a.txt",
        locator="urn:a",
        published="2018-10-04",
        language="en",
    )
    variant = list(bench.variants([document], 4))[3]
    assert variant.text.endswith(" in 2021.") and variant.published == "2021-10-04"
    company, country = variant.text.removesuffix(" in 2021.").split(" entered ")
    assert company != "Lidl" and Gazetteer.default().lookup(company).kind == "retailer"
    assert country != "Serbia" and country in [geo_label(c) for c in bench.VARIANT_MARKETS]


def geo_label(code: str) -> str:
    from graph import geo

    return geo.label(code, "en")


def test_percentile_interpolates() -> None:
    assert bench.percentile([1.0, 2.0, 3.0, 4.0, 5.0], 0.5) == 3.0
    assert bench.percentile([10.0, 20.0], 0.95) == pytest.approx(19.5)


@pytest.mark.bench
def test_quick_bench_reports_every_figure(tmp_path: Path) -> None:
    """Checks the JSON of ``mekg bench --quick``: the file named by $MEKG_BENCH_JSON (what
    .ci/run's smoke run wrote), else a fresh quick run."""
    given = os.environ.get("MEKG_BENCH_JSON")
    out = Path(given) if given else tmp_path / "bench.json"
    if not given:
        command = [sys.executable, "-m", "graph.cli", "bench", "--quick", "--json", str(out)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
        assert "competency queries" in result.stdout
    figures = json.loads(out.read_text())
    assert set(KEYS) <= set(figures)
    assert figures["triples"] >= bench.QUICK.target_triples
    for key in (
        "extract_articles_per_s",
        "extract_articles_per_s_parallel",
        "ingest_articles_per_s",
        "render_2000_s",
        "view_graph_render_s",
        "view_map_render_s",
        "view_graph_drawn_s",
        "view_map_drawn_s",
        "cold_start_s",
        "peak_rss_mb",
        "cq_speedup_min",
        "cpu_scaling",
    ):
        assert figures[key] > 0, key
    names = figures["cq_p50_ms"].keys()
    assert "market_entries" in names
    for key in ("cq_p95_ms", "cq_rdflib_p50_ms", "cq_full_p50_ms", "cq_asked", "cq_speedup"):
        assert figures[key].keys() == names, key
    # every query was asked about values that are in the store: questions with answers
    assert all(figures["cq_rows"][name] > 0 for name in names), figures["cq_rows"]
    assert figures["rdflib_quads"] >= figures["triples"]
    assert figures["cq_rdflib_rows_equal"], "rdflib and Oxigraph must answer with as many rows"
    assert figures["ingest_failed"] == 0
    # words per second per corpus folder, against the extractor the rewrite started from
    words = figures["extract_words_per_s"]
    assert words["word"] == r"\w+" and words["folders"], words
    for row in words["folders"].values():
        assert row["words"] > 0 and row["words_per_s"] > 0, row


def test_cpu_scaling_measures_parallel_work() -> None:
    """The machine's ceiling: one process is about 1x itself (a shared machine is noisy,
    so the median of three and wide bounds); more processes are never far past N."""
    one = sorted(bench.cpu_scaling(1, n=500_000) for _ in range(3))[1]
    two = sorted(bench.cpu_scaling(2, n=500_000) for _ in range(3))[1]
    assert 0.5 < one < 2.0, one
    assert 0.5 < two < 3.0, two


def test_written_corpus_reads_back_whole_with_line_separators_in_text(tmp_path: Path) -> None:
    """A text with U+2028 or NEL (which str.splitlines breaks at) stays one article."""
    texts = ["Lidl entered Serbia\u2028in 2018.", "Aldi\x85 left Greece.", "IKEA entered India."]
    documents = [
        Document(text=t, source=f"{i}.txt", locator=f"urn:{i}", published=None, language="en")
        for i, t in enumerate(texts)
    ]
    assert bench.write_corpus(documents, tmp_path) == 3
    read = sorted(d.text for d in bench.base_documents([tmp_path]))  # the reader may clean
    assert [text.split()[0] for text in read] == ["Aldi", "IKEA", "Lidl"]
    assert read[2].endswith("in 2018.")  # not cut at the separator


def test_words_are_runs_of_letters_and_digits_and_the_baseline_is_unpacked_from_git(
    tmp_path: Path,
) -> None:
    from graph import bench_words

    assert len(bench_words.WORD.findall("Mercado Libre's 2.000 Läden")) == 6
    tree = bench_words.unpack(bench_words.EXTRACTION_BASELINE, tmp_path)
    if tree is None:
        pytest.skip("no git history in this checkout")
    assert (tree / "graph" / "extract" / "pipeline.py").exists()
    assert (tree / "data" / "gazetteers" / "organizations.tsv").exists()
