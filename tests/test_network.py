"""The store read as a networkx graph: one node per entity, named and typed the same way on
every run, however differently the articles wrote them."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph.network import to_networkx
from graph.rdf import ID, MEKG, PREFIXES
from graph.store import open_store
from tests.conftest import ROOT

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


def test_the_views_do_not_depend_on_the_order_a_store_answers_in(tmp_path: Path) -> None:
    """A SPARQL server answers in an order of its own; the whole-graph view and the map
    made from it are the same files as the embedded store's."""
    from graph import bench
    from graph.api import KnowledgeGraph
    from graph.store import QueryResult

    class Reversed:
        """The same store, every answer's rows in reverse order."""

        def __init__(self, store: object) -> None:
            self.store = store

        def query(self, sparql: str, bindings: object = None) -> QueryResult:
            result = self.store.query(sparql, bindings)  # type: ignore[attr-defined]
            result.rows.reverse()
            return result

        def __getattr__(self, name: str) -> object:
            return getattr(self.store, name)

    base = bench.base_documents([ROOT / "data" / "articles"])
    with KnowledgeGraph() as kg:
        kg.ingest_documents(bench.variants(base, 40))
        pages = {}
        for name, store in (("embedded", kg.store), ("reversed", Reversed(kg.store))):
            view = KnowledgeGraph(store=store)  # type: ignore[arg-type]
            for kind in ("all", "map"):
                out = tmp_path / f"{name}-{kind}.html"
                view.render(out, view=kind)
                pages[name, kind] = out.read_bytes()
    assert pages["embedded", "all"] == pages["reversed", "all"]
    assert pages["embedded", "map"] == pages["reversed", "map"]
