"""The command palette offers every action a key does, named as in the footer and help."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from workbench.app.screens.help import key_label


class WorkbenchCommands(Provider):
    """Every binding active on the screen the palette was opened from."""

    def _commands(self) -> Iterator[tuple[str, str, Any]]:
        seen: set[tuple[int, str]] = set()
        for active in self.screen.active_bindings.values():
            binding, node = active.binding, active.node
            if binding.system or not binding.id or (id(node), binding.action) in seen:
                continue
            seen.add((id(node), binding.action))
            name = binding.description or binding.action
            # the key as the help names it: "]", not Textual's "right_square_bracket"
            keys = binding.key_display or key_label(binding.key)
            help_text = f"{binding.tooltip} ({keys})" if binding.tooltip else keys
            yield name, help_text, partial(self.app.run_action, binding.action, node)
        extra = getattr(self.app, "extra_commands", None)
        if extra is not None:
            yield from extra()

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = max(matcher.match(name), matcher.match(help_text) * 0.8)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
