"""The review screen's keys, in one place: the footer, the help screen and the command
palette all read them from here (every binding has an id and a tooltip); the article
panes' keys too."""

from __future__ import annotations

from textual.binding import Binding, BindingType

SIDE_KEYS = "123456789"


def _side_bindings() -> list[BindingType]:
    """`1`..`9` (and `a`/`b` for the first two): that side of the conflict is right."""
    found: list[BindingType] = [
        Binding(
            "1,a",
            "verdict_side(0)",
            "Side 1",
            key_display="1/a",
            id="main.side_1",
            tooltip="Verdict: side 1 is right (its claims verified, the rest disputed)",
        ),
        Binding(
            "2,b",
            "verdict_side(1)",
            "Side 2",
            key_display="2/b",
            id="main.side_2",
            tooltip="Verdict: side 2 of the conflict is right",
        ),
    ]
    for n, key in enumerate(SIDE_KEYS[2:], start=2):
        found.append(
            Binding(
                key,
                f"verdict_side({n})",
                f"Side {n + 1}",
                show=False,
                id=f"main.side_{n + 1}",
                tooltip=f"Verdict: side {n + 1} of the conflict is right",
            )
        )
    return found


MAIN_BINDINGS: list[BindingType] = [
    *_side_bindings(),
    Binding(
        "y",
        "verdict_this_side",
        "This side",
        show=False,
        id="main.this_side",
        tooltip="Verdict: the side of the claim under the cursor is right",
    ),
    Binding(
        "0",
        "verdict('both_wrong')",
        "Both wrong",
        show=False,
        id="main.both_wrong",
        tooltip="Verdict: every side is wrong (all its claims disputed)",
    ),
    Binding(
        "h",
        "verdict('changed')",
        "Changed",
        show=False,
        id="main.changed",
        tooltip="Verdict: changed over time, each side right in its time (all verified)",
    ),
    Binding(
        "i",
        "verdict('not_conflict')",
        "Not a conflict",
        show=False,
        id="main.not_conflict",
        tooltip="Verdict: not a conflict, a false alarm (statuses stay)",
    ),
    Binding(
        "l",
        "verdict('cant_tell')",
        "Can't tell",
        show=False,
        id="main.cant_tell",
        tooltip="Verdict: can't tell yet (claims unresolved; stays in the queue)",
    ),
    Binding(
        "V",
        "verdict_dialog",
        "Verdict",
        id="main.verdict_dialog",
        tooltip="Verdict dialog: every answer, with a note",
    ),
    Binding(
        "v",
        "tag('verified')",
        "Verified",
        id="main.verified",
        tooltip="Tag one claim verified (on a conflict: the claim under the cursor)",
    ),
    Binding(
        "d",
        "tag('disputed')",
        "Disputed",
        id="main.disputed",
        tooltip="Tag one claim disputed (on a conflict: the claim under the cursor)",
    ),
    Binding(
        "u",
        "tag('unresolved')",
        "Unresolved",
        id="main.unresolved",
        tooltip="Tag one claim unresolved (on a conflict: the claim under the cursor)",
    ),
    Binding(
        "e",
        "note",
        "Note",
        id="main.note",
        tooltip="Note on the conflict, or on a claim (from the claims or a pane)",
    ),
    Binding(
        "ctrl+z",
        "undo",
        "Undo",
        id="main.undo",
        # "..., or a note edit made after it" left out the tags and read as if a note could
        # be undone only after a verdict (walk40)
        tooltip="Undo your latest decision: a verdict with the statuses it set, a tag, a note edit",
    ),
    Binding(
        "n",
        "next_undecided",
        "Next open",
        id="main.next_undecided",
        tooltip="Go to the next conflict still to do",
    ),
    Binding(
        "p",
        "previous_undecided",
        "Prev open",
        show=False,
        id="main.previous_undecided",
        tooltip="Go to the previous conflict still to do",
    ),
    Binding(
        "A",
        "toggle_advance",
        "Auto-advance",
        show=False,
        id="main.toggle_advance",
        tooltip="Turn on or off moving to the next open conflict after a verdict",
    ),
    Binding(
        "slash",
        "search",
        "Search",
        show=False,
        id="main.search",
        tooltip="Search the articles' text; a result opens at its sentence",
    ),
    Binding(
        "f",
        "filter",
        "Filter",
        id="main.filter",
        tooltip="Filter the list: state (open, disagreed…), kind, source, words",
    ),
    Binding(
        "S",
        "sort",
        "Sort",
        id="main.sort",
        tooltip="Sort the conflicts: score, date, kind, outlet (each press the next)",
    ),
    Binding(
        "B",
        "toggle_below",
        "Below threshold",
        id="main.toggle_below",
        tooltip="Show or hide the conflicts scoring below the threshold (listed last)",
    ),
    Binding(
        "z",
        "toggle_story",
        "Story",
        show=False,
        id="main.toggle_story",
        tooltip="Open or shut the story under the cursor (its conflicts)",
    ),
    Binding(
        "Z",
        "toggle_all_stories",
        "All stories",
        show=False,
        id="main.toggle_all_stories",
        tooltip="Shut every story (a list of stories), or open them all",
    ),
    Binding(
        "c",
        "switch_list",
        "Claims",
        show=False,
        id="main.switch_list",
        tooltip="Switch the list: conflicts, every claim, corroborations",
    ),
    Binding(
        "s",
        "choose_source",
        "Source",
        show=False,
        id="main.choose_source",
        tooltip="Choose the source shown in the focused pane",
    ),
    Binding(
        "w",
        "switch_pane",
        "Next pane",
        id="main.switch_pane",
        tooltip="Flip to the other side's pane (narrow screen) or focus the next pane",
    ),
    Binding(
        "o",
        "open_url",
        "Open URL",
        id="main.open_url",
        tooltip="Open the pane's original article in a browser, or show its URL",
    ),
    Binding(
        "plus",
        "add_pane",
        "More panes",
        show=False,
        id="main.add_pane",
        tooltip="Add an article pane (up to four)",
    ),
    Binding(
        "minus",
        "remove_pane",
        "Fewer panes",
        show=False,
        id="main.remove_pane",
        tooltip="Remove the last article pane",
    ),
    Binding(
        "r",
        "refresh",
        "Refresh",
        show=False,
        id="main.refresh",
        tooltip="Reload from the database (others' decisions also appear on their own)",
    ),
    Binding(
        "x",
        "export",
        "Export review log",
        show=False,
        id="main.export",
        tooltip="Export the review log to a file (JSONL, CSV, Markdown, ClaimReview)",
    ),
    Binding(
        "m",
        "pictures",
        "Pictures",
        show=False,
        id="main.pictures",
        tooltip="Pictures: who agrees with whom (matrix) and how a figure moved (timeline)",
    ),
]


PANE_BINDINGS: list[BindingType] = [
    Binding(
        "j,down",
        "scroll_down",
        "Scroll down",
        show=False,
        id="pane.down",
        tooltip="Scroll the article one line down",
    ),
    Binding(
        "k,up",
        "scroll_up",
        "Scroll up",
        show=False,
        id="pane.up",
        tooltip="Scroll the article one line up",
    ),
    Binding(
        "pagedown,space",
        "page_down",
        "Page down",
        show=False,
        id="pane.page_down",
        tooltip="Scroll the article a screenful down",
    ),
    Binding(
        "pageup",
        "page_up",
        "Page up",
        show=False,
        id="pane.page_up",
        tooltip="Scroll the article a screenful up",
    ),
    Binding(
        "home",
        "scroll_home",
        "Top",
        show=False,
        id="pane.top",
        tooltip="Go to the top of the article",
    ),
    Binding(
        "end",
        "scroll_end",
        "Bottom",
        show=False,
        id="pane.bottom",
        tooltip="Go to the end of the article",
    ),
    Binding(
        "right_square_bracket",
        "next_claim",
        "Next claim",
        id="pane.next_claim",
        tooltip="Select the next claim in this article",
    ),
    Binding(
        "left_square_bracket",
        "previous_claim",
        "Prev claim",
        id="pane.previous_claim",
        tooltip="Select the previous claim in this article",
    ),
]
"""An article pane's keys (`ArticleView`): scrolling, and stepping through its claims."""
