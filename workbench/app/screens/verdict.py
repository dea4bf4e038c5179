"""The verdict dialog (`V`): every answer to a conflict in one list, with its note."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from workbench.app.format import Side, side_texts
from workbench.app.screens.dialog import Dialog
from workbench.app.text import one_line
from workbench.app.widgets import Choice, ChoiceSet
from workbench.app.widgets.hint import Hint
from workbench.app.widgets.said import Said
from workbench.models import VERDICT_LABELS


@dataclass(frozen=True, slots=True)
class VerdictChoice:
    """The answer picked: a verdict, the side (from 0) with "right", and the note."""

    verdict: str
    side: int | None
    note: str


class VerdictDialog(Dialog[VerdictChoice | None]):
    """Arrows pick an answer, enter saves it (and the note when changed); escape: nothing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="verdict.cancel", tooltip="Decide nothing"),
        Binding("ctrl+s", "save", "Save", id="verdict.save", tooltip="Save the verdict"),
    ]

    def __init__(
        self,
        sides: list[Side],
        current: str | None,
        note: str | None,
        *,
        role: str | None = None,
        update: bool = False,
    ) -> None:
        super().__init__()
        self.sides = sides
        self.role = role
        """The finding's role: a side counting none says "none arrested"."""
        self.update = update
        """An update (one figure that changed between reports): titled so, as the list
        calls it, not "conflict" (walk42)."""
        self.current = current
        """The reviewer's standing answer ("right:1", "cant_tell"…), chosen on opening."""
        self.note = note or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="verdict-dialog", classes="dialog"):
            what = "update" if self.update else "conflict"
            yield Static(f"Verdict on this {what}", classes="title")
            with ChoiceSet(id="verdict-choice"):
                # "Teen (injured 1)", when roles differ
                texts, _ = side_texts(self.sides, self.role)
                for i, side in enumerate(self.sides):
                    label = Text(f"{i + 1}  right: {one_line(texts[i], 40)}", end="")
                    label.append(f"  ({one_line(', '.join(side.sources), 40)})", "dim")
                    name = f"right:{i}"
                    yield Choice(label, value=name == self.current, name=name)
                for verdict in ("both_wrong", "changed", "not_conflict", "cant_tell"):
                    yield Choice(
                        VERDICT_LABELS[verdict], value=verdict == self.current, name=verdict
                    )
            yield Input(self.note, placeholder="note on the conflict (optional)", id="verdict-note")
            yield Said()
            yield Hint("arrows: pick · enter: save · tab: note · escape: cancel")

    def on_mount(self) -> None:
        self.query_one("#verdict-choice", ChoiceSet).focus()

    @on(Input.Submitted)
    @on(ChoiceSet.Chosen)
    def action_save(self) -> None:
        pressed = self.query_one("#verdict-choice", ChoiceSet).pressed_button
        if pressed is None:
            self.notify("Pick an answer first (arrows).", markup=False)
            self.query_one("#verdict-choice", ChoiceSet).focus()
            return
        name = str(pressed.name)
        verdict, _, side = name.partition(":")
        self.dismiss(
            VerdictChoice(
                verdict, int(side) if side else None, self.query_one("#verdict-note", Input).value
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
