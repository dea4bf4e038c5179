"""The review queue: what state a conflict is in, how far the review has come, the order
of the list, and which claim each article pane sits on.

Pure functions over the app's shapes, shared by the list, the header, the filter and the
tests. Never imports Textual.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from workbench.app.data import (
    ClaimRef,
    Decisions,
    Finding,
    SectionRow,
    SourceInfo,
    StoryInfo,
    StoryRow,
)
from workbench.store.review_state import TO_DO, conflict_state

SORTS = ("score", "date", "kind", "outlet")


def finding_state(
    finding: Finding, statuses: Mapping[str, str], decisions: Decisions | None = None
) -> str:
    """open, partial, decided, cant_tell, not_conflict, disagreed or gone (`conflict_state`)."""
    return claims_state(finding.key, [c.id for c in finding.claims], statuses, decisions)


def claims_state(
    key: str, claim_ids: Sequence[str], statuses: Mapping[str, str], decisions: Decisions | None
) -> str:
    verdicts = decisions.verdicts.get(key, []) if decisions is not None else []
    return conflict_state(claim_ids, statuses, verdicts)


@dataclass(frozen=True, slots=True)
class Counted:
    """What the header's count needs of a conflict. A large list reads this for every
    conflict before the first screen (from the claim links alone) and the rest after it."""

    id: str
    story_id: int | None
    key: str
    claim_ids: tuple[str, ...]
    """Its claims that exist."""


def counted(finding: Finding) -> Counted:
    return Counted(finding.id, finding.story_id, finding.key, tuple(c.id for c in finding.claims))


def to_do(finding: Finding, decisions: Decisions) -> bool:
    return finding_state(finding, decisions.statuses, decisions) in TO_DO


def _count(counts: Counter[str]) -> tuple[int, int, int, int]:
    """(done, live, can't tell, disagreed) from the number of conflicts in each state:
    "done" is decided, or judged not a conflict; "can't tell yet" is still to do and
    counted apart; conflicts with no claims left are not counted."""
    live = sum(n for state, n in counts.items() if state != "gone")
    done = counts["decided"] + counts["not_conflict"]
    return done, live, counts["cant_tell"], counts["disagreed"]


def _tally(findings: Sequence[Finding], decisions: Decisions) -> tuple[int, int, int, int]:
    return _count(Counter(finding_state(f, decisions.statuses, decisions) for f in findings))


def progress_text(
    done: int, live: int, cant_tell: int, disagreed: int, *, short: bool = False
) -> str:
    """The header's "2 of 5 conflicts done · 1 can't tell · 1 disagreed"; `short` drops
    "conflicts", for 80 columns, where the header's end was cut ("· 1 c…"). Thousands
    are grouped, as the list titles group them ("1,173 conflicts")."""
    text = f"{done:,} of {live:,} done" if short else f"{done:,} of {live:,} conflicts done"
    if cant_tell:
        text += f" · {cant_tell} can't tell"
    if disagreed:
        text += f" · {disagreed} disagreed"
    return text


def short_text(done: int, live: int, cant_tell: int, disagreed: int) -> str:
    """ "2/5" with "?1" for can't tell and "!1" for disagreed: a story header's progress
    in a few cells."""
    text = f"{done}/{live}"
    if cant_tell:
        text += f" ?{cant_tell}"
    if disagreed:
        text += f" !{disagreed}"
    return text


def progress(findings: Sequence[Finding], decisions: Decisions) -> str:
    return progress_text(*_tally(findings, decisions))


def short_progress(findings: Sequence[Finding], decisions: Decisions) -> str:
    return short_text(*_tally(findings, decisions))


ALL = object()
"""The `Tally` key counting every conflict (None counts those outside any story)."""


class Tally:
    """Every conflict's state, counted overall and per story, for the header.

    Counting 3,000 conflicts on every key press cost 15 ms; a decision changes only the
    conflicts holding its claims (or the one its verdict answers), so only those are
    counted again and a press costs the same at any size.
    """

    def __init__(self) -> None:
        self._clear()

    def _clear(self) -> None:
        self._states: dict[str, str] = {}
        """Each conflict's state, by its id."""
        self._by_claim: dict[str, list[Counted]] = {}
        self._by_key: dict[str, list[Counted]] = {}
        self._counts: dict[object, Counter[str]] = {}
        """States counted per story; the key ALL counts every conflict."""

    def reset(self, findings: Sequence[Finding | Counted], decisions: Decisions) -> None:
        """Count every conflict (on load, and when another terminal decided)."""
        self._clear()
        states, by_claim, by_key = self._states, self._by_claim, self._by_key
        items = [f if isinstance(f, Counted) else counted(f) for f in findings]
        for item in items:
            for claim_id in item.claim_ids:
                by_claim.setdefault(claim_id, []).append(item)
            by_key.setdefault(item.key, []).append(item)
            states[item.id] = claims_state(item.key, item.claim_ids, decisions.statuses, decisions)
        self._counts[ALL] = Counter(states.values())
        for item in items:
            counts = self._counts.setdefault(item.story_id, Counter())
            counts[states[item.id]] += 1

    def update(
        self, decisions: Decisions, claim_ids: Iterable[str], keys: Iterable[str] = ()
    ) -> list[Counted]:
        """Count again the conflicts holding `claim_ids` or answered under `keys`; they
        are returned (what a redraw must draw again)."""
        touched = {id(f): f for c in claim_ids for f in self._by_claim.get(c, [])}
        touched |= {id(f): f for k in keys for f in self._by_key.get(k, [])}
        for item in touched.values():
            self._set(item, decisions)
        return list(touched.values())

    def _set(self, item: Counted, decisions: Decisions) -> None:
        new = claims_state(item.key, item.claim_ids, decisions.statuses, decisions)
        old = self._states.get(item.id)
        if old == new:
            return
        self._states[item.id] = new
        for where in (ALL, item.story_id):
            counts = self._counts.setdefault(where, Counter())
            if old is not None:
                counts[old] -= 1
            counts[new] += 1

    def counts(self, story_id: object = ALL) -> tuple[int, int, int, int]:
        """(done, live, can't tell, disagreed) of every conflict, or of one story's."""
        return _count(self._counts.get(story_id, Counter()))


# --- order --------------------------------------------------------------------------------


def finding_date(finding: Finding, sources: Mapping[int, SourceInfo]) -> str:
    """The event's date: the earliest its claims give, else the earliest publication."""
    dates = [c.event_date for c in finding.claims if c.event_date]
    if not dates:
        dates = [
            s.published
            for c in finding.claims
            if (s := sources.get(c.source_id)) is not None and s.published
        ]
    return min(dates) if dates else ""


def finding_outlet(finding: Finding, sources: Mapping[int, SourceInfo]) -> str:
    labels = [s.label for c in finding.claims if (s := sources.get(c.source_id)) is not None]
    return min((label.casefold() for label in labels), default="")


def sort_findings(
    findings: Sequence[Finding], order: str, sources: Mapping[int, SourceInfo]
) -> list[Finding]:
    """The list in the reviewer's order; ties keep the best score first."""
    by_score = sorted(findings, key=lambda f: (-f.score, f.id))
    if order == "date":
        return sorted(by_score, key=lambda f: finding_date(f, sources) or "9999")
    if order == "kind":
        return sorted(by_score, key=lambda f: f.kind)
    if order == "outlet":
        return sorted(by_score, key=lambda f: finding_outlet(f, sources) or "\uffff")
    return by_score


def next_to_do(
    rows: Sequence[object], start: int, decisions: Decisions, step: int = 1
) -> int | None:
    """The index of the next row still to do after `start` (wrapping round), if any."""
    count = len(rows)
    for n in range(1, count + 1):
        index = (start + step * n) % count
        row = rows[index]
        if isinstance(row, Finding) and to_do(row, decisions):
            return index
    return None


def group_by_story(
    findings: Sequence[Finding],
    stories: Mapping[int, StoryInfo],
    collapsed: set[str],
    part: str = "",
) -> list[Finding | StoryRow]:
    """The list with a header row before each story's conflicts (stories in order of their
    first report; conflicts in the order given; those that follow a figure into a later
    story of the thread under a heading of their own naming both); a collapsed heading
    (its row id in `collapsed`: one story in one part of the list) shows itself only.
    Conflicts outside any story come last, without a header."""
    groups: dict[tuple[int, ...], list[Finding]] = {}
    loose: list[Finding] = []
    for finding in findings:
        if finding.story_id in stories:
            spans = finding.story_id in finding.story_ids  # not a story its articles left
            reach = sorted(set(finding.story_ids) & stories.keys() - {finding.story_id})
            reach = reach if spans else []
            groups.setdefault((finding.story_id, *reach), []).append(finding)
        else:
            loose.append(finding)

    def first(key: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
        return (stories[key[0]].first_published or "9999", key)

    rows: list[Finding | StoryRow] = []
    for key in sorted(groups, key=first):
        also = [stories[s] for s in key[1:]]
        row = StoryRow(stories[key[0]], groups[key], part=part, also=also)
        row.collapsed = shut = row.id in collapsed
        rows.append(row)
        if not shut:
            rows.extend(groups[key])
    return rows + loose


def story_of(rows: Sequence[object], index: int) -> StoryRow | None:
    """The story header a row sits under (the row itself when it is one); none past a
    section's heading (the updates, the conflicts below the threshold)."""
    for i in range(min(index, len(rows) - 1), -1, -1):
        if isinstance(rows[i], StoryRow):
            return rows[i]
        if isinstance(rows[i], SectionRow):
            return None
    return None


ListRow = Finding | StoryRow | SectionRow


def conflict_sections(
    findings: Sequence[Finding],
    stories: Mapping[int, StoryInfo],
    collapsed: set[str],
    threshold: float,
    *,
    show_below: bool,
    below_count: int | None = None,
) -> list[ListRow]:
    """The conflict list as a reviewer reads it: the conflicts at or above the threshold
    first, contradictions before updates (under their own heading), each part grouped by
    story when there are stories; then one row saying how many more score below the
    threshold, followed by them (laid out the same way) when `show_below`.

    `below_count`: the number that row gives (from SQL); else the conflicts given below it.
    """

    def part(items: list[Finding], where: str) -> list[ListRow]:
        contradictions = [f for f in items if f.relation != "update"]
        updates = [f for f in items if f.relation == "update"]
        tag = "" if where == "above" else where
        rows: list[ListRow] = list(_grouped(contradictions, stories, collapsed, tag))
        if updates:
            rows.append(SectionRow("updates", len(updates), where, threshold))
            rows.extend(_grouped(updates, stories, collapsed, f"updates-{where}"))
        return rows

    above = [f for f in findings if f.score >= threshold]
    below = [f for f in findings if f.score < threshold]
    rows = part(above, "above")
    if below:
        count = len(below) if below_count is None else below_count
        rows.append(SectionRow("below", count, "below", threshold, open=show_below))
        if show_below:
            rows.extend(part(below, "below"))
    return rows


def _grouped(
    findings: list[Finding], stories: Mapping[int, StoryInfo], collapsed: set[str], part: str
) -> list[Finding | StoryRow]:
    return group_by_story(findings, stories, collapsed, part) if stories else list(findings)


def conflicts_in(rows: Sequence[object]) -> int:
    """How many conflicts the rows hold, those inside shut stories included."""
    return sum(
        len(r.findings) if isinstance(r, StoryRow) and r.collapsed else isinstance(r, Finding)
        for r in rows
    )


# --- panes --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PaneSpot:
    """One pane's source and the claim it sits on."""

    source_id: int
    claim_id: str
    side: int
    """Which side of the conflict (from 0) the claim stands for."""


def pane_plan(
    sides: Sequence[Sequence[ClaimRef]], sources: Mapping[int, SourceInfo], panes: int
) -> list[PaneSpot]:
    """Where each pane goes: one side per pane, every side before any side twice, each
    side's original before its copies. Two sides in one article get a pane each, each
    on its own claim: panes never show the same side while another side is hidden."""

    def originals_first(claim: ClaimRef) -> int:
        source = sources.get(claim.source_id)
        return 1 if source is not None and source.copy_of is not None else 0

    ranked = [sorted(claims, key=originals_first) for claims in sides]
    plan: list[PaneSpot] = []
    used: set[tuple[int, str]] = set()
    for depth in range(max((len(r) for r in ranked), default=0)):
        for side, claims in enumerate(ranked):
            if depth < len(claims):
                claim = claims[depth]
                if (claim.source_id, claim.id) not in used:
                    used.add((claim.source_id, claim.id))
                    plan.append(PaneSpot(claim.source_id, claim.id, side))
    return plan[: max(panes, 0)] if panes else plan
