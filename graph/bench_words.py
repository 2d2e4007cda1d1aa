"""Extraction speed in words per second, per corpus folder, against an earlier extractor.

A word is a run of letters, digits or underscores (``\\w+`` in Python's Unicode regex), so
"Mercado Libre's" is three and "2.000" two. Each folder's articles are extracted in a fresh
Python process, one process at a time, by this checkout's extractor and by the extractor of
``baseline`` (a git commit, unpacked with ``git archive`` into a temporary folder); the two
alternate over the rounds, and each one's best round counts, so both see the same machine.
The baseline is where the extraction rewrite started: its rate is the floor to keep.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from graph.paths import CHECKOUT

# the commit the extraction rewrite (issue 23) started from
EXTRACTION_BASELINE = "5f35f9a"
WORD = re.compile(r"\w+")

_TIMER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from graph.extract import extract
from graph.sources import iter_documents
documents = [d for _, d in iter_documents([Path(p) for p in sys.argv[3:]]) if hasattr(d, "text")]
documents = documents[: int(sys.argv[2])]
import graph.extract
getattr(graph.extract, "warm_up", lambda: None)()  # load the tables, as ingest's workers do
extract(documents[0])  # load the gazetteer and build the patterns first
started = time.perf_counter()
for document in documents:
    extract(document)
print(json.dumps({"seconds": time.perf_counter() - started, "articles": len(documents)}))
"""


def words_in(paths: list[Path], limit: int) -> int:
    """The words of the first ``limit`` articles of ``paths``, as the timer reads them."""
    from graph.sources import iter_documents  # noqa: PLC0415

    documents = [d for _, d in iter_documents(paths) if not isinstance(d, Exception)]
    return sum(len(WORD.findall(d.text)) for d in documents[:limit])


def unpack(commit: str, into: Path) -> Path | None:
    """The source tree of ``commit`` of this checkout, or None where there is no git
    history (an installed wheel, a shallow clone without the commit)."""
    try:
        archive = subprocess.run(
            ["git", "-C", str(CHECKOUT), "archive", commit, "graph", "data"],
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return into


def _timed(tree: Path, paths: list[Path], limit: int) -> float:
    """Seconds the extractor in ``tree`` takes for the first ``limit`` articles."""
    out = subprocess.run(
        [sys.executable, "-c", _TIMER, str(tree), str(limit), *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    return float(json.loads(out.stdout.strip().splitlines()[-1])["seconds"])


def words_per_second(
    folders: dict[str, list[Path]],
    limit: int,
    rounds: int,
    baseline: str = EXTRACTION_BASELINE,
    say: Callable[[str], None] = lambda line: None,
) -> dict[str, Any]:
    """Per folder: its words, this extractor's and the baseline's best words per second
    over ``rounds`` alternating rounds, and their ratio (None without the baseline)."""
    figures: dict[str, Any] = {"word": WORD.pattern, "baseline": baseline, "folders": {}}
    with tempfile.TemporaryDirectory(prefix="mekg-baseline-") as tmp:
        old = unpack(baseline, Path(tmp))
        if old is None:
            say(f"words/s: no git history for {baseline}; the baseline is left out")
        for name, paths in folders.items():
            words = words_in(paths, limit)
            ours: list[float] = []
            theirs: list[float] = []
            for _ in range(rounds):
                ours.append(words / _timed(CHECKOUT, paths, limit))
                if old is not None:
                    theirs.append(words / _timed(old, paths, limit))
            best_ours = max(ours)
            best_theirs = max(theirs) if theirs else None
            figures["folders"][name] = {
                "words": words,
                "words_per_s": round(best_ours),
                "baseline_words_per_s": round(best_theirs) if best_theirs else None,
                "ratio": round(best_ours / best_theirs, 2) if best_theirs else None,
            }
            say(f"words/s {name}: {figures['folders'][name]}")
    return figures
