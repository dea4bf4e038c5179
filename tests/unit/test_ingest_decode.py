"""Decoding: UTF-8 with or without BOM, other encodings detected (charset-normalizer) with
a warning that `ingest` prints, binary refused."""

from __future__ import annotations

import codecs
import json

import pytest
import sqlite_utils
from click.testing import CliRunner

from workbench.cli import cli
from workbench.ingest.decode import DecodeError, decode, normalise


def test_utf8_with_and_without_bom_decode_the_same():
    text = "Nicolás said “yes”.\r\nSecond line.\r"
    plain = decode(text.encode("utf-8"))
    bom = decode(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert plain.text == bom.text == "Nicolás said “yes”.\nSecond line.\n"
    assert plain.warning is None and bom.warning is None


def test_text_is_nfc():
    decomposed = "Guaido\u0301"  # o + combining acute accent
    assert decode(decomposed.encode()).text == "Guaidó"


def test_a_legacy_encoding_is_detected_with_a_warning_naming_the_bytes():
    decoded = decode("Caf\u00e9 \u201cquoted\u201d \u2014 done.".encode("cp1252"))
    assert decoded.text == "Café “quoted” — done."
    # Short Latin text reads as well in several code pages: the commonest listed wins.
    assert decoded.encoding == "cp1252"
    assert "not valid UTF-8 (4 bytes at offsets 3, 5, 12, 14)" in decoded.warning


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_spanish_in_latin1_keeps_its_letters(encoding):
    """It reads as cleanly in cp1250, where ñ is ń: the tie goes to the commoner code page."""
    text = "La policía añadió que 27 personas fueron detenidas en la región el lunes."
    decoded = decode(text.encode(encoding))
    assert decoded.text == text and decoded.encoding == "cp1252"


def test_ingest_prints_what_the_decoder_guessed(tmp_path):
    from click.testing import CliRunner

    from workbench.cli import cli

    (tmp_path / "es.txt").write_bytes("Según la policía, 27 personas, añadió.".encode("latin-1"))
    db = tmp_path / "x.db"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), str(tmp_path / "es.txt")])
    assert result.exit_code == 0, result.output
    assert (
        "warning: " in result.output
        and "es.txt: not valid UTF-8 (4 bytes at offsets 3, 14, 32, 36)" in (result.output)
    )
    assert "read as cp1252" in result.output


def test_cyrillic_in_cp1251_is_detected():
    text = "Полиция задержала 27 человек в понедельник, сообщили власти города. " * 3
    decoded = decode(text.encode("cp1251"))
    assert decoded.text == text and decoded.encoding == "cp1251"


def test_damaged_utf8_is_read_as_utf8_and_the_replaced_bytes_are_named():
    data = "Café déjà vu, naïve. ".encode() * 3 + b"\xff broken"
    decoded = decode(data)
    assert decoded.encoding == "utf-8" and decoded.text.endswith("\ufffd broken")
    assert decoded.warning == "not valid UTF-8: 1 byte at offset 75 replaced with \ufffd"


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


def test_c1_controls_are_the_cp1252_characters_a_latin1_reading_left(tmp_path):
    """A JSON record whose quotes and apostrophes came through Latin-1 as C1 controls is
    stored with cp1252's characters; the codes cp1252 leaves undefined stay."""
    assert normalise("the officer\x92s \x93two\x94 shots \x97 \x95 \x81") == (
        "the officer’s “two” shots — • \x81"
    )
    feed = tmp_path / "feed.jsonl"
    record = {"text": "Police said the man\x92s two sons were shot.", "published": "2016-01-02"}
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = tmp_path / "c1.db"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), str(feed)])
    assert result.exit_code == 0, result.output
    assert sqlite_utils.Database(db)["sources"].get(1)["text"] == (
        "Police said the man’s two sons were shot."
    )
