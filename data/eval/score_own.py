#!/usr/bin/env python3
"""Score the extraction on our own annotated corpus articles.

Usage: python data/eval/score_own.py [FOLDER ...] [-- SCORE_ARGS ...]

Gold files live here by corpus folder (``data/eval/bbc-tech/bbc-tech-025.gold.json``);
the articles stay in ``../shared/corpus/`` (never copied into the project). This puts
links to both side by side in a temporary folder and runs the evaluation contract's
``score.py`` on it, passing on whatever follows ``--`` (e.g. ``-v``, ``--json OUT``).
Without FOLDER names, every folder here with gold files is scored together.
Standard library only.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHARED = ROOT.parent / "shared"
SUFFIXES = (".txt", ".json", ".html", ".jsonl")


def main(argv: list[str]) -> int:
    split = argv.index("--") if "--" in argv else len(argv)
    folders, score_args = argv[:split], argv[split + 1 :]
    chosen = [HERE / f for f in folders] or sorted(p for p in HERE.iterdir() if p.is_dir())
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        print(f"error: no corpus at {corpus} — this needs ../shared/corpus/ beside the project",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="mekg-own-") as tmp:
        linked = 0
        for folder in chosen:
            for gold in sorted(folder.glob("*.gold.json")):
                stem = gold.name[: -len(".gold.json")]
                article = next(
                    (corpus / folder.name / (stem + s) for s in SUFFIXES
                     if (corpus / folder.name / (stem + s)).exists()), None)
                if article is None:
                    print(f"error: no article {folder.name}/{stem}.* in {corpus}", file=sys.stderr)
                    return 2
                (Path(tmp) / gold.name).symlink_to(gold)
                (Path(tmp) / article.name).symlink_to(article)
                linked += 1
        if not linked:
            print("error: no gold files found", file=sys.stderr)
            return 2
        score = SHARED / "eval" / "score.py"
        return subprocess.call([sys.executable, str(score), tmp, *score_args])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
