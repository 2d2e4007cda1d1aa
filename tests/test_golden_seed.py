"""Golden test: the seed article through the real CLI and the evaluation scorer."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EVAL

SEED = "de-xiaomi-mexico-2017"


@pytest.mark.skipif(not (EVAL / "dev" / f"{SEED}.txt").exists(), reason="shared/eval not present")
def test_seed_scores_at_least_point_nine(tmp_path: Path) -> None:
    for suffix in (".txt", ".gold.json"):
        shutil.copy(EVAL / "dev" / f"{SEED}{suffix}", tmp_path)
    out = subprocess.run(
        [
            sys.executable,
            str(EVAL / "score.py"),
            str(tmp_path),
            "--mekg",
            f"{sys.executable} -m graph.cli",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    line = out.strip().splitlines()[-1]
    numbers = [float(x) for x in line.replace("|", " ").split() if x[0].isdigit()]
    assert len(numbers) == 3 and min(numbers) >= 0.9, out
