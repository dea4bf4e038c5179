"""Keys typed while the app is not on screen yet are dropped, not queued for it.

Before the app opens, a stale database is re-analysed with a progress bar on the
terminal; that can take minutes. A key typed meanwhile ("1", or "i" while waiting)
stayed in the terminal's input buffer and reached the app once it took the screen: a
verdict given blind, on a conflict never seen. While the bar runs, typed keys are not
echoed (they would scribble over it) and are discarded when it ends; ctrl+c still stops
the run (the terminal still turns it into a signal).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

HELD_WORDS = "keys typed now are ignored; ctrl+c stops"
"""What the screen says about keys while they are held."""


def _terminal_fd() -> int | None:
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):  # no stdin, or a test's stand-in
        return None
    return fd if sys.stdin.isatty() else None


@contextmanager
def keys_held() -> Iterator[None]:
    """Inside: the terminal neither echoes keys nor gives them to anyone later; on the
    way out every key typed inside is discarded and the terminal is as it was."""
    fd = _terminal_fd()
    if fd is None:
        yield
        return
    import termios

    saved: list[Any] = termios.tcgetattr(fd)
    quiet = termios.tcgetattr(fd)
    quiet[3] &= ~(termios.ECHO | termios.ICANON)  # lflag: no echo, no line editing
    termios.tcsetattr(fd, termios.TCSADRAIN, quiet)
    try:
        yield
    finally:
        # TCSAFLUSH: restore, and throw away whatever was typed and not yet read.
        termios.tcsetattr(fd, termios.TCSAFLUSH, saved)
