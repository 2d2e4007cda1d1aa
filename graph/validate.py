"""SHACL validation of the whole store against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

import io

from graph.paths import ONTOLOGY


def validate_store(store):  # noqa: ANN001, ANN201 — returns api.ValidationReport
    """Validate the union of all graphs; each violation becomes one readable line."""
    import rdflib  # noqa: PLC0415
    from pyshacl import validate  # noqa: PLC0415

    from graph.api import ValidationReport  # noqa: PLC0415

    buffer = io.BytesIO()
    store.dump(buffer, "nt")
    data = rdflib.Graph()
    data.parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    shapes = rdflib.Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    conforms, results, text = validate(data, shacl_graph=shapes, inference="none")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    lines = []
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = results.value(result, sh.focusNode)
        path = results.value(result, sh.resultPath)
        message = results.value(result, sh.resultMessage)
        lines.append(f"{focus} {path or ''}: {message}")
    return ValidationReport(bool(conforms), sorted(lines), text)
