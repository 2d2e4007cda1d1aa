"""Where the ontology and the data live: the checkout's top-level ``ontology/`` and
``data/`` folders, or their copies inside the installed package (``graph/_ontology``,
``graph/_data``) when mekg is installed from a wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
CHECKOUT = _PACKAGE.parent  # the project root in a source checkout or editable install


def _first(*candidates: Path, marker: str) -> Path:
    return next((c for c in candidates if (c / marker).exists()), candidates[0])


ONTOLOGY = _first(CHECKOUT / "ontology", _PACKAGE / "_ontology", marker="mekg.ttl")
DATA = _first(CHECKOUT / "data", _PACKAGE / "_data", marker="gazetteers/organizations.tsv")
