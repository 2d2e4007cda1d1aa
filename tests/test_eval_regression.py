"""The development-set scorer must stay above the thresholds of the extraction issue.

Runs ``../shared/eval/score.py`` (the evaluation contract) on the development set through
this checkout's CLI; skipped where the evaluation folder is not beside the project.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EVAL

FACTS, ATTRIBUTES, METADATA, PER_LANGUAGE = 0.85, 0.85, 0.90, 0.80


@pytest.mark.slow
@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="no ../shared/eval beside the project")
def test_development_set_scores_above_thresholds(tmp_path: Path) -> None:
    out = tmp_path / "score.json"
    mekg = f"{sys.executable} -m graph.cli"
    proc = subprocess.run(
        [
            sys.executable,
            str(EVAL / "score.py"),
            str(EVAL / "dev"),
            "--mekg",
            mekg,
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    score = json.loads(out.read_text())
    report = proc.stdout[-3000:]
    assert score["facts_f1"] >= FACTS, report
    assert score["attributes"] >= ATTRIBUTES, report
    assert score["metadata"] >= METADATA, report
    assert set(score["languages"]) == {"de", "en", "es"}, report
    for language, f1 in score["languages"].items():
        assert f1 >= PER_LANGUAGE, f"{language}: {f1:.2f}\n{report}"
