"""Decoding: UTF-8 with or without BOM, a cp1252 fallback that warns, binary refused."""

from __future__ import annotations

import codecs

import pytest

from workbench.ingest.decode import DecodeError, decode


def test_utf8_with_and_without_bom_decode_the_same():
    text = "Nicolás said “yes”.\r\nSecond line.\r"
    plain = decode(text.encode("utf-8"))
    bom = decode(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert plain.text == bom.text == "Nicolás said “yes”.\nSecond line.\n"
    assert plain.warning is None and bom.warning is None


def test_text_is_nfc():
    decomposed = "Guaido\u0301"  # o + combining acute accent
    assert decode(decomposed.encode()).text == "Guaidó"


def test_cp1252_falls_back_with_a_warning():
    decoded = decode("Caf\u00e9 \u201cquoted\u201d \u2014 done.".encode("cp1252"))
    assert decoded.text == "Café “quoted” — done."
    assert decoded.encoding == "cp1252"
    assert "not valid UTF-8" in decoded.warning


def test_utf16_with_bom_is_text_not_binary():
    decoded = decode("Hello, world.".encode("utf-16"))
    assert decoded.text == "Hello, world."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"abc\x00def", "NUL bytes"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (bytes(range(1, 9)) * 10, "control characters"),
    ],
)
def test_refuses_empty_and_binary_input(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode(data)
