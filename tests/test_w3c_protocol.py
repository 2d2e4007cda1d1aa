"""The W3C SPARQL 1.1 Protocol test suite against a real ``mekg serve`` on loopback.

The manifest and data are vendored in ``tests/w3c/protocol/`` (see its README).
Every query-side case must pass as written; the endpoint is read-only, so every
update case must instead be refused with a 4xx (its follow-up requests, which
check what the update did, are not sent).
"""

from __future__ import annotations

import http.client
import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_load import free_port, server

SUITE = Path(__file__).parent / "w3c" / "protocol"
MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
HT = "http://www.w3.org/2011/http#"
CNT = "http://www.w3.org/2011/content#"
UT = "http://www.w3.org/2009/sparql/tests/test-update#"
HTS = "http://www.w3.org/2011/http-statusCodes#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


@dataclass(frozen=True)
class Exchange:
    """One request of a test case and what its answer must be."""

    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: str | None
    statuses: frozenset[str]  # "2xx", "3xx", "4xx"
    result_format: str | None  # boolean, tabular, RDF
    boolean: bool | None


@dataclass(frozen=True)
class Case:
    name: str
    exchanges: tuple[Exchange, ...]

    @property
    def is_update(self) -> bool:
        return self.name.startswith("update_")


class Manifest:
    """The manifest's triples, read as a small graph of subjects and their values."""

    def __init__(self, path: Path) -> None:
        self.values: dict[ox.Term, dict[str, list[ox.Term]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for triple in ox.parse(path=path, format=ox.RdfFormat.TURTLE, base_iri=path.as_uri()):
            self.values[triple.subject][triple.predicate.value].append(triple.object)
        self.iri = ox.NamedNode(path.as_uri())

    def all(self, subject: ox.Term, predicate: str) -> list[ox.Term]:
        return self.values[subject][predicate]

    def one(self, subject: ox.Term, predicate: str) -> ox.Term | None:
        found = self.all(subject, predicate)
        return found[0] if found else None

    def text(self, subject: ox.Term, predicate: str) -> str | None:
        term = self.one(subject, predicate)
        return None if term is None else term.value

    def items(self, head: ox.Term | None) -> Iterator[ox.Term]:
        """The members of an RDF list."""
        while head is not None and head != ox.NamedNode(RDF + "nil"):
            first = self.one(head, RDF + "first")
            assert first is not None
            yield first
            head = self.one(head, RDF + "rest")

    def cases(self) -> list[Case]:
        return [self.case(entry) for entry in self.items(self.one(self.iri, MF + "entries"))]

    def case(self, entry: ox.Term) -> Case:
        action = self.one(entry, MF + "action")
        assert action is not None
        return Case(
            entry.value.rsplit("#", 1)[1],
            tuple(self.exchange(r) for r in self.items(self.one(action, HT + "requests"))),
        )

    def exchange(self, request: ox.Term) -> Exchange:
        body = self.one(request, HT + "body")
        response = self.one(request, HT + "resp")
        assert response is not None
        headers = tuple(
            (self.text(h, HT + "fieldName") or "", self.text(h, HT + "fieldValue") or "")
            for h in self.items(self.one(request, HT + "headers"))
        )
        boolean = self.text(response, MF + "expectedBoolean")
        return Exchange(
            method=self.text(request, HT + "methodName") or "GET",
            path=(self.text(request, HT + "absolutePath") or "").replace("/sparql/", "/sparql", 1),
            headers=headers,
            body=None if body is None else self.text(body, CNT + "chars"),
            statuses=frozenset(
                s.value.removeprefix(HTS + "StatusCode")
                for s in self.all(response, MF + "expectedStatus")
            ),
            result_format=self.text(response, MF + "expectedFormat"),
            boolean=None if boolean is None else boolean == "true",
        )

    def graph_data(self) -> dict[str, Path]:
        """Every data file the cases load, by the name of the graph it goes into."""
        found = {}
        for subject in list(self.values):
            for data in self.all(subject, UT + "graphData"):
                graph, label = self.one(data, UT + "graph"), self.text(data, RDFS + "label")
                assert graph is not None and label is not None
                found[label] = Path(graph.value.removeprefix("file://"))
        return found


MANIFEST = Manifest(SUITE / "manifest.ttl")
CASES = MANIFEST.cases()


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """``mekg serve`` with its default flags on a store of the suite's data."""
    path = tmp_path_factory.mktemp("w3c") / "store"
    store = ox.Store(str(path))
    for graph, data in MANIFEST.graph_data().items():
        store.load(path=data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
    store.flush()
    del store
    port = free_port()
    with server(path, port):
        yield "127.0.0.1", port


def test_the_suite_has_every_case() -> None:
    assert len(CASES) == 34 and sum(case.is_update for case in CASES) == 7


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_protocol_case(endpoint: tuple[str, int], case: Case) -> None:
    host, port = endpoint
    exchanges = case.exchanges[:1] if case.is_update else case.exchanges
    for exchange in exchanges:
        connection = http.client.HTTPConnection(host, port, timeout=30)
        body = None if exchange.body is None else exchange.body.encode("utf-8")
        connection.request(exchange.method, exchange.path, body, dict(exchange.headers))
        response = connection.getresponse()
        content, content_type = response.read(), response.getheader("Content-Type", "")
        connection.close()
        status = f"{response.status // 100}xx"
        if case.is_update:
            assert status == "4xx", (response.status, content)
            continue
        assert status in exchange.statuses, (response.status, content)
        if exchange.result_format:
            check_result(exchange, content_type.split(";")[0].strip(), content)


def check_result(exchange: Exchange, media_type: str, content: bytes) -> None:
    """The answer is in the expected kind of format and has the expected boolean."""
    if exchange.result_format == "RDF":
        assert media_type in RDF_FORMATS, media_type
        list(ox.parse(content, RDF_FORMATS[media_type]))
        return
    if media_type in ("application/sparql-results+json", "application/json"):
        data = json.loads(content)
        kind = "boolean" if "boolean" in data else "tabular"
        value = data.get("boolean")
    else:
        assert media_type in ("application/sparql-results+xml", "application/xml"), media_type
        root = ET.fromstring(content)
        element = root.find("{http://www.w3.org/2005/sparql-results#}boolean")
        kind = "tabular" if element is None else "boolean"
        value = None if element is None else element.text == "true"
    assert kind == exchange.result_format
    if exchange.boolean is not None:
        assert value is exchange.boolean
