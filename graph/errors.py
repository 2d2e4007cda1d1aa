"""The exception hierarchy: every error a user can cause is a MekgError."""

from __future__ import annotations


class MekgError(Exception):
    """Base class; ``str(error)`` is one line that says what went wrong and what to do."""


class SourceError(MekgError):
    """An input file, URL or feed line could not be read as an article."""


class StoreError(MekgError):
    """The store could not be opened, read or written."""


class QueryError(MekgError):
    """A SPARQL query is malformed, unknown or failed."""


class QueryRefused(QueryError):
    """A well-formed query that mekg will not run (it would call another host)."""


class ValidationError(MekgError):
    """The graph does not satisfy the SHACL shapes."""


class TruncatedAnswerError(StoreError):
    """A SPARQL server cut an answer at its result cap; the rows are not all there."""


def printable(name: object) -> str:
    """``name`` (a file name, URL or label) safe to print in a message: control, format
    (bidi, zero-width) and line-separator characters are written as escapes, so a name
    can neither forge a line of output nor send an escape sequence to the terminal."""
    text = str(name)
    if text.isprintable():  # the usual case, and quick
        return text
    return "".join(
        char if char.isprintable() or char == " " else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


class NoSpaceError(StoreError):
    """The disk that holds the store is full: an ingest stops at once, what it stored stays."""
