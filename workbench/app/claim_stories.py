"""The claims list by story, as the conflict list is: a reviewer checks one event's claims
together, and 22,485 claims in one list by source (walk35) gave no way to see where an
event's claims begin or end, nor how far its checking had come.

Stories in order of their first report, as the conflict list heads them; in a story, its
claims in the order read (by source, the headline's first, then by place in the text);
claims of articles in no story last, without a heading. Never imports Textual.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.text import Text

from workbench.app.format import StyleFor
from workbench.app.shapes import ClaimRef, SourceInfo, StoryInfo, StoryRow
from workbench.app.story_rows import date_kept, story_dates
from workbench.app.text import one_line

PART = "claims"
"""The part of the list a claims heading heads: its id apart from the conflicts' own."""


@dataclass(slots=True)
class ClaimStoryRow(StoryRow):
    """A story's heading in the claims list, followed by its claims (unless collapsed):
    it opens and shuts as a conflict list's heading does; its `findings` are its claims."""

    @property
    def claims(self) -> list[ClaimRef]:
        return self.findings  # type: ignore[return-value]


def claims_by_story(
    claims: Sequence[ClaimRef],
    sources: Mapping[int, SourceInfo],
    stories: Mapping[int, StoryInfo],
    collapsed: set[str],
) -> list[ClaimRef | ClaimStoryRow]:
    """The claims list's rows: each story's heading before its claims (a collapsed one,
    its row id in `collapsed`, alone); without stories, the claims as given."""
    if not stories:
        return list(claims)
    groups: dict[int, list[ClaimRef]] = {}
    loose: list[ClaimRef] = []
    for claim in claims:
        source = sources.get(claim.source_id)
        story = source.story_id if source is not None else None
        if story in stories:
            groups.setdefault(story, []).append(claim)
        else:
            loose.append(claim)
    rows: list[ClaimRef | ClaimStoryRow] = []
    for story in sorted(groups, key=lambda s: (stories[s].first_published or "9999", s)):
        row = ClaimStoryRow(stories[story], groups[story], part=PART)  # type: ignore[arg-type]
        row.collapsed = row.id in collapsed
        rows.append(row)
        if not row.collapsed:
            rows.extend(groups[story])
    return rows + loose


def claims_in(rows: Sequence[object]) -> int:
    """How many claims the rows hold, those inside shut stories included."""
    return sum(
        len(r.claims) if isinstance(r, ClaimStoryRow) and r.collapsed else isinstance(r, ClaimRef)
        for r in rows
    )


def claims_done(claims: Sequence[ClaimRef], statuses: Mapping[str, str]) -> int:
    """How many of the claims carry a tag."""
    return sum(1 for c in claims if c.id in statuses)


def claims_progress(
    claims: Sequence[ClaimRef],
    statuses: Mapping[str, str],
    story: object = None,
    total: int | None = None,
) -> tuple[str, ...]:
    """The header over the claims list, longest first ("12 of 20,879 claims tagged", "12
    of 20,879 tagged", "all 12/20,879"): over the claims it counted the conflicts done, a
    figure that tagging claims never moves (walk36). Under a story's heading, the story's
    own first ("this story 1/25 · ..."), as over the conflicts. `total`: the whole list's
    count while only its first page is read."""
    if total is None:
        tagged, total = claims_done(claims, statuses), len(claims)
    else:  # the first page only (`claim_page`): every claim's tags, as read
        tagged = len(statuses)
    texts = (
        f"{tagged:,} of {total:,} claims tagged",
        f"{tagged:,} of {total:,} tagged",
        f"all {tagged}/{total}",
    )
    if not isinstance(story, ClaimStoryRow):
        return texts
    here = f"story {claims_done(story.claims, statuses)}/{len(story.claims)} · "
    return (f"this {here}{texts[0]}", *(here + text for text in texts[1:]))


def claim_story_row(
    row: ClaimStoryRow, statuses: Mapping[str, str], style: StyleFor, width: int
) -> Text:
    """A story's heading in the claims list: open or shut, how many of its claims are
    tagged, its title, then the dates its title lacks."""
    story = row.story
    line = Text(no_wrap=True, end="")
    line.append("▸ " if row.collapsed else "▾ ", style("kind"))
    line.append(f"{claims_done(row.claims, statuses)}/{len(row.claims)} ", style("state-partial"))
    title = date_kept(story.title or f"story {story.id}", max(4, width - len(line)))
    line.append(title, style("story"))
    dates = story_dates(story)
    if dates and len(line) + 3 + len(dates) <= width:
        line.append(f" · {dates}", style("dim"))
    return line


def claim_story_detail(row: ClaimStoryRow, statuses: Mapping[str, str]) -> tuple[str, str]:
    """What the detail says of a claims heading: its title, then its articles, dates and
    how many of its claims are tagged."""
    story = row.story
    dates = " to ".join(
        dict.fromkeys(d for d in (story.first_published, story.last_published) if d)
    )
    count = len(row.claims)
    return (
        one_line(story.title or f"story {story.id}"),
        f"story · {story.articles} articles · {dates or 'no date'}\n"
        f"{count} claim{'' if count == 1 else 's'} under this heading, "
        f"{claims_done(row.claims, statuses)} tagged · enter: shut or open it",
    )
