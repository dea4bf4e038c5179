"""Counts no number states: a singular victim, a lone "one" of a group.

"Marcus Hale, 19, was shot and killed" counts one killed; "police arrested a man" one
arrested; "the stabbing death of a teenager" one killed. Plural nouns without a number
("victims were taken to hospital") carry no count. Counts a word states instead of a
number ("no one", "a double murder", "both") are read by `word_counts.py`; persons named
together by `named_together.py`; the `Mention` record is `mention_record.py`'s.
"""

from __future__ import annotations

from workbench.claims.after_clauses import pronouns_after
from workbench.claims.agreement import SINGULAR, subject_number
from workbench.claims.clause_positions import own_position
from workbench.claims.deadly_events import deadly_told_once
from workbench.claims.event_nouns import harm_on_noun, ranked
from workbench.claims.group_lists import group_role
from workbench.claims.harm_victims import harm_victim
from workbench.claims.harms import how_of_an_outcome
from workbench.claims.headline_patients import bare_person_state
from workbench.claims.later_clauses import later_pronouns
from workbench.claims.mention_kinds import candidate, counted_noun
from workbench.claims.mention_record import Mention, clipped, mention_span
from workbench.claims.named_together import (
    ages_listed,
    anded,
    each_told_apart,
    is_group_part,
    named_together,
    parallel,
    told_of_all,
    unclassed_noun,
)
from workbench.claims.own_clauses import clause_of_its_own, death_told_anew
from workbench.claims.reflexives import reflexives_of, self_how
from workbench.claims.relative_counts import relative_count
from workbench.claims.renamed import renamed_position
from workbench.claims.retold import first_object, part_told_again, part_verb
from workbench.claims.rites import rite_told
from workbench.claims.roles import HARM_ROLES, IMPLICIT_ROLES, Roles
from workbench.claims.survival import survival_mark, survival_state
from workbench.claims.syntax import FATE, Position, later_fate, lemma, position
from workbench.claims.time_clauses import main_subject
from workbench.claims.told_dead import absence_told, dead_by_its_noun
from workbench.claims.turned_weapons import weapon_turned_on
from workbench.claims.verb_forms import aimed_only
from workbench.claims.victims_in_care import victim_in_care
from workbench.parse import Parse


def _renames(p: Parse, k: int, roles: Roles) -> bool:
    """ "the woman, 20-year-old Ana Ruiz": an apposition names the person its head is, and
    the head (or the group it is a part of) is the one counted."""
    if p.deps[k] != "appos" or p.heads[k] == k:
        return False
    head = p.heads[k]
    return is_group_part(p, head) or candidate(p, head, roles) is not None


def not_one(p: Parse, k: int) -> bool:
    """ "Not one person", "not one of the children", "not a single person": a zero, read by
    `word_counts.zero_counts`, never a count of one."""
    if p.deps[k] not in ("nsubj", "nsubjpass", "dobj"):
        return False  # "one man was shot, not one woman": a contrast, no zero of its own
    ones = [k] + [c for c in p.children(k) if p.deps[c] == "nummod" and p.lower(c) == "one"]
    if not any(p.deps[c] == "neg" for o in ones for c in p.children(o)):
        return False
    single = any(p.lower(c) == "single" for c in p.children(k))
    return p.lower(k) == "one" or len(ones) > 1 or single


def _has_number(p: Parse, m: int) -> bool:
    return any(p.deps[c] == "nummod" for c in p.children(m))


def _numbered_one(p: Parse, k: int) -> bool:
    """ "One female is dead": a singular noun counted by "one" (no quantity claim is made
    of a lone "one", so the mention counts it, as stated, not implied)."""
    return any(p.deps[c] == "nummod" and p.lower(c) in ("one", "1") for c in p.children(k))


NEWCOMER = ", told for the first time"
"""The why of one more person counted by a noun of a harm ("a third victim was found")."""


def _newcomer_role(p: Parse, k: int, roles: Roles) -> str | None:
    """ "a third shooting victim was found", "Another victim arrived at the hospital": a
    person noun that names a harm (a victim is hit), told for the first time (an indefinite
    article, "another", a rank), is one in that role when its clause says nothing of one
    ("the victim was identified" tells of one already counted). Not a survivor, a patient
    or a casualty (injured): one may survive unhurt, and on the silver slices these added
    an injured figure above the record."""
    role = roles.counted_nouns.get(lemma(p, k))
    if role == "hit" and p.deps[k] in ("pobj", "attr") and one_more(p, k):
        return role  # "the identity of the third victim", "is another victim"
    if role != "hit" or p.deps[k] not in ("nsubj", "nsubjpass", "dobj"):
        return None
    det = p.child(k, "det")
    if det is None:
        return role if ranked(p, k) else None  # a headline's "Third victim found"
    return role if p.lower(det) in ("a", "an", "another") else None


def one_more(p: Parse, k: int) -> bool:
    """ "a third victim", "another victim": a person told as one more after others (a rank
    past the first, or "another"), so one more in the role of those before it
    (`others.roles_from_context`)."""
    if any(p.deps[c] == "det" and p.lower(c) == "another" for c in p.children(k)):
        return True
    return ranked(p, k) and not any(p.lower(c) in ("first", "1st") for c in p.children(k))


def _speaker_hit(p: Parse, k: int, where: Position) -> bool:
    """A speaker is counted hit only, and only where the harm reached them: "I've been shot
    at" was aimed at (a passive's aim left without its object, as speakers tell it), and
    "it just hit me" is a feeling (`_struck_by_a_thought`)."""
    head = p.heads[k]
    if where.role != "hit" or _struck_by_a_thought(p, k):
        return False
    return not (p.deps[k] == "nsubjpass" and aimed_only(p, head))


THING_PRONOUNS = frozenset(("it", "this", "that", "everything", "something"))
"""Pronouns of a thing: no person and no weapon named."""


def _struck_by_a_thought(p: Parse, k: int) -> bool:
    """ "it just hit me", "everything is hitting me all at once": a speaker, the object of
    an active verb whose subject is a pronoun of a thing and that names no part or place
    the blow reached ("it hit me in the leg" is a bullet), is struck by a thought."""
    v = p.heads[k]
    if p.deps[k] != "dobj" or v == k or not p.is_verb(v):
        return False
    subject = p.child(v, "nsubj")
    if subject is None or p.lower(subject) not in THING_PRONOUNS:
        return False
    return not any(p.deps[c] == "prep" and p.lower(c) in ("in", "on") for c in p.children(v))


def singular_mentions(p: Parse, roles: Roles, taken: list[tuple[int, int]]) -> list[Mention]:
    """Every singular person the clause puts in a role: a count of 1, marked implicit."""
    found: list[Mention] = []
    told: set[int] = set()  # pronouns that tell an earlier noun's fate: that noun's count
    again: dict[int, Mention] = {}  # pronouns that say an earlier counted subject again
    part_verbs: list[int] = []  # the verbs of the body parts counted ("grazed his head")
    for k in range(len(p)):
        kind = candidate(p, k, roles)
        if kind is None or is_group_part(p, k) or _renames(p, k, roles) or k in told:
            continue
        if k in again:
            said = position(p, k, roles)
            if said.role is None and said.why is None and kind in SURVIVORS:
                said = _survivor(p, k, roles, said)[0]  # "..., but he is expected to be OK"
            if not _told_anew(p, k, again[k], said):
                how = how_of_an_outcome(p, k, roles) or self_how(p, k, roles)
                _said_again(again[k], said, how)
                continue
        if _counted_at(found, p, first_object(p, k)):
            continue  # "shot Duncan as he ran, then shot him again": Duncan, said again
        where = position(p, k, roles)  # read once: half of this rule's cost was a second read
        if where.role is None and where.why is None:
            # "turned the gun on himself"; "her friend X, who was killed": the name's clause
            where = weapon_turned_on(p, k, roles) or renamed_position(p, k, roles) or where
        if where.why == FATE:
            told.add(later_fate(p, k, roles))
        stated = _has_number(p, k)
        if stated and not _numbered_one(p, k):
            continue  # "two men": the quantity counts it
        if any(p.lower(c) in ("no", "neither", "every", "each", "any") for c in p.children(k)):
            continue
        if not_one(p, k):
            continue
        parts = named_together(p, k, roles)
        if len(parts) > 1 and not all(
            # "his brother and his housemate": a noun coordinated with a person is one
            (
                (candidate(p, c, roles) or p.tags[c] == "NNP" or unclassed_noun(p, c))
                and not _has_number(p, c)
            )
            or ages_listed(p, c)  # "and their sons, ages 9 and 6"
            for c in parts
        ):
            continue  # a group with a number: the quantity's group counts it
        size = sum(ages_listed(p, c) or 1 for c in parts)
        if size > 1 and subject_number(p, k) == SINGULAR and anded(p, parts):
            size = 1  # "His daughter and passenger was wounded": one person named twice
        elif size > 1 and where.role is None and where.why is None and not parallel(p, parts):
            where = told_of_all(p, parts, roles, where)
        named = group_role(p, k, roles, own_position) if size > 1 and where.role is None else None
        if named is not None:  # "the victims included a girl, a man and a woman"
            where = Position(named[0], None, "the members of a group in that role")
        start, end = mention_span(p, k)
        end = p.ends[p.heads[k] if kind in ("owner", "part owner") else parts[-1]]
        start = clipped(p, start, p.starts[k], end, taken)
        if start is None:
            continue
        apart = len(found)  # where the group goes: before its persons told apart
        if parallel(p, parts):
            found.extend(each_told_apart(p, parts, roles))
            where.also = None  # each one's clause is its own, not the group's
            if where == own_position(p, k, roles):
                continue  # the first one's own clause is no role of the group's
        later = False  # counted only as one more victim: "the third victim"
        survived: bool | str = False  # injured only by a survivor's state: "he is alive"
        if kind in ("body", "death", "deadly") and where.role in (None, "hit", "injured"):
            where.role, where.also, where.why = "killed", None, lemma(p, k)
        elif kind == "person" and where.role is None and where.why is None:
            where.role = _newcomer_role(p, k, roles)  # "a third shooting victim was found"
            where.why = where.role and f"a {lemma(p, k)}{NEWCOMER}"
            # "the identity of the third victim": only named, in no clause of its own
            later = where.role is not None and one_more(p, k) and p.deps[k] in ("pobj", "attr")
            if where.role is None and not _restates_subject(p, k, found):
                where = harm_victim(p, k, roles) or where  # "the father of the shooting victim"
            if where.role is None:
                where = bare_person_state(p, k, roles) or where  # "Belgrade boy dead after ..."
        elif kind == "person" and where.role == "injured" and where.also is None:
            where.role = victim_in_care(p, k, roles, where)
            where.also_wound = False
        rite = None if where.role == "killed" else rite_told(p, k, roles)
        absence = None if where.role or rite else absence_told(p, k, roles)
        if kind == "dead":  # "the name of the deceased"
            absence = "the deceased"
        elif kind == "person" and where.role in (None, "hit") and not rite:
            absence = absence or dead_by_its_noun(p, k, roles)  # "the homicide victim"
        if rite is not None and kind in SURVIVORS:
            where = Position("killed", None, f"a rite: {rite}")  # "his funeral"
        elif absence is not None and (kind in SURVIVORS or kind == "dead"):
            where = Position("killed", None, f"told dead: {absence}")  # "my son is gone"
        elif where.role is None and where.why is None and kind in (*SURVIVORS, "speaker"):
            where, survived = _survivor(p, k, roles, where)  # "I'm alive": a survivor too
        if where.role not in IMPLICIT_ROLES or (
            kind == "speaker" and not survived and not _speaker_hit(p, k, where)
        ):
            continue  # who says "I" is alive, and "it hurt me" is of feelings; "I was shot" not
        if kind == "name" and where.predicate is None and where.why is None:
            continue
        if where.predicate is not None and where.predicate.negated:
            continue
        if kind == "pronoun" and where.role == "injured" and _told_with(p, k, found):
            continue  # "He was awake when medics took him to a hospital": one telling
        earlier = _earlier_victim(found) if kind in ("owner", "death", "part owner") else None
        if kind == "part owner" and earlier is not None:
            if part_told_again(p, k, roles, part_verbs):
                continue  # "was hurt after a bullet grazed his head": where it reached him
            earlier = None  # "X was shot, and the bullet went through his arm": counted
        if earlier is not None and _told_anew(p, k, earlier, where):
            earlier = None  # "was taken to a hospital, and her injuries are not serious"
        if (
            earlier is not None
            and where.role == earlier.role == "killed"
            and death_told_anew(p, k, roles, earlier.start, earlier.end)
        ):
            earlier = None  # "he died of his wounds, and his death was ruled a homicide"
        if earlier is not None:  # "a woman was shot, and her death ...": she, said again
            _said_again(earlier, where)
            continue
        noun = counted_noun(p, k) if kind == "person" else None
        what = "a singular mention" if size == 1 else f"{size} named together"
        why = f"{what}: “{p.text[start:end]}” ({where.why or where.role})"
        mention = Mention(start, end, size, where.role, why, not stated, noun, where.also)
        # "identified the victims Thursday as A and B": the list's date is of who, not when
        mention.undated = kind in ("owner", "death", "deadly") or named is not None
        mention.wound = where.wound
        mention.also_wound, mention.also_joined = where.also_wound, where.also_joined
        mention.one_more, mention.survival = later, survived
        mention.death_noun = kind in ("death", "deadly")
        mention.deadly_event = kind == "deadly"
        mention.rite = rite is not None and where.role == "killed"
        mention.absence = absence is not None and where.role == "killed"
        # "X was buried in Lubbock Friday": the rite's day and place, not the event's
        mention.undated = mention.undated or mention.rite or mention.absence
        mention.victims = named is not None and named[1]
        mention.newcomer = (  # one person: "a third victim, the children's mother" is one
            size == 1
            and bool(where.why)
            and where.why.endswith(NEWCOMER)
            and not harm_on_noun(p, k)
        )
        found.insert(apart, mention)
        if size == 1 and (retold := relative_count(p, k, roles, mention, taken)) is not None:
            found.insert(apart + 1, retold)  # "the boy, who is in critical condition, ..."
        if kind == "part owner":
            part_verbs.append(part_verb(p, k))
        if p.deps[k] in ("nsubj", "nsubjpass") and where.role in HARM_ROLES and not survived:
            pronouns = later_pronouns(p, k)
            selves = [r for s in [k, *pronouns] for r in reflexives_of(p, s)]  # "she shot herself"
            again.update((t, mention) for t in pronouns + selves)
        elif p.deps[k] == "dobj" and where.role == "hit" and p.heads[k] != k:
            # "Medics took a man to a hospital after he was shot": he, said again
            again.update((t, mention) for t in pronouns_after(p, p.heads[k], k, roles))
    return deadly_told_once(_states_told_once(found))


def _states_told_once(found: list[Mention]) -> list[Mention]:
    """The mentions without a survivor's state where the sentence counts one person dead
    ("was still breathing but later died"): one told alive and then dead has the death only
    (the survivor test of the labels' wound convention)."""
    if not any(m.value == 1 and m.role == "killed" and not m.survival for m in found):
        return found
    return [m for m in found if not m.survival]


SURVIVORS = frozenset(("pronoun", "name", "person", "owner"))
"""The kinds of a person a survivor's state is read of ("he is alive", "her recovery")."""


def _survivor(p: Parse, k: int, roles: Roles, where: Position) -> tuple[Position, bool | str]:
    """A person no clause puts in a role, told in a survivor's state ("he is alive"):
    injured, marked so (`survival.survival_state`, `survival.survival_mark`)."""
    state = survival_state(p, k, roles)
    if state is None:
        return where, False
    return Position("injured", None, f"a survivor's state: {state}"), survival_mark(state, roles)


def _told_anew(p: Parse, k: int, first: Mention, where: Position) -> bool:
    """The person counted injured before is told injured again in a coordinated clause with
    a subject of its own (`own_clauses`): a count of its own, as the labels count it."""
    return where.role == first.role == "injured" and clause_of_its_own(p, k, first.start, first.end)


def _restates_subject(p: Parse, k: int, found: list[Mention]) -> bool:
    """ "the boy appeared to be the victim of a shooting": an attribute of "be" whose
    subject the sentence counted names that person again."""
    if p.deps[k] != "attr":
        return False
    v = p.heads[k]
    while p.child(v, "nsubj") is None and p.deps[v] == "xcomp":  # "appeared to be"
        v = p.heads[v]
    return _counted_at(found, p, p.child(v, "nsubj"))


def _counted_at(found: list[Mention], p: Parse, t: int | None) -> bool:
    """Whether a mention the sentence has counted covers the token at t."""
    return t is not None and any(m.start <= p.starts[t] < m.end for m in found)


def _told_with(p: Parse, k: int, found: list[Mention]) -> bool:
    """The pronoun at k, in a clause of time, names the main clause's subject, counted
    injured already (`time_clauses.main_subject`)."""
    s = main_subject(p, k)
    return s is not None and any(
        m.role == "injured" and m.value == 1 and m.end == p.ends[s] for m in found
    )


def _earlier_victim(found: list[Mention]) -> Mention | None:
    """The sentence's last singular person counted in a harm role, whom a later "her death"
    speaks of again (one clause, one person: the outcome's role)."""
    return next((m for m in reversed(found) if m.value == 1 and m.role in HARM_ROLES), None)


def _said_again(first: Mention, where: Position, how: bool = False) -> None:
    """ "The boy was shot, and he is in critical condition": the pronoun is the boy, not a
    second victim; the role it adds goes to the boy's count (he lived: injured, as well as
    hit); but a clause that only tells how the outcome came about ("died after he was
    shot": `harms.how_of_an_outcome`) adds no hit to it."""
    if (where.predicate is not None and where.predicate.negated) or where.role not in HARM_ROLES:
        return
    if how and where.role == "hit" and first.role in ("killed", "injured"):
        return
    if first.wound and where.role == "killed":  # "had a gunshot wound, and he died"
        first.role, first.also, first.wound = "hit", None, False
    said = {first.role, first.also, where.role}
    if where.role in (first.role, first.also) or len(said & {"killed", "injured"}) > 1:
        return  # nothing new, or two fates (a later clause's death is read by `later_fate`)
    role = "killed" if "killed" in said else "injured" if "injured" in said else "hit"
    first.role, first.also = role, "hit" if "hit" in said and role != "hit" else None
    first.also_wound = False  # two clauses tell the two roles
    first.why = f"{first.why}; {where.role}, as a later clause says"
