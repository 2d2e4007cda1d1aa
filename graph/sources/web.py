"""Fetching an article from a web address, in bounded time and size whatever the server."""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from graph.errors import SourceError

# Seconds a server may take to send its whole answer (connecting, headers and body), and
# seconds it may stay silent in between: a server that sends a byte every few seconds
# is cut off at the first limit, one that sends nothing at the second.
FETCH_DEADLINE_S = 60.0
FETCH_TIMEOUT_S = 30.0
SCHEMES = ("http", "https")


class _Deadline:
    """Shuts the sockets of one fetch down when its time is up, wherever it waits."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.sockets: list[socket.socket] = []
        self.expired = False
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def _expire(self) -> None:
        self.expired = True
        for sock in self.sockets:
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)  # wakes a recv that is waiting


def _watched(base: type[http.client.HTTPConnection], deadline: _Deadline) -> Any:
    """A connection class like ``base`` whose socket ``deadline`` can shut down."""

    class Watched(base):  # type: ignore[valid-type,misc]
        def connect(self) -> None:
            super().connect()
            deadline.sockets.append(self.sock)

    return Watched


def _handlers(deadline: _Deadline) -> list[urllib.request.BaseHandler]:
    """urllib's http and https handlers, on connections ``deadline`` watches."""
    http_connection = _watched(http.client.HTTPConnection, deadline)
    https_connection = _watched(http.client.HTTPSConnection, deadline)

    class Http(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(http_connection, req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(https_connection, req)

    return [Http(), Https()]


class _HttpRedirectsOnly(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN201
        if urlsplit(newurl).scheme.lower() not in SCHEMES:
            raise SourceError(
                f"{req.full_url}: the server redirects to {newurl} — only http(s) "
                "addresses are followed; fetch that one yourself if you trust it"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, max_bytes: int, deadline: float | None = None) -> tuple[bytes, str, str | None]:
    """(body, content type, charset) of the server's answer; SourceError when there is
    none, it is larger than ``max_bytes`` or it takes longer than ``deadline`` seconds."""
    from graph import __version__  # noqa: PLC0415

    request = urllib.request.Request(url, headers={"User-Agent": f"mekg/{__version__}"})
    with _Deadline(FETCH_DEADLINE_S if deadline is None else deadline) as clock:
        opener = urllib.request.build_opener(*_handlers(clock), _HttpRedirectsOnly())
        try:
            with opener.open(request, timeout=FETCH_TIMEOUT_S) as answer:
                data = _read_at_most(answer, max_bytes + 1, clock)
                content_type = answer.headers.get_content_type()
                charset = answer.headers.get_content_charset()
        except urllib.error.HTTPError as error:
            raise SourceError(
                f"{url}: the server answered {error.code} {error.reason} — check the address"
            ) from error
        except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as error:
            if clock.expired:
                raise _too_slow(url, clock.seconds) from error
            reason = getattr(error, "reason", None) or error
            raise SourceError(
                f"{url}: cannot fetch it ({reason}) — check the address and the network"
            ) from error
    if clock.expired:
        raise _too_slow(url, clock.seconds)
    if len(data) > max_bytes:
        raise SourceError(
            f"{url}: the answer is above the limit of {max_bytes:,} bytes "
            "— raise it with --max-bytes"
        )
    return data, content_type, charset


def _read_at_most(answer: http.client.HTTPResponse, limit: int, clock: _Deadline) -> bytes:
    """Up to ``limit`` bytes, a piece at a time as they arrive, until the deadline."""
    parts: list[bytes] = []
    size = 0
    while size < limit and not clock.expired:
        part = answer.read1(min(limit - size, 1 << 16))
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts)


def _too_slow(url: str, seconds: float) -> SourceError:
    return SourceError(
        f"{url}: the server took more than {seconds:g} s to send the answer — try again "
        "later, or save the page and ingest the file"
    )
