"""A wheel (non-editable install) carries the ontology, the queries and the data."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.mark.slow
def test_the_wheel_ships_ontology_queries_gazetteers_geography_and_demo_articles(
    tmp_path: Path,
) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("mekg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    queries = {
        f"graph/_ontology/queries/{p.name}" for p in (ROOT / "ontology" / "queries").glob("*.rq")
    }
    assert queries and queries <= names
    expected = {
        "graph/_ontology/mekg.ttl",
        "graph/_ontology/shapes.ttl",
        "graph/_data/gazetteers/organizations.tsv",
        "graph/_data/gazetteers/given_names.txt",
        "graph/_data/geo/m49.tsv",
        "graph/_data/geo/adjectives.tsv",
        "graph/_data/geo/cities.tsv",
    }
    assert expected <= names
    articles = {f"graph/_data/articles/{p.name}" for p in (ROOT / "data" / "articles").iterdir()}
    assert articles <= names
    assert not any(n.endswith(".py") and "/_data/" in n for n in names)  # build scripts stay out
    # every module of the source tree is in the wheel (packages are found, not listed) ...
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "graph").rglob("*.py")}
    assert modules <= names, sorted(modules - names)
    # ... and imports from it: every subpackage of graph.extract, with its languages
    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(wheel).extractall(unpacked)
    script = (
        "import importlib, pkgutil, sys; sys.path.insert(0, sys.argv[1]);"
        "import graph.extract as e;"
        "assert e.__file__.startswith(sys.argv[1]), e.__file__;"
        "[importlib.import_module(m.name) for m in pkgutil.walk_packages(e.__path__, 'graph.extract.')];"
        "from graph.extract import lang; print(sorted(lang.LANGUAGES))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(unpacked)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "'de', 'en', 'es'" in done.stdout
