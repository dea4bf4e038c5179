"""A source's parts against its own whole: which figures are a subgroup, and which parts
cannot be the story's parts at all.

Kept apart from comparing figures (`figure_conflicts`), which sets aside what these find.
"""

from __future__ import annotations

from workbench import vocabulary
from workbench.claims.others import is_remainder
from workbench.claims.roles import default as roles_default
from workbench.findings.figure_relations import bounds, exceeds
from workbench.findings.figures import Figure
from workbench.findings.knowledge import role_bounds, role_sums

SUBGROUP_SHARE = 0.5
"""A source's whole at most this share of one of its own parts is a subgroup it names, not
its total: "her two friends had also been hit" beside the same report's 49 dead and 53
wounded counts two of the hit; "4 other victims" taken to one hospital beside its own 11
injured counts four of the hit (finder 20: of every part, before, which left 8 such false
alarms on the judged pool and no real one). A part larger than its whole is set aside too
(a part counted on another basis: "50 killed" beside "49 victims plus the suspect", the
hurt by glass among the wounded): such a source says nothing firm of the whole or of that
part. (Keeping the parts of a subgroup instead listed two more false alarms on the judged
pool: a misread "78 killed" and eight hurt beside six shot.)"""


def _subgroups(roles: dict[str, list[Figure]]) -> set[int]:
    """The stated wholes (by id) that are subgroups: their source states a part of the sum
    (the dead or the wounded) at least twice the whole, or the whole is one and a part it
    holds is more (one of them, named). A whole is never smaller than its part: the
    source counts some of them ("two men" who took themselves to hospital, beside its five
    hospitalised; "no officers" hit, beside its seven injured)."""
    found = set()
    for whole_role, part_roles in role_sums().items():
        for whole in roles.get(whole_role, []):
            if whole.derived or whole.implicit:
                continue
            parts = {
                r: [p for p in roles.get(r, []) if p.witness == whole.witness and not p.implicit]
                for r in part_roles
            }
            stated = [p.typical for ps in parts.values() for p in ps]
            if whole.typical == 1 and any(v > 1 for v in stated):
                found.add(id(whole))  # "One, a guest, was shot" beside its four injured
            elif stated and whole.typical <= SUBGROUP_SHARE * max(stated):
                found.add(id(whole))
    return found


def _two_times(a: Figure, b: Figure) -> bool:
    """The text dates the two figures to periods that do not meet: a text of two times
    (captions written the week of a shooting beside a report months on, "a Nov. 2016
    shooting that left six injured"), whose part and whole are counts of two moments, not
    a part counted on another basis."""
    pa, pb = a.event_period, b.event_period
    return bool(pa and pb) and (pa[0] > pb[1] or pb[0] > pa[1])


def _kinds(figure: Figure) -> set[str | None]:
    """The kinds of persons its mentions name (the vocabulary's roles: "officers" ->
    security), None for a mention naming none ("two people", "her")."""
    vocab = vocabulary.default()
    return {vocab.role(str((c.counted or {}).get("noun") or "")) for c in figure.claims}


def _harmed_kinds() -> set[str | None]:
    """The kinds of the roles data's own counted nouns (victims, casualties -> patients):
    a mention of one of them names the harmed as such, not a kind among them."""
    return {vocabulary.default().role(n) for n in roles_default().counted_nouns}


def _counts_beside_one(whole: Figure, part: Figure) -> bool:
    """A whole read only from singular mentions ("a man who had been shot") and a stated
    part that counts others beside those told singly ("eight others injured") or counts the
    harmed as such ("Both victims are expected to survive"): the singular mention names
    one of the part's people or one more beside them, so the whole is at least the part,
    not a ceiling the parts overrun. A part counting people of no such noun ("13 people"
    killed beside "the teacher" hit) is still set against the one."""
    if not whole.implicit or part.implicit:
        return False
    if any(is_remainder(c) for c in part.claims):
        return True
    kinds = _kinds(part)
    return None not in kinds and kinds <= _harmed_kinds()


def _some_of_a_kind(whole: Figure, parts: list[Figure]) -> bool:
    """The whole states a number of people of one kind ("Two Capitol Police officers were
    shot"), not of the harmed as such (victims, casualties: the kind of the roles data's
    own nouns), and a part of its own source tells others, no mention of them of that kind
    ("killing her and another woman"): the kind is some of those hit, not all of them. A
    whole read from a singular mention ("the teacher") states no number: the largest part
    goes, as before (beside it, "13 people" killed that no other part bears out)."""
    harmed = _harmed_kinds()
    kinds = _kinds(whole)
    if whole.implicit or None in kinds or kinds & harmed:
        return False
    return any(not _kinds(p) & kinds for p in parts)


def _zero_parts_short(roles: dict[str, list[Figure]]) -> set[int]:
    """The zeros (by id) of a part whose own source states its whole above its other parts
    ("two teens were shot", "no one was killed", "No one inside the community center was
    injured"): the parts fall short of the whole, so the zero is of some of the people (those
    inside), never the part's count. Every part needs a figure of the source: "two shot, no
    one killed" alone tells nothing of the hurt."""
    found = set()
    for whole_role, part_roles in role_sums().items():
        for whole in roles.get(whole_role, []):
            if whole.derived or whole.implicit or whole.range.low < 1:
                continue
            mine = {
                r: [p for p in roles.get(r, []) if p.witness == whole.witness] for r in part_roles
            }
            if any(not ps for ps in mine.values()):
                continue
            for role, parts in mine.items():
                for zero in parts:
                    if zero.range.high != 0 or zero.implicit:
                        continue
                    others = sum(
                        max(p.range.high for p in ps) for r, ps in mine.items() if r != role
                    )
                    if others < whole.range.low:
                        found.add(id(zero))
    return found


def inconsistent_parts(roles: dict[str, list[Figure]]) -> set[int]:
    """The figures (by id) of a part larger than its own source's whole ("50 people were
    killed" beside "49 shooting victims plus suspect"): that source counts the part on
    another basis (the shooter among the dead, the hurt by glass among the wounded), so
    its part is no rival to another source's count of it; of a whole that is a subgroup
    (`_subgroups`); and of a zero part its whole outnumbers (`_zero_parts_short`)."""
    found = _subgroups(roles)
    subgroups = set(found)
    found |= _zero_parts_short(roles)
    for part_role, whole_role in role_bounds():
        for part in roles.get(part_role, []):
            for whole in roles.get(whole_role, []):
                if id(whole) in subgroups:
                    continue  # "One, a guest, was shot" beside its four injured: the one
                    # is some of them, the part is the source's count
                if (
                    part.witness == whole.witness
                    and exceeds(part, whole)
                    and not _two_times(part, whole)
                ):
                    found.add(id(part))
    # Parts that add up to more than their own source's whole ("shot four men", read as
    # four wounded, beside "the teen killed" and four hit): one counts some twice, most
    # likely the largest, which is set aside; unless the whole counts people of a kind
    # beside others told in a part (`_some_of_a_kind`): the whole is then the part.
    for whole_role, part_roles in role_sums().items():
        for whole in roles.get(whole_role, []):
            if whole.derived or id(whole) in found:
                continue
            parts = [
                p
                for r in part_roles
                for p in roles.get(r, [])
                if p.witness == whole.witness and not _two_times(p, whole)
            ]
            stated = [p for p in parts if not p.implicit]
            if stated and sum(p.range.low for p in parts) > bounds(whole, whole)[1] + 1e-9:
                largest = max(stated, key=lambda p: p.range.low)
                if _counts_beside_one(whole, largest):
                    continue  # the one told singly is of the part's people or beside them
                found.add(id(whole) if _some_of_a_kind(whole, parts) else id(largest))
    return found
