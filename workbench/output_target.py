"""Where an export or a report is written: a file is written whole (a temporary file
beside it, then a rename), but a device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO) is
written in place. Renaming onto a device replaces it with a plain file: run as root,
`export -o /dev/null --force` once turned the machine's /dev/null into a file."""

from __future__ import annotations

import stat
from pathlib import Path


def is_stream(path: Path) -> bool:
    """An existing target that is neither a plain file nor a folder: nothing to replace,
    nothing half-written to fear, and no --force needed to write to it."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
