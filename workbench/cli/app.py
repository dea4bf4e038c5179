"""`workbench` with no subcommand: open the reviewer's app.

Textual is imported only here, inside the function, so every other command starts
without it.
"""

from __future__ import annotations

from pathlib import Path

from workbench.cli import UserError, check_db_path, refresh_if_stale, resolve_db


def open_app(db_path: Path | None, reviewer: str) -> None:
    """Check the database opens (one clear line if not), bring its analysis up to date
    (a progress bar on the terminal, before the app takes the screen), then run the app."""
    from workbench.store import Store, StoreError
    from workbench.store.schema import can_write

    path = resolve_db(db_path)
    check_db_path(path)
    if path.exists() and not can_write(path):  # "this command writes to it" told no way on
        raise UserError(
            f"{path}: read-only, and the app saves each decision to it: copy it where you "
            f"may write, or read it as it is with `workbench conflicts --db {path}` or "
            f"`workbench report --db {path}`"
        )
    try:
        Store(path).close()
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(f"{path}: cannot open ({exc.strerror or exc})") from exc
    refresh_if_stale(path)

    from workbench.app import create_app

    create_app(path, reviewer).run()
