"""Counts that are not this incident's whole, as the claims mark them (issues #15 and #16).

The conflict finder's false alarms on untuned text are mostly counts of another event (a
city's weekend totals, an earlier shooting the article recalls) and parts of a group read as
its whole. The labels say both: a count of other events is `this_incident: false`, and a
look-alike pair between outlets (`pairs`, `relation: lookalike`) is two counts that must
never be set against each other. This module counts, beside `claims_scoring`'s figures:

- each labelled count of other events in the text: **marked** (a claim of its sentence
  with its role and number carries a mark that keeps it from this incident's figures:
  `tally`, `other_event`), **plain** (read only as a claim of this incident, which a
  finder would compare) or **unread** (no claim of its role and number);
- as a guard, this incident's labelled counts read only as marked claims (set aside wrongly);
- each look-alike pair of two different numbers whose sides are both read: **kept apart**
  (a side marked as a part of a group, `part_of`, a group's `part`, a count its claims tie
  to a larger whole of its article, `part_ties`, or "others" beside people of their own
  role, `besides`, or as another event's; two counts told by
  one verb of care stay comparable, as the finder compares them; or a side counts a
  person's victims beside that person's death, `claims.agents`, and the other one more)
  or **comparable** (two plain claims); and, as a guard, the real pairs (contradictions and
  updates) with a side so marked.
"""

from __future__ import annotations

import re
from collections import Counter

from workbench.claims.agents import WITHOUT_AGENT_MARK
from workbench.claims.besides import leaves_out_its_own
from workbench.claims.care_words import care_phrases, predicate_words
from workbench.claims.other_events import OTHER_EVENT_MARK
from workbench.claims.part_ties import is_tied_part
from workbench.claims.roles import HARM_ROLES
from workbench.claims.tallies import TALLY_MARK

OTHER_MARKS = (TALLY_MARK, OTHER_EVENT_MARK)
WRONGLY_ASIDE = "this incident's set aside as other events"
"""The marks of a count that is not of this incident (the scorer and the finder read both)."""


def set_aside(claim) -> str | None:
    """Why a finder never sets this claim against this incident's whole: "other" (another
    event's count), "part" (a part of a group), or None (a plain claim)."""
    if any(claim.value.get(mark) for mark in OTHER_MARKS):
        return "other"
    if claim.value.get("part_of") or is_tied_part(claim) or leaves_out_its_own(claim):
        return "part"
    return None


def _sentence_ids(phrase: str, source, sentences) -> set[int]:
    """The sentences of the cleaned text that hold the labelled phrase (any case)."""
    spots = [m.start() for m in re.finditer(re.escape(phrase), source.text, re.IGNORECASE)]
    return {s.id for s in sentences for at in spots if s.start <= at < s.end}


def read_as(gold: dict, source, sentences, claims, states) -> list:
    """The quantity claims of the label's sentences (or the title's, for a phrase of the
    title) with its role and number."""
    ids = _sentence_ids(gold["phrase"], source, sentences)
    in_title = gold["phrase"].casefold() in (source.title or "").casefold()
    return [
        c
        for c in claims
        if c.kind == "quantity"
        and c.role == gold["role"]
        and ((c.headline and in_title) or (not c.headline and c.sentence_id in ids))
        and states(c.value, gold["value"])
    ]


def mark_article(label: dict, extracted: tuple, marks: Counter, states) -> None:
    """Count one article's other-event labels by how they are read (and the guard); the
    labels of the harm roles only, as `claims_scoring` (arrests: `claims_read_roles`)."""
    source, sentences, claims = extracted
    if source is None:
        return
    for gold in (g for g in label["counts"] if g["role"] in HARM_ROLES):
        found = read_as(gold, source, sentences, claims, states)
        kinds = {set_aside(c) for c in found}
        if not gold["this_incident"]:
            how = "marked" if "other" in kinds else "plain" if kinds else "unread"
            marks[f"other events {how}"] += 1
        elif kinds == {"other"}:
            marks[WRONGLY_ASIDE] += 1


def mark_pairs(incident: dict, read: dict, marks: Counter, states) -> None:
    """Count one incident's labelled pairs between outlets by how their sides are read
    (`read`: doc id -> (label, extracted))."""
    for pair in incident.get("pairs", []):
        if pair["a_value"] == pair["b_value"]:
            continue
        sides, cares, founds = [], [], []
        for doc, phrase, value in (("a", "a_phrase", "a_value"), ("b", "b_phrase", "b_value")):
            if pair[doc] not in read or read[pair[doc]][1][0] is None:
                break
            source, sentences, claims = read[pair[doc]][1]
            gold = {"phrase": pair[phrase], "value": pair[value]}
            found = [
                c
                for role in HARM_ROLES
                for c in read_as({**gold, "role": role}, source, sentences, claims, states)
            ]
            sides.append({set_aside(c) for c in found})
            founds.append(found)
            cares.append(_care_verbs(found))
        if len(sides) < 2 or not all(sides):
            continue
        # Counts told by one verb of care stay comparable, parts or not: the finder sets
        # them against each other where the totals agree (`findings.care_counts`).
        apart = any(None not in side for side in sides) and not cares[0] & cares[1]
        apart = apart or _doer_left_out(pair, founds)
        kind = "look-alike" if pair["relation"] == "lookalike" else "real pair"
        marks[f"{kind} {'kept apart' if apart else 'comparable'}"] += 1


def _doer_left_out(pair: dict, founds: list[list]) -> bool:
    """One side counts a person's victims where its article tells that person dead too
    (`claims.agents`), the other one more: the doer counted among the dead or not, as the
    finder reads it (`figure_holds._perpetrator_counted`)."""
    values = (pair["a_value"], pair["b_value"])
    return any(
        values[1 - i] == values[i] + 1 and any(c.value.get(WITHOUT_AGENT_MARK) for c in founds[i])
        for i in (0, 1)
    )


def _care_verbs(found: list) -> set[str]:
    """The verbs of care ("take" of "taken to hospital") the side's stated counts are
    told by."""
    verbs = care_phrases("injured")[0]
    return {
        v
        for c in found
        if not (c.implicit or c.derived)
        for v in verbs.intersection(predicate_words(c))
    }


def report_marks(marks: dict) -> list[str]:
    """The figures as two lines of `claims_gva.py`'s report."""
    if not marks:
        return []
    other = [marks.get(f"other events {k}", 0) for k in ("marked", "plain", "unread")]
    pairs = [
        marks.get(k, 0)
        for k in (
            "look-alike kept apart",
            "look-alike comparable",
            "real pair kept apart",
            "real pair comparable",
        )
    ]
    return [
        f"  other events' counts: {other[0]} marked, {other[1]} plain (a finder compares "
        f"them), {other[2]} unread, of {sum(other)}; this incident's set aside as other "
        f"events {marks.get(WRONGLY_ASIDE, 0)}",
        f"  pairs of two numbers, both read: look-alikes {pairs[0]} kept apart by a mark, "
        f"{pairs[1]} comparable; real pairs {pairs[2]} kept apart (wrongly), {pairs[3]} "
        f"comparable",
    ]
