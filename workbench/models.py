"""The nouns of the workbench, shared by the core, the command line and the app.

Plain dataclasses with no behaviour beyond small derived properties, so that any
layer can build, compare and serialise them without touching the database.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ClaimKind = Literal["quantity", "place", "date"]
CLAIM_KINDS: tuple[str, ...] = ("quantity", "place", "date")

ReviewStatus = Literal["verified", "disputed", "unresolved"]
REVIEW_STATUSES: tuple[str, ...] = ("verified", "disputed", "unresolved")

CONTRADICTION, UPDATE = "contradiction", "update"
RELATIONS = (CONTRADICTION, UPDATE)
"""A conflict's relations: both cannot be right at one time, or the figure changed."""


@dataclass(slots=True)
class Removed:
    """A piece of the raw text that cleaning dropped, kept so the reviewer can audit it."""

    text: str
    reason: str


def source_name(outlet: str | None, title: str | None, file: str) -> str:
    """What the product calls an article in a line of text: its outlet, else its headline
    in quotes, and only when it has neither its file name (a hash such as
    `003_01e6d2ca.txt` says nothing to a reviewer)."""
    if outlet:
        return outlet
    return f"“{' '.join(title.split())}”" if title and title.strip() else file


@dataclass(slots=True)
class Source:
    """One ingested article."""

    id: int
    file: str
    """File name (or `-` for stdin) the article came from."""
    text: str
    """Cleaned text: NFC, `\\n` line endings, junk removed. Claim offsets point into it."""
    content_hash: str
    """SHA-256 of the raw bytes; the identity used to skip re-ingests."""
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    """ISO date (YYYY-MM-DD) or None when unknown."""
    title: str | None = None
    format: str = "text"
    copy_of: int | None = None
    """Id of the earlier source this one copies (syndicated or scraped), if any."""
    copy_score: float | None = None
    word_count: int = 0
    removed: list[Removed] = field(default_factory=list)
    ingested_at: str | None = None

    @property
    def label(self) -> str:
        """Short human name: the outlet when known, else the file name."""
        return self.outlet or self.file

    @property
    def named(self) -> str:
        """What a reason calls the article (`source_name`)."""
        return source_name(self.outlet, self.title, self.file)


@dataclass(slots=True)
class Sentence:
    """A sentence of a source's cleaned text, with exact offsets into it."""

    id: int
    source_id: int
    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Frame:
    """What a claim is about: the action or state, the thing counted or located, its subject.

    Lemmatised and lower-cased ("detain", "people"), so that the conflict finder can
    tell "27 people were detained" from "27 people were injured".
    """

    action: str | None = None
    counted: str | None = None
    subject: str | None = None


@dataclass(slots=True)
class Claim:
    """A checkable span of a sentence with its normalised value."""

    id: str
    source_id: int
    kind: str
    text: str
    start: int
    """Offset of the span in the source's cleaned text."""
    end: int
    sentence: str
    sentence_id: int | None = None
    frame: Frame = field(default_factory=Frame)
    value: dict[str, Any] = field(default_factory=dict)
    """quantity: low, high, unit, counted (+ exact, hedge); place: name; date: start, end,
    granularity (+ resolved, reason)."""
    event_date: str | None = None
    event_date_basis: str | None = None
    """'text' when the sentence dates the event, 'published' when it falls back to the
    publication date, None when neither is known."""
    attribution: str | None = None
    file: str | None = None
    """The source's file name, denormalised for display and export."""
    role: str | None = None
    """What happened to what was counted ("killed", "injured", "hit", "arrested", ...): the
    role's name in the roles data; None when the sentence gives none."""
    counted: dict[str, Any] | None = None
    """The noun counted and its class ({"noun": "man", "class": "persons"}), from the parse."""
    group: dict[str, Any] | None = None
    """The whole and the parts a count belongs to ("two men and a woman": whole 3, parts
    [2, 1]); a part carries `part` (its index), the whole is a derived claim. A count tied
    to a whole its article states (`claims.part_ties`) carries `of` (that whole's start,
    end, headline, role and value: its claim's span) and `tie` (why: listed, member,
    mentioned, care)."""
    derived: bool = False
    """Read from other counts (a whole added up from its parts; hit minus killed)."""
    implicit: bool = False
    """A count of 1 read from a singular mention ("a man was shot"): the span is the mention."""
    headline: bool = False
    """Read from the article's title (headline), not its text: `start`/`end` then index the
    title and `sentence` is the headline read."""

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape used by `workbench claims --json` and everything built on it."""
        data = asdict(self)
        data["frame"] = asdict(self.frame)
        return {
            "id": data["id"],
            "source_id": data["source_id"],
            "file": data["file"],
            "kind": data["kind"],
            "text": data["text"],
            "start": data["start"],
            "end": data["end"],
            "sentence": data["sentence"],
            "frame": data["frame"],
            "value": data["value"],
            "event_date": data["event_date"],
            "event_date_basis": data["event_date_basis"],
            "attribution": data["attribution"],
            "role": data["role"],
            "counted": data["counted"],
            "group": data["group"],
            "derived": data["derived"],
            "implicit": data["implicit"],
            "headline": data["headline"],
        }


@dataclass(slots=True)
class Conflict:
    """Claims from independent sources about the same thing that disagree."""

    id: str
    kind: str
    score: float
    reason: str
    same_day: bool | None
    claim_ids: list[str]
    claims: list[Claim] = field(default_factory=list)
    story_id: int | None = None
    """The story the claims belong to (the earlier one, for a change across a thread)."""
    thread_id: int | None = None
    relation: str = "contradiction"
    """'contradiction' (both cannot be right at one time) or 'update' (of different times)."""
    role: str | None = None
    """For counts: the role disputed ("killed", "arrested")."""
    features: dict[str, float] = field(default_factory=dict)
    """What the calibrated score read (see `findings.score`), kept to refit it later."""


@dataclass(slots=True)
class Corroboration:
    """Claims from independent sources about the same thing that agree."""

    id: str
    kind: str
    score: float
    reason: str
    claim_ids: list[str]
    claims: list[Claim] = field(default_factory=list)
    story_id: int | None = None
    thread_id: int | None = None


@dataclass(slots=True)
class Story:
    """The reports of one event, as grouped (and perhaps fixed by a reviewer)."""

    id: int
    title: str
    thread_id: int
    """Stories following one ongoing situation share a thread."""
    fixed: bool = False
    """A reviewer merged, moved or renamed it: grouping leaves it as they left it."""
    title_fixed: bool = False
    first_published: str | None = None
    last_published: str | None = None
    articles: int = 0
    outlets: list[str] = field(default_factory=list)
    conflicts_open: int = 0
    conflicts_decided: int = 0
    source_ids: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Review:
    """One row of the append-only review log."""

    id: int
    claim_id: str
    status: str
    note: str | None
    reviewer: str
    at: str
    """UTC ISO 8601 timestamp."""
    previous_status: str | None
    undo_of: int | None = None
    """The id of the review this row undoes, when it is an undo."""
    claim_kind: str | None = None
    claim_text: str | None = None
    sentence: str | None = None
    source_file: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    value: dict[str, Any] | None = None
    claim_role: str | None = None
    """A count's role as the claim had it when decided ("hit", "injured"; schema 15: None in
    rows logged before, and for claims without a role)."""
    claim_counted: str | None = None
    """The noun the count counted ("child"), where the parse found one (schema 15)."""
    prev_hash: str | None = None
    """The hash of the log row before this one (the chain; see `store.chain`)."""
    hash: str | None = None
    """SHA-256 of `prev_hash` and this row's content: export the last one to keep a head."""


VERDICTS: tuple[str, ...] = ("right", "both_wrong", "changed", "not_conflict", "cant_tell")
"""A reviewer's answer to a conflict: one side is right, both are wrong, both were right
for their time, it is no conflict at all (a false alarm), or it cannot be told yet."""

VERDICT_LABELS: dict[str, str] = {
    "right": "one side right",
    "both_wrong": "both wrong",
    "changed": "changed over time",
    "not_conflict": "not a conflict",
    "cant_tell": "can't tell yet",
}


@dataclass(slots=True)
class Verdict:
    """One row of the append-only verdict log: a reviewer's answer to one conflict."""

    id: int
    conflict_id: str
    claim_key: str
    """The conflict's claim ids, sorted and space-separated: how a verdict is found again
    after a re-analysis gives the conflict another id."""
    verdict: str | None
    """One of VERDICTS; None on a row that undoes another."""
    reviewer: str
    at: str
    right_claim_ids: list[str] = field(default_factory=list)
    """With "right": the claims of the side judged right."""
    right_value: str | None = None
    """With "right": that side's value as the reviewer saw it ("27 people")."""
    sides: list[dict[str, Any]] = field(default_factory=list)
    """The sides as shown when deciding: value, words as written, claim ids, sources."""
    kind: str | None = None
    reason: str | None = None
    undo_of: int | None = None
    prev_hash: str | None = None
    hash: str | None = None
    """Its link in the review log's hash chain (see `store.chain`)."""

    @property
    def label(self) -> str:
        """What the verdict says, in words ("right: 27 people", "not a conflict")."""
        if self.verdict == "right":
            return f"right: {self.right_value}"
        return VERDICT_LABELS.get(self.verdict or "", "undone")

    @property
    def answer(self) -> tuple[str | None, tuple[str, ...]]:
        """What two verdicts must share to agree: the verdict and the side it picks."""
        return self.verdict, tuple(sorted(self.right_claim_ids))


@dataclass(slots=True)
class Note:
    """One edit of a note on a conflict or a claim (the latest edit is the note)."""

    id: int
    subject: str
    """'conflict' or 'claim'."""
    subject_id: str
    note: str | None
    """None when the note was cleared."""
    reviewer: str
    at: str
    undo_of: int | None = None
    """The edit this one takes back (an undo puts back the text before it)."""
