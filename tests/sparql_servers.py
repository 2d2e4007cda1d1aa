"""Real SPARQL servers for the remote-store tests, on loopback ports chosen here.

``oxigraph serve`` (pip's ``oxigraph``), Debian's Virtuoso (``virtuoso-t``, from
``apt-get install virtuoso-opensource``) and ``mekg serve``, each with a folder of
its own and stopped after. Virtuoso runs with a copy of Debian's ``virtuoso.ini`` in which
only the file paths, the ports and the result cap differ. Under ``CI=true`` a
missing server fails the tests that need it; elsewhere they are skipped.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
# Below the sample data's quads (about 3,400) and above its largest graph (the
# geography, about 2,700): whole exports are capped, graph-by-graph ones are not.
VIRTUOSO_RESULT_CAP = 3000
VIRTUOSO_USER = "dba"  # a new Virtuoso database's administrator, password "dba"
VIRTUOSO_PASSWORD = "dba"
START_SECONDS = 60.0
# The step Virtuoso's documentation gives for updates at its anonymous endpoint.
GRANT_UPDATES = 'GRANT SPARQL_UPDATE TO "SPARQL";'


@dataclass(frozen=True)
class Server:
    """A running SPARQL server: the store URL mekg is given, with no other flag."""

    name: str
    store_url: str
    base: str  # scheme, host and port
    update_url: str | None  # where SPARQL updates go when not to the store URL
    gsp_url: str  # the Graph Store Protocol endpoint
    sql: tuple[str, ...] = ()  # Virtuoso: the isql-vt command line, a statement to follow

    def run_sql(self, statement: str) -> None:
        """Run one SQL statement as Virtuoso's administrator."""
        subprocess.run(
            [*self.sql, f"exec={statement}"], check=True, capture_output=True, timeout=30
        )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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
    """Debian's Virtuoso with its database in ``folder``, SPARQL updates granted to the
    anonymous endpoint as Virtuoso's documentation tells users to, and a result cap of
    ``VIRTUOSO_RESULT_CAP`` rows; its store URL is the digest-authenticated endpoint."""
    binary = shutil.which("virtuoso-t")
    if binary is None or not VIRTUOSO_INI.exists():
        missing("Virtuoso (`apt-get install virtuoso-opensource`)")
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        virtuoso_ini(VIRTUOSO_INI.read_text(), folder, sql_port, http_port), encoding="utf-8"
    )
    base = f"http://127.0.0.1:{http_port}"
    argv = [str(binary), "+foreground", "+configfile", str(ini)]
    with _running(argv, f"{base}/sparql", folder):
        sql = ("isql-vt", f"127.0.0.1:{sql_port}", VIRTUOSO_USER, VIRTUOSO_PASSWORD)
        authenticated = f"http://{VIRTUOSO_USER}@127.0.0.1:{http_port}"
        server = Server(
            "virtuoso",
            f"{authenticated}/sparql-auth",
            base,
            None,
            f"{authenticated}/sparql-graph-crud-auth",
            sql,
        )
        server.run_sql(GRANT_UPDATES)
        yield server


def virtuoso_ini(text: str, folder: Path, sql_port: int, http_port: int) -> str:
    """Debian's ``virtuoso.ini`` with files in ``folder``, loopback ports and a small cap."""
    lines = []
    section = ""
    for line in text.replace("/var/lib/virtuoso-opensource-7/db/", f"{folder}/").splitlines():
        if header := re.match(r"\[(.+)\]", line):
            section = header[1]
        if re.match(r"ServerPort\s*=", line):
            port = sql_port if section == "Parameters" else f"127.0.0.1:{http_port}"
            line = f"ServerPort = {port}"
        elif re.match(r"ResultSetMaxRows\s*=", line):
            line = f"ResultSetMaxRows = {VIRTUOSO_RESULT_CAP}"
        lines.append(line)
    return "\n".join(lines) + "\n"


@contextmanager
def _running(argv: list[str], ready_url: str, folder: Path) -> Iterator[None]:
    """Run ``argv`` until the block ends; ready when ``ready_url`` answers a query."""
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(argv, cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_until_ready(process, ready_url, folder)
        yield
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        log.close()


def _wait_until_ready(process: subprocess.Popen[bytes], url: str, folder: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    probe = url + "?query=ASK%7B%7D"
    while True:
        try:
            with urllib.request.urlopen(probe, timeout=2):  # noqa: S310 — loopback
                return
        except (urllib.error.URLError, OSError):
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            log = (folder / "server.log").read_text(errors="replace")[-2000:]
            pytest.fail(f"{Path(process.args[0]).name} did not start: {log}")  # type: ignore[index]
        time.sleep(0.2)
