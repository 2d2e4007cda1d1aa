"""SPARQL servers started on loopback for the remote-store tests and ``mekg bench --scale``.

Debian's Virtuoso (``virtuoso-t`` and ``isql-vt``, from ``apt-get install
virtuoso-opensource``) runs with a database folder of its own and a copy of
Debian's ``virtuoso.ini`` in which only the file paths, the ports and the
settings the caller names differ. Nothing here listens beyond 127.0.0.1.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from graph.errors import MekgError

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VIRTUOSO_USER = "dba"  # a new Virtuoso database's administrator, password "dba"
VIRTUOSO_PASSWORD = "dba"
START_SECONDS = 60.0
# The step Virtuoso's documentation gives for updates at its anonymous endpoint.
GRANT_UPDATES = 'GRANT SPARQL_UPDATE TO "SPARQL";'


class ServerMissing(MekgError):
    """The server's program is not installed."""


class ServerFailed(MekgError):
    """The server was started but did not answer, or an administrative command failed."""


@dataclass(frozen=True)
class Server:
    """A running SPARQL server: the store URL mekg is given, with no other flag."""

    name: str
    store_url: str
    base: str  # scheme, host and port
    update_url: str | None  # where SPARQL updates go when not to the store URL
    gsp_url: str  # the Graph Store Protocol endpoint
    sql: tuple[str, ...] = ()  # Virtuoso: the isql-vt command line, a statement to follow
    folder: Path | None = None  # where its files are

    def run_sql(self, statement: str, timeout: float = 30.0) -> str:
        """Run SQL statements as Virtuoso's administrator; returns what isql printed."""
        try:
            done = subprocess.run(
                [*self.sql, f"exec={statement}"],
                check=True,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.CalledProcessError as error:
            raise ServerFailed(
                f"Virtuoso refused {statement[:80]!r}: {(error.stdout + error.stderr).strip()}"
                " — see its log in the database folder"
            ) from None
        except subprocess.TimeoutExpired:
            raise ServerFailed(
                f"Virtuoso took over {timeout:.0f} s on {statement[:80]!r} — is it overloaded?"
            ) from None
        # isql-vt exits 0 after an SQL error, and prints it on either stream
        printed = done.stdout + done.stderr
        if re.search(r"^\*\*\* Error|\[Virtuoso Server\]", printed, re.MULTILINE):
            raise ServerFailed(f"Virtuoso refused {statement[:80]!r}: {printed.strip()[-600:]}")
        return done.stdout


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def virtuoso_server(folder: Path, settings: Mapping[str, str] | None = None) -> Iterator[Server]:
    """Debian's Virtuoso with its database in ``folder``, SPARQL updates granted to the
    anonymous endpoint as Virtuoso's documentation tells users to, and Debian's
    ``virtuoso.ini`` changed only where ``settings`` say (``{"ResultSetMaxRows": "3000"}``).
    Its store URL is the digest-authenticated endpoint of the administrator, whose
    password mekg reads from ``$MEKG_REMOTE_PASSWORD``."""
    binary = shutil.which("virtuoso-t")
    if binary is None or shutil.which("isql-vt") is None or not VIRTUOSO_INI.exists():
        raise ServerMissing(
            "Virtuoso is not installed — apt-get install virtuoso-opensource "
            "(virtuoso-t, isql-vt and /etc/virtuoso-opensource-7/virtuoso.ini)"
        )
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    text = virtuoso_ini(VIRTUOSO_INI.read_text(), folder, sql_port, http_port, settings or {})
    ini.write_text(text, encoding="utf-8")
    base = f"http://127.0.0.1:{http_port}"
    argv = [binary, "+foreground", "+configfile", str(ini)]
    with running(argv, f"{base}/sparql", folder):
        authenticated = f"http://{VIRTUOSO_USER}@127.0.0.1:{http_port}"
        server = Server(
            "virtuoso",
            f"{authenticated}/sparql-auth",
            base,
            None,
            f"{authenticated}/sparql-graph-crud-auth",
            ("isql-vt", f"127.0.0.1:{sql_port}", VIRTUOSO_USER, VIRTUOSO_PASSWORD),
            folder,
        )
        try:
            server.run_sql(GRANT_UPDATES)
        except ServerFailed as error:
            if "already have role" not in str(error):  # a database started before
                raise
        yield server


def virtuoso_ini(
    text: str, folder: Path, sql_port: int, http_port: int, settings: Mapping[str, str]
) -> str:
    """Debian's ``virtuoso.ini`` with files in ``folder``, loopback ports and ``settings``
    in place of the values it has for them (commented-out lines stay as they are)."""
    lines = []
    section = ""
    for line in text.replace("/var/lib/virtuoso-opensource-7/db/", f"{folder}/").splitlines():
        if header := re.match(r"\[(.+)\]", line):
            section = header[1]
        key = re.match(r"(\w+)\s*=", line)
        if key and key[1] == "ServerPort":
            port = sql_port if section == "Parameters" else f"127.0.0.1:{http_port}"
            line = f"ServerPort = {port}"
        elif key and key[1] in settings:
            line = f"{key[1]} = {settings[key[1]]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


@contextmanager
def running(argv: list[str], ready_url: str, folder: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``argv`` in ``folder`` until the block ends; ready when ``ready_url`` answers
    a query. Its output goes to ``folder / "server.log"``."""
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(argv, cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_until_ready(process, ready_url, folder)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(60)
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
            raise ServerFailed(f"{Path(str(process.args[0])).name} did not start: {log}")  # type: ignore[index]
        time.sleep(0.2)


__all__ = [
    "Server",
    "ServerFailed",
    "ServerMissing",
    "free_port",
    "running",
    "virtuoso_ini",
    "virtuoso_server",
]
