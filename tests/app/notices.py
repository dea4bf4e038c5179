"""The app's notices as a test reads them: every one kept, and waited for by state, not time.

Textual's own list (`app._notifications`) holds a notice only once its message has been
handled, and drops it when its timeout passes (2 to 3 s for most of ours): on a loaded
machine (load 20-30) a test read it before it was there or after it had gone. The
`kept_notices` fixture (conftest) keeps every message the app was asked to show, at the
call, in order.
"""

from __future__ import annotations

import time
from collections.abc import Callable

PATIENCE_S = 60.0
"""How long a test waits for a state it expects, in wall seconds: ample under any load,
and spent only by a test that is failing anyway."""


def said(app) -> list[str]:
    """Every notice the app was asked to show, oldest first (none is forgotten)."""
    return list(getattr(app, "said_in_test", []))


def keeping(notify: Callable) -> Callable:
    """`App.notify` that also keeps the message on the app (`said`)."""

    def notify_and_keep(self, message, *args, **kwargs):
        self.__dict__.setdefault("said_in_test", []).append(str(message))
        return notify(self, message, *args, **kwargs)

    return notify_and_keep


def keeping_said(say: Callable) -> Callable:
    """`Said.say` (a dialog's own line for its notices) that also keeps the message on the
    app, as `keeping` does a toast's."""

    def say_and_keep(self, message, *args, **kwargs):
        self.app.__dict__.setdefault("said_in_test", []).append(str(message))
        return say(self, message, *args, **kwargs)

    return say_and_keep


async def until(pilot, condition: Callable[[], object], seconds: float = PATIENCE_S) -> bool:
    """Let the app run (its workers and its database calls too) until `condition()` holds;
    whether it did. A state a key leads to arrives when the machine gets round to it."""
    from conftest import settle

    ends = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > ends:
            return bool(condition())
        await settle(pilot.app, pilot)
    return True


async def heard(pilot, test: Callable[[str], bool]) -> bool:
    """Whether the app said something `test` accepts, waiting for it as `until` does."""
    return await until(pilot, lambda: any(test(m) for m in said(pilot.app)))
