"""How claims, conflicts and decisions read on screen, as literal `rich.text.Text`.

Shared by the lists, the detail panel and the help screen; kept apart from the
widgets so the wording can be tested without running the app. Never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from rich.style import Style
from rich.text import Text

from workbench.app.data import ClaimRef, Decisions, Finding, SourceInfo
from workbench.app.held_sides import join_held
from workbench.app.queue import finding_date, finding_state
from workbench.app.text import one_line
from workbench.app.values import format_value

StyleFor = Callable[[str], Style]
"""Looks up a named style (a component class from app.tcss)."""

STATE_GLYPHS: dict[str | None, str] = {
    None: "○",
    "verified": "✔",
    "disputed": "✘",
    "unresolved": "?",
}
FINDING_GLYPHS = {
    "open": "○",
    "partial": "◐",
    "decided": "●",
    "cant_tell": "?",
    "not_conflict": "–",
    "disagreed": "!",
    "gone": "∅",
}
STATE_WORDS = {
    "open": "open",
    "partial": "partly tagged",
    "decided": "decided",
    "cant_tell": "can't tell yet",
    "not_conflict": "not a conflict",
    "disagreed": "disagreed",
    "gone": "claims gone",
}
COMPACT_WIDTH = 50
"""Below this many cells a claim row leaves out the kind column."""
WIDE_ROW = 80
"""From this many cells a conflict row has room for the kind column too."""
KIND_LABELS = {"quantity": "count", "place": "place", "date": "date"}
"""The kind column's word for each claim kind, five cells at most: a reader scanning rows
reads "count", where the model's "quantity" cut to five read "quant"."""


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)[:5]


@dataclass(slots=True)
class Side:
    """One side of a finding: the claims that agree on a value."""

    value: str
    """The normalised value ("22–26 men (around)"), else the words as written."""
    written: str
    """The side's words as an article put them ("around two dozen men", "Eastfield")."""
    sources: list[str]
    claims: list[ClaimRef]
    role: str | None = None
    """Set when the side's claims count in another role than the finding's: "1 injured"
    is the side "none killed" of a killed conflict, "3 charged" the part of an arrested whole."""

    def as_dict(self) -> dict[str, Any]:
        """What a verdict keeps of the side, for the log and the exports."""
        return {
            "value": self.value,
            "written": self.written,
            "sources": self.sources,
            "claim_ids": [c.id for c in self.claims],
        }


def as_written(claims: list[ClaimRef]) -> str:
    """A side's words as written: its shortest claim, or for a place the name itself as it
    appears in the text (a reviewer reads "Eastfield", not "Lyon district of Eastfield")."""
    # the shortest words that name what is counted: "he" is a count of one too, but
    # "a 16-year-old boy" says whom
    best = min(
        claims,
        key=lambda c: (
            c.kind == "quantity" and not c.value.get("counted"),
            len(one_line(c.text)),
            claims.index(c),
        ),
    )
    text = one_line(best.text)
    name = best.value.get("name") if best.kind == "place" else None
    if isinstance(name, str) and name.strip():
        at = text.casefold().find(one_line(name).casefold())
        if at >= 0:
            return text[at : at + len(one_line(name))]
    return text


def finding_sides(finding: Finding, sources: Mapping[int, SourceInfo]) -> list[Side]:
    """The distinct values in a finding, in order (an update's by the date of its first
    report), each with its words and its sources."""
    grouped: dict[str, tuple[str, list[ClaimRef], list[str], str | None]] = {}
    for claim in finding.claims:
        shown = key = format_value(claim.kind, claim.value, claim.text)
        other_role = None
        if finding.role and claim.kind == "quantity":
            # a count in a role: one figure is one side, whatever noun each mention uses
            # ("Coachella teen", "a 16-year-old boy" and "he" were three sides of 1 arrested)
            key = format_value(claim.kind, {**claim.value, "counted": None}, claim.text)
            if claim.role and claim.role != finding.role:
                # 1 injured against 1 killed is two sides (the finder read "none killed")
                other_role = claim.role
                key, shown = f"{key} {other_role}", f"{shown} ({other_role})"
        _, claims, labels, _ = grouped.setdefault(key.casefold(), (shown, [], [], other_role))
        claims.append(claim)
        source = sources.get(claim.source_id)
        label = source.label if source else f"source {claim.source_id}"
        if label not in labels:
            labels.append(label)
    sides = join_held(
        [
            Side(value, as_written(claims), labels, claims, role)
            for value, claims, labels, role in grouped.values()
        ]
    )
    if _added_up(finding):
        sides = _sides_by_source(finding, sources)
    if any(side.role for side in sides):  # name every side's role, the finding's too
        for side in sides:
            side.role = side.role or finding.role
    if finding.relation == "update":  # a timeline: the earliest report's figure first

        def first_report(side: Side) -> str:
            dates = [
                s.published
                for c in side.claims
                if (s := sources.get(c.source_id)) is not None and s.published
            ]
            return min(dates, default="9999")

        sides.sort(key=first_report)
    return sides


def _added_up(finding: Finding) -> bool:
    """A figure the finder added up from one source's parts ("1 Dead" killed + "3 Others"
    injured: 4 hit) against another's: the sides are the sources, not the parts (by part
    the row read "killed: 1 Dead ≠ injured: 3 Others ≠ …", at 120 columns "killed ≠
    injured ≠ injured")."""
    roles: dict[int, set[str | None]] = {}
    for claim in finding.claims:
        roles.setdefault(claim.source_id, set()).add(claim.role)
    return bool(finding.role) and any(len(r) > 1 and r - {finding.role} for r in roles.values())


def _sides_by_source(finding: Finding, sources: Mapping[int, SourceInfo]) -> list[Side]:
    """One side per source (sources that say the same parts share one), its parts joined
    by "+" in the order the claims come."""
    parts_of: dict[int, dict[str, list[ClaimRef]]] = {}
    for claim in finding.claims:
        value = format_value(claim.kind, {**claim.value, "counted": None}, claim.text)
        part = f"{value} {claim.role or finding.role}"
        parts_of.setdefault(claim.source_id, {}).setdefault(part, []).append(claim)
    sides: dict[tuple[str, ...], Side] = {}
    for source_id, parts in parts_of.items():
        source = sources.get(source_id)
        label = source.label if source else f"source {source_id}"
        written = " + ".join(as_written(claims) for claims in parts.values())
        side = sides.setdefault(tuple(parts), Side(" + ".join(parts), written, [], []))
        side.sources.append(label)
        side.claims.extend(c for claims in parts.values() for c in claims)
    return list(sides.values())


def side_texts(sides: list[Side], role: str | None = None) -> tuple[list[str], bool]:
    """Each side as the list shows it, and whether they differ on screen: words that read
    the same on two sides get the value after them (a count of none says so, in the
    finding's `role`), and sides that still read the same are never joined by "≠"."""
    texts = [side.written for side in sides]
    folded = [t.casefold() for t in texts]
    for i, side in enumerate(sides):
        if side.role:  # "injured: The girl → killed: The 2-year-old": the change first
            texts[i] = f"{side.role}: {side.written}"
        elif folded.count(folded[i]) > 1 and side.value.casefold() != folded[i]:
            texts[i] = f"{side.written} ({_none(role) if _counts_none(side) else side.value})"
    return texts, len({t.casefold() for t in texts}) == len(texts)


def _counts_none(side: Side) -> bool:
    """A side whose every count is zero: "a man" a page says is still sought, 0 arrested."""
    counts = [c.value for c in side.claims if c.kind == "quantity"]
    return bool(counts) and all(v.get("low") == 0 and v.get("high") in (0, None) for v in counts)


def _none(role: str | None) -> str:
    """A zero count beside the same words counted once: "a man (1 man) → a man (0)" left
    the reviewer to guess 0 what (walk41); "none arrested" says it."""
    return f"none {role}" if role else "none"


def event_words(finding: Finding, sources: Mapping[int, SourceInfo], *, short: bool = False) -> str:
    """Where and when: "Caracas, 2019-01-21" (either part may be missing). An update's
    when is the span of its figures' dates, "2019-01-21 → 2019-04-30", or (`short`) the
    later one: the event's date alone hid that the later figure was reported three
    months on (walk33)."""
    return ", ".join(p for p in (finding.place, _when(finding, sources, short)) if p)


def _when(finding: Finding, sources: Mapping[int, SourceInfo], short: bool) -> str:
    if finding.relation != "update":
        return finding_date(finding, sources)
    dates = {
        date
        for c in finding.claims
        if (date := c.event_date or ((s := sources.get(c.source_id)) and s.published))
    }
    if len(dates) < 2:
        return finding_date(finding, sources)
    return max(dates) if short else f"{min(dates)} → {max(dates)}"


def fit(texts: list[str], room: int) -> list[str]:
    """Shorten the longest texts first until all fit in `room` cells together."""
    if sum(len(t) for t in texts) <= room:
        return texts
    cap = max(len(t) for t in texts)
    while cap > 4 and sum(min(len(t), cap) for t in texts) > room:
        cap -= 1
    return [one_line(t, cap) for t in texts]


def fit_sides(sides: list[Side], texts: list[str], room: int) -> list[str]:
    """`fit`, but sides that differ by role keep their roles whole and shorten their nouns
    ("injured: The girl → killed: The 2-y…" at 80 columns, not "The girl (inju…"); a noun
    left too short to read gives way to the figure ("1 injured → 1 killed"). The roles
    alone read "arrested → charged" on two rows of one story at 80 columns, alike and
    saying neither figure (walk of gva records 2101-2400)."""
    if not all(side.role for side in sides) or sum(len(t) for t in texts) <= room:
        return fit(texts, room)
    heads = [f"{side.role}: " for side in sides]
    nouns = fit([side.written for side in sides], room - sum(len(h) for h in heads))
    if any(len(n) < 8 and n != s.written for n, s in zip(nouns, sides, strict=True)):
        return fit([f"{_figure(side)} {side.role}".lstrip() for side in sides], room)
    return [h + n for h, n in zip(heads, nouns, strict=True)]


_LEGIBLE = 6
"""The fewest cells a side cut short keeps before the row names fewer sides instead."""


def _fewer_sides(
    sides: list[Side], texts: list[str], room: int, joiner: int, *, agree: bool = False
) -> list[str]:
    """`fit_sides`, but when more than two sides would each be cut past reading, the first
    ones whole and "+N more": five times at 80 columns read "01:… ≠ 7:3… ≠ 00:… ≠ …".
    Sides that `agree` (a corroboration) are never cut while fewer would fit whole, down to
    one: they say one figure, and at 160 columns five of them read "Triple … = Three w… =
    three d… = …" (walk35, 1,000 real articles)."""
    legible, fewest = (10**6, 1) if agree else (_LEGIBLE, 2)
    fitted = fit_sides(sides, texts, room)
    cut = [f for f, t in zip(fitted, texts, strict=True) if f != t and len(f) < legible]
    for shown in range(len(sides) - 1, fewest - 1, -1) if cut and len(sides) > 2 else ():
        more = f"+{len(sides) - shown} more"
        spare = room + (len(sides) - 1 - shown) * joiner - len(more)  # joiners not used
        first = fit_sides(sides[:shown], texts[:shown], spare)
        if all(f == t or len(f) >= legible for f, t in zip(first, texts, strict=False)):
            return [*first, more]
    if agree and cut and len(sides) > 2:  # not even one whole: the first, cut, and the rest
        more = f"+{len(sides) - 1} more"
        return [
            *fit_sides(sides[:1], texts[:1], room + (len(sides) - 2) * joiner - len(more)),
            more,
        ]
    return fitted


def _figure(side: Side) -> str:
    """The side's count without its noun ("0", "≥ 1 (at least)"); "" if it has none."""
    claim = next((c for c in side.claims if c.kind == "quantity"), None)
    if claim is None:
        return ""
    return format_value(claim.kind, {**claim.value, "counted": None}, "")


def finding_row(
    finding: Finding,
    sources: Mapping[int, SourceInfo],
    decisions: Decisions,
    style: StyleFor,
    width: int,
) -> Text:
    """One line of the conflict (or corroboration) list: what each side says, as written,
    then where and when, then the sources in whatever room is left."""
    state = finding_state(finding, decisions.statuses, decisions)
    row = Text(no_wrap=True, end="")
    row.append(f"{FINDING_GLYPHS[state]} ", style(f"state-{state}"))
    if width >= WIDE_ROW:  # narrower: the words matter more (the kind is in the detail)
        row.append(f"{kind_label(finding.kind):<5} ", style("kind"))
    if state == "gone":
        row.append(one_line("claims removed by a re-analysis", width - len(row)), style("dim"))
        return row
    sides = finding_sides(finding, sources)
    texts, differ = side_texts(sides, finding.role)
    joiner = " = " if finding.group != "conflict" else (" ≠ " if differ else " · ")
    if finding.relation == "update" and differ:
        joiner = " → "  # one figure that changed between reports, not two that clash
    room = width - len(row) - len(joiner) * (len(sides) - 1)
    left = room - sum(len(t) for t in texts)
    event = next(
        (
            e
            for short in (False, True)
            if len(e := event_words(finding, sources, short=short)) + 3 <= left
        ),
        "",
    )
    if event:
        room -= len(event) + 3
    agree = finding.group != "conflict"
    for i, text in enumerate(_fewer_sides(sides, texts, room, len(joiner), agree=agree)):
        if i:
            row.append(joiner, style("dim"))
        row.append(text)
    if event:
        row.append(f" · {event}", style("kind"))
    left = width - len(row) - 2
    if left >= 8:
        labels = _source_labels(sides, None)
        if len(labels) > left:
            labels = _source_labels(sides, 16)
        row.append(f"  {one_line(labels, left)}", style("dim"))
    return row


def _source_labels(sides: list[Side], width: int | None) -> str:
    """Each side's sources, sides apart by " | "; once when every side has the same (an
    outlet's own update read "sanfrancisco.cb… |…" at 120 columns, its name twice)."""
    named = [" + ".join(one_line(x, width) for x in side.sources) for side in sides]
    return named[0] if len(set(named)) == 1 else " | ".join(named)


def claim_row(
    claim: ClaimRef,
    sources: Mapping[int, SourceInfo],
    statuses: Mapping[str, str],
    style: StyleFor,
    width: int,
) -> Text:
    """One line of the claim list: state, kind, a count's role, the words as written, then
    the source in the room the words leave. The role comes first, as in a finding's row
    ("injured: The girl"): one mention counted in two roles is two claims, and without it
    their two rows read the same."""
    status = statuses.get(claim.id)
    row = Text(no_wrap=True, end="")
    row.append(f"{STATE_GLYPHS[status]} ", style(f"status-{status or 'none'}"))
    if width >= COMPACT_WIDTH:
        row.append(f"{kind_label(claim.kind):<5} ", style("kind"))
    if claim.role and width - len(row) >= len(claim.role) + 8:
        row.append(f"{claim.role}: ", style("kind"))
    source = sources.get(claim.source_id)
    label = one_line(source.label if source else str(claim.source_id))
    words = one_line(claim.text)
    room = width - len(row)
    label_room = max(0, min(len(label), room - len(words) - 2))
    row.append(one_line(words, room - (label_room + 2 if label_room >= 6 else 0)))
    if label_room >= 6:
        row.append(f"  {one_line(label, label_room)}", style("dim"))
    return row


_TITLE_KEPT = 8
"""The cells of a source's title a picker row keeps before its name gives way."""


def source_choice(source: SourceInfo, width: int = 70) -> Text:
    """A source as a picker lists it: its name (the same everywhere: outlet, else title,
    else file), then its date and title, so two reports of one outlet read apart."""
    date = f" · {source.published or 'no date'}"
    title = source.title if source.title and source.title != source.label else None
    # On a narrow row the name gives way (down to 8 cells) so the title keeps 8: a floor
    # for the title alone overran the row's marks ("· no article tex" at 80 columns).
    kept = _TITLE_KEPT + 3 if title else 0
    name = one_line(source.label, max(8, min(30, width - len(date) - kept)))
    text = Text(name, no_wrap=True, end="")
    text.append(date, "dim")
    if title:
        text.append(f" · {one_line(title, max(1, width - len(text) - 3))}")
    return text
