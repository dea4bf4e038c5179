"""The detail of the selected conflict and claim: why, what exactly, who decided what.

The aligned claims are a focusable list (tab reaches it): the claim under its cursor
is the one `v`/`d`/`u` tag when the list has focus. Everything shown is literal Text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from workbench.app.claim_stories import ClaimStoryRow, claim_story_detail
from workbench.app.data import (
    ClaimDetail,
    ClaimRef,
    Decisions,
    Finding,
    SectionRow,
    SourceInfo,
    StoryRow,
)
from workbench.app.format import STATE_GLYPHS, STATE_WORDS, finding_sides
from workbench.app.queue import finding_state, short_progress
from workbench.app.text import one_line
from workbench.app.values import format_value
from workbench.app.widgets import detail_record as record
from workbench.app.widgets.detail_rows import (
    BASIS,
    joined,
    mentions,
    role_rows,
    source_line,
    weekday_rows,
)
from workbench.app.widgets.row_list import RowList
from workbench.app.widgets.scrolling import TextView
from workbench.findings.score import threshold_text


class DetailPanel(Vertical):
    """Head (the finding's reason), the aligned claims, and the body (one claim in full)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "detail--label",
        "detail--dim",
        "detail--status-verified",
        "detail--status-disputed",
        "detail--status-unresolved",
        "detail--status-none",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sources: Mapping[int, SourceInfo] = {}
        self.statuses: Mapping[str, str] = {}
        self.decisions = Decisions()
        self.side_of: dict[str, int] = {}
        """The side (from 0) of each claim of the shown conflict."""
        self.mention_of: dict[str, tuple[int, int]] = {}
        """For claims of one article in the same words: which mention this is, of how many
        (two rows "nypost.com: two men" could not be told apart)."""
        self.finding: Finding | None = None
        """The finding shown in the head, if any (a claim from the claim list has none)."""

    def compose(self) -> ComposeResult:
        yield Static(id="detail-head")
        yield RowList(self._aligned_row, empty="(no claims left)", id="aligned")
        yield TextView(id="detail-body")

    def on_resize(self) -> None:
        """The head is cut to its room: lay it out again for the new width (after the
        layout, so its own size is the new one)."""
        if self.finding is not None:
            self.call_after_refresh(self._show_head)

    def _style(self, name: str):
        return self.get_component_rich_style(f"detail--{name}", partial=True)

    def _aligned_row(self, claim: ClaimRef, width: int) -> Text:
        status = self.statuses.get(claim.id)
        source = self.sources.get(claim.source_id)
        label = one_line(source.label if source else str(claim.source_id), 20)
        if source is not None and source.copy_of is not None:
            label = f"{one_line(source.label, 14)} (copy)"  # a copy is no second witness
        row = Text(no_wrap=True, end="")
        row.append(f"{STATE_GLYPHS[status]} ", self._style(f"status-{status or 'none'}"))
        side = self.side_of.get(claim.id)
        if side is not None:
            row.append(f"{side + 1} ", self._style("label"))
        row.append(f"{label}: ", self._style("label"))
        mention = self.mention_of.get(claim.id)
        suffix = f" ({mention[0]} of {mention[1]} in its article)" if mention else ""
        if mention and width - len(label) - 6 - len(suffix) < 8:
            suffix = f" ({mention[0]}/{mention[1]})"
        row.append(one_line(claim.text, max(8, width - len(label) - 6 - len(suffix))))
        row.append(suffix, self._style("dim"))
        return row

    @property
    def aligned(self) -> RowList:
        return self.query_one("#aligned", RowList)

    def show_finding(
        self,
        finding: Finding | None,
        sources: Mapping[int, SourceInfo],
        decisions: Decisions,
    ) -> None:
        """The finding's reason and its claims side by side (side 1's claims first, each
        side's originals before copies, numbered as the verdict keys number them); the
        caller loads the first claim's body."""
        self.sources, self.decisions, self.statuses = sources, decisions, decisions.statuses
        self.finding = finding
        self.side_of = {}
        ordered: list[ClaimRef] = []
        if finding is not None:
            for i, side in enumerate(finding_sides(finding, sources)):
                for claim in sorted(side.claims, key=self._copy_last):
                    self.side_of[claim.id] = i
                    ordered.append(claim)
        self.mention_of = mentions(ordered)
        self.aligned.set_rows(ordered, cursor=0, announce=False)
        # nothing selected (a database with claims but no conflict) has no claims to align:
        # "(no claims left)" under "Nothing selected." read as claims lost
        self.aligned.display = finding is not None
        self._show_head()

    def show_story(self, row: StoryRow, decisions: Decisions) -> None:
        """A story's heading: its title, dates, articles and how far its review has come."""
        self.finding = None
        self.side_of = {}
        self.decisions, self.statuses = decisions, decisions.statuses
        story = row.story
        head = Text(one_line(story.title or f"story {story.id}"), self._style("label"), end="")
        dates = " to ".join(
            dict.fromkeys(d for d in (story.first_published, story.last_published) if d)
        )
        head.append(
            f"\nstory · {story.articles} articles · {dates or 'no date'}", self._style("dim")
        )
        self.query_one("#detail-head", Static).update(head, layout=False)
        self.aligned.set_rows([], cursor=0, announce=False)
        self.aligned.display = False  # a heading has no claims of its own
        done = short_progress(row.findings, decisions)
        count = len(row.findings)
        # one story can head the contradictions and again the updates (and again below the
        # threshold), each with its own count: say which this heading holds
        noun = "update" if row.part.startswith("updates") else "contradiction"
        if any(f.group != "conflict" or f.relation is None for f in row.findings):
            noun = "finding"  # corroborations, or conflicts from before relations
        noun += "" if count == 1 else "s"
        where = " below the threshold" if row.part.endswith("below") else ""
        body = Text(f"{count} {noun}{where} under this heading, done {done}", end="")
        body.append(" (the header counts the whole story)\n", self._style("dim"))
        body.append("enter or z: open or shut this story · Z: every story", self._style("dim"))
        self.query_one("#detail-body", TextView).update(body)

    def show_claim_story(self, row: ClaimStoryRow, statuses: Mapping[str, str]) -> None:
        """A story's heading in the claims list: its title, and how many of its claims
        are tagged."""
        self.finding = None
        self.side_of = {}
        self.aligned.set_rows([], cursor=0, announce=False)
        self.aligned.display = False  # a heading has no claims of its own
        title, body = claim_story_detail(row, statuses)
        self.query_one("#detail-head", Static).update(
            Text(title, self._style("label"), end=""), layout=False
        )
        self.query_one("#detail-body", TextView).update(Text(body, end=""))

    def show_section(self, row: SectionRow) -> None:
        """What a heading inside the conflict list means, and its key."""
        self.finding = None
        self.side_of = {}
        self.aligned.set_rows([], cursor=0, announce=False)
        self.aligned.display = False  # a heading has no claims of its own
        if row.kind == "updates":
            head = Text(f"Updates: {row.count}", self._style("label"), end="")
            body = Text(
                "The reports are of different times (published on different days, or the "
                "text says the toll rose, someone later died): each figure may be right for "
                "its time. Below this heading, each update shows the earlier figure, then "
                "the later one.\nh: changed over time (both right for their time)",
                end="",
            )
        else:
            head = Text(
                f"{row.count} below the threshold (score < {threshold_text(row.threshold)})",
                self._style("label"),
                end="",
            )
            body = Text(
                "A conflict's score estimates how often a reviewer confirms such a flag; "
                "those under the threshold are mostly false alarms, so they come last and "
                "shut.\n",
                end="",
            )
            body.append(
                "enter or B: " + ("hide them" if row.open else "show them"), self._style("dim")
            )
        self.query_one("#detail-head", Static).update(head, layout=False)
        self.query_one("#detail-body", TextView).update(body)

    def _copy_last(self, claim: ClaimRef) -> int:
        source = self.sources.get(claim.source_id)
        return 1 if source is not None and source.copy_of is not None else 0

    def _show_head(self) -> None:
        """The reason, then what kind of finding and how far its review is."""
        finding = self.finding
        head = Text(end="")
        if finding is None:
            head.append("Nothing selected.", self._style("dim"))
        else:
            state = finding_state(finding, self.statuses, self.decisions)
            room = self.query_one("#detail-head", Static).size
            line = self._state_line(finding, state, room.width)
            # the reason gives up as many lines as the state line wraps to: at 120x30 it
            # read "… injured contradiction · same", its "day" wrapped out of sight
            shown = room.height - line.plain.count("\n") - 1 - (not finding.claims)
            head.append(self._clipped(finding.reason, room.width, shown))
            head.append("\n")
            head.append(line)
            if not finding.claims:
                head.append("\nits claims were removed by a re-analysis", self._style("dim"))
        self.query_one("#detail-head", Static).update(head, layout=False)

    def _state_line(self, finding: Finding, state: str, width: int) -> Text:
        """How far the finding's review is, its verdicts, score, kind and days, wrapped."""
        # the state first: on a narrow screen the end of this line is cut off
        said = STATE_WORDS[state]
        line = Text(end="")
        line.append(said, self._style("label"))
        verdicts = self.decisions.verdicts.get(finding.key, [])
        if verdicts:
            # a verdict the state already says is named by its reviewer alone: "not a
            # conflict (ann: not a conflict)" pushed the score off at 80 columns
            words = "; ".join(
                v.reviewer if said.startswith(v.label) else f"{v.reviewer}: {v.label}"
                for v in verdicts
            )
            line.append(f" ({one_line(words, 80)})", self._style("label"))
        what = f"{finding.kind} {finding.group}"
        if finding.relation is not None:
            what = f"{finding.role or finding.kind} {finding.relation}"
        # the score before the kind: at 80 or 120 columns the line's end is cut off
        parts = [f"score {finding.score:.2f}", what]
        if finding.same_day is not None:
            # one phrase: "same" alone ended the line at 120x30, "day" below it
            parts.append("same\u00a0day" if finding.same_day else "different\u00a0days")
        for piece in joined(parts, len(line.plain), width):
            line.append(piece, self._style("dim"))
        return line

    def _clipped(self, text: str | None, width: int, lines: int) -> Text:
        """`text` on at most `lines` wrapped lines, an ellipsis where it was cut, so the
        line under it (what kind of finding, its score) always shows."""
        flat = Text(one_line(text), end="")
        if width <= 0:
            return flat
        wrapped = [line.plain.rstrip() for line in flat.wrap(self.app.console, width)]
        lines = max(1, lines)
        if len(wrapped) <= lines:
            return flat
        kept = wrapped[:lines]
        kept[-1] = kept[-1][: width - 1] + "…"
        return Text("\n".join(kept), end="")

    def show_claims(
        self,
        claims: list[ClaimRef],
        sources: Mapping[int, SourceInfo],
        statuses: Mapping[str, str],
        *,
        title: str,
    ) -> None:
        """A single claim (from the claim list or a pane) with the claims it is aligned with."""
        self.sources, self.statuses = sources, statuses
        self.finding = None
        self.side_of = {}
        self.mention_of = mentions(claims)
        head = Text(title, self._style("label"), end="")
        self.query_one("#detail-head", Static).update(head, layout=False)
        self.aligned.set_rows(claims, cursor=0, announce=False)
        self.aligned.display = True

    def restyle(self, decisions: Decisions, claim_ids: set[str] | None = None) -> None:
        """Redraw the aligned claims whose state changed (all of them without `claim_ids`)."""
        self.decisions, self.statuses = decisions, decisions.statuses
        self.aligned.redraw(None if claim_ids is None else (lambda c: c.id in claim_ids))
        if self.finding is not None:
            self._show_head()  # its state: open, partial, decided

    def show_detail(self, detail: ClaimDetail | None) -> None:
        """One claim in full: what it says, who decided what, then where it comes from."""
        body = Text(end="")
        if detail is not None:
            claim = detail.claim
            if claim is None:
                body.append("This claim was removed by a re-analysis.\n", self._style("dim"))
            else:
                source = self.sources.get(claim.source_id)
                event = (claim.event_date or "unknown") + BASIS.get(claim.event_date_basis, "")
                record.rows(
                    body,
                    [
                        ("claim", f"“{one_line(claim.text)}”"),
                        *([("from", "headline (the article's title)")] if claim.headline else []),
                        ("value", format_value(claim.kind, claim.value, "—")),
                        *role_rows(claim),
                        *weekday_rows(claim),
                        ("said by", one_line(claim.attribution) or "—"),
                        ("event", event),
                        ("source", source_line(source, claim.source_id)),
                    ],
                    self._style,
                )
            record.history(body, detail, self._style)
            record.notes(body, "note", detail.notes, self._style)
            if self.finding is not None and self.finding.group == "conflict":
                standing = self.decisions.verdicts.get(self.finding.key, [])
                record.verdicts(body, detail, standing, self._style)
                record.notes(body, "conflict", detail.conflict_notes, self._style)
            if claim is not None:
                frame = (claim.frame.action, claim.frame.counted, claim.frame.subject)
                links = [f"conflict {c}" for c in detail.conflicts]
                links += [f"corroboration {c}" for c in detail.corroborations]
                record.rows(
                    body,
                    [
                        ("frame", " / ".join(x for x in frame if x) or "—"),
                        ("headline" if claim.headline else "sentence", one_line(claim.sentence)),
                        ("in", ", ".join(links) or "—"),
                    ],
                    self._style,
                )
            if self.finding is not None and self.finding.reason:
                # The heading may clip the reason to fit; here it is whole.
                record.rows(body, [("reason", one_line(self.finding.reason))], self._style)
        self.query_one("#detail-body", TextView).update(body, hanging=9)
