"""The order the parse's repairs are made in, and the parse after all of them.

Each repair mends one shape the small parser gets wrong (`repair*.py`); they run in this
order over a sentence's parse before any count is read from it. The stories read the same
repaired parses (`repairs_kept`), so a headline is read once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from workbench.claims.repair import repaired
from workbench.claims.repair_bare_numbers import objects_after_verbs
from workbench.claims.repair_clauses import clause_subjects
from workbench.claims.repair_comma_lists import (
    comma_lists,
    object_lists,
    states_after_inclusions,
)
from workbench.claims.repair_found_states import found_states
from workbench.claims.repair_gapped import gapped_arguments, gapped_passives
from workbench.claims.repair_headlines import (
    ages_as_objects,
    comma_clauses,
    death_compounds,
    dropped_progressives,
    participle_chains,
    person_verbs,
    persons_on_participles,
)
from workbench.claims.repair_inverted import inversions_repaired
from workbench.claims.repair_lists import lists_repaired
from workbench.claims.repair_participles import aged_harms, reduced_subjects
from workbench.claims.repair_relatives import who_clauses
from workbench.claims.repair_states import states_repaired
from workbench.claims.repair_verb_lists import comma_verbs
from workbench.claims.roles import Roles
from workbench.parse import Parse


def repair_steps(roles: Roles) -> tuple[Callable[[Parse], Parse], ...]:
    """Each repair of a shape the parser gets wrong, in the order they are applied."""
    return (
        lambda p: found_states(p, roles),
        lambda p: reduced_subjects(p, roles),
        lambda p: aged_harms(p, roles),
        lambda p: death_compounds(p, roles),
        comma_clauses,
        lambda p: person_verbs(p, roles),
        lambda p: persons_on_participles(p, roles),
        lambda p: participle_chains(p, roles),
        ages_as_objects,
        lambda p: dropped_progressives(p, roles),
        clause_subjects,
        lambda p: repaired(p, roles.singular_persons),
        lambda p: who_clauses(p, roles.singular_persons),
        lists_repaired,
        lambda p: comma_lists(p, roles),
        lambda p: object_lists(p, roles),
        lambda p: comma_verbs(p, roles),
        lambda p: states_after_inclusions(p, roles),
        lambda p: objects_after_verbs(p, roles),
        states_repaired,
        inversions_repaired,
        lambda p: gapped_passives(p, roles),
        lambda p: gapped_arguments(p, roles),
    )


Repairs = list[tuple[Parse, Parse]]
"""Each parse repaired and its repaired form (the same object when no repair applied)."""
_kept: Repairs | None = None


@contextmanager
def repairs_kept() -> Iterator[Repairs]:
    """Inside this block every parse `repaired_parse` repairs is kept with its result, for
    the caller to store beside the parse cache (`stories.repaired_parses`: titles then
    repair nothing the claims already did)."""
    global _kept
    outer, _kept = _kept, []
    try:
        yield _kept
    finally:
        _kept = outer


def repaired_parse(parse: Parse, roles: Roles) -> Parse:
    """The parse after every repair, in order. A repair whose result is no tree (a token
    hung under its own dependent, when two repairs meet in one sentence) is not taken: the
    parse before it stands, as if the shape were not there, rather than every later walk
    of the tree running forever."""
    read = parse
    for step in repair_steps(roles):
        fixed = step(parse)
        if fixed is not parse and fixed.is_tree():
            parse = fixed
    if _kept is not None:
        _kept.append((read, parse))
    return parse
