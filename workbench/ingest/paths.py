"""Finding the articles a user named: files as given, folders walked, odd files refused.

A named pipe or a device would block a read forever (while the write lock is held), so
only regular files are read; what a folder holds besides articles is reported, not read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.ingest.formats import EXTENSIONS
from workbench.ingest.prepare import IngestError, readable_name

if TYPE_CHECKING:
    from workbench.ingest.report import IngestReport


def expand_paths(paths: Iterable[str | Path], report: IngestReport | None = None) -> list[str]:
    """Files as named, folders walked (sorted, hidden entries skipped), `-` kept for stdin."""
    out: list[str] = []
    for raw in paths:
        name = str(raw)
        if name == "-":
            out.append(name)
            continue
        path = Path(name)
        if path.is_dir():
            found = list(_walk(path, report))
            if not found:
                kinds = ", ".join(sorted(EXTENSIONS))
                raise IngestError(name, f"no readable articles in this folder (looked for {kinds})")
            out.extend(found)
        elif path.is_file():
            out.append(name)
        elif path.exists():
            raise IngestError(name, f"not a regular file ({_kind(path)})")
        else:
            raise IngestError(name, "no such file or directory")
    return out


def _walk(folder: Path, report: IngestReport | None) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = os.path.join(root, name)
            if Path(name).suffix.lower() in EXTENSIONS:
                if Path(full).is_file():
                    yield full
                elif report is not None:  # a FIFO would block the read forever
                    report.warnings.append(
                        f"{readable_name(full)}: skipped, not a regular file ({_kind(full)})"
                    )
            elif report is not None:
                report.ignored.append(readable_name(os.path.join(root, name)))


def _kind(path: str | Path) -> str:
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return exc.strerror or "unreadable"
    for test, kind in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return kind
    return "not a file"
