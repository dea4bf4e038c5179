"""Bytes to text: refuse what is not text, decode what is, and say when we had to guess.

The raw bytes are never changed here; only the decoded copy is normalised (newlines,
NFC) because every offset downstream points into that copy.
"""

from __future__ import annotations

import codecs
import re
import threading
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


# C1 control characters stand in text only when cp1252 bytes were read as Latin-1 on the
# way (a scraper's or an exporter's decoding): "\x92" was an apostrophe, "\x93"/"\x94"
# quotes, "\x97" a dash. Each is put back as the character cp1252 meant; the five codes
# cp1252 leaves undefined stay (and are shown escaped).
_C1_AS_CP1252 = {
    code: char
    for code in range(0x80, 0xA0)
    if (char := bytes([code]).decode("cp1252", errors="replace")) != "\ufffd"
}


def normalise(text: str) -> str:
    """NFC, `\\n` line endings and cp1252's characters for C1 controls: the form every
    offset in the database refers to."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_C1_AS_CP1252)
    return unicodedata.normalize("NFC", text)


def decode(data: bytes) -> Decoded:
    """Decode article bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else the encoding
    charset-normalizer detects, with a warning that says where the UTF-8 broke and which
    bytes (if any) could not be read in the detected encoding either."""
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
    not_utf8 = _bad_bytes(data, "utf-8")
    codec = _detect(data, len(not_utf8))
    replaced = not_utf8 if codec == "utf-8" else _bad_bytes(data, codec)
    text = data.decode(codec, errors="replace")
    if codec == "utf-8":
        warning = f"not valid UTF-8: {_where(not_utf8)} replaced with \ufffd"
    else:
        warning = f"not valid UTF-8 ({_where(not_utf8)}); read as {codec}, check the accents"
        if replaced:
            warning += f"; {_where(replaced)} unreadable in {codec} too, shown as \ufffd"
    return _finish(text, codec, warning)


# Encodings news text comes in besides UTF-8, the more common first; charset-normalizer
# chooses among these only (left free, it reads a stray byte in English text as Mac
# Icelandic), and of equally good readings the first listed wins.
_CANDIDATES = [
    "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "cp1253", "cp1254",
    "cp1255", "cp1256", "cp1257", "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr",
]  # fmt: skip
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def _detect(data: bytes, not_utf8: int) -> str:
    """UTF-8 when it mostly is (a damaged UTF-8 file: more good non-ASCII characters than
    bad bytes), else charset-normalizer's best guess, else cp1252."""
    good = len(_NON_ASCII.findall(data.decode("utf-8", errors="replace")))
    if good > not_utf8:
        return "utf-8"
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=_CANDIDATES))
    if not matches:
        return "cp1252"
    # Equally good readings (Spanish in latin-1 reads as cleanly in cp1250, where ñ is ń):
    # the code page listed first, the more common one, not the detector's arbitrary order.
    best = min((m.chaos, -m.coherence) for m in matches)
    tied = [
        encoding
        for m in matches
        if (m.chaos, -m.coherence) <= best
        for encoding in (m.encoding, *m.could_be_from_charset)  # the same text read alike
    ]
    return codecs.lookup(min(tied, key=_rank)).name


def _rank(encoding: str) -> int:
    name = codecs.lookup(encoding).name
    ranked = [codecs.lookup(c).name for c in _CANDIDATES]
    return ranked.index(name) if name in ranked else len(ranked)


_seen = threading.local()


def _collect(exc: UnicodeError) -> tuple[str, int]:
    """A codec error handler noting each undecodable byte (per thread)."""
    assert isinstance(exc, UnicodeDecodeError)
    _seen.offsets.extend(range(exc.start, exc.end))
    return "\ufffd", exc.end


codecs.register_error("workbench-collect", _collect)


def _bad_bytes(data: bytes, codec: str) -> list[int]:
    """Offsets of every byte `codec` cannot decode (one pass over the data)."""
    _seen.offsets = []
    data.decode(codec, errors="workbench-collect")
    return _seen.offsets


def _where(offsets: list[int]) -> str:
    shown = ", ".join(str(o) for o in offsets[:5]) + (", ..." if len(offsets) > 5 else "")
    plural = "s" if len(offsets) != 1 else ""
    return f"{len(offsets)} byte{plural} at offset{plural} {shown}"


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
