"""The shape of graph/extract: small modules and simple functions, kept so.

No module over 800 lines; no function over cyclomatic complexity 20 (radon's measure).
The functions above 20 today are listed with their figure: they may only shrink, and no
other function may join them in the modules of the pipeline (stages/, facts/ and the
modules around them). The modules the pipeline leans on (entities.py, dates.py, …) are
reported, not checked, until they are split in their turn.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from conftest import ROOT
from radon.complexity import cc_visit

EXTRACT = ROOT / "graph" / "extract"
MAX_LINES = 800
MAX_COMPLEXITY = 20
# entities.py is being reworked on its own (it holds the name finders, 1,700 lines), and the
# per-language tables in lang/ are data, one cue after another: both are exempt for now
LONG_ALLOWED = {"entities.py"}
DATA_FOLDERS = {"lang"}
# the modules the pipeline was split into: a new function above 20 here fails the test
CHECKED = ("stages/", "facts/", "analysis.py", "patterns.py", "pipeline.py")
# functions above 20 today (module: function → complexity): they may shrink, not grow
COMPLEX_TODAY: dict[str, int] = {
}


def modules() -> list[Path]:
    return sorted(
        p for p in EXTRACT.rglob("*.py") if not DATA_FOLDERS & set(p.relative_to(EXTRACT).parts)
    )


def complexities(path: Path) -> dict[str, int]:
    """Each function's and method's cyclomatic complexity, as ``radon cc`` reports it."""
    out: dict[str, int] = {}
    for block in cc_visit(path.read_text(encoding="utf-8")):
        for f in [block, *getattr(block, "methods", [])]:
            if not hasattr(f, "methods"):  # a function or a method, not the class itself
                name = f"{f.classname}.{f.name}" if getattr(f, "classname", None) else f.name
                out[name] = f.complexity
    return out


def test_no_module_of_graph_extract_is_over_800_lines() -> None:
    long = {
        p.relative_to(EXTRACT).as_posix(): n
        for p in modules()
        if p.name not in LONG_ALLOWED
        and (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these modules (at most {MAX_LINES} lines): {long}"


def test_no_function_of_the_pipeline_grows_over_complexity_20() -> None:
    above: dict[str, int] = {}
    for p in modules():
        rel = p.relative_to(EXTRACT).as_posix()
        above |= {f"{rel}:{f}": c for f, c in complexities(p).items() if c > MAX_COMPLEXITY}
    if above:
        listed = ", ".join(f"{k} {v}" for k, v in sorted(above.items(), key=lambda x: -x[1]))
        warnings.warn(f"functions above complexity {MAX_COMPLEXITY}: {listed}", stacklevel=1)
    checked = {k: v for k, v in above.items() if k.startswith(CHECKED)}
    new = {k: v for k, v in checked.items() if k not in COMPLEX_TODAY}
    grown = {k: v for k, v in checked.items() if v > COMPLEX_TODAY.get(k, v)}
    assert not new, f"split these functions into named steps (complexity <= 20): {new}"
    assert not grown, f"these functions grew more complex: {grown}"


def test_the_list_of_complex_functions_is_current() -> None:
    """A function split below 20 leaves the list, so it cannot grow back unnoticed."""
    figures = {
        f"{p.relative_to(EXTRACT).as_posix()}:{f}": c
        for p in modules()
        for f, c in complexities(p).items()
    }
    stale = {k: figures.get(k) for k, v in COMPLEX_TODAY.items() if figures.get(k, 0) < v}
    assert not stale, f"lower or drop these entries of COMPLEX_TODAY: {stale}"
