"""Real SPARQL servers for the remote-store tests, on loopback ports chosen here.

``oxigraph serve`` (pip's ``oxigraph``), Debian's Virtuoso (``virtuoso-t``, from
``apt-get install virtuoso-opensource``) and ``mekg serve``, each with a folder of
its own and stopped after. Virtuoso runs with a copy of Debian's ``virtuoso.ini`` in which
only the file paths, the ports and the result cap differ. Under ``CI=true`` a
missing server fails the tests that need it; elsewhere they are skipped.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from graph import servers
from graph.servers import (
    GRANT_UPDATES,
    VIRTUOSO_PASSWORD,
    Server,
    ServerFailed,
    ServerMissing,
    free_port,
)

# Below the sample data's quads (about 3,400) and above its largest graph (the
# geography, about 2,700): whole exports are capped, graph-by-graph ones are not.
VIRTUOSO_RESULT_CAP = 3000

__all__ = ["GRANT_UPDATES", "VIRTUOSO_PASSWORD", "Server", "free_port"]


def missing(what: str) -> None:
    """Skip, or fail under CI, for a server that is not installed."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing, and CI must test against it")
    pytest.skip(f"{what} is missing")


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[Server]:
    """``oxigraph serve`` with its store in ``folder``."""
    command = shutil.which("oxigraph")
    if command is None:
        missing("the Oxigraph server (`pip install oxigraph`)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    argv = [str(command), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"]
    with _running(argv, f"{base}/query", folder):
        yield Server("oxigraph", f"{base}/query", base, f"{base}/update", f"{base}/store")


@contextmanager
def mekg_server(folder: Path, limit: int) -> Iterator[Server]:
    """``mekg serve --limit limit`` over the store in ``folder / "store"`` (read-only)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    argv = [sys.executable, "-m", "graph.cli", "--store", str(folder / "store"), "serve"]
    argv += ["--port", str(port), "--limit", str(limit)]
    with _running(argv, f"{base}/sparql", folder):
        yield Server("mekg", f"{base}/sparql", base, None, "")


@contextmanager
def virtuoso_server(folder: Path) -> Iterator[Server]:
    """Debian's Virtuoso (see :func:`graph.servers.virtuoso_server`) with a result cap of
    ``VIRTUOSO_RESULT_CAP`` rows, its one change to Debian's settings."""
    with ExitStack() as stack:
        try:
            server = stack.enter_context(
                servers.virtuoso_server(folder, {"ResultSetMaxRows": str(VIRTUOSO_RESULT_CAP)})
            )
        except ServerMissing:
            missing("Virtuoso (`apt-get install virtuoso-opensource`)")
        except ServerFailed as error:
            pytest.fail(str(error))
        yield server


@contextmanager
def _running(argv: list[str], ready_url: str, folder: Path) -> Iterator[None]:
    """Run ``argv`` until the block ends; a server that does not start fails the test."""
    with ExitStack() as stack:
        try:
            stack.enter_context(servers.running(argv, ready_url, folder))
        except ServerFailed as error:
            pytest.fail(str(error))
        yield
