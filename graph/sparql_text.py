"""Reading a SPARQL text before Oxigraph parses it: how deep it nests, whether it
names its own dataset, and whether it could make Oxigraph call another host.

Oxigraph's parser recurses once per nesting level and its evaluator once per
chained operator or per element of a group, so a few kilobytes of ``{{{…``, of
``UNION`` or of ``BIND`` kill the whole process with a stack overflow (measured
with pyoxigraph 0.5: 3,000 nested groups, 10,000 chained ``UNION``, ``+`` or
``&&``, 3,000 ``BIND`` or groups side by side in one group, 20,000 ``FILTER``).
``SERVICE`` makes Oxigraph fetch from any address the query names. Both are
refused here, before the parser sees the text, by one scan that the API,
``mekg query`` and ``mekg serve`` all use; the same scan tells whether an update
only writes data (what ``mekg serve`` takes from the local ``mekg`` processes).

The scan reads the text as SPARQL's lexer does (strings, long strings with
escapes, IRIs, comments that end at ``\\r`` or ``\\n``, variables, prefixed names
with escapes) because a pattern over the raw text is easy to fool. Oxigraph
needs no space after a keyword (``SERVICESILENT<…>`` and ``SERVICEex:x`` are
calls), so every run of name characters outside strings, IRIs, comments and
variables that *contains* ``SERVICE`` is refused. ``\\u`` escapes may stand for
any character anywhere in a query, so the text is read both as sent and with
them decoded, and the stricter reading wins.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from graph.errors import QueryError, QueryRefused

MAX_DEPTH = 256
# A chained operator (UNION, OPTIONAL, MINUS, an operator character) or one more
# element of a group (a BIND, a FILTER, a group beside another) or of a SELECT
# costs the parser and evaluator up to as much stack as a nested group does: 3,000
# nested groups, 10,000 chained UNIONs, 3,000 BINDs side by side and 4,000
# ``(1 AS ?x)`` in a SELECT each overflow. A quarter keeps each at least 2.5 times
# below a crash, and lets a group hold 1,000 elements.
OPERATOR_COST = 0.25
QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
UPDATE_FORMS = (
    "INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH",
)  # fmt: skip
CHAINING_KEYWORDS = ("UNION", "OPTIONAL", "MINUS", "FILTER")
# ``(expression AS ?v)``, in a BIND, a SELECT or a GROUP BY, is one more step of a
# chain; Oxigraph reads ``1AS`` and ``trueAS`` too, so a word without a prefix
# counts each AS it contains (and ASK, ASC, BASE, LCASE once too many: harmless).
EXPRESSION_KEYWORD = "AS"
# The only words an update may have outside brackets to be data alone: nothing
# to evaluate (no WHERE), nothing to fetch (no LOAD).
DATA_UPDATE_WORDS = frozenset(
    ("PREFIX", "BASE", "INSERT", "DELETE", "DATA", "DROP", "CLEAR", "CREATE", "SILENT",
     "GRAPH", "DEFAULT", "NAMED", "ALL")
)  # fmt: skip
OPERATOR_CHARACTERS = frozenset("|&+-*/=!<>^")
OPENING, CLOSING = "{([", "})]"

# The grammar's character classes (SPARQL 1.1, section 19.8), so that a variable
# ends exactly where Oxigraph ends it.
_PN_CHARS_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_VARNAME = f"[{_PN_CHARS_BASE}_0-9\u00b7\u0300-\u036f\u203f-\u2040]+"
_LOCAL_ESCAPE = r"\\[_~.\-!$&'()*+,;=/?#@%]"
TOKEN = re.compile(
    rf"""
    (?P<space>[ \t\r\n]+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<string>(?:\"\"\"(?:(?:\"\"?)?(?:[^\"\\]|\\.))*\"\"\"
             | '''(?:(?:''?)?(?:[^'\\]|\\.))*'''
             | \"(?:[^\"\\\r\n]|\\.)*\"
             | '(?:[^'\\\r\n]|\\.)*')
               (?:\^\^|@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)?)  # a datatype's ^^, a language tag
  | (?P<iri><[^<>\"{{}}|^`\\\x00-\x20]*>)
  | (?P<variable>[?$]{_VARNAME})
  | (?P<name>(?:[^\s{{}}()\[\]<>\"'\#?$,;|&+*/=!^\\]|{_LOCAL_ESCAPE})+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class Outline:
    """What the scan learnt about a query: its form and whether it names a dataset."""

    form: str | None  # SELECT, CONSTRUCT, ASK, DESCRIBE, an update keyword, or None
    names_dataset: bool  # FROM or FROM NAMED
    depth: float
    words: frozenset[str]  # the words outside all brackets, in upper case (not prefix names)

    def only_data(self) -> bool:
        """Whether this update only adds, deletes or drops data it names (INSERT DATA,
        DELETE DATA, DROP, CLEAR, CREATE): it evaluates no pattern and fetches nothing."""
        return self.words <= DATA_UPDATE_WORDS


def outline(sparql: str, max_depth: int = MAX_DEPTH) -> Outline:
    """The outline of ``sparql``; refuses what must never reach Oxigraph.

    Raises QueryError when the query nests deeper than ``max_depth`` (each group,
    parenthesis or bracket counts 1, each chained operator a quarter), and
    QueryRefused when it could call another host (``SERVICE``).
    """
    readings = [_read(sparql)]
    decoded = UNICODE_ESCAPE.sub(_decode_escape, sparql)
    if decoded != sparql:
        readings.append(_read(decoded))
    if any(reading.calls_out for reading in readings):
        raise QueryRefused(
            "federated queries (SERVICE) are refused: mekg never fetches from other hosts "
            "— query that endpoint directly"
        )
    depth = max(reading.depth for reading in readings)
    if depth > max_depth:
        raise QueryError(
            f"the query nests {math.ceil(depth)} levels deep, more than the limit of {max_depth} — "
            "use fewer nested groups, or VALUES instead of long UNION or || chains"
        )
    first = readings[0]
    words = frozenset().union(*(reading.words for reading in readings))
    return Outline(first.form, first.names_dataset, depth, words)


@dataclass
class _Reading:
    form: str | None = None
    names_dataset: bool = False
    calls_out: bool = False
    depth: float = 0.0
    words: set[str] = field(default_factory=set)


def _read(text: str) -> _Reading:
    """One pass of the lexer over ``text``."""
    reading = _Reading()
    # The cost of the enclosing levels where each open bracket began, and the
    # cost so far on the current path (brackets plus chained operators).
    starts: list[float] = []
    cost = 0.0
    after_prefix = False
    previous = " "
    for match in TOKEN.finditer(text):
        kind, token = match.lastgroup, match.group()
        if kind == "variable" and previous not in " \t\r\n({[,;.":
            # Glued to what came before (``<p>?SERVICE``): read its name as code too.
            kind, token = "name", token[1:]
        if kind == "name":
            upper = token.upper()
            if "SERVICE" in upper:
                reading.calls_out = True
            chained = sum(upper.count(word) for word in CHAINING_KEYWORDS)
            # A "-" is an operator in ``1-1``, but part of a prefixed name (``ex:a-b``).
            if ":" not in token:
                chained += sum(character in OPERATOR_CHARACTERS for character in token)
                expressions = upper.count(EXPRESSION_KEYWORD)
                if expressions and starts:  # a step of the chain around the brackets
                    starts[-1] += OPERATOR_COST * expressions
                chained += expressions
            cost += OPERATOR_COST * chained
            if not starts:
                reading = _top_level_word(reading, upper, after_prefix)
                if not after_prefix:
                    reading.words.add(upper)
                after_prefix = upper == "PREFIX"
        elif kind == "other":
            if token in OPENING or text.startswith("<<", match.start()) and token == "<":
                starts.append(cost)
                cost += 1
            elif token == "}":  # a group: one more element of the group around it
                cost = starts.pop() + OPERATOR_COST if starts else 0.0
            elif token in CLOSING or text.startswith(">>", match.start()) and token == ">":
                cost = starts.pop() if starts else 0.0
            elif token in OPERATOR_CHARACTERS:
                cost += OPERATOR_COST
        reading.depth = max(reading.depth, cost)
        if kind not in ("space", "comment"):
            previous = token[-1]
        elif kind == "space":
            previous = " "
    return reading


def _top_level_word(reading: _Reading, upper: str, after_prefix: bool) -> _Reading:
    """Note the form and a dataset clause from a word outside all brackets."""
    if after_prefix or upper in ("PREFIX", "BASE"):
        return reading
    if reading.form is None:
        reading.form = next(
            (form for form in (*QUERY_FORMS, *UPDATE_FORMS) if upper.startswith(form)), None
        )
    elif upper == "FROM" or upper.startswith(("FROMNAMED", "FROM:")):
        reading.names_dataset = True
    return reading


def _decode_escape(match: re.Match[str]) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group()
