"""The claims list's first page: the claims of its first stories, read by their sources'
ids (an index read) and shown at once; the rest is read after the first paint.

At 3,370 articles the whole list (71,706 claims) took 0.86 CPU s to read and group before
anything was shown (walk39); the first stories' few hundred claims are the first rows of
the whole list, in its order (`claim_stories.claims_by_story`: stories by their first
report), so the rows shown first stay where they are when the rest comes. Never imports
Textual.
"""

from __future__ import annotations

from collections.abc import Mapping

from workbench.app.shapes import SourceInfo, StoryInfo

PAGED_FROM = 5_000
"""A database with fewer claims than this reads its whole claims list at once."""
PAGE_CLAIMS = 400
"""The claims the first page holds at least (screens of rows, whatever the terminal)."""
UNCOUNTED = 25
"""What a source's claims count as before they are counted (just after the opening)."""


def first_page_sources(
    sources: Mapping[int, SourceInfo],
    stories: Mapping[int, StoryInfo],
    claim_count: int,
) -> list[int] | None:
    """The sources of the first stories of the claims list, enough for `PAGE_CLAIMS`;
    None when the whole list is read at once (a small database, or no stories: then the
    list is by source)."""
    if claim_count < PAGED_FROM or not stories:
        return None
    by_story: dict[int, list[SourceInfo]] = {}
    for source in sources.values():
        if source.story_id in stories:
            by_story.setdefault(source.story_id, []).append(source)
    picked: list[int] = []
    counted = 0
    for story_id in sorted(by_story, key=lambda s: (stories[s].first_published or "9999", s)):
        members = by_story[story_id]
        picked += [s.id for s in members]
        counted += sum(UNCOUNTED if s.claims is None else s.claims for s in members)
        if counted >= PAGE_CLAIMS:
            return sorted(picked)
    return None  # the stories hold fewer than a page: read the whole list
