"""Bytes to text: refuse what is not text, decode what is, and say when we had to guess.

The raw bytes are never changed here; only the decoded copy is normalised (newlines,
NFC) because every offset downstream points into that copy.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass


class DecodeError(ValueError):
    """The input is not usable text (empty, binary); the message is the reason."""


# Magic numbers of formats people are likely to point the tool at by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
_SNIFF = 8192
# Control characters that never occur in text (tab, newlines, form feed and ESC aside).
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27}


@dataclass(slots=True)
class Decoded:
    text: str
    """Decoded, NFC, `\\n` line endings."""
    encoding: str
    warning: str | None = None


def normalise(text: str) -> str:
    """NFC and `\\n` line endings: the form every offset in the database refers to."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def decode(data: bytes) -> Decoded:
    """Decode article bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else cp1252 with a warning."""
    if not data.strip():
        raise DecodeError("empty file")
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _finish(data.decode(codec), codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid UTF-16 ({exc.reason})") from exc
    _refuse_binary(data)
    try:
        return _finish(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; latin-1 maps every byte, so it is the last resort.
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        return _finish(text, codec, f"not valid UTF-8; read as {codec}, check the accents")
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _finish(text: str, encoding: str, warning: str | None = None) -> Decoded:
    text = normalise(text)
    if not text.strip():
        raise DecodeError("empty file")
    return Decoded(text=text, encoding=encoding, warning=warning)


def _refuse_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"binary file ({what}), not text")
    head = data[:_SNIFF]
    if b"\x00" in head:
        raise DecodeError("binary file (contains NUL bytes), not text")
    controls = sum(1 for b in head if b in _CONTROL)
    if controls > max(4, len(head) // 100):
        raise DecodeError("binary file (control characters), not text")
