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
