"""Queries that would crash Oxigraph or make it call another host are refused before
parsing, in the API, ``mekg query`` and (see test_server.py) ``mekg serve``."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph import queries
from graph.api import KnowledgeGraph, _with_prefixes
from graph.errors import QueryError, QueryRefused
from graph.sparql_text import MAX_DEPTH, outline

# Each of these killed the Python process with a stack overflow (SIGSEGV) in pyoxigraph 0.5.
CRASHING = {
    "nested groups": "SELECT * WHERE " + "{ " * 3000 + "}" * 3000,
    "nested parentheses": "SELECT * WHERE { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }",
    "chained UNION": "SELECT * WHERE { " + " UNION ".join(["{}"] * 10_000) + " }",
    "chained +": "SELECT * WHERE { FILTER(" + "1+" * 10_000 + "1) }",
    "BINDs side by side": "SELECT * WHERE { "
    + " ".join(f"BIND({i} AS ?x{i})" for i in range(3000))
    + " }",
    "expressions side by side": "SELECT "
    + " ".join(f"({i} AS ?x{i})" for i in range(4000))
    + " WHERE {}",
    "groups side by side": "SELECT * WHERE { "
    + " ".join(f"{{ BIND({i} AS ?x{i}) }}" for i in range(3000))
    + " }",
}
# As deep as the limit allows: Oxigraph answers them.
AT_THE_LIMIT = {
    "nested groups": "SELECT * WHERE " + "{ " * (MAX_DEPTH - 1) + "}" * (MAX_DEPTH - 1),
    "chained UNION": "SELECT * WHERE { " + " UNION ".join(["{}"] * 2 * (MAX_DEPTH - 2)) + " }",
    "groups in a chain": "SELECT * WHERE { "
    + " UNION ".join(["{}"] * MAX_DEPTH)
    + " UNION "
    + "{ " * (MAX_DEPTH // 2 - 2)
    + "}" * (MAX_DEPTH // 2 - 2)
    + " }",
    "BINDs side by side": "SELECT * WHERE { "
    + " ".join(f"BIND({i} AS ?x{i})" for i in range(4 * (MAX_DEPTH - 4)))
    + " }",
    "expressions side by side": "SELECT "
    + " ".join(f"({i} AS ?x{i})" for i in range(4 * (MAX_DEPTH - 4)))
    + " WHERE {}",
}


def service_calls(address: str) -> dict[str, str]:
    """SERVICE calls to ``address`` that a pattern over the raw text misses, but Oxigraph makes."""
    return {
        "plain": f"SELECT * WHERE {{ SERVICE <{address}> {{ ?s ?p ?o }} }}",
        "lower case": f"select * where {{ service <{address}> {{ ?s ?p ?o }} }}",
        "after a comment ended by CR": f"SELECT * WHERE {{ # note\rSERVICE <{address}> {{ }} }}",
        "after an escaped quote in a long string": (
            f'SELECT * WHERE {{ BIND("""a\\""" AS ?x) SERVICE <{address}> {{ }} }}'
        ),
        "glued to a number": f"SELECT * WHERE {{ ?s ?p 1SERVICE <{address}> {{ }} }}",
        "glued to SILENT": f"SELECT * WHERE {{ SERVICESILENT<{address}> {{ }} }}",
        "glued to a prefixed name": (
            f"PREFIX ex: <{address}> SELECT * WHERE {{ SERVICEex:x {{ ?s ?p ?o }} }}"
        ),
        "glued to the default prefix": (
            f"PREFIX : <{address}> SELECT * WHERE {{ SERVICE:x {{ ?s ?p ?o }} }}"
        ),
        "as a \\u escape": f"SELECT * WHERE {{ \\u0053ERVICE <{address}> {{ }} }}",
        "after an escaped # in a prefixed name": (
            f"PREFIX ex: <urn:x#> SELECT * WHERE {{ BIND(ex:a\\# AS ?x) SERVICE <{address}> {{ }} }}"
        ),
        "after a path modifier": f"SELECT * WHERE {{ ?s <urn:p>?SERVICE <{address}> {{ }} }}",
    }


@pytest.mark.parametrize("name", queries.names())
def test_every_competency_query_passes(name: str) -> None:
    read = outline(_with_prefixes(queries.load(name)))
    assert read.form == "SELECT" and not read.names_dataset and read.depth < MAX_DEPTH / 8


@pytest.mark.parametrize("name", list(service_calls("http://x/")))
def test_service_in_any_spelling_never_reaches_another_host(
    name: str, listener: tuple[str, list[int]]
) -> None:
    address, connections = listener
    kg = KnowledgeGraph()
    with pytest.raises(QueryRefused, match="SERVICE"):
        kg.query(service_calls(address)[name])
    assert connections == []


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?service WHERE { ?s ?p ?service }",
        'SELECT * WHERE { ?s ?p "SERVICE <http://x/> {}" } # SERVICE <http://x/> {}',
        "ASK { <http://example.org/SERVICE> ?p ?o }",
        "SELECT * WHERE { ?s ?p '''it's a \"\"SERVICE\"\" desk''' }",
    ],
)
def test_service_as_a_word_in_data_is_fine(query: str) -> None:
    assert outline(query).form in ("SELECT", "ASK")


@pytest.mark.parametrize("name", list(CRASHING))
def test_deep_queries_are_refused_by_the_api_and_the_command_line(
    name: str, tmp_path: object
) -> None:
    with pytest.raises(QueryError, match="nests .* levels deep"):
        KnowledgeGraph().query(CRASHING[name])
    # In a fresh process, as a user would run it: one line and exit 1, not a SIGSEGV.
    store = Path(str(tmp_path)) / "store"
    KnowledgeGraph(store).close()  # a read needs a store (it never makes one)
    done = subprocess.run(
        [sys.executable, "-m", "graph.cli", "--store", str(store), "query", CRASHING[name]],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr[-300:]
    assert done.stderr.startswith("error: the query nests") and done.stderr.count("\n") == 1


@pytest.mark.parametrize("name", list(AT_THE_LIMIT))
def test_queries_at_the_depth_limit_are_answered(name: str) -> None:
    code = (
        "import sys; from graph.api import KnowledgeGraph; "
        "print(len(KnowledgeGraph().query(sys.stdin.read())))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=AT_THE_LIMIT[name],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-300:]


@pytest.mark.parametrize(
    ("query", "names_dataset"),
    [
        ("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }", True),
        ("SELECT * FROM NAMED <urn:g> WHERE { GRAPH ?g { ?s ?p ?o } }", True),
        ("ASK FROM<urn:g>{}", True),
        ("SELECT * WHERE { ?s <urn:from> ?o }", False),
        ('SELECT * WHERE { ?s ?p "FROM <urn:g>" }', False),
        ("PREFIX from: <urn:f#> SELECT * WHERE { ?s from:x ?o }", False),
    ],
)
def test_a_dataset_clause_is_recognised(query: str, names_dataset: bool) -> None:
    assert outline(query).names_dataset is names_dataset


def test_from_chooses_the_default_graph_and_without_it_the_default_graph_is_the_union() -> None:
    kg = KnowledgeGraph()
    kg.store.update(
        "INSERT DATA { GRAPH <urn:g1> { <urn:a> <urn:p> 1 } GRAPH <urn:g2> { <urn:b> <urn:p> 2 } }"
    )

    def count(dataset: str) -> str | None:
        return kg.query(f"SELECT (COUNT(*) AS ?n) {dataset} WHERE {{ ?s <urn:p> ?o }}")[0]["n"]

    assert count("") == "2"
    assert count("FROM <urn:g1>") == "1"
    assert count("FROM NAMED <urn:g1>") == "0"


# Valid SPARQL pieces that hide what follows from a careless lexer, and calls
# spelled as Oxigraph reads them: whatever the scan lets through must not call out.
HIDING = [
    "# note\r", "# note\n", "#\r", 'BIND("""a\\"""" AS ?a) ', "BIND('''b\\'''' AS ?b) ",
    'BIND("c\\"" AS ?c) ', "BIND('d\\'' AS ?d) ", "?s ex:a\\# ?o . ", "?s ex:a\\' ?o . ",
    "BIND(1 AS ?n)", "FILTER(1)", " ", "\t", "VALUES ?v { 1 }", "?s <urn:p>?o . ",
]  # fmt: skip
CALLS = [
    "SERVICE <ADDRESS> {}", "service<ADDRESS>{}", "SERVICE SILENT <ADDRESS> {}",
    "SERVICESILENT<ADDRESS>{}", "SERVICEex:x{}", "SERVICE:x{}", "\\u0053ERVICE <ADDRESS> {}",
    "SeRvIcE ?where {} VALUES ?where { <ADDRESS> }",
]  # fmt: skip


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(HIDING), max_size=3),
    st.sampled_from(CALLS),
    st.lists(st.sampled_from(HIDING), max_size=2),
)
def test_what_the_scan_lets_through_never_calls_out(
    listener: tuple[str, list[int]], before: list[str], call: str, after: list[str]
) -> None:
    address, connections = listener
    body = "".join([*before, call, *after]).replace("ADDRESS", address)
    query = f"PREFIX ex: <{address}> PREFIX : <{address}> SELECT * WHERE {{ {body} }}"
    try:
        outline(query)
    except QueryError:
        return  # refused before parsing
    with contextlib.suppress(Exception):  # a careless combination may not parse at all
        KnowledgeGraph().store.store.query(query)
    assert connections == [], query


def test_data_does_not_count_as_depth() -> None:
    # Typed literals, language tags and prefixed names with "-" used to add up as
    # operators: 2,000 rows of them were refused as 500 levels deep.
    rows = " ".join(
        f'("2024-01-{i % 28 + 1:02d}"^^xsd:date "x"@en-GB ex:market-entry-{i})' for i in range(2000)
    )
    query = (
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX ex: <urn:ex:> "
        f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES (?d ?l ?e) {{ {rows} }} }}"
    )
    assert outline(query).depth < 8
    assert KnowledgeGraph().query(query) == [{"n": "2000"}]


@pytest.mark.parametrize(
    ("update", "only_data"),
    [
        ("DROP SILENT GRAPH <urn:g> ;\nINSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 1 } }", True),
        (
            "PREFIX ex: <urn:> DELETE DATA { ex:a ex:b ex:c } ; CLEAR ALL ; CREATE GRAPH <urn:g>",
            True,
        ),
        # Oxigraph reads LOAD, then the IRI of the prefixed name ":x".
        ("PREFIX : <http://127.0.0.1:9/> INSERT DATA { :a :b :c } ; LOAD:x", False),
        ("INSERT { <urn:a> <urn:b> ?o } WHERE { ?s ?p ?o }", False),
        ("DELETE{?s ?p ?o}WHERE{?s ?p ?o}", False),
        ("DELETE WHERE { ?s ?p ?o }", False),
        ("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", False),
        ("LOAD <http://127.0.0.1:9/data.ttl>", False),
        ("INSERT DATA { <urn:a> <urn:b> 1 } ; LOAD <http://127.0.0.1:9/>", False),
        ("COPY <urn:a> TO <urn:b>", False),
        ("\\u0044ELETE WHERE { ?s ?p ?o }", False),
    ],
)
def test_an_update_that_only_writes_data_is_told_apart(update: str, only_data: bool) -> None:
    assert outline(update).only_data() is only_data
