"""A store folder that ``mekg serve`` owns: other mekg processes read and write it
through the server instead of failing on the folder's lock.

Only one process may open an Oxigraph folder. While ``mekg serve`` holds it, the
server writes ``mekg-serve.json`` into the folder (mode 0600: its owner alone
can read it) with its loopback address and a random token. ``open_store`` finds
the file and returns a remote store that sends queries and updates to the
server's ``/local/`` routes, which answer only requests from loopback that
carry the token. The server removes the file when it stops; a file left by a
server that was killed names a process that is gone, and is ignored.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

SERVE_FILE = "mekg-serve.json"
USER = "mekg"


@dataclass(frozen=True)
class Announcement:
    """Where a running server can be reached, and the token its local routes want."""

    url: str  # http://127.0.0.1:PORT
    token: str
    pid: int

    def query_url(self) -> str:
        return self.url + "/local/sparql"

    def update_url(self) -> str:
        return self.url + "/local/update"

    def accepts(self, password: str) -> bool:
        return hmac.compare_digest(password.encode(), self.token.encode())


def announce(folder: Path, url: str) -> Announcement:
    """Write the serve file into ``folder``; the announcement it holds."""
    announcement = Announcement(url, secrets.token_urlsafe(32), os.getpid())
    path = folder / SERVE_FILE
    path.unlink(missing_ok=True)  # a file of a server that is gone
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        json.dump(announcement.__dict__, out)
    return announcement


def withdraw(folder: Path, announcement: Announcement) -> None:
    """Remove the serve file, if it is still this server's."""
    if read(folder) == announcement:
        (folder / SERVE_FILE).unlink(missing_ok=True)


def read(folder: Path) -> Announcement | None:
    """The announcement of the server that holds ``folder`` now, if one does."""
    try:
        data = json.loads((folder / SERVE_FILE).read_text(encoding="utf-8"))
        announcement = Announcement(str(data["url"]), str(data["token"]), int(data["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        os.kill(announcement.pid, 0)
    except ProcessLookupError:
        return None  # the server was killed and left its file behind
    except PermissionError:
        pass  # alive, another user's
    return announcement


def served_store(folder: Path):  # noqa: ANN201 — a RemoteStore, imported only when served
    """A store that reads and writes ``folder`` through the server that holds it, or
    None when no server does."""
    announcement = read(folder)
    if announcement is None:
        return None
    from graph.remote import RemoteStore  # noqa: PLC0415

    credentials = f"{USER}:{announcement.token}@"
    with_credentials = announcement.url.replace("://", "://" + credentials, 1)
    store = RemoteStore(
        with_credentials + "/local/sparql", update_url=with_credentials + "/local/update"
    )
    store.location = f"{folder} (through mekg serve at {announcement.url})"
    return store
