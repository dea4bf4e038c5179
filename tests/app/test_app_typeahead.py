"""Keys typed while a stale database is re-analysed, before the app takes the screen, are
dropped: they used to wait in the terminal and reach the app as a verdict given blind."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import shutil
import struct
import sys
import termios
import time

from notices import PATIENCE_S

import workbench.pipeline
from workbench.cli import refresh_if_stale
from workbench.pipeline import ANALYSIS_VERSION_KEY
from workbench.store import Store


def _pending(fd: int, wait: float = 0) -> bool:
    return bool(select.select([fd], [], [], wait)[0])


def _unread(fd: int) -> int:
    return struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0" * 4))[0]


def _arrived(fd: int, count: int) -> None:
    """A pty hands written bytes to its line discipline a moment later: wait until
    `count` of them wait to be read."""
    deadline = time.monotonic() + PATIENCE_S
    while _unread(fd) < count:
        assert time.monotonic() < deadline, _unread(fd)
        time.sleep(0.005)


def test_keys_typed_during_the_reanalysis_never_reach_the_app(
    sample_db_file, tmp_path, monkeypatch, capsys
):
    path = tmp_path / "stale.db"
    shutil.copy(sample_db_file, path)
    with Store(path) as store:
        store.set_meta(ANALYSIS_VERSION_KEY, "an older version")
    typist, terminal = pty.openpty()
    ran = []

    def analyze(store, progress=None, upgrade=False):  # the long run; the reviewer types "1", Enter
        ran.append(termios.tcgetattr(terminal)[3] & termios.ECHO)
        while _pending(typist):  # the echo of what was typed before
            os.read(typist, 1024)
        os.write(typist, b"1\r")
        _arrived(terminal, 4)  # "a\n1\n", typed and waiting to be read
        assert not _pending(typist)  # not echoed over the bar
        return workbench.pipeline.AnalysisSummary()

    monkeypatch.setattr(workbench.pipeline, "analyze", analyze)
    with os.fdopen(terminal, "r", closefd=False) as stdin:
        monkeypatch.setattr(sys, "stdin", stdin)
        os.write(typist, b"a\r")  # typed before the bar was drawn
        _arrived(terminal, 2)
        refresh_if_stale(path)
        assert ran == [0]
        assert not _pending(terminal)  # nothing left for the app to read
        assert termios.tcgetattr(terminal)[3] & termios.ECHO  # the terminal as it was
        os.write(typist, b"q\r")  # keys typed once the app is up still arrive
        assert _pending(terminal, wait=5)
    os.close(typist)
    os.close(terminal)
    assert "keys typed now are ignored" in capsys.readouterr().err


async def test_a_key_read_before_the_first_frame_is_dropped(review_db):
    """On a real terminal, a key typed before the app was on screen (during the
    re-analysis, whose line says keys are ignored, or while the app loaded) waited for
    the main screen and gave a verdict there; keys after the first frame still work."""
    from conftest import settle
    from textual import events

    from workbench.app import create_app

    app = create_app(review_db, "alice")
    app.hold_early_keys = True  # as on a terminal (Pilot runs headless)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        assert app._first_frame_at is not None
        early = events.Key("1", "1")
        early.time = app._first_frame_at - 0.5  # read while nothing was on screen
        app.post_message(early)
        await settle(app, pilot)
        with Store(review_db) as store:
            assert store.verdict_log() == []
        await pilot.press("1")
        await settle(app, pilot)
        with Store(review_db) as store:
            assert [v.verdict for v in store.verdict_log()] == ["right"]
