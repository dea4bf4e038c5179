"""Disputed figures in words: the one line a reviewer reads of a conflict or an agreement.

The role and what was counted ("people killed"), both values in the sources' own words
with how each was read when that is not plain, the outlets and whom each cites, and why
the two are taken to speak of the same thing at the same time. Kept apart from the
finding itself so the wording can change without touching what is compared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from workbench.claims.plural import plural
from workbench.findings.citations import citing
from workbench.findings.figure_conflicts import CONTRADICTION, FigurePair
from workbench.findings.figures import Figure
from workbench.findings.knowledge import group_role, growing_roles, role_sums
from workbench.models import Claim


def what_counted(figures: Iterable[Figure]) -> str:
    """The role and the counted noun in plain words: "people killed", "suspects arrested"."""
    figures = list(figures)
    role = figures[0].role
    nouns = [
        str((c.counted or {}).get("noun") or "")
        for f in figures
        for c in f.claims
        if not c.implicit and (c.counted or {}).get("noun")
    ]
    if ":" in figures[0].kind:
        dimension, noun = figures[0].kind.split(":", 1)
        return f"{role} ({noun or dimension})"
    # The most frequent noun; among equals the first named (a set would pick by hash, so
    # the same findings would read differently from one run to the next).
    noun = max(dict.fromkeys(nouns), key=nouns.count) if nouns else "people"
    verb = figures[0].care_verb
    if verb is not None:  # those a verb of care reached ("taken to hospital")
        return f"{plural(noun)} {role}, counted by their care ({verb!r})"
    return _noun_and_role(plural(noun), role)


def _noun_and_role(nouns: str, role: str) -> str:
    """The counted noun, then the role ("people killed"); a role that is itself what is
    counted ("shots") is said once, by the more telling of the two words ("gunshots",
    never "shots shots" or "gunshots shots")."""
    if nouns.endswith(role):
        return nouns
    if role.endswith(nouns):
        return role
    return f"{nouns} {role}"


def words(figure: Figure, with_role: bool = False) -> str:
    """The figure in the source's words, with how it was read when that is not plain;
    `with_role`: with its role too, where the two sides' roles differ ("Teen [injured 1,
    none killed]" against "he [killed 1, from a singular mention]": both are one person)."""
    claim = figure.claim
    shown = " ".join(claim.text.split())
    role = f"{figure.role} " if with_role else ""
    if figure.implied_from is not None:
        told = f"{figure.implied_from} {figure.implied_count or 0:g}"
        if figure.typical:  # the hurt read as every one hit (`implied.implied_wholes`)
            dead = [r for r in role_sums().get(figure.role, []) if r in growing_roles()]
            return f"{shown} [{told}, none {' or '.join(dead)}: {figure.role} {figure.typical:g}]"
        return f"{shown} [{told}, none {figure.role}]"
    if figure.implicit:  # "He and a woman": two singular mentions, read as 2
        mentions = "a singular mention" if figure.typical == 1 else "singular mentions"
        return f"{shown} [{role}{figure.typical:g}, from {mentions}]"
    if figure.derived:
        return f"{figure.range.shown} [{role}added up: {figure.typical:g}]"
    if figure.typical == 1 and all(c.implicit for c in figure.claims):  # `named_lists`
        return f"{shown} [{role}{figure.typical:g}, told alone]"
    if not any(ch.isdigit() for ch in shown):
        if "[" in figure.range.shown:
            return figure.range.shown
        return f"{shown} [{role}≈{figure.typical:g}]"
    return f"{shown} [{role.strip()}]" if with_role else shown


def _who(figure: Figure, label_of: Callable[[Claim], str]) -> str:
    return citing(label_of(figure.claim), (c.attribution for c in figure.claims))


def outlets(figures: list[Figure], label_of: Callable[[Claim], str]) -> str:
    """Each outlet once, with everyone its articles cite: "a.com, citing police; b.com"."""
    cited: dict[str, list[str | None]] = {}
    for figure in figures:
        cited.setdefault(label_of(figure.claim), []).extend(c.attribution for c in figure.claims)
    return "; ".join(citing(label, names) for label, names in cited.items())


def _side(figures: list[Figure], label_of: Callable[[Claim], str], with_role: bool = False) -> str:
    """One side of a conflict: its figure in the first source's words, and every source."""
    return f"{words(figures[0], with_role)} ({'; '.join(_who(f, label_of) for f in figures)})"


@dataclass(slots=True)
class Dispute:
    """Pairs of figures that set the same two values against each other, gathered: each
    side holds every source that states its value."""

    pairs: list[FigurePair]

    @property
    def best(self) -> FigurePair:
        return max(self.pairs, key=lambda p: (p.score, p.relation == CONTRADICTION))

    def sides(self) -> tuple[list[Figure], list[Figure]]:
        """(left, right): a part before its whole, else the first source's side first (not
        whichever pair the model scores best, so a refit does not swap the sides)."""
        best = self.best
        every = [f for pair in self.pairs for f in (pair.a, pair.b)]
        first = best.a if best.bound else min(every, key=lambda f: f.source)
        left: dict[int, Figure] = {}
        right: dict[int, Figure] = {}
        for pair in self.pairs:
            for figure in (pair.a, pair.b):
                same_as_first = figure.role == first.role and figure.typical == first.typical
                (left if same_as_first else right)[figure.source] = figure
        return (
            sorted(left.values(), key=lambda f: f.source),
            sorted(right.values(), key=lambda f: f.source),
        )


def reason(dispute: Dispute, label_of: Callable[[Claim], str]) -> str:
    pair = dispute.best
    left, right = dispute.sides()
    if pair.bound and right[0].role == group_role():
        return (
            f"{what_counted(left)}: {_side(left, label_of)}, more than the whole group the "
            f"story is about: {_side(right, label_of)}; a part cannot outnumber its whole"
        )
    if pair.bound:
        return (
            f"{what_counted(left)}: {_side(left, label_of)}, more than the "
            f"{what_counted(right)}: {_side(right, label_of)}; those {left[0].role} are "
            f"among those {right[0].role}: a part cannot outnumber its whole"
        )
    implied = pair.a.implied_from is not None or pair.b.implied_from is not None
    head = (
        f"{what_counted(left + right)}: {_side(left, label_of, implied)} vs "
        f"{_side(right, label_of, implied)}"
    )
    if pair.relation == CONTRADICTION and pair.same_day is False:
        first, later = sorted((pair.a, pair.b), key=lambda f: f.published)  # type: ignore[arg-type,return-value]
        if later.typical > first.typical:  # `figure_conflicts.resplit`
            return (
                f"{head}; the report of {first.published} already counts {later.typical:g} "
                f"in a part of those {first.role}: {words(later)} on {later.published} "
                "splits the same people otherwise, both cannot be right"
            )
        return (
            f"{head}; {words(later)} on {later.published} is fewer than {words(first)} on "
            f"{first.published}, and those {first.role} never grow fewer: a correction, both "
            "cannot be right"
        )
    if pair.relation == CONTRADICTION:
        when = "published the same day" if pair.same_day else "no sign of a change over time"
        return f"{head}; same story and role, {when}: both cannot be right"
    a, b = pair.a, pair.b
    if a.implied_from is not None and a.published == b.published:
        return (
            f"{head}; the same day, one report has them {a.implied_from} and none "
            f"{a.role}, the other has {a.role}: the figure changed (hurt, then died)"
        )
    if a.published and b.published and a.published != b.published:
        first, second = sorted((a, b), key=lambda f: f.published)  # type: ignore[arg-type,return-value]
        if implied:  # both sides are the same people: what changed is their role
            hurt, dead = (first, second) if first.implied_from is not None else (second, first)
            return (
                f"{head}; {hurt.implied_from} {hurt.implied_count or 0:g} on {hurt.published}, "
                f"then {dead.role} {dead.typical:g} on {dead.published}: the figure changed "
                "over time"
            )
        return (
            f"{head}; {words(first)} on {first.published} then {words(second)} on "
            f"{second.published}: the figure changed over time"
        )
    return f"{head}; the text says the figure changed: an update"
