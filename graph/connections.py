"""HTTP connections that cannot hold ``mekg serve``: headers within a few seconds,
a bound on open connections, and at most a log line a second about refusals.

uvicorn closes an idle connection only after a first response, so a client that
opens connections and never finishes its headers keeps each one (and a file
descriptor) forever; 1,000 of them locked every other client out. This is
uvicorn's h11 protocol with those three limits added.
"""

from __future__ import annotations

import asyncio
import logging
import time

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 5.0  # seconds from connecting (or from the last answer) to a request's headers
MAX_CONNECTIONS = 500
LOG = logging.getLogger("uvicorn.error")


class RefusalLog:
    """Counts refused connections and logs them at most once a second."""

    def __init__(self) -> None:
        self.count = 0
        self.logged_at = 0.0
        self.pending: asyncio.TimerHandle | None = None

    def note(self, limit: int) -> None:
        self.count += 1
        if time.monotonic() - self.logged_at >= 1.0:
            self.write(limit)
        elif self.pending is None:  # the rest of this second, in one line a second later
            self.pending = asyncio.get_running_loop().call_later(1.0, self.write, limit)

    def write(self, limit: int) -> None:
        if self.pending is not None:
            self.pending.cancel()
            self.pending = None
        if self.count:
            LOG.warning("refused %d connection(s): %d were open, the limit", self.count, limit)
        self.count, self.logged_at = 0, time.monotonic()


REFUSALS = RefusalLog()


class BoundedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header deadline and a connection limit."""

    header_timeout = HEADER_TIMEOUT
    max_connections = MAX_CONNECTIONS
    refused = False
    header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        if len(self.connections) >= self.max_connections:
            self.refused = True
            transport.abort()
            REFUSALS.note(self.max_connections)
            return
        super().connection_made(transport)
        self._expect_headers()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.refused:
            return
        self._cancel_header_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if not self.refused:
            super().data_received(data)

    def handle_events(self) -> None:
        super().handle_events()
        if self.cycle is not None and not self.cycle.response_complete:
            self._cancel_header_timer()  # the headers are in: the request is the app's now

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._expect_headers()

    def _expect_headers(self) -> None:
        self._cancel_header_timer()
        self.header_timer = self.loop.call_later(self.header_timeout, self._headers_late)

    def _cancel_header_timer(self) -> None:
        if self.header_timer is not None:
            self.header_timer.cancel()
            self.header_timer = None

    def _headers_late(self) -> None:
        self.header_timer = None
        waiting = self.cycle is None or self.cycle.response_complete
        if waiting and not self.transport.is_closing():
            self.transport.close()
