"""Keys run in the order they were typed, and a key typed right after one that opens a
dialog lands in the dialog.

Textual sends each key on to the focused widget and runs its binding only when the key has
bubbled back up to the app; by then the next keys of a burst (fast typing, a loaded
machine, tmux's send-keys) have been sent on to the old focus. After `r` opened the rename
dialog, the title typed next went to a screen with no focus yet and was lost: the title
saved was what came after ("e" of "...title"); after `t` the story list's keys ran before
it had rows. Here a key that a binding of the focused chain takes runs at once, when the
app first reads it, as the bubbling would have run it, and an action that opens a dialog
awaits the dialog's mounting (its input focused), so the next key is read after that.
While a text input has the focus its letters are typed, and so do the keys that come before a
screen is mounted. The input's own keys (backspace, ctrl+u, the arrows) would also have
run only on their way back, after the letters typed behind them: ctrl+u then a title wiped
the title, a backspace took the wrong letter. They are queued on the input itself, behind
the keys it already has, so it takes each key in the order typed.

Keys read before the first frame is on screen are dropped: typed while a stale database
was re-analysed or while the app loaded, under a screen that said "keys typed now are
ignored", they reached the main screen once it mounted, a verdict given blind.
"""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.widgets import Input, TextArea


class KeysInOrder(App[None]):
    """An app whose bindings run in the order their keys were read."""

    hold_early_keys: bool | None = None
    """Drop keys read before the first frame; None: on a real terminal only (a test's
    Pilot presses keys as soon as the app runs, and is never typing blind)."""
    _first_frame_at: float | None = None
    """When the first frame was on screen (the clock of `Message.time`)."""

    def _typed_blind(self, event: events.Key) -> bool:
        hold = self.hold_early_keys
        if hold is None:
            hold = not self.is_headless
        return hold and (self._first_frame_at is None or event.time < self._first_frame_at)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Ready):
            self._first_frame_at = event.time
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._typed_blind(event):
                return
            self.app_focus = True  # as Textual sets it for any key (a dialog focuses on it)
            typing = isinstance(self.focused, Input | TextArea)
            if typing and self._queue_on_input(event.key):
                return
            # A screen not mounted yet has no widgets for its actions: the key goes to it
            # and waits there (keys typed while a stale database was re-analysed).
            if not typing and self.screen.is_mounted and await self._run_binding_now(event.key):
                return
        await super().on_event(event)

    async def _run_binding_now(self, key: str) -> bool:
        """Run the binding the focused chain has for `key`, if one is active and enabled:
        the one the key would have reached by bubbling. False: the key goes its usual way."""
        active = self.screen.active_bindings.get(key)
        if active is None or not active.enabled:
            return False
        return await self.run_action(active.binding.action, active.node)

    def _queue_on_input(self, key: str) -> bool:
        """Queue the focused input's own binding for `key` on the input, behind the letters
        sent to it before. False: not one of its keys (a letter, or the dialog's escape)."""
        active = self.screen.active_bindings.get(key)
        field = self.focused
        if active is None or field is None or active.node is not field or not active.enabled:
            return False
        field.call_later(self.run_action, active.binding.action, field)
        return True
