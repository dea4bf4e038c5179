"""The stories dialog's side of the database: the stories it lists and their articles.

The fixes and their undoing are `workbench.story_fixes`, which `workbench stories` takes
too."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.models import Story


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An article under its opened story."""

    source_id: int
    story_id: int
    label: str
    published: str | None

    @property
    def shown(self) -> str:
        """The label as the dialog shows it everywhere: the host's "www." gives way to the
        headline (80 columns: "www.nbcphiladelphia.com · Man Ch…" three times over), on
        every row and in the hints, or one outlet reads as two ("wpxi.com", "www.wpxi.com")."""
        return self.label[4:] if self.label.lower().startswith("www.") else self.label


@dataclass(frozen=True, slots=True)
class ThreadMark:
    """A story marked with `T`, to be put in the thread of the story `T` is pressed on next
    (or, with `N`, in a thread of its own)."""

    story: Story


def load_stories(store: Any) -> tuple[list[Story], dict[int, ArticleRow]]:
    """Every story, and each placed article as a row (read on the database thread)."""
    found = store.stories()
    headers = {s.id: s for s in store.source_headers()}
    articles = {}
    for story in found:
        for source_id in story.source_ids:
            source = headers[source_id]
            # the outlet with the headline: a scraped title alone ("2014", "Home") says little
            label = " · ".join(p for p in (source.outlet, source.title) if p) or source.file
            articles[source_id] = ArticleRow(source_id, story.id, label, source.published)
    return found, articles
