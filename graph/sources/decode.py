"""Bytes → text: BOMs, UTF-8, legacy encodings; binary files are refused."""

from __future__ import annotations

import codecs
import re
import unicodedata

from graph.errors import SourceError

# File signatures of formats people mistake for articles (images, archives, PDFs, programs).
_MAGIC = (
    b"\x89PNG",
    b"PK\x03\x04",
    b"%PDF-",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
    b"7z\xbc\xaf",
    b"Rar!\x1a\x07",
)
# Text has next to no control characters; a file whose start is more than this share of
# them is binary, however it happens to decode.
_MAX_CONTROL_SHARE = 0.05
_SAMPLE_CHARS = 4096
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str = "input") -> str:
    """Decode an article file to NFC text with ``\\n`` line ends; SourceError for binary content.

    Never raises anything else, whatever the bytes.
    """
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            break
    if text is None:
        if data.startswith(_MAGIC) or b"\x00" in data[:_SAMPLE_CHARS]:
            raise _binary(name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # German, English and Spanish legacy files are nearly always Windows-1252/Latin-1;
            # guessing detectors misread short texts, so try that first.
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = None
        if text is None:
            try:
                from charset_normalizer import from_bytes  # noqa: PLC0415

                best = from_bytes(data).best()
                text = str(best) if best is not None else data.decode("cp1252", errors="replace")
            except ImportError:
                text = data.decode("cp1252", errors="replace")
    if _control_share(text[:_SAMPLE_CHARS]) > _MAX_CONTROL_SHARE:
        raise _binary(name)
    return clean_text(text)


# Control characters have no place in an article, and escape sequences would reach
# the terminal of whoever prints a label: page breaks become line breaks, the rest go.
_CONTROLS = {
    code: ("\n" if chr(code) in "\f\v" else None)
    for code in (*range(0x20), 0x7F, *range(0x80, 0xA0))
    if chr(code) not in "\t\n"
}

_TRANSLATED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """NFC text with ``\\n`` line ends and no control characters but tab and line break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _TRANSLATED.search(text):  # translate() looks up every character: rarely needed
        text = text.translate(_CONTROLS)
    return unicodedata.normalize("NFC", text)


def _binary(name: str) -> SourceError:
    return SourceError(f"{name}: binary file, not text — pass articles as .txt, .html or .json")


# Unicode category Cc (C0, DEL, C1) but tab, line and page breaks (U+0009 to U+000D)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_share(sample: str) -> float:
    """The share of control characters other than tabs, line and page breaks."""
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)
