"""The stories dialog's find (`/`): the stories with the words sought, the story to open so
an article found by its name shows, and the row the cursor goes to."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.app.story_fixes import ArticleRow
from workbench.models import Story


def found_stories(
    stories: list[Story], articles: Mapping[int, ArticleRow], words: str
) -> list[Story]:
    """The stories with every word sought in their title, outlets or headlines; "#38" is
    story 38, as its row, `workbench stories` and `report --story 38` number it (it found
    none: a story's number is not in its words)."""
    sought = words.casefold().split()
    if not sought:
        return stories
    found = []
    for story in stories:
        labels = [articles[s].label for s in story.source_ids if s in articles]
        text = " ".join([story.title, *story.outlets, *labels]).casefold()
        if all(_has(story, text, word) for word in sought):
            found.append(story)
    return found


def _has(story: Story, text: str, word: str) -> bool:
    """Whether the story is the one numbered so ("#38"), else has the word in its text."""
    if word[:1] == "#" and word[1:].isdigit():
        return story.id == int(word[1:])
    return word in text


def story_found_by_article(
    found: Sequence[Story], articles: Mapping[int, ArticleRow], words: str
) -> int | None:
    """The first story found by one of its articles' names, to open so the cursor can land
    on that article: found shut, `N` on it said "Highlight an article" (walk of gva records
    1201-1300)."""
    sought = words.casefold().split()
    for story in found if sought else ():
        labels = (articles[s].label.casefold() for s in story.source_ids if s in articles)
        if any(all(word in label for word in sought) for label in labels):
            return story.id
    return None


def found_at(rows: Sequence[Story | ArticleRow], words: str, before: object) -> int:
    """Where the cursor goes once the stories are narrowed: to the first shown article
    whose name has the words, else the first story found; with the words cleared, back to
    the row it was on (`before`). It kept its place in the list instead, and narrowed to
    one story of 7 rows from row 17, `o` marked that story's last article, not the one
    sought (walk of gva records 2101-2400)."""
    sought = words.casefold().split()
    for i, row in enumerate(rows):
        if sought and isinstance(row, ArticleRow):
            if all(word in row.label.casefold() for word in sought):
                return i
        elif not sought and row == before:
            return i
    return 0
