"""What a load did: the articles it added, the ones it skipped, and what it warned of.

Kept apart from the load itself so the command line, the sample builder and the
loader share one vocabulary without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Added:
    source_id: int
    file: str
    sentences: int
    words: int
    removed: int
    copy_of: int | None = None
    copy_score: float | None = None
    undated: bool = False
    """No publication date was given: its text's dates stay unresolved, and it joins a
    story only on close text (the CLI says so, and how to give one)."""
    no_article_text: bool = False
    """The page is site furniture only, its article lost by the scraper, as grouping left
    it (`stories.no_article_text`): only its headline tells of the event."""
    no_article_reason: str | None = None
    """What the mark says of the page: site furniture only, not English... (`page_form`)."""


@dataclass(slots=True)
class Skipped:
    file: str
    reason: str
    existing_id: int | None = None


@dataclass(slots=True)
class IngestReport:
    added: list[Added] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    """Files in a folder that are not an article format (images, .DS_Store...)."""
    bad: list[Skipped] = field(default_factory=list)
    """Records and files passed over as bad (`skip_bad`), in the order read: `file:line`
    (or the file) and why; none when bad input refuses the whole load (the default)."""
    claims: int | None = None
    conflicts: int | None = None

    @property
    def source_ids(self) -> list[int]:
        return [a.source_id for a in self.added]
