"""Opening an article's original address in the system's browser, when there is one.

Over SSH or on a machine without a desktop there is no browser to open: the caller then
shows the address instead. Only http(s) addresses are ever handed to an opener (the
address comes from the article's metadata, which is untrusted). Never imports Textual.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from urllib.parse import urlsplit

OPENERS = ("xdg-open", "wslview", "gio")


def openable(url: str | None) -> bool:
    """An http or https address with a host: nothing else is handed to an opener."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc) and url.isprintable()


def system_opener() -> list[str] | None:
    """The command that opens an address in this machine's browser, or None (no desktop)."""
    if sys.platform == "darwin":
        return ["open"] if shutil.which("open") else None
    if sys.platform.startswith("win"):
        return None  # os.startfile, below
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return None  # a terminal over SSH: a browser here would open on nobody's screen
    for name in OPENERS:
        path = shutil.which(name)
        if path:
            return [path, "open"] if name == "gio" else [path]
    return None


def open_url(url: str) -> bool:
    """Hand `url` to the system's opener; True when one took it (it runs on its own)."""
    if not openable(url):
        return False
    if sys.platform.startswith("win"):
        os.startfile(url)  # type: ignore[attr-defined]
        return True
    command = system_opener()
    if command is None:
        return False
    try:
        subprocess.Popen(
            [*command, url.strip()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return False
    return True
