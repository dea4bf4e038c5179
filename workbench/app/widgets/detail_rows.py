"""The detail panel's plain rows: where a claim comes from, its role, a weekday that
disagrees with its date, which of an article's same-worded claims each one is, and the
head's line of parts (score, kind) wrapped as the screen wraps it.

Kept apart from the panel so that they read as data, testable without a screen.
"""

from __future__ import annotations

from workbench.app.data import ClaimRef, SourceInfo
from workbench.app.text import one_line
from workbench.models import Claim

BASIS = {"text": " (stated in the text)", "published": " (the publication date)"}


def source_line(source: SourceInfo | None, source_id: int) -> str:
    if source is None:
        return f"source {source_id}"
    line = f"{one_line(source.label)} · published {source.published or 'unknown'}"
    return line + (" · a copy" if source.copy_of is not None else "")


def role_rows(claim: Claim) -> list[tuple[str, str]]:
    """The count's role and, for a count no number states or one added up, why."""
    if claim.kind != "quantity" or not (claim.role or claim.implicit or claim.derived):
        return []
    role = claim.role or "no role"
    why = one_line(str(claim.value.get("why") or ""))
    if claim.implicit:
        role += f" · implicit: {why}" if why else " · implicit"
    elif claim.derived:
        role += f" · derived: {why}" if why else " · derived"
    group = claim.group or {}
    if group.get("parts") and "part" in group:
        role += f" · part of {group.get('whole')}"
    return [("role", role)]


def weekday_rows(claim: Claim) -> list[tuple[str, str]]:
    """A weekday the text gives that contradicts the date (or the publication date), or
    the date a count or a place was dated by."""
    if not (claim.value.get("weekday_mismatch") or claim.value.get("event_weekday")):
        return []
    # Imported here, when a claim needs it: `workbench.claims` is the whole extractor,
    # and importing it at start cost the app a third of a second before its first screen.
    from workbench.weekday_checks import claim_weekday_warning

    warning = claim_weekday_warning(claim.kind, claim.value)
    return [("check", warning)] if warning else []


def mentions(claims: list[ClaimRef]) -> dict[str, tuple[int, int]]:
    """Claims of one article in the same words, each numbered in the article's order."""
    same: dict[tuple[int, str], list[ClaimRef]] = {}
    for claim in claims:
        same.setdefault((claim.source_id, " ".join(claim.text.casefold().split())), []).append(
            claim
        )
    out: dict[str, tuple[int, int]] = {}
    for group in same.values():
        if len(group) > 1:
            group.sort(key=lambda c: (c.sentence_id is None, c.sentence_id or 0))
            out.update({c.id: (i, len(group)) for i, c in enumerate(group, 1)})
    return out


def joined(parts: list[str], used: int, width: int) -> list[str]:
    """`parts` after a line's first `used` cells, each set off by " · " (one piece of text
    a part), wrapped as the screen would wrap them (at spaces, within `width`) but never
    after a dot: at 120 columns the line read "open · score 0.15 · date contradiction ·",
    the dot alone at its end and what it introduced cut off below; nor between a word and
    the figure after it (at 80 columns "decided (ann: both wrong) · score" lost its 0.47
    to the line below, out of sight), nor at a no-break space ("same\u00a0day": at 120
    columns "… contradiction · same" above "day")."""
    pieces: list[str] = []
    col = used
    for part in parts:
        text = ""
        for word in ("·", *_units(part)):
            if width > 0 and col > 0 and col + 1 + len(word) > width:
                if word == "·":  # no dot at a line's start either
                    text, col = text + "\n", 0
                    continue
                if text.endswith(" ·"):
                    text = text.removesuffix(" ·")
                text, col = f"{text}\n{word}", len(word)
            else:
                text += f"{' ' if col else ''}{word}"
                col += (1 if col else 0) + len(word)
        pieces.append(text)
    return pieces


def _units(part: str) -> list[str]:
    """The words of `part`, a figure kept with the word before it ("score 0.47")."""
    units: list[str] = []
    for word in (w for w in part.split(" ") if w):  # not at a no-break space
        if units and word[0].isdigit():
            units[-1] += f" {word}"
        else:
            units.append(word)
    return units
