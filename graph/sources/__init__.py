"""Files and strings → Documents. No extraction happens here, only reading and metadata.

``iter_documents`` walks files and folders and yields ``(input, Document)`` or
``(input, SourceError)`` pairs, so one bad file never stops a batch.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from graph.errors import SourceError
from graph.model import Document
from graph.sources.decode import clean_text, decode
from graph.sources.text import parse_text

SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


# Extraction time grows faster than an article's length: a news article has some
# thousands of characters, and one of this many takes seconds. Longer texts are
# books or dumps, refused before extraction so that an ingest ends in bounded time.
MAX_ARTICLE_CHARS = 200_000


def iter_documents(
    paths: Iterable[Path | str],
    *,
    max_bytes: int = 20_000_000,
    max_chars: int = MAX_ARTICLE_CHARS,
) -> Iterator[tuple[str, Document | SourceError]]:
    """Every article under ``paths`` (files or folders, recursively, sorted).

    Files over ``max_bytes`` and articles over ``max_chars`` characters of text
    are refused (a SourceError in the pair) without being extracted.
    """
    for name, item in _read_paths(paths, max_bytes):
        if isinstance(item, Document) and len(item.text) > max_chars:
            item = _too_long(item.source, len(item.text), max_chars)
        yield name, item


def is_url(raw: object) -> bool:
    """True for an http(s) address (an article to fetch), not a file."""
    return isinstance(raw, str) and raw.lower().startswith(("http://", "https://"))


def _read_paths(
    paths: Iterable[Path | str], max_bytes: int
) -> Iterator[tuple[str, Document | SourceError]]:
    for item in inputs(paths):
        if isinstance(item, tuple):
            yield item
        elif isinstance(item, str):
            yield from _read_url(item, max_bytes)
        else:
            yield from _read_file(item, max_bytes)


def inputs(paths: Iterable[Path | str]) -> Iterator[Path | str | tuple[str, SourceError]]:
    """Each web address and article file that ``paths`` name, in order (a folder's files
    sorted, hidden ones left out); ``(path, SourceError)`` for a path that names none."""
    for raw in paths:
        if is_url(raw):
            yield str(raw)
            continue
        path = Path(raw)
        if not path.exists():
            yield str(path), SourceError(f"{path}: no such file or folder — check the path")
        elif path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()  # a regular file, or a link to one: no pipes, no devices
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and not p.name.endswith(".gold.json")
                and p.suffix.lower() in SUFFIXES
            )
            if not files:
                yield (
                    str(path),
                    SourceError(
                        f"{path}: no articles in this folder — ingest reads "
                        f"{', '.join(SUFFIXES)} files"
                    ),
                )
            yield from files
        else:
            yield path


def count_articles(paths: Iterable[Path | str]) -> int:
    """How many articles ``paths`` hold as far as can be told without parsing them (each
    line of a JSON Lines file, one for any other input): the total of a progress bar."""
    total = 0
    for item in inputs(paths):
        is_jsonl = isinstance(item, Path) and SUFFIXES.get(item.suffix.lower()) == "jsonl"
        total += _line_count(item) if is_jsonl else 1  # type: ignore[arg-type]
    return total


def _line_count(path: Path) -> int:
    """Lines of a regular file (at least 1); a pipe or device is not opened to count."""
    lines, last = 0, b"\n"
    try:
        if stat.S_ISREG(path.stat().st_mode):
            with path.open("rb") as file:
                while chunk := file.read(1 << 20):
                    lines, last = lines + chunk.count(b"\n"), chunk[-1:]
    except OSError:
        pass  # reading it will say why
    return max(lines + (last != b"\n"), 1)


def _too_long(source: str, length: int, max_chars: int) -> SourceError:
    return SourceError(
        f"{source}: the article has {length:,} characters, more than the limit of "
        f"{max_chars:,} for one article — split it into articles"
    )


def _read_file(path: Path, max_bytes: int) -> Iterator[tuple[str, Document | SourceError]]:
    name = str(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        yield (
            name,
            SourceError(
                f"{path.name}: unknown file type {path.suffix or '(none)'} "
                "— use .txt, .html, .json or .jsonl"
            ),
        )
        return
    try:
        text = decode(_read_regular_file(path, max_bytes), path.name)
    except SourceError as error:
        yield name, error
        return
    except OSError as error:
        yield (
            name,
            SourceError(f"{path.name}: cannot read: {error.strerror or error} — check the file"),
        )
        return
    if not text.strip():
        yield name, SourceError(f"{path.name}: the file is empty — nothing to ingest")
        return
    yield from _parse(text, kind, name, path.name, path.resolve().as_uri())


# What a path may be instead of a file; reading a pipe waits for a writer, a device
# such as /dev/zero never ends: both are refused by their type, before a byte is read.
_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file (through any links) of at most ``max_bytes``."""
    # O_NONBLOCK: opening a pipe does not wait for a writer; fstat then tells what was opened
    fd = os.open(path, os.O_RDONLY | vars(os).get("O_NONBLOCK", 0))  # none on Windows
    with os.fdopen(fd, "rb") as file:
        status = os.fstat(fd)
        for is_kind, kind in _SPECIAL_FILES:
            if is_kind(status.st_mode):
                raise SourceError(f"{path.name}: {kind}, not a file — pass article files")
        size = status.st_size
        data = b"" if size > max_bytes else file.read(max_bytes + 1)
    if size > max_bytes or len(data) > max_bytes:
        raise SourceError(
            f"{path.name}: {max(size, len(data)):,} bytes is above the limit of {max_bytes:,} "
            "bytes — raise it with --max-bytes"
        )
    return data


def _parse(
    text: str, kind: str, name: str, source: str, locator: str
) -> Iterator[tuple[str, Document | SourceError]]:
    """The articles of one input's ``text`` read as ``kind``; ``source`` names them (a
    file's name or a URL), ``name`` the input in errors."""
    if kind == "txt":
        yield name, _checked(parse_text(text, source=source, locator=locator), source)
    elif kind == "html":
        from graph.sources.html import parse_html  # noqa: PLC0415

        try:
            yield name, _checked(parse_html(text, source=source, locator=locator), source)
        except Exception as error:  # noqa: BLE001 — malformed markup must not stop a batch
            yield (
                name,
                SourceError(f"{source}: cannot read the HTML ({error}) — is it a web page?"),
            )
    elif kind == "json":
        try:
            data = _json_value(text, source, "fix or remove the file")
        except SourceError as error:
            yield name, error
            return
        items = data if isinstance(data, list) else [data]
        for n, item in enumerate(items, 1):
            one = source if len(items) == 1 else f"{source}#{n}"
            loc = locator if len(items) == 1 else f"{locator}#{n}"
            yield one, _from_object(item, one, loc)
    else:
        # JSON Lines are split at \n only: U+2028, U+2029 and other line breaks of
        # str.splitlines() may stand inside a JSON string
        for n, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            one = f"{source}#{n}"
            try:
                item = _json_value(line, one, "the other lines are read; fix or remove this one")
            except SourceError as error:
                yield one, error
                continue
            yield one, _from_object(item, one, f"{locator}#{n}")


# What a server's content type says an answer is; anything else is read by the
# address's file suffix, else as a web page.
CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
    "application/json": "json",
    "application/ld+json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
}


def _read_url(url: str, max_bytes: int) -> Iterator[tuple[str, Document | SourceError]]:
    """The articles at a web address: the page (or text, JSON or JSON Lines) the server
    sends, named by the address."""
    from urllib.parse import urlsplit  # noqa: PLC0415

    from graph.sources.web import fetch  # noqa: PLC0415

    try:
        data, content_type, charset = fetch(url, max_bytes)
        text = _decode_answer(data, charset, url)
    except SourceError as error:
        yield url, error
        return
    if not text.strip():
        yield url, SourceError(f"{url}: the answer is empty — nothing to ingest")
        return
    suffix = Path(urlsplit(url).path).suffix.lower()
    kind = CONTENT_TYPES.get(content_type) or SUFFIXES.get(suffix, "html")
    yield from _parse(text, kind, url, url, url)


def _decode_answer(data: bytes, charset: str | None, url: str) -> str:
    """The answer's text in the charset the server names, else as a file is decoded."""
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return clean_text(data.decode(charset))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset: guess as for a file
    return decode(data, url)


def _json_value(text: str, where: str, advice: str) -> object:
    """Parsed JSON; a SourceError naming ``where`` (a file or feed line) if it is not."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        line = f"line {error.lineno}, " if error.lineno > 1 else ""
        problem = f"{error.msg} ({line}column {error.colno})"
    except RecursionError:
        problem = "nested too deeply"
    except ValueError as error:  # e.g. an integer with thousands of digits
        problem = str(error).split(";")[0]
    raise SourceError(f"{where}: invalid JSON: {problem} — {advice}")


def _checked(document: Document, name: str) -> Document | SourceError:
    if not document.text.strip():
        return SourceError(f"{name}: no article text found — is it an article page?")
    return document


def _from_object(item: object, source: str, locator: str) -> Document | SourceError:
    from graph.sources.language import detect_language  # noqa: PLC0415
    from graph.sources.text import dateline_agency, find_dateline  # noqa: PLC0415

    if (
        not isinstance(item, dict)
        or not isinstance(item.get("text"), str)
        or not item["text"].strip()
    ):
        return SourceError(f'{source}: a JSON article needs a non-empty "text" field')

    def field(key: str) -> str | None:
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        return _valid_text(str(value)).strip() if value not in (None, "") else None

    text = _valid_text(item["text"])
    published = field("published") or field("date") or field("datePublished")
    language = (field("language") or "")[:2].lower() or detect_language(text)
    place, dated = find_dateline(text, language)
    return Document(
        text=text,
        source=source,
        locator=locator,
        title=field("title") or field("headline"),
        published=_published(published, language) if published else dated,
        publisher=field("publisher") or dateline_agency(text),
        author=field("author"),
        place=field("place") or place,
        language=language,
        url=field("url"),
        format="json",
    )


def _published(value: str, language: str | None) -> str | None:
    """A feed's date of publication, as precise as it is written in any language ("September
    2018" in a Spanish feed is 2018-09); the article's language wins a tie."""
    from graph.extract.dates import parse_date  # noqa: PLC0415

    readings = [parse_date(value, language, partial=True), parse_date(value, partial=True)]
    return max((r for r in readings if r), key=len, default=None)


def _valid_text(value: str) -> str:
    """``value`` cleaned like a decoded file, lone surrogates (JSON allows ``"\\ud800"``)
    replaced by U+FFFD: no store or file could hold them, as they have no UTF-8 form.
    """
    return clean_text(value.encode("utf-16", "surrogatepass").decode("utf-16", "replace"))


def document_from_text(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    language: str | None = None,
    source: str | None = None,
) -> Document:
    """A Document from a string (the API's ``ingest_text``); metadata given wins over parsing."""
    if not text or not text.strip():
        raise SourceError("the text is empty — nothing to ingest")
    text = _valid_text(text)
    title = _valid_text(title) if title else title
    if len(text) > MAX_ARTICLE_CHARS:
        raise _too_long(source or "the text", len(text), MAX_ARTICLE_CHARS)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    name = source or f"text-{digest}"
    if title is None:
        document = parse_text(text, source=name, locator=f"urn:mekg:text:{name}")
    else:
        from graph.sources.language import detect_language  # noqa: PLC0415

        document = Document(
            text=text,
            source=name,
            locator=f"urn:mekg:text:{name}",
            language=detect_language(text),
            format="text",
        )
    return replace(
        document,
        title=title or document.title,
        published=published or document.published,
        language=language or document.language,
    )


__all__ = ["document_from_text", "iter_documents", "SourceError"]
