"""Bytes → text: BOMs, UTF-8, legacy encodings; binary files are refused."""

from __future__ import annotations

import codecs
import unicodedata

from graph.errors import SourceError

_MAGIC = (b"\x89PNG", b"PK\x03\x04", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"BZh", b"\x7fELF")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, name: str = "input") -> str:
    """Decode an article file; SourceError for binary content."""
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            break
    if text is None:
        if data.startswith(_MAGIC) or b"\x00" in data[:4096]:
            raise SourceError(f"{name}: binary file, not text — pass articles as .txt, .html or .json")
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
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return unicodedata.normalize("NFC", text)
