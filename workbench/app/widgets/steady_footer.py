"""Textual's Footer, rebuilt only when the keys it shows change."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Footer rebuilds all its key widgets whenever the screen says its bindings may have
    changed: at every focus change (three times while the app starts on the review
    screen, ~0.1 s of CPU each). Most leave the shown keys as they were: then this one
    keeps its widgets."""

    _shown: Any = None
    """What the keys on show say (see `_keys`), as last composed."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # The screen's keys are known when the footer is composed (with the screen, before
        # its first frame): Footer would wait for the first focus change and then mount its
        # keys, laying the screen out and painting it once more.
        self.set_reactive(Footer._bindings_ready, True)

    def _keys(self) -> tuple[Any, ...]:
        """Everything `Footer.compose` reads of the bindings (a Binding compares by value)."""
        return (
            *(
                (binding, enabled, tooltip)
                for _, binding, enabled, tooltip in self.screen.active_bindings.values()
                if binding.show or binding.action == "command_palette"
            ),
            frozenset(left_out(self.screen)),
        )

    def bindings_changed(self, screen: Screen) -> None:
        keys = self._keys() if self.is_attached and screen is self.screen else None
        if self._bindings_ready and keys is not None and keys == self._shown:
            return  # composed already, or about to be: the same keys
        super().bindings_changed(screen)
        if keys is not None and screen.app.app_focus:
            self._shown = keys  # Footer asked for a recompose: these keys are on their way

    def compose(self) -> Any:
        if self._bindings_ready:
            self._shown = self._keys()
        return super().compose()


def left_out(screen: Screen) -> set[str]:
    """The actions the screen's footer leaves out where it is now (`footer_left_out`): the
    conflict list's verdict keys over the claim list, where they only say they do not apply
    (walk31: "1/a Side 1 2/b Side 2 V Verdict ... B Below threshold" above every claim)."""
    asked = getattr(screen, "footer_left_out", None)
    return set(asked()) if callable(asked) else set()


SPARE_ACTIONS = (
    "previous_claim",
    "next_claim",
    "open_url",
    "sort",
    "toggle_below",
    "switch_pane",
    "filter",
    "note",
    "undo",
    "quit",
)
"""Footer keys left off, in this order, while the footer is too narrow for every key:
each stays in the help (?) and the palette. "? Help" is never left off: at 120 columns
the footer was cut after "w Pan", and the key that lists the rest was never seen. A
pane's `[` and `]` go first: its border already says "[ ] step" (with a pane focused at
80 columns they pushed the footer past its edge, cut at "n Ne")."""

PALETTE_ROOM = 13
"""Columns the palette's key takes at the footer's right end ("▏^p palette")."""


def kept_actions(keys: list[tuple[str, str, str]], width: int) -> set[str]:
    """The actions whose keys the footer shows at `width` columns: `keys` are (action,
    key as shown, description), one per action; each takes its text and three cells."""
    cost = {action: len(shown) + len(words) + 3 for action, shown, words in keys}
    kept = set(cost)
    total = sum(cost.values())
    for action in SPARE_ACTIONS:
        if total <= width - PALETTE_ROOM:
            break
        if action in kept:
            kept.discard(action)
            total -= cost[action]
    return kept


class FittedFooter(SteadyFooter):
    """The footer with only the keys that fit its width (see `SPARE_ACTIONS`): Textual's
    cuts the row at the edge, whatever is there."""

    _kept: set[str] | None = None

    def _footer_keys(self) -> list[tuple[str, str, str]]:
        seen: dict[str, tuple[str, str, str]] = {}
        for _, binding, _enabled, _tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in seen:
                shown = self.app.get_key_display(binding)
                seen[binding.action] = (binding.action, shown, binding.description)
        return list(seen.values())

    def _width(self) -> int:
        return self.size.width or self.app.size.width

    def compose(self) -> Any:
        from textual.widgets._footer import FooterKey

        widgets = list(super().compose())  # inside Textual's compose, as Footer's own are
        if not self._bindings_ready:
            return
        absent = left_out(self.screen)
        keys = [key for key in self._footer_keys() if key[0] not in absent]
        self._kept = kept_actions(keys, self._width())

        def palette(widget: Any) -> bool:
            return widget.has_class("-command-palette")

        shown = [
            w
            for w in widgets
            if not isinstance(w, FooterKey) or palette(w) or w.action in self._kept
        ]
        keys = [w for w in shown if isinstance(w, FooterKey) and not palette(w)]
        self.styles.grid_size_columns = len(keys)
        for key in keys:
            # A FooterKey is made compact and bound to the footer's (not compact): its styles
            # were applied three times as it mounted, 23 keys at each switch of lists
            # (walk40). Made as the footer is, its watcher changes nothing. (The palette's
            # key is not bound: compact it stays.)
            key.set_reactive(FooterKey.compact, self.compact)
        yield from shown

    def on_resize(self) -> None:
        """A width that shows more or fewer keys composes the footer again."""
        kept = self._kept
        if kept is None or not self.is_attached:
            return
        absent = left_out(self.screen)
        keys = [key for key in self._footer_keys() if key[0] not in absent]
        if kept_actions(keys, self._width()) != kept:
            self.refresh(recompose=True)
