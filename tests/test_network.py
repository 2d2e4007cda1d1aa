"""The store read as a networkx graph: one node per entity, named and typed the same way on
every run, however differently the articles wrote them."""

from __future__ import annotations

import pyoxigraph as ox

from graph.network import to_networkx
from graph.rdf import ID, MEKG, PREFIXES
from graph.store import open_store

LABEL = PREFIXES["rdfs"] + "label"
TYPE = PREFIXES["rdf"] + "type"


def article(number: int, kind: str, name: str) -> tuple[ox.NamedNode, bytes]:
    """An article graph that names the entity ``urn:gov`` as a ``kind`` called ``name``."""
    graph = ox.NamedNode(f"{ID}article/{number}")
    lines = [
        f"<{ID}org/gov> <{TYPE}> <{MEKG}{kind}> <{graph.value}> .",
        f'<{ID}org/gov> <{LABEL}> "{name}" <{graph.value}> .',
    ]
    return graph, "\n".join(lines).encode()


def test_an_entity_written_two_ways_is_one_node_named_and_typed_by_most_articles() -> None:
    store = open_store(None)
    for number, kind, name in [
        (1, "Carrier", "indian government"),
        (2, "OtherOrganization", "Indian Government"),
        (3, "OtherOrganization", "Indian government"),
    ]:
        store.load_graph(*article(number, kind, name))
    node = to_networkx(store).nodes[f"{ID}org/gov"]
    assert node["type"] == "Organization"  # two articles of three
    assert node["label"] == "Indian Government"  # capitalised, then code-point order
    assert node["mentions"] == 3
