"""A final ORDER BY done in Python gives the order Oxigraph gives, or is left to Oxigraph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import order, queries
from graph.store import open_store, query_result

ROWS = """PREFIX ex: <http://example.org/>
SELECT ?x ?n ?s WHERE { VALUES (?x ?n ?s) {
  (ex:b 10 "b") (ex:a 9 "a") (UNDEF 2 "10") (ex:a 100 "9") (ex:z UNDEF "é") (ex:c 9 UNDEF)
} }
"""


def oxigraph_order(store: ox.Store, sparql: str) -> list[dict[str, str | None]]:
    return query_result(store.query(sparql)).rows


@pytest.mark.parametrize(
    "clause",
    ["?x ?n", "?n ?x", "DESC(?n) ?x", "?s", "DESC(?s)", "ASC(?x) DESC(?n)", "?n ?s ?x"],
)
def test_python_sort_equals_oxigraph_sort(clause: str) -> None:
    """Numbers sort as numbers (9 < 10 < 100), strings as strings ("10" < "9"), unbound
    first, IRIs before literals; DESC reverses one key only."""
    memory = open_store(None)
    sparql = f"{ROWS}ORDER BY {clause}"
    assert order.split(sparql) is not None
    ours = memory.query(sparql).rows
    assert ours == oxigraph_order(memory.store, sparql)


def test_every_competency_query_is_sorted_as_oxigraph_sorts_it(demo_store: Path) -> None:
    store = open_store(demo_store)
    rows = 0
    try:
        for name in queries.names():
            text = queries.load(name)
            assert order.split(text) is not None, name  # each ends in a plain ORDER BY
            ours = store.query(text).rows
            assert ours == oxigraph_order(store.store, text), name
            rows += len(ours)
    finally:
        store.close()
    assert rows > 50


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x LIMIT 3",  # the slice needs the order first
        "SELECT ?x WHERE { ?x ?p ?o } ORDER BY STR(?x)",  # an expression
        "SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x } }",  # a subquery's
        "SELECT ?x WHERE { ?x ?p ?o }",
    ],
)
def test_only_a_final_order_of_plain_variables_is_taken(sparql: str) -> None:
    assert order.split(sparql) is None


def test_split_reads_directions() -> None:
    body, by = order.split("SELECT * WHERE { ?a ?b ?c }\norder by ?a desc( ?b ) ASC(?c)\n")
    assert body.rstrip().endswith("}")
    assert by == [("a", False), ("b", True), ("c", False)]


@pytest.mark.parametrize(
    ("values", "why"),
    [
        ('("b"@en) ("a"@de)', "language tags"),
        ('("2020-01-02"^^xsd:date) ("2019-12-31"^^xsd:date)', "dates"),
        ('(1) ("a")', "numbers with strings"),
        ("(true) (false)", "booleans"),
    ],
)
def test_columns_python_cannot_order_exactly_are_left_to_oxigraph(values: str, why: str) -> None:
    memory = open_store(None)
    sparql = (
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
        f"SELECT ?v WHERE {{ VALUES (?v) {{ {values} }} }} ORDER BY ?v"
    )
    body, by = order.split(sparql) or ("", [])
    terms = [tuple(s) for s in memory.store.query(body)]
    assert order.sorted_texts(["v"], terms, by) is None, why
    assert memory.query(sparql).rows == oxigraph_order(memory.store, sparql), why


def test_an_order_by_a_variable_not_selected_is_left_to_oxigraph() -> None:
    memory = open_store(None)
    sparql = ROWS.replace("SELECT ?x ?n ?s", "SELECT ?s") + "ORDER BY ?n"
    texts = [row["s"] for row in memory.query(sparql).rows]
    # ?n: unbound, 2, 9, 9, 10, 100
    assert texts[:2] == ["é", "10"] and texts[-2:] == ["b", "9"], texts
