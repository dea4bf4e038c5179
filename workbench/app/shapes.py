"""The app's own lightweight shapes: a source without its text, a claim's reference, a
finding, a story, the decisions so far, an article once a pane asks for it. Plain
dataclasses, so the readers (`data.py`), the screens and the tests share them. Never
imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.models import Claim, Note, Review, Sentence, Verdict
from workbench.store.verdicts import claim_key


@dataclass(slots=True)
class SourceInfo:
    """A source without its text: enough for titles and pickers."""

    id: int
    file: str
    outlet: str | None
    published: str | None
    title: str | None
    copy_of: int | None
    copy_of_file: str | None
    claims: int | None
    """How many claims it has; None until counted (after the first screen is painted)."""
    url: str | None = None
    bare: bool = False
    """Site furniture only, the article lost by the scraper (known after the first paint)."""
    story_id: int | None = None
    """The story it is in (None before grouping): what the claims list's filter picks by."""
    not_english: bool = False
    """Marked `bare` for being in another language (`page_form.NOT_ENGLISH`): the tool
    reads English only, and "no article text" read as wrong about a user's own file."""

    @property
    def label(self) -> str:
        return self.outlet or self.title or self.file


@dataclass(slots=True)
class ClaimRef:
    """A claim as lists show it."""

    id: str
    source_id: int
    kind: str
    text: str
    value: dict[str, Any]
    event_date: str | None = None
    sentence_id: int | None = None
    role: str | None = None
    """The role the sentence gives the count (killed, injured...), None when it gives none."""


@dataclass(slots=True)
class Finding:
    """A conflict or a corroboration, with the claims that still exist."""

    id: str
    group: str
    """'conflict' or 'corroboration'."""
    kind: str
    score: float
    reason: str
    same_day: bool | None
    claim_ids: list[str]
    claims: list[ClaimRef] = field(default_factory=list)
    place: str | None = None
    """Where the event happened, from a place named beside its claims (if any)."""
    story_id: int | None = None
    """The story its claims belong to (None before the articles were grouped)."""
    story_ids: list[int] = field(default_factory=list)
    """Every story its claims are in: two when it follows a figure across a thread (an
    update from one report of the event to a later story of it)."""
    relation: str | None = None
    """A conflict's relation: 'contradiction' (cannot both be right at one time) or
    'update' (the figure changed between reports); None for a corroboration."""
    role: str | None = None
    """The role its claims dispute ("killed", "arrested"), when it is about a count."""
    _key: str | None = field(default=None, repr=False, compare=False)

    @property
    def key(self) -> str:
        """Its identity by its claims: how verdicts and notes find it after a re-analysis
        (worked out once: drawing a row asks for it, and hashing costs)."""
        if self._key is None:
            self._key = claim_key(self.claim_ids)
        return self._key


@dataclass(slots=True)
class StoryInfo:
    """A story as the conflict list heads it: title and the dates of its reports."""

    id: int
    title: str
    first_published: str | None
    last_published: str | None
    articles: int


@dataclass(slots=True)
class StoryRow:
    """A story's header row in the conflict list, followed by its conflicts (unless
    collapsed)."""

    story: StoryInfo
    findings: list[Finding]
    collapsed: bool = False
    part: str = ""
    """The list's part it heads when the story appears in several (its updates, the
    conflicts below the threshold): keeps each header's id its own."""
    also: list[StoryInfo] = field(default_factory=list)
    """The thread's other stories its conflicts reach (an update across the thread):
    named in the heading with `story`, each heading its own row."""

    @property
    def id(self) -> str:
        reach = "".join(f"+{s.id}" for s in self.also)
        return f"story-{self.story.id}{reach}" + (f"-{self.part}" if self.part else "")

    @property
    def named(self) -> list[StoryInfo]:
        """The stories its heading names, the first report's first."""
        both = [self.story, *self.also]
        return sorted(both, key=lambda s: (s.first_published or "9999", s.id))


@dataclass(slots=True)
class SectionRow:
    """A heading inside the conflict list: where the updates begin ("updates"), or the
    row that says how many conflicts score below the threshold and opens them ("below")."""

    kind: str
    count: int
    part: str = "above"
    """Which part of the list it heads: at or above the threshold, or below it."""
    threshold: float = 0.0
    open: bool = False
    """For "below": whether the conflicts under the threshold are shown."""

    @property
    def id(self) -> str:
        return f"section-{self.kind}-{self.part}"


@dataclass(slots=True)
class Decisions:
    """Everything anyone decided, as the app draws it; reloaded whenever a log grows."""

    statuses: dict[str, str] = field(default_factory=dict)
    """Every decided claim's current status."""
    verdicts: dict[str, list[Verdict]] = field(default_factory=dict)
    """Each conflict's standing verdicts (one per reviewer), by claim key."""
    notes: dict[str, Note] = field(default_factory=dict)
    """Each conflict's current note, by claim key."""
    marks: tuple[int, int, int] = (0, 0, 0)
    """The logs' high-water marks when this was read."""


@dataclass(slots=True)
class Overview:
    """What the app needs at start: small however large the corpus."""

    sources: dict[int, SourceInfo]
    conflicts: list[Finding]
    decisions: Decisions
    claim_count: int
    stories: dict[int, StoryInfo] = field(default_factory=dict)
    threshold: float = 0.0
    """The score at and above which conflicts are listed first (the model's)."""
    below: int = 0
    """How many conflicts score below the threshold (counted in SQL)."""


@dataclass(slots=True)
class Article:
    """One source's text with its sentences and claims, loaded when a pane shows it."""

    info: SourceInfo
    text: str
    """The title, a blank line, then the article's text (just the text when untitled)."""
    sentences: list[Sentence]
    claims: list[Claim]
    """Offsets into `text`: a headline claim's into the title at its head, the others
    moved past it by `body_start`."""
    body_start: int = 0
    """Where the article's own text begins in `text`: stored offsets plus this."""


@dataclass(slots=True)
class ClaimDetail:
    """Everything the detail panel says about one claim."""

    claim: Claim | None
    history: list[Review]
    conflicts: list[str]
    corroborations: list[str]
    notes: list[Note] = field(default_factory=list)
    """Every edit of the claim's note."""
    verdicts: list[Verdict] = field(default_factory=list)
    """Every verdict row on the selected conflict, undos included."""
    conflict_notes: list[Note] = field(default_factory=list)
    """Every edit of the selected conflict's note."""
