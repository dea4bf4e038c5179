"""The clause a date or a time of day is told in, read from the parse: what happened then.

A report dates many things: the shooting, the vigil, the arraignment, the day a victim was
named. The parse says which predicate a date modifies ("shot and killed Thursday night",
"a memorial service was held Saturday", "Wednesday's ambush"), so the event's day can be
told from a follow-up's (`event.event_of`) and a bare time of day can take the day of the
clause that tells the event (`times.days_for_times`).
"""

from __future__ import annotations

from workbench.claims.predicates import SUBJECTS, state_role
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.situated import EVENT_NOUNS, HAPPEN
from workbench.claims.verb_forms import lemma, lookup, verb_keys
from workbench.parse import Parse

EVENT = "event"
"""The clause role of a date told with the event itself when it names no harm: "The
incident occurred around 5 p.m.", "15 rounds were fired ... Monday"."""
ACT_ROLES = ("killed", "hit")
"""The roles of the harm's act. "injured" is not one: most of its words tell the care that
followed ("remained hospitalized Friday", "was listed in critical condition Tuesday")."""
EVENT_ROLES = (*ACT_ROLES, "shots", EVENT)
_CLIMB = 8
"""How many heads a date may climb to its predicate (a date sits two or three below)."""


def _is_event_noun(p: Parse, k: int, roles: Roles) -> bool:
    """A noun naming an event: a role's ("death", "shooting", "arrest") or a general one."""
    if not p.is_noun(k):
        return False
    base = lemma(p, k)
    return base in roles.nouns or base in EVENT_NOUNS or p.lower(k) in EVENT_NOUNS


def _noun_role(p: Parse, k: int, roles: Roles) -> str | None:
    """An event noun's role ("shooting": hit, "the fatal shooting": killed, "arrest")."""
    role = roles.nouns.get(lemma(p, k)) or roles.nouns.get(p.lower(k))
    if role is not None:
        for c in p.children(k):
            if p.deps[c] in ("amod", "compound"):
                role = roles.stronger(role, roles.states.get(p.lower(c)))
    return role


def _subject(p: Parse, v: int) -> int | None:
    """The verb's subject; a relative pronoun's is the noun its clause modifies ("the
    massacre that began around 2 a.m.")."""
    k = p.child(v, *SUBJECTS)
    if k is not None and p.tags[k] in ("WDT", "WP") and p.deps[v] == "relcl":
        return p.heads[v]
    return k


def _lookup(p: Parse, v: int, roles: Roles) -> str | None:
    keys = verb_keys(p, v)
    return lookup(roles.acted_on, keys) or lookup(roles.undergo, keys)


def _verb_role(p: Parse, v: int, roles: Roles) -> str | None:
    """A verb's role with its coordinated verbs ("shot and killed", either one dated); a
    verb of happening or reporting takes its event subject's ("the shooting happened",
    "the incident was reported at 12:15 a.m.")."""
    role = state_role(p, v, roles) or _lookup(p, v, roles)
    joined = [
        c
        for c in p.children(v)
        if p.deps[c] == "conj" and p.is_verb(c) and p.child(c, *SUBJECTS) is None
    ]
    if p.deps[v] == "conj" and p.is_verb(p.heads[v]):
        joined.append(p.heads[v])
    for u in joined:  # "shot and killed Thursday": either verb may hold the date
        found = state_role(p, u, roles) or _lookup(p, u, roles)
        if found in ACT_ROLES:
            role = roles.stronger(role, found)
    subject = _subject(p, v)
    if role is None and subject is not None and _is_event_noun(p, subject, roles):
        told = _noun_role(p, subject, roles)
        if told in ACT_ROLES or lemma(p, v) in (*HAPPEN, "report"):
            return told or EVENT
    if role is None and subject is not None and _happening_of_pronoun(p, v, subject):
        return EVENT
    return role


_PRONOUNS = frozenset(("it", "this", "that", "what"))


def _happening_of_pronoun(p: Parse, v: int, subject: int) -> bool:
    """A verb of happening whose subject is a pronoun ("It happened on Aug. 3", "What
    happened Oct. 27 at his home"): in a report of one event the pronoun stands for the
    event, and the date is its own. Only the verbs that say a thing took place ("happen",
    "occur", "take place"): "It started" may be anything's start."""
    if p.lower(subject) not in _PRONOUNS or p.tags[subject] not in ("PRP", "WP", "DT"):
        return False
    verb = lemma(p, v)
    if verb == "take":
        return any(p.lower(c) == "place" for c in p.children(v))
    return verb in ("happen", "occur")


def _top(p: Parse, start: int, end: int) -> int | None:
    """The date span's head token."""
    inside = p.tokens_in(start, end)
    if not inside:
        return None
    return next((k for k in inside if p.heads[k] not in inside or p.heads[k] == k), inside[0])


def date_predicate(p: Parse, start: int, end: int, roles: Roles) -> int | None:
    """The token of the predicate a date span (sentence offsets) modifies: the first verb
    or event noun above it; a participle that only modifies a noun ("a shooting involving
    a 2-year-old Thursday evening") hands over to an event noun it modifies."""
    top = _top(p, start, end)
    if top is None:
        return None
    k = top
    for _ in range(_CLIMB):
        head = p.heads[k]
        if head == k:
            return head if p.is_verb(head) else None
        k = head
        if p.is_verb(k):
            up = p.heads[k]
            if p.deps[k] == "acl" and up != k and _is_event_noun(p, up, roles):
                return up
            return k
        if _is_event_noun(p, k, roles):
            return k
    return None


def _role_of(p: Parse, k: int, roles: Roles) -> str | None:
    return _verb_role(p, k, roles) if p.is_verb(k) else _noun_role(p, k, roles)


def _path_up(p: Parse, k: int) -> list[int]:
    """k and its heads up to the root."""
    path = [k]
    while p.heads[path[-1]] != path[-1] and len(path) < len(p):
        path.append(p.heads[path[-1]])
    return path


def _harm_relation(p: Parse, k: int, top: int, roles: Roles) -> str | None:
    """How the sentence's harm predicates stand to the date (its top token `top`) and its
    predicate k: 'above' when the act governs the date ("shot a teen as he descended a
    stairwell Thursday") or hangs on it ("on Nov. 2, when a gunman shot him"); 'aside'
    when each harm after the date only describes a noun ("a service was held Saturday for
    a student shot and killed"); 'unsure' when a harm is k's complement ("accused of
    shooting her on March 28") or stands between k and the date ("talk to him about the
    four people killed at the farm on July 15"), where the parser's attachment is no
    guide; None when there is none."""
    harms = [
        h
        for h in range(len(p))
        if h != k and (p.is_verb(h) or p.is_noun(h)) and _role_of(p, h, roles) in HARM_ROLES
    ]
    paths = {h: _path_up(p, h) for h in harms}
    above = _path_up(p, k)
    for h in harms:
        if _role_of(p, h, roles) in ACT_ROLES and (h in above or top in paths[h]):
            return "above"
    if not harms:
        return None
    if lemma(p, k) == "be":
        return "unsure"  # "was one of four teenagers gunned down": the attribute's clause
    for h, path in paths.items():
        below_k = path[: path.index(k)] if k in path else path
        if k < h < top or not any(_describes(p, t, roles) for t in below_k):
            return "unsure"
    return "aside"


def _describes(p: Parse, t: int, roles: Roles) -> bool:
    """t heads a clause that describes a noun as the one harmed: a participle ("a student
    shot and killed", also as the parser hangs it on the verb) or a relative clause in the
    passive or of a verb one undergoes ("a woman who was killed", "who died"); never "a
    shot that injured him", whose noun did the harm."""
    dep = p.deps[t]
    if dep == "relcl":
        return p.child(t, "nsubjpass", "auxpass") is not None or (
            lookup(roles.undergo, verb_keys(p, t)) is not None
        )
    bare = p.tags[t] in ("VBN", "VBD") and p.child(t, *SUBJECTS, "aux", "auxpass", "mark") is None
    return bare and dep in ("acl", "advcl")


_OTHER = frozenset(("another", "separate", "unrelated", "earlier", "previous", "prior"))
"""Words that set an event noun apart from the event reported ("after another shooting on
Sunday", "a separate shooting Friday"): a date of that noun is the other event's."""


def _other_event(p: Parse, k: int, top: int | None) -> bool:
    """k is an event noun set apart as another event by its determiner or adjective, and
    the date is its own ("another shooting on Sunday"), not a noun phrase's of its own it
    is compared with ("another shooting like the one Sunday night")."""
    if p.is_verb(k) or not any(
        p.deps[c] in ("det", "amod") and p.lower(c) in _OTHER for c in p.children(k)
    ):
        return False
    return top is not None and all(p.deps[c] != "det" for c in p.children(top))


def clause_of(p: Parse, start: int, end: int, roles: Roles) -> dict[str, str]:
    """`clause` (the predicate's base form) and `clause_role` (the role its clause tells,
    EVENT for the event with no harm named) of a date span, and `death_after` ("hit") when
    the clause tells a death after a harm told apart; empty when the parse cannot say
    whether the date is the event's or another thing's."""
    k = date_predicate(p, start, end, roles)
    if k is None:
        return {}
    top = _top(p, start, end)
    if _other_event(p, k, top):
        return {"clause": lemma(p, k), "other_event": "yes"}
    role = _role_of(p, k, roles)
    if role == "injured" and _fatal_wound(p, k, top, roles):
        return {"clause": lemma(p, k), "clause_role": "hit", "act_head": _act_head(p, k)}
    if role == "injured":
        return {}  # the harm, or the care after it: the parse cannot say which
    if role is None and not p.is_verb(k):
        return {}  # "Wednesday's ambush", "the funeral Saturday": an event noun of no role
    if role not in EVENT_ROLES:
        relation = _harm_relation(p, k, top, roles)
        if relation == "above":
            role = EVENT  # the act's own clause holds the date
        elif relation == "unsure":
            return {}
    out = {"clause": lemma(p, k)}
    if role is not None:
        out["clause_role"] = role
    if role in EVENT_ROLES:
        out["act_head"] = _act_head(p, k)
    if role == "killed" and _harm_told_apart(p, k, roles):
        out["death_after"] = "hit"
    return out


def _fatal_wound(p: Parse, k: int, top: int | None, roles: Roles) -> bool:
    """k is the wound a death came from, and the date is in the clause that tells the wound
    ("died Sunday from his injuries suffered Saturday night"): the harm's day, the act's,
    though a wound noun's date is most often of the care after it."""
    if top is None or not p.is_noun(k) or p.deps[k] != "pobj" or p.heads[k] == k:
        return False
    path = _path_up(p, top)
    below = path[path.index(k) - 1] if k in path and path.index(k) > 0 else None
    if below is None or p.deps[below] not in ("acl", "relcl"):
        return False  # "died of his injuries Sunday": the death's day
    prep = p.heads[k]
    verb = p.heads[prep]
    return verb != prep and p.is_verb(verb) and _role_of(p, verb, roles) == "killed"


_INDEFINITE = frozenset(("a", "an", "one", "some", "any"))
_DESCRIBING = frozenset(("relcl", "acl", "pcomp"))


def _act_head(p: Parse, k: int) -> str:
    """How the act's predicate k that a date modifies stands in its sentence: 'noun' for
    an event noun named as one known ("the March 16, 2014 shooting", "Saturday's
    shooting"), 'verb' for a harm verb of a clause of its own ("were shot on June 27",
    "The shooting happened on June 22"), 'aside' for a noun brought in as one more ("a
    Sept. 27, 2012 shooting") or a verb that only describes a noun or names a charge's act
    ("another man gunned down Dec. 22", "who died Nov. 27", "charged with killing him Sept.
    21"): the date may be another event's."""
    if p.is_noun(k):
        dets = [c for c in p.children(k) if p.deps[c] == "det"]
        return "aside" if any(p.lower(c) in _INDEFINITE for c in dets) else "noun"
    return "aside" if p.deps[k] in _DESCRIBING else "verb"


_HURT = ("hit", "injured")


def _harm_told_apart(p: Parse, k: int, roles: Roles) -> bool:
    """The death predicate k tells the harm before it in a clause of its own: one that
    describes its subject ("the girl, who was shot in the head ..., was declared brain-dead
    Friday") or k's adverbial clause ("died Friday after being shot"). The date is the
    death's, a sequel's: the harm was that day or before. Not a coordinated harm ("shot and
    killed Tuesday": the act's own clause), nor a noun phrase ("died of gunshot wounds",
    "killed in a drive-by shooting", "found dead from gunshot wounds Wednesday"): the
    death's cause or the act itself, no separate event."""
    subject = _subject(p, k)
    described = [] if subject is None else p.children(subject)
    clauses = [c for c in described if p.deps[c] in ("relcl", "acl")]
    for c in p.children(k):
        if p.deps[c] == "advcl":
            clauses.append(c)
        elif p.deps[c] == "prep":  # "after being shot": the preposition's clause
            clauses.extend(o for o in p.children(c) if p.deps[o] == "pcomp")
    return any(p.is_verb(c) and _role_of(p, c, roles) in _HURT for c in clauses)


def tells_harm(value: dict) -> bool:
    """The date's clause tells the event: its harm, its shots, or the event itself."""
    return value.get("clause_role") in EVENT_ROLES


def tells_other(value: dict) -> bool:
    """The parse read the date's clause, and it tells something else than the event."""
    return "clause" in value and not tells_harm(value)


def tree_gap(p: Parse, a: tuple[int, int], b: tuple[int, int]) -> int | None:
    """How many arcs of the parse part two spans' head tokens (sentence offsets): a date
    modifies the clause of the count it is fewest arcs from ("22 people shot over the
    weekend, police said Tuesday": the weekend's, not the telling's day)."""
    top_a, top_b = _top(p, *a), _top(p, *b)
    if top_a is None or top_b is None:
        return None
    up_a = {k: n for n, k in enumerate(_path_up(p, top_a))}
    for n, k in enumerate(_path_up(p, top_b)):
        if k in up_a:
            return up_a[k] + n
    return None


_NOUN_MODIFIERS = frozenset(("compound", "nmod", "poss", "amod", "nummod"))


def own_noun(p: Parse, start: int, end: int) -> str | None:
    """The noun a date (sentence offsets) modifies inside its noun phrase: "the March 9
    cookout", "Wednesday's ambush", "a Dec. 3 incident" date that thing, not the clause
    around it ("charged with homicide in the March 9 cookout": not the charges' day)."""
    top = _top(p, start, end)
    if top is None or p.deps[top] not in _NOUN_MODIFIERS:
        return None
    head = p.heads[top]
    if head == top or not p.is_noun(head) or (p.starts[head] < end and p.ends[head] > start):
        return None
    while p.deps[head] == "compound" and p.heads[head] != head and p.is_noun(p.heads[head]):
        head = p.heads[head]  # "the March 9 backyard ambush": the phrase's own noun
    return lemma(p, head)
