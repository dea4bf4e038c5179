"""Failures as one line: a core error inside a command (exit 1), and a full disk, which is
not a bug (`main` says it in words, not as an unexpected error)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any

from workbench.cli.output import UserError


def core_errors(fn: Callable) -> Callable:
    """Run a command, showing any core error as one line on stderr with exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from workbench.store import StoreError

        try:
            return fn(*args, **kwargs)
        except StoreError as exc:
            raise UserError(str(exc)) from exc
        except Exception as exc:
            # Only a command that loaded the parse can have missed its model: a command
            # that only reads is not made to import it (0.18 CPU s) to catch it.
            model = sys.modules.get("workbench.parse.model")
            if model is not None and isinstance(exc, model.ModelMissingError):
                raise UserError(str(exc)) from exc
            raise

    return wrapper


DISK_FULL = (
    "no space left on the disk: the database could not be written; what was saved before "
    "stays (an ingest keeps the articles it stored, and adds only the rest when run "
    "again): free some space and run the command again"
)


def disk_full(exc: BaseException) -> bool:
    """Whether a failure is a full disk: SQLite's "database or disk is full" (an ingest on
    a full disk was an "unexpected OperationalError ... set WORKBENCH_DEBUG=1"), or an OS
    write's ENOSPC or EDQUOT."""
    import errno
    import sqlite3

    if isinstance(exc, sqlite3.OperationalError):
        code = getattr(exc, "sqlite_errorcode", None)
        return code == sqlite3.SQLITE_FULL or "disk is full" in str(exc)
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)
