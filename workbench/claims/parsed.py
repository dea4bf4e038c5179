"""The claims a sentence's parse adds: roles for its counts, its groups, its implied counts.

`quantities.py` and `dates.py` find the spans; this reads the parse around them and returns
what each quantity claim gains (role, counted noun, group) and the new quantity claims the
parse alone shows: a group's whole, injured derived from hit and killed, singular victims,
zeros and multiplied events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.claims.additions import ADDED_MARK, told_as_added
from workbench.claims.agents import AGENT_MARK, agent_of
from workbench.claims.arrest_states import arrest_state_counts
from workbench.claims.condition_fields import condition_fields
from workbench.claims.controlled import own_ends
from workbench.claims.count_groups import group_span, own_end, whole_stated
from workbench.claims.counts import (
    HARM_ON_NOUN,
    THE_OTHER_MARK,
    count_frame,
    fatal_parts,
    number_token,
)
from workbench.claims.group_parts import counted_group_parts
from workbench.claims.included import PART_MARK, included_members
from workbench.claims.lemmas import lemma_of
from workbench.claims.mention_kinds import DEATH_NOUN_MARK
from workbench.claims.mention_record import Mention
from workbench.claims.mentions import singular_mentions
from workbench.claims.ordinals import rank_ones
from workbench.claims.others import (
    NEWCOMER_MARK,
    ONE_OF_MARK,
    OTHERS_MARK,
    VICTIM_ROLE_FROM,
    named_as_others,
)
from workbench.claims.partitives import partitive_ones
from workbench.claims.predicates import JOINED_HIT_MARK, WOUND_HIT_MARK
from workbench.claims.rank_floors import floor_value, ranked_floors
from workbench.claims.repair_order import repair_steps, repaired_parse, repairs_kept
from workbench.claims.rites import RITE_MARK
from workbench.claims.roles import Roles
from workbench.claims.survival import SURVIVAL_MARK
from workbench.claims.tallies import TALLY_MARK, plural_tally, tally_counts
from workbench.claims.told_dead import ABSENCE_MARK
from workbench.claims.word_counts import both_counts, multiplied_events, zero_counts
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary

Span = tuple[int, int]
__all__ = ["ParsedClaims", "repair_steps", "repaired_parse", "repairs_kept", "syntax_claims"]
"""`repair_steps`, `repaired_parse` and `repairs_kept` live in `repair_order`; read here too."""


@dataclass(slots=True)
class ParsedClaims:
    about: dict[Span, dict[str, Any]] = field(default_factory=dict)
    """Per quantity span: the Claim fields the parse gives (role, counted, group, ...)."""
    new: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)
    """New quantity claims: span and value."""
    second: list[tuple[int, int, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    """Counts in a second role on the span of another claim ("shot and wounded": hit as
    well as injured): span, value and the Claim fields."""


def _count_value(n: float, counted: str | None, why: str) -> dict[str, Any]:
    v = int(n) if n == int(n) else n
    return {
        "low": v,
        "high": v,
        "unit": None,
        "counted": counted,
        "exact": True,
        "hedge": None,
        "why": why,
    }


def syntax_claims(
    parse: Parse,
    quantities: list[Any],
    dates: list[Any],
    roles: Roles,
    places: Sequence[Any] = (),
    repaired: bool = False,
) -> ParsedClaims:
    """The counts and mentions read over the sentence's parse (`repaired`: the caller has
    repaired it already, `repaired_parse`)."""
    out = ParsedClaims()
    if not repaired:
        parse = repaired_parse(parse, roles)
    vocab = vocabulary()
    # A date or a dateline is never a person ("CARACAS, Venezuela —" is no pair of names).
    taken: list[Span] = [(d.start, d.end) for d in dates]
    taken += [(p.start, p.end) for p in places if p.value.get("dateline")]
    groups_done: set[int] = set()
    hits: list[tuple[int, Any]] = []
    not_parts = list(taken)
    for q in quantities:
        unit = q.value.get("unit")
        frame = count_frame(parse, q.start, q.end, roles, vocab, unit)
        _without_taken_parts(parse, frame, not_parts)
        q.end = own_end(parse, q.end, frame.nominal, frame.extra.get("group_tokens"))
        taken.append((q.start, q.end))
        info: dict[str, Any] = {"role": frame.role, "counted": frame.counted}
        if frame.predicate:
            q.value["predicate"] = frame.predicate
        if frame.why and frame.role:
            q.value["role_from"] = frame.why
        if frame.extra.get("negated"):
            q.value["negated"] = True
        agent = agent_of(parse, frame.nominal, frame.role, vocab, roles)
        if agent is not None:
            q.value[AGENT_MARK] = agent
        if frame.extra.get("wound"):
            q.value["wound"] = True
        if frame.extra.get(SURVIVAL_MARK):
            q.value[SURVIVAL_MARK] = frame.extra[SURVIVAL_MARK]
        if frame.role == "killed" and plural_tally(parse, frame.nominal, roles):
            q.value[TALLY_MARK] = True
        others = named_as_others(parse, frame.nominal)
        if others and (frame.extra.get("wound") or frame.extra.get("also_wound")):
            q.value[OTHERS_MARK] = True
        if frame.extra.get(HARM_ON_NOUN):
            q.value[HARM_ON_NOUN] = True
        if frame.extra.get(THE_OTHER_MARK):
            q.value[THE_OTHER_MARK] = True
        if frame.extra.get("of_noun"):
            q.value["of_noun"] = frame.extra["of_noun"]
        tokens = frame.extra.get("group_tokens")
        if frame.group is not None and tokens:
            part = next((i for i, k in enumerate(tokens) if k == frame.nominal), 0)
            info["group"] = {**frame.group, "part": part}
            start, end = group_span(parse, tokens)
            whole = float(frame.group["whole"])
            if (
                tokens[0] not in groups_done
                and not _inexact_part(quantities, start, end)
                and not whole_stated(parse, tokens, whole)
            ):
                groups_done.add(tokens[0])
                parts = " + ".join(str(v) for v in frame.group["parts"])
                value = _count_value(
                    whole,
                    frame.counted and frame.counted["noun"],
                    f"{parts}: the parts named together",
                )
                if agent is not None:
                    value[AGENT_MARK] = agent
                out.new.append((start, end, value))
                out.about[(start, end)] = {
                    "role": frame.role,
                    "counted": frame.counted,
                    "group": dict(frame.group),
                    "derived": True,
                }
        out.about[(q.start, q.end)] = info
        also = frame.extra.get("also")
        if also is not None and q.value["low"] == q.value["high"] and not frame.group:
            why = f"{frame.why or frame.role}: {also} as well as {frame.role}"
            noun = frame.counted and frame.counted["noun"]
            value = _count_value(float(q.value["low"]), noun, why)
            if frame.extra.get("also_wound"):
                value[WOUND_HIT_MARK] = True
                if others:
                    value[OTHERS_MARK] = True
            if frame.extra.get("also_joined"):
                value[JOINED_HIT_MARK] = True
            out.second.append((q.start, q.end, value, {"role": also, "counted": frame.counted}))
        if frame.nominal is not None and frame.role == "hit" and q.value["low"] == q.value["high"]:
            hits.append((frame.nominal, q))
    for nominal, q in hits:
        _fatal(parse, nominal, q, roles, out, taken)
    _the_others(parse, quantities, out)
    said: list[Span] = []
    tallies = tally_counts(parse, roles)
    for mention in (
        tallies
        + zero_counts(parse, roles, taken)
        + multiplied_events(parse, roles, taken)
        + partitive_ones(parse, roles, taken)
        + counted_group_parts(parse, roles, taken, out.about)
        + both_counts(parse, roles, taken)
        + singular_mentions(parse, roles, taken)
        + own_ends(parse, roles, taken)
        + rank_ones(parse, roles, taken)
        + condition_fields(parse, roles, taken)
        + arrest_state_counts(parse, roles, taken)  # last: a harm told of the noun wins
    ):
        value = _count_value(mention.value, mention.noun, mention.why)
        if mention.undated:
            value["undated"] = True
        if mention.wound:
            value["wound"] = True
        if any(mention is t for t in tallies):
            value[TALLY_MARK] = True
        if mention.one_more:
            value["one_more"] = True
        if told_as_added(parse, mention.start, mention.end):
            value[ADDED_MARK] = True  # "Her unborn child also died": one more (the finder's)
        if mention.survival:
            value[SURVIVAL_MARK] = mention.survival
        if mention.death_noun:
            value[DEATH_NOUN_MARK] = True
        if mention.rite:
            value[RITE_MARK] = True
        if mention.absence:
            value[ABSENCE_MARK] = True
        if mention.newcomer:
            value[NEWCOMER_MARK] = True
        if mention.victims:  # the dead, where the article counts as many
            value["role_from"] = VICTIM_ROLE_FROM
        if mention.part:
            value[PART_MARK] = value[ONE_OF_MARK] = True
        span = (mention.start, mention.end)
        if span in out.about or (
            not mention.apart and any(s < mention.end and mention.start < e for s, e in said)
        ):
            continue  # "a triple homicide" is counted once, by its multiplier
        said.append(span)
        out.new.append((mention.start, mention.end, value))
        counted = {"noun": mention.noun, "class": "persons"} if mention.noun else None
        out.about[span] = {"role": mention.role, "counted": counted, "implicit": mention.implicit}
        taken.append(span)
        if mention.also is not None:
            why = f"{mention.why}; {mention.also} as well"
            info = {"role": mention.also, "counted": counted, "implicit": mention.implicit}
            value = _count_value(mention.value, mention.noun, why)
            if mention.also_wound:
                value[WOUND_HIT_MARK] = True
            if mention.also_joined:
                value[JOINED_HIT_MARK] = True
            out.second.append((*span, value, info))
    for member in included_members(parse, quantities, out.about, roles, taken):
        value = {**_count_value(member.value, member.noun, member.why), PART_MARK: True}
        out.new.append((member.start, member.end, value))
        counted = {"noun": member.noun, "class": "persons"}
        out.about[(member.start, member.end)] = {
            "role": member.role,
            "counted": counted,
            "implicit": True,
        }
    for floor in ranked_floors(parse, roles):
        _add_floor(out, floor)
    return out


def _inexact_part(quantities: list[Any], start: int, end: int) -> bool:
    """A group with a part given as a range or a bound ("three to four others and possibly
    up to 20 people") has no exact whole: the parts may be alternatives, not a sum."""
    return any(
        start <= q.start
        and q.end <= end
        and (q.value.get("low") != q.value.get("high") or q.value.get("hedge"))
        for q in quantities
    )


def _add_floor(out: ParsedClaims, floor: Mention) -> None:
    """A rank's floor ("a second suspect was arrested": at least 2) in place of the count of
    one its mention gave in the same role, else as a count of its own on that span."""
    value = floor_value(_count_value(floor.value, floor.noun, floor.why))
    counted = {"noun": floor.noun, "class": "persons"} if floor.noun else None
    info = {"role": floor.role, "counted": counted, "implicit": True}
    for i, (start, end, _) in enumerate(out.new):
        if (
            start < floor.end
            and floor.start < end
            and out.about[(start, end)]["role"] == floor.role
        ):
            out.new[i] = (start, end, value)
            out.about[(start, end)] = {**out.about[(start, end)], **info}
            return
    for i, (start, end, _, about) in enumerate(out.second):
        if start < floor.end and floor.start < end and about["role"] == floor.role:
            out.second[i] = (start, end, value, {**about, **info})
            return
    out.second.append((floor.start, floor.end, value, info))


def _without_taken_parts(parse: Parse, frame: Any, taken: list[Span]) -> None:
    """A dateline or a date the parser hung on a group ("AUSTIN, Texas - Three people
    were hurt") is no part of it: the group keeps its other parts, or is no group."""
    tokens = frame.extra.get("group_tokens")
    if frame.group is None or not tokens:
        return
    keep = [i for i, k in enumerate(tokens) if not any(s <= parse.starts[k] < e for s, e in taken)]
    if len(keep) == len(tokens):
        return
    if len(keep) < 2:
        frame.group, frame.extra["group_tokens"] = None, None
        return
    parts = [frame.group["parts"][i] for i in keep]
    frame.group = {"whole": sum(parts), "parts": parts}
    frame.extra["group_tokens"] = [tokens[i] for i in keep]


def _the_others(parse: Parse, quantities: list[Any], out: ParsedClaims) -> None:
    """ "one child was found dead while the other two died": "the other N" is the rest of a
    group whose first part is the count before it in the same role; their sum is the whole
    (derived), as for parts named together."""
    for i, q in enumerate(quantities):
        k = number_token(parse, q.start, q.end)
        if k is None or k < 2 or parse.lower(k - 1) != "other" or parse.lower(k - 2) != "the":
            continue
        role = out.about.get((q.start, q.end), {}).get("role")
        before = [
            b
            for b in quantities[:i]
            if out.about.get((b.start, b.end), {}).get("role") == role
            and not out.about[(b.start, b.end)].get("group")
            and b.value["low"] == b.value["high"]
        ]
        if role is None or len(before) != 1 or q.value["low"] != q.value["high"]:
            continue
        first = before[0]
        parts = [first.value["low"], q.value["low"]]
        whole = float(sum(parts))
        why = f"{parts[0]} + {parts[1]}: one part and the other {parts[1]}"
        span = (first.start, q.end)
        out.new.append((*span, _count_value(whole, None, why)))
        out.about[span] = {"role": role, "group": {"whole": whole, "parts": parts}, "derived": True}


def _fatal(
    parse: Parse, nominal: int, q: Any, roles: Roles, out: ParsedClaims, taken: list[Span]
) -> None:
    """ "Six people were shot, two fatally": killed 2, and the injured derived from them
    (4). The killed are of the 6 hit but no part of a list in the group's role: they are
    every one the report says died, a total of their own role (a finding compares them)."""
    verb = parse.heads[nominal]
    if parse.tags[nominal] == "NN" and roles.acted_on.get((lemma_of(parse.word(nominal), "VBN"),)):
        verb = nominal  # "4 shot, 1 fatally": the participle read as the counted noun
    elif not parse.is_verb(verb):
        return
    hit = float(q.value["low"])
    skip = number_token(parse, q.start, q.end)
    for k, value, role in fatal_parts(parse, verb, roles, -1 if skip is None else skip):
        s, e = parse.starts[k], parse.ends[parse.subtree(k)[1]]
        existing = next((span for span in out.about if span[0] <= s < span[1]), None)
        if existing is not None:
            out.about[existing].update(role=role)
        else:
            how = [parse.word(c) for c in parse.children(k) if parse.deps[c] == "advmod"]
            if not how and k + 1 < len(parse) and parse.deps[k + 1] == "advmod":
                how = [parse.word(k + 1)]  # "2 fatally", the adverb hung on the verb
            why = f"{int(value)} of the {int(hit)} hit, {' '.join(how) or parse.word(k)}"
            out.new.append((s, e, _count_value(value, None, why)))
            out.about[(s, e)] = {"role": role}
            taken.append((s, e))
        if role == "killed" and value < hit:
            span = (q.start, e)
            why = f"{int(hit)} hit minus {int(value)} killed"
            out.new.append((*span, _count_value(hit - value, None, why)))
            out.about[span] = {"role": "injured", "derived": True}
