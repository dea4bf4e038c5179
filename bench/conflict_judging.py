"""A listed conflict judged against the hand labels (`quality_conflicts`): whose values an
article's claims give, what a place or date conflict is, and the tallies a split adds up.

A count's flag finds a labelled pair of its own role only (or of a role counting the same
people: `same_comparison`). A count's side holds when one claim of the article gives the
labelled value, when its claims' parts add up to it, or when it is 0 of the conflict's role
read from other roles only; a place or date conflict is real when the labelled articles
differ on it (a town against the county its other page names alone, or a neighbourhood
against its city, is a look-alike).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields

REAL = ("contradiction", "update")
WIDE = bool(__import__("os").environ.get("WIDE"))
LABELLED = ("killed", "injured", "hit")
"""The roles the labels cover: flags of other roles are counted apart, not judged."""
READ_ROLES = ("arrested", "charged")
"""Roles some incidents were read for besides (`roles_read`): their figures are also given
apart (`quality_conflicts.summary`, `read_roles`)."""


@dataclass(slots=True)
class Flag:
    """One listed conflict, judged against the labels."""

    incident: str
    score: float
    relation: str
    kind: str
    judged: str
    """'real', 'lookalike' or 'false'."""
    reason: str
    sides: list[tuple[str, str]] = field(default_factory=list)
    features: dict = field(default_factory=dict)
    key: object = None
    """Its `flag_pool.FlagKey`: how `flags_judged.jsonl` names it."""


@dataclass(slots=True)
class Result:
    flags: list[Flag] = field(default_factory=list)
    labelled_real: int = 0
    found_real: int = 0
    labelled_lookalikes: int = 0
    relation_right: int = 0
    """Real flags listed as the relation (contradiction or update) their label gives."""
    labelled_by_relation: Counter = field(default_factory=Counter)
    found_by_relation: Counter = field(default_factory=Counter)
    missed: list[str] = field(default_factory=list)
    found_real_shown: int = 0
    """Labelled real pairs found by a flag at or above the default threshold."""
    labelled_by_role: Counter = field(default_factory=Counter)
    found_by_role: Counter = field(default_factory=Counter)
    lookalikes_by_role: Counter = field(default_factory=Counter)


def added(*results: Result) -> Result:
    """Several splits' results as one (the development sets, both held-out sets), field by
    field."""
    out = Result()
    for f in fields(Result):
        total = getattr(results[0], f.name)
        for more in results[1:]:
            total = total + getattr(more, f.name)
        setattr(out, f.name, total)
    return out


def contains(claim, value: float) -> bool:
    low, high = claim.value.get("low"), claim.value.get("high")
    if low is None:
        return False
    high = low if high is None else high
    return float(low) <= value <= float(high)


def ranked(claim) -> int | None:
    """The rank a mention of one person opens with ("Second teen victim", "a third
    suspect"): in a pair its value is the total the page tells by the rank, though the
    count is one (the labels' README, arrests' "Pairs" and dev_ae's "A second death")."""
    from workbench.findings.dying_ranks import opening_rank

    return opening_rank(claim.text) if claim.value.get("low") == 1 else None


def side_holds(claims: list, value: float, role: str | None) -> bool:
    """An article's claims in a conflict give the value: one claim holds it (a ranked
    person its rank), or their
    parts add up to it (a total derived from killed and injured), or it is 0 of the
    conflict's role read from claims of another role only (0 killed: people only hurt)."""
    if any(contains(c, value) or ranked(c) == value for c in claims):
        return True
    per_role: dict = {}
    for c in claims:
        if c.value.get("low") is not None:
            per_role[c.role] = max(per_role.get(c.role, 0.0), float(c.value["low"]))
    if len(per_role) > 1 and sum(per_role.values()) == value:
        return True
    return value == 0 and bool(claims) and role is not None and all(c.role != role for c in claims)


ONE_COMPARISON = frozenset({frozenset({"hit", "injured"}), frozenset({"hit", "killed"})})
"""Two roles that count the same people when the two values are the same: those hit and
those hurt where nobody died, those hit and those killed where nobody survived. The labels
list such a comparison once, in one of the two roles ("One comparison, one entry", the
labels' README), so a flag of the other finds it. Those killed and those hurt are never the
same people, nor a harm and an arrest."""


def same_comparison(pair_role: str | None, flag_role: str | None) -> bool:
    """The flag's role is the pair's, or one `ONE_COMPARISON` joins to it; a pair or a flag
    without a role is matched by its articles and values alone."""
    if pair_role is None or flag_role is None or pair_role == flag_role:
        return True
    return frozenset({pair_role, flag_role}) in ONE_COMPARISON


def matches(pair: dict, by_doc: dict[str, list], role: str | None = None) -> bool:
    """A flag of `role` finds a labelled pair when the pair is of that role (or counts the
    same people in another, `same_comparison`) and each of its two articles' claims in the
    flag gives the pair's value. Role-blind before the forty-third session: a killed flag
    whose two values happened to be an injured pair's counted that pair found (pairs42
    counted 4 of 77)."""
    if not same_comparison(pair.get("role"), role):
        return False
    a = side_holds(by_doc.get(pair["a"], []), pair["a_value"], role)
    b = side_holds(by_doc.get(pair["b"], []), pair["b_value"], role)
    return a and b


def article_labels(incident: dict) -> dict[str, dict]:
    return {a["doc_id"]: a for a in incident["articles"]}


def judge_other(conflict, docs: dict[str, dict], doc_of) -> str:
    """A place or date conflict is real when the labelled articles differ on it; two days
    in a row, one of them an article's night around midnight (`night` in its label), are
    one night: a look-alike of time-of-day wording (the labels' README)."""
    field_name = {"date": "event_date", "place": "place"}[conflict.kind]
    seen = set()
    night = False
    for claim in conflict.claims:
        article = docs.get(doc_of.get(claim.source_id, ""), {})
        label = article.get(field_name)
        if field_name == "place" and label:
            label = (label.get("city") or "").casefold()
        if label:
            seen.add(label)
            night = night or bool(article.get("night"))
    if field_name == "event_date" and night and adjacent_days(seen):
        return "lookalike"
    if field_name == "place" and len(seen) > 1:
        wider = {wider_place(p, docs) for p in seen}
        if len(wider) == 1 or town_and_its_county(wider):
            return "lookalike"
    return "real" if len(seen) > 1 else "false"


def wider_place(place: str, docs: dict[str, dict]) -> str:
    """The labelled place that holds `place` (casefolded): the `within` an article of the
    incident gives it (a neighbourhood labelled as written, "within" its city), else itself.
    A neighbourhood against its city is a look-alike, as a town against its county (the
    labels' README, "A place inside another")."""
    for article in docs.values():
        label = article.get("place") or {}
        if (label.get("city") or "").casefold() == place and label.get("within"):
            return str(label["within"]).casefold()
    return place


COUNTY_WORDS = ("county", "parish")
"""The last words of a labelled place wider than a town: the labels name a county where a
page names only the county ("Barnes County Chief Deputy"), the town where it names the town."""


def town_and_its_county(places: set[str]) -> bool:
    """One town and one county labelled for one incident's pages: the county holds the town
    (the pages tell one event), so the two are a look-alike, not a dispute of where (the
    labels' README, "A town against its county"). Two towns or two counties still differ."""
    counties = {p for p in places if p.split()[-1:] and p.split()[-1] in COUNTY_WORDS}
    return len(counties) == 1 and len(places - counties) == 1


def adjacent_days(days: set[str]) -> bool:
    """Exactly two labelled days, one after the other."""
    from datetime import date

    if len(days) != 2:
        return False
    first, then = sorted(date.fromisoformat(d) for d in days)
    return (then - first).days == 1
