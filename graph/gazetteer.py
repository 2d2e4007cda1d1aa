"""Known organisations and a fast matcher that finds them in running text.

The data is ``data/gazetteers/organizations.tsv`` (see ``data/gazetteers/README.md``
for its columns, sources and licences). Every row is one organisation with a
canonical name, a kind (``company``, ``retailer``, ``carrier``, ``media`` or
``other``), an optional Wikidata ID, headquarters country, aliases and industry.

Matching rules (implemented by :meth:`Gazetteer.find`):

* Matches are non-overlapping and leftmost-longest, on word boundaries: a name
  never matches inside a longer word ("Lidl" is not found in "Lidlfan"), nor as
  the last part of a hyphen compound ("US-Regierung" is not "Regierung"), nor in
  a web address or e-mail ("amazon.se", "www.amazon.de", "@amazon").
* A name may be followed by a possessive or a German genitive ("Amazon's",
  "Amazon’s", "Amazons", "des Handelsblatts"), and may be the first part of a
  German hyphen compound ("Lidl-Filialen", "Xiaomi-Läden"); the match covers the
  name only.
* Aliases that are all capitals, have at most three letters, or are ordinary
  words in English, German or Spanish ("Target", "Orange", "Apple") are matched
  case-sensitively. All others are matched case-insensitively, but the first
  letter found must be a capital or the same letter as in the alias, so "eBay",
  "Ebay" and "EBAY" all match while "apple" or "mediamarkt" in a URL do not.
* Spelling variants are added automatically: accents removed ("Telefonica"),
  German umlauts transliterated ("Kuehne"), the inflected German adjective
  ("der Deutschen Telekom", "der Süddeutschen Zeitung") and flexible spacing
  around "&" and "+" ("Kuehne+Nagel"). Explicit names and aliases take
  precedence over generated variants when two entries share a spelling.

:func:`normalise_name` gives the identity key used across articles: case,
accents, punctuation, spacing and legal suffixes (Inc., GmbH, S.A., plc ...) do
not matter, so "Wal-Mart Stores Inc." and "Walmart" are the same key.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from graph.paths import DATA

__all__ = [
    "KINDS",
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerMatch",
    "default_path",
    "load_entries",
    "normalise_name",
]

log = logging.getLogger(__name__)

KINDS = frozenset({"company", "retailer", "carrier", "media", "other"})

# Aliases whose lower-cased form is an ordinary word in English, German or Spanish.
# They are matched only with the exact capitalisation of the alias ("Orange", not
# "orange" or "ORANGE"). Brand names that are too ambiguous even so
# ("Bank", "Post", "Metro", "Real", "Next", "Three") are not in the data at all.
COMMON_WORDS = frozenset(
    """
    action aeon allegro alphabet apple arm arrow axis bait bata beats bell best bild bimbo blue
    bolt boots bundesregierung canon capital carrier chase checkers chevron chewy chip citizen
    claro coach cognizant condor continental converse coop corona costa counterpoint cricket
    crown delta despegar dia dish dito dodge domino eagle empire enterprise eon equity ergo
    estado estafeta excelsior expansion expansión expert express extra éxito exito flanco flink
    focus fortune frontier galaxy gap genesis giant globe globus glory gol gorillas grab
    guardian harmony hertz honor indigo infinity iridium jaguar jumbo juniper kakao kingfisher
    kiwi komplett leader lenta liberty line lotus lucid mango manor mars match matrix mercury
    meta metro milenio mini mint mobile monster mundo national nature netto network next noon
    norma nova office olimpica olímpica omega optimum orange otto overstock ovum pacific pandora
    panorama penny personal phoenix pilot pioneer plus polaris polestar positivo post power
    premier prime primo proton prudential pulse puma quartz ram rapid real reforma reliance
    renner riachuelo rival rocket safari sage salt seat sears sharp shell signal sky slack smart
    snap snowflake spar spark spectrum spiegel spirit sprint square staples star stripe subway
    suburbia summit sun sunrise superior süddeutsche swift swiss tap tapestry target tata
    telegram telegraph telekom textilwirtschaft tier tiger tiki time times titan total triumph
    trust tuya unity universal uno vale valve vanguard venture verge vice visa vision vivo wall
    welt wired workday zeit zoom
""".split()  # noqa: SIM905
)

# Plural-looking genitives that are ordinary words: "Canvas" is not Canva's, "Feds" not the Fed's.
NO_GENITIVE = frozenset({"canva", "fed", "tim", "lot", "man", "sec", "nab", "onu", "tre", "dia"})
_ARTICLE = re.compile(r"(?:the|el|la|los|las|die|der|das|le|les|il|de|het|o|a)\s", re.IGNORECASE)

_LEGAL_SUFFIX = re.compile(
    r"(?:[\s,]+(?:inc|incorporated|corp|corporation|co|company|cos|ltd|limited|llc|lp|llp|plc"
    r"|gmbh(?:\s*&\s*co\.?\s*(?:kgaa|kg|ohg))?|ag|se|kg|kgaa|ohg|ev|e\.v|sa|s\.a|sas|s\.a\.s"
    r"|sab(?:\s*de\s*cv)?|s\.a\.b\.?(?:\s*de\s*c\.v)?|de\s*c\.?v|s\.?l|s\.?l\.?u|s\.p\.a|spa"
    r"|srl|s\.r\.l|nv|n\.v|bv|b\.v|ab|ab\s*\(publ\)|\(publ\)|asa|as|a/s|oyj|oy|pty|pty\s*ltd"
    r"|pte|bhd|berhad|tbk|k\.k|kk|sarl|s\.a\.r\.l|ltda|group|gruppe|groupe|gruppo|holding"
    r"|holdings)\.?)+$"
)
_LEADING = re.compile(r"^(?:the|grupo|groupe|gruppo)\s+")
_CONNECTORS = re.compile(r"\s+(?:and|und)\s+")
_NON_ALNUM = re.compile(r"[\W_]+")
_TOKEN = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9\u00C0-\u024F]")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_GERMAN_ADJECTIVE = re.compile(r"\b(\w+sche|Deutsche|Neue|Allgemeine|Freie)\b(?![-‐‑])")
# characters before a token that mean it is not the start of a name
_BAD_BEFORE = frozenset("-‐‑@#_/\\")
# Dashes and apostrophes as typeset, matched as the ASCII ones: find() maps them in
# the text (one character for one, so offsets hold) and the patterns need no class
# of them. Such classes, with case folding, made compiling a pattern twice as slow.
_DASHES = "‐‑–"
_APOSTROPHES = "’´`"
_TYPESET = re.compile(f"[{_DASHES}{_APOSTROPHES}]")
# characters of a name that its pattern writes as themselves
_PLAIN_RUN = re.compile(rf"[^\s&+'\-{_DASHES}{_APOSTROPHES}]+")
_AS_TYPED = str.maketrans(dict.fromkeys(_DASHES, "-") | dict.fromkeys(_APOSTROPHES, "'"))


def strip_accents(text: str) -> str:
    """``"Telefónica"`` → ``"Telefonica"``; ``ß`` and other letters without a base stay."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def normalise_name(name: str) -> str:
    """Identity key for an organisation name.

    Case-folded, accents removed, "and"/"und" treated like "&", punctuation and
    spaces dropped, and trailing legal suffixes removed (Inc., Corp., Co., Ltd,
    plc, GmbH, AG, SE, S.A., S.A.B. de C.V., S.L., S.p.A., N.V., B.V., AB, Oyj,
    Group, Holding ...) as well as a leading "The"/"Grupo". When stripping would
    leave nothing, the plain folded form is returned.

    >>> normalise_name("Wal-Mart Stores Inc.") == normalise_name("Wal-Mart Stores")
    True
    >>> normalise_name("Telefónica, S.A.")
    'telefonica'
    """
    folded = strip_accents(name).casefold().strip()
    folded = _CONNECTORS.sub(" & ", folded)
    stripped = _LEADING.sub("", _LEGAL_SUFFIX.sub("", folded)).strip()
    key = _NON_ALNUM.sub("", stripped)
    return key or _NON_ALNUM.sub("", folded)


@dataclass(frozen=True)
class GazetteerEntry:
    """One organisation: a row of ``organizations.tsv``."""

    qid: str | None
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    industry: str | None

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GazetteerMatch:
    """A mention of a known organisation: ``text[start:end]`` is the name as written."""

    start: int
    end: int
    text: str
    entry: GazetteerEntry


@dataclass(frozen=True)
class _Pattern:
    source: str  # regex source, flags inline
    entry: GazetteerEntry
    first: str  # first character of the alias; a case-insensitive match must start with it
    case_sensitive: bool
    length: int
    capitals: int = 0  # words that begin with a capital; a case-insensitive match has as many

    def fits(self, written: str) -> bool:
        """True when ``written`` (what the pattern matched) is cased like a name: its
        first letter as the alias's or a capital, and no fewer capitalised words ("PC
        world" is no "PC World", "Ebay" is "eBay")."""
        if self.case_sensitive:
            return True
        if written[0] != self.first and not written[0].isupper():
            return False
        return self.capitals <= 1 or capitalised_words(written) >= self.capitals

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source)


@dataclass
class _FirstWord:
    """The patterns of all names that begin with one word (longest first) and their alternation.

    Regexes are compiled on first use: a text meets a few hundred of the
    thousands of first words, and compiling them all made every process (and
    every ingest worker) spend seconds before its first article.
    """

    patterns: list[_Pattern]
    _regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = re.compile("|".join(f"(?:{p.source})" for p in self.patterns))
        return self._regex


# Kinds whose national units ("Lidl US", "Vodafone Deutschland") are organisations
# of their own (see graph.extract.entities._with_subsidiaries).
UNIT_KINDS = frozenset({"company", "retailer", "carrier"})


def _own_aliases(entry: GazetteerEntry) -> tuple[str, ...]:
    """The entry's aliases except its national units: "Lidl US" listed under Lidl is
    the US company, a named organisation of its own, not another name of Lidl."""
    if entry.kind not in UNIT_KINDS:
        return tuple(entry.aliases)
    from graph import geo  # noqa: PLC0415

    prefix = entry.name + " "
    return tuple(
        a for a in entry.aliases if not (a.startswith(prefix) and geo.code_for(a[len(prefix) :]))
    )


def is_common_word(alias: str) -> bool:
    """True when the alias, lower-cased, is an ordinary word (see :data:`COMMON_WORDS`)."""
    return alias.casefold() in COMMON_WORDS


def is_case_sensitive(alias: str) -> bool:
    """All-caps aliases, aliases of at most three letters, ordinary words and names that
    begin with an article ("The Source", "El Mundo", "Die Zeit") match exactly."""
    letters = _LETTER.findall(alias)
    if len(letters) <= 3:
        return True
    if alias.upper() == alias:
        return True
    if _ARTICLE.match(alias):
        return True
    return is_common_word(alias)


def _variants(alias: str) -> list[str]:
    """Spelling variants of an alias that should match too (the alias itself first)."""
    out = [alias]
    accentless = strip_accents(alias)
    if accentless != alias and not is_common_word(accentless):
        out.append(accentless)
    if any(c in alias for c in "äöüÄÖÜ"):
        out.append(alias.translate(_UMLAUTS))
    if _GERMAN_ADJECTIVE.search(alias):
        for v in list(out):
            out.append(_GERMAN_ADJECTIVE.sub(r"\1n", v))
    seen: dict[str, None] = {}
    for v in out:
        seen.setdefault(v, None)
    return list(seen)


def _alias_source(alias: str) -> str:
    """Regex source for one alias: ``(name)`` followed by the right-boundary checks."""
    parts: list[str] = []
    i = 0
    while i < len(alias):
        if run := _PLAIN_RUN.match(alias, i):
            parts.append(re.escape(run.group()))
            i = run.end()
            continue
        c = alias[i]
        if c in "&+" and 0 < i < len(alias) - 1 and alias[i - 1] == " " == alias[i + 1]:
            # "Kuehne + Nagel" also matches "Kuehne+Nagel"; "H&M" and "e&" match only as written
            while parts and parts[-1] == r"[\s-]+":
                parts.pop()
            parts.append(rf"\s*{re.escape(c)}\s*")
            i += 1
            while i < len(alias) and alias[i].isspace():
                i += 1
            continue
        if c.isspace():
            # German compounds join the words with hyphens: "Aldi-Nord-Gruppe",
            # "Deutsche-Bank-Chef"
            if not (parts and parts[-1].endswith(r"\s*")):
                parts.append(r"[\s-]+")
        elif c in "-" + _DASHES:
            parts.append("-")
        elif c in "'" + _APOSTROPHES:
            parts.append("'")
        else:
            parts.append(re.escape(c))
        i += 1
    body = "".join(parts)
    last = alias.rstrip()[-1:]
    genitive = (
        "s?"
        if last.isalpha()
        and last.lower() not in "sxzß"
        and not (" " not in alias and (is_common_word(alias) or alias.casefold() in NO_GENITIVE))
        else ""
    )
    # not followed by a word character, nor by ".x"/"@x" (a web address such as amazon.se)
    tail = rf"{genitive}(?!\w)(?![.@]\w)" if last.isalnum() else r"(?![.@]\w)"
    return f"({body}){tail}"


class Gazetteer:
    """A set of known organisations with a fast leftmost-longest matcher.

    Build one with :meth:`default` (the shipped TSV, loaded once per process) or
    :meth:`from_rows`. Matching is driven by a dictionary keyed on the first word
    of every alias, so :meth:`find` costs one dictionary look-up per word of the
    text plus a small anchored regex for the few words that start a known name.
    """

    def __init__(self, entries: Sequence[GazetteerEntry]) -> None:
        self._entries: tuple[GazetteerEntry, ...] = tuple(entries)
        self._by_key: dict[str, GazetteerEntry] = {}
        self._index: dict[str, list[_Pattern]] = {}
        # first word -> its patterns (longest first) and their alternation
        self._combined: dict[str, _FirstWord] = {}
        # the subset whose names may start with a lower-case letter ("eBay", "dm", "t3n")
        self._combined_lower: dict[str, _FirstWord] = {}
        self._build()

    # ----------------------------------------------------------------- construction
    @classmethod
    @cache
    def default(cls) -> Gazetteer:
        """The organisations in ``data/gazetteers/organizations.tsv``, loaded once."""
        path = default_path()
        if not path.exists():
            log.warning("organisation gazetteer not found at %s; no names will be known", path)
            return cls(())
        return cls._cached(path)

    @classmethod
    def _cached(cls, path: Path) -> Gazetteer:
        """The gazetteer of ``path``, from the cache of its built state when the cache was
        made from the same file by the same code; else built, and the cache written.

        Building takes 0.48 s, reading the cache 0.08 s: every process that
        extracts (each ingest worker, each ``mekg ingest``) builds it once. The cache
        lives in ``$MEKG_CACHE_DIR`` (default ``~/.cache/mekg``); a cache that cannot be
        read or written is only slower. Writing one removes all but the
        :data:`CACHES_KEPT` newest, so edits of the file or upgrades leave no trail.
        """
        import hashlib  # noqa: PLC0415
        import json  # noqa: PLC0415
        import sys  # noqa: PLC0415

        data = path.read_bytes()
        key = hashlib.sha256(data + Path(__file__).read_bytes() + sys.version.encode()).hexdigest()[
            :24
        ]
        file = cache_dir() / f"gazetteer-{key}.json"
        try:
            return cls._from_state(json.loads(file.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            pass  # none yet, or unreadable: build it
        gazetteer = cls(load_entries(path))
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            partial = file.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(json.dumps(gazetteer._state()), encoding="utf-8")
            os.replace(partial, file)  # whole or not at all, also with processes in parallel
        except OSError as error:
            log.debug("gazetteer cache not written to %s: %s", file, error)
        else:
            _remove_old_caches(file.parent)
        return gazetteer

    def _state(self) -> dict[str, Any]:
        """Everything :meth:`_build` works out, as JSON data (entries by position)."""
        position = {id(e): i for i, e in enumerate(self._entries)}
        return {
            "entries": [
                [e.qid, e.name, e.kind, e.country, list(e.aliases), e.industry]
                for e in self._entries
            ],
            "keys": {k: position[id(e)] for k, e in self._by_key.items()},
            "index": {
                word: [
                    [
                        p.source,
                        position[id(p.entry)],
                        p.first,
                        p.case_sensitive,
                        p.length,
                        p.capitals,
                    ]
                    for p in patterns
                ]
                for word, patterns in self._index.items()
            },
        }

    @classmethod
    def _from_state(cls, state: dict[str, Any]) -> Gazetteer:
        entries = [
            GazetteerEntry(qid, name, kind, country, tuple(aliases), industry)
            for qid, name, kind, country, aliases, industry in state["entries"]
        ]
        gazetteer = cls.__new__(cls)
        gazetteer._entries = tuple(entries)
        gazetteer._by_key = {k: entries[i] for k, i in state["keys"].items()}
        gazetteer._index = {
            word: [
                _Pattern(src, entries[i], first, cs, n, caps) for src, i, first, cs, n, caps in rows
            ]
            for word, rows in state["index"].items()
        }
        gazetteer._combined, gazetteer._combined_lower = {}, {}
        gazetteer._combine()
        return gazetteer

    @classmethod
    def from_rows(cls, rows: Iterable[GazetteerEntry]) -> Gazetteer:
        """A gazetteer of the given entries (earlier entries win on shared aliases)."""
        return cls(list(rows))

    def _build(self) -> None:
        # each entry's own aliases and generated variants, worked out once
        rows = []
        for entry in self._entries:
            aliases = _own_aliases(entry)
            variants = [v for a in (entry.name, *aliases) for v in _variants(a.strip())[1:]]
            rows.append((entry, aliases, variants))
        # Canonical names take precedence over aliases of other entries, earlier rows over
        # later; inflected and transliterated forms come last.
        for phase in (0, 1, 2):
            for entry, aliases, variants in rows:
                for alias in ((entry.name,), aliases, variants)[phase]:
                    key = normalise_name(alias)
                    if key:
                        self._by_key.setdefault(key, entry)
        # Explicit spellings (names, then aliases) are claimed before generated variants.
        claimed: set[tuple[str, bool]] = set()
        for phase in (0, 1, 2):
            for entry, aliases, variants in rows:
                for alias in ((entry.name,), aliases, variants)[phase]:
                    self._add_pattern(alias if phase == 2 else alias.strip(), entry, claimed)
        for patterns in self._index.values():
            patterns.sort(key=lambda p: -p.length)
        self._combine()

    def _combine(self) -> None:
        """Each first word's patterns (longest first) as one matcher, and the subset of
        first words whose names may start in lower case."""
        for key, patterns in self._index.items():
            self._combined[key] = _FirstWord(patterns)
            if any(not p.first.isupper() for p in patterns):
                self._combined_lower[key] = self._combined[key]

    def _add_pattern(
        self, alias: str, entry: GazetteerEntry, claimed: set[tuple[str, bool]]
    ) -> None:
        first = _TOKEN.match(alias)
        if not alias or first is None or not _LATIN_OR_DIGIT.search(alias):
            return  # names must start with a word character; non-Latin scripts are not matched
        case_sensitive = is_case_sensitive(alias)
        ident = (alias if case_sensitive else alias.casefold(), case_sensitive)
        if ident in claimed:
            return
        claimed.add(ident)
        source = _alias_source(alias) if case_sensitive else f"(?i:{_alias_source(alias)})"
        pattern = _Pattern(
            source, entry, alias[0], case_sensitive, len(alias), capitalised_words(_core(alias))
        )
        self._index.setdefault(first.group().lower(), []).append(pattern)

    # ----------------------------------------------------------------- queries
    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self):  # noqa: ANN204 — Iterator[GazetteerEntry]
        return iter(self._entries)

    @property
    def entries(self) -> tuple[GazetteerEntry, ...]:
        """All entries in file order."""
        return self._entries

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry whose name or alias has the same :func:`normalise_name` key, if any.

        >>> Gazetteer.from_rows([GazetteerEntry(None, "Walmart", "retailer", "US",
        ...                      ("Wal-Mart",), None)]).lookup("wal-mart").name
        'Walmart'
        """
        key = normalise_name(name)
        return self._by_key.get(key) if key else None

    def find(self, text: str) -> list[GazetteerMatch]:
        """Non-overlapping, leftmost-longest mentions of known organisations in ``text``."""
        out: list[GazetteerMatch] = []
        index_all, index_lower = self._combined, self._combined_lower
        taken_until = 0
        typed = text  # the names are read from the text as written
        if _TYPESET.search(text):
            text = text.translate(_AS_TYPED)
        for token in _TOKEN.finditer(text):
            start = token.start()
            if start < taken_until:
                continue
            word = token.group()
            # most words start with a lower-case letter and can only begin a few names
            index = index_all if word[0].isupper() else index_lower
            word = word.lower()
            found = index.get(word)
            # a German genitive glued to a one-word name: "Amazons", "des Handelsblatts"
            if found is None and (word[-1:] != "s" or (found := index.get(word[:-1])) is None):
                continue
            if start:
                before = typed[start - 1]
                if before in _BAD_BEFORE or (
                    before == "." and start >= 2 and text[start - 2].isalnum()
                ):
                    continue
            patterns = found.patterns
            m = found.regex.match(text, start)
            if m is None:
                continue
            i = (m.lastindex or 1) - 1
            p = patterns[i]
            group = i + 1
            if not p.fits(text[start : m.end(group)]):
                # rare: a case-insensitive alias matched with other capitals ("PC world");
                # try the remaining (shorter) aliases one by one
                for p in patterns[i + 1 :]:
                    m = p.regex.match(text, start)
                    if m is not None and p.fits(text[start : m.end(1)]):
                        group = 1
                        break
                else:
                    continue
            end = m.end(group)  # a genitive "s" is not part of the name
            out.append(GazetteerMatch(start, end, typed[start:end], p.entry))
            taken_until = m.end()
        return out


# Last words that news writes in lower case after a name: "Time magazine", "DZ bank",
# "the Shenzhen stock exchange". A match need not capitalise them.
_GENERIC_TAIL = frozenset(
    ("magazine", "bank", "stock", "exchange", "store", "stores", "group", "newspaper",
     "average", "index", "airline", "airlines")
)  # fmt: skip


def _core(alias: str) -> str:
    """The alias without its generic last words ("Shenzhen Stock Exchange" → "Shenzhen")."""
    words = alias.split()
    while len(words) > 1 and words[-1].lower() in _GENERIC_TAIL:
        words.pop()
    return " ".join(words)


_WORD_INITIAL = re.compile(r"(?<![\w'’])[^\W\d_]")


def capitalised_words(text: str) -> int:
    """How many words of ``text`` begin with a capital ("Deutsche-Telekom-Chef": 2)."""
    return sum(m.group().isupper() for m in _WORD_INITIAL.finditer(text))


# Caches of the built gazetteer kept: one per version of the file and of this code, so
# that a few installations sharing a cache folder (two projects, two Pythons) do not
# rebuild in turn.
CACHES_KEPT = 4


def _remove_old_caches(folder: Path) -> None:
    """Remove all but the :data:`CACHES_KEPT` most recently written caches in ``folder``."""

    def written(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:  # removed meanwhile by another process
            return 0.0

    caches = sorted(folder.glob("gazetteer-*.json"), key=written, reverse=True)
    for old in caches[CACHES_KEPT:]:
        with contextlib.suppress(OSError):  # another process's, or not ours to remove
            old.unlink(missing_ok=True)


def cache_dir() -> Path:
    """Where derived data is cached: ``$MEKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/mekg``,
    else ``~/.cache/mekg``."""
    if os.environ.get("MEKG_CACHE_DIR"):
        return Path(os.environ["MEKG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mekg"


def default_path() -> Path:
    """``data/gazetteers/organizations.tsv`` of the repository this module lives in."""
    return DATA / "gazetteers" / "organizations.tsv"


def load_entries(path: Path) -> list[GazetteerEntry]:
    """Read ``organizations.tsv`` (header ``qid name kind country aliases industry``)."""
    entries: list[GazetteerEntry] = []
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        columns = {name: i for i, name in enumerate(header)}
        for lineno, line in enumerate(fh, start=2):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            cells += [""] * (len(header) - len(cells))

            def cell(name: str, cells: list[str] = cells) -> str:
                return cells[columns[name]].strip() if name in columns else ""

            kind = cell("kind")
            if kind not in KINDS:
                raise ValueError(f"{path}:{lineno}: unknown kind {kind!r}")
            aliases = tuple(a.strip() for a in cell("aliases").split("|") if a.strip())
            entries.append(
                GazetteerEntry(
                    qid=cell("qid") or None,
                    name=cell("name"),
                    kind=kind,
                    country=cell("country") or None,
                    aliases=aliases,
                    industry=cell("industry") or None,
                )
            )
    return entries
