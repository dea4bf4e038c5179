"""English inflections a suffix lemmatiser cannot work out: irregular forms and spelling.

The tables and the one spelling rule (`restore_e`: "detained" -> "detain", "evacuated" ->
"evacuate") behind `words.lemma`; kept apart because they are data about English, long,
and read by nothing but the lemmatisers.
"""

from __future__ import annotations

# Plurals of the nouns counts most often name that suffix rules cannot recover; both
# lemmatisers (words.lemma and lemmas.lemma_of) read them.
IRREGULAR_PLURALS = {
    "men": "man",
    "women": "woman",
    "children": "child",
    "people": "people",
    "police": "police",
    "feet": "foot",
    "teeth": "tooth",
}

# Verb forms (and a few nouns) that suffix rules cannot recover.
IRREGULAR = {
    "was": "be",
    "were": "be",
    "been": "be",
    "is": "be",
    "are": "be",
    "had": "have",
    "has": "have",
    "did": "do",
    "done": "do",
    "does": "do",
    "said": "say",
    "says": "say",
    "told": "tell",
    "went": "go",
    "gone": "go",
    "came": "come",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "made": "make",
    "held": "hold",
    "left": "leave",
    "lost": "lose",
    "won": "win",
    "saw": "see",
    "seen": "see",
    "found": "find",
    "fled": "flee",
    "fell": "fall",
    "fallen": "fall",
    "rose": "rise",
    "risen": "rise",
    "shot": "shoot",
    "struck": "strike",
    "stricken": "strike",
    "hit": "hit",
    "put": "put",
    "set": "set",
    "cut": "cut",
    "hurt": "hurt",
    "beat": "beat",
    "beaten": "beat",
    "broke": "break",
    "broken": "break",
    "brought": "bring",
    "bought": "buy",
    "caught": "catch",
    "fought": "fight",
    "clung": "cling",
    "sought": "seek",
    "thought": "think",
    "taught": "teach",
    "kept": "keep",
    "led": "lead",
    "met": "meet",
    "paid": "pay",
    "sold": "sell",
    "sent": "send",
    "spent": "spend",
    "built": "build",
    "stood": "stand",
    "understood": "understand",
    "wrote": "write",
    "written": "write",
    "drove": "drive",
    "driven": "drive",
    "flew": "fly",
    "flown": "fly",
    "stole": "steal",
    "stolen": "steal",
    "swore": "swear",
    "sworn": "swear",
    "threw": "throw",
    "thrown": "throw",
    "grew": "grow",
    "grown": "grow",
    "knew": "know",
    "known": "know",
    "drew": "draw",
    "drawn": "draw",
    "blew": "blow",
    "blown": "blow",
    "began": "begin",
    "begun": "begin",
    "became": "become",
    "ran": "run",
    "sank": "sink",
    "sunk": "sink",
    "shook": "shake",
    "hung": "hang",
    "dug": "dig",
    "fed": "feed",
    "bled": "bleed",
    "felt": "feel",
    "meant": "mean",
    "dealt": "deal",
    "lit": "light",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "overthrew": "overthrow",
    "overthrown": "overthrow",
    "chose": "choose",
    "chosen": "choose",
    "froze": "freeze",
    "frozen": "freeze",
    "rode": "ride",
    "hid": "hide",
    "hidden": "hide",
    "ate": "eat",
    "eaten": "eat",
    "wore": "wear",
    "worn": "wear",
    "tore": "tear",
    "torn": "tear",
    "spoke": "speak",
    "spoken": "speak",
    "woke": "wake",
    "awoke": "awake",
    "got": "get",
    "gotten": "get",
    "heard": "hear",
    "slid": "slide",
    "spread": "spread",
    "quit": "quit",
    "let": "let",
    "read": "read",
    "bid": "bid",
    "forgot": "forget",
    "forgiven": "forgive",
    "died": "die",
    "lied": "lie",
    "tied": "tie",
    "dyed": "dye",
    **IRREGULAR_PLURALS,
    "mice": "mouse",
    "crises": "crisis",
    "analyses": "analysis",
    "data": "data",
    "media": "media",
    "news": "news",
    "series": "series",
    "species": "species",
    "politics": "politics",
    "arms": "arms",
    "forces": "force",
    "troops": "troop",
}

# Prefixes that make new verbs of strong ones, which keep the strong forms ("underwent",
# "withheld", "overtook", "retold"): the tables need not list every compound.
_VERB_PREFIXES = ("under", "over", "with", "out", "fore", "mis", "up", "re")


def prefixed_irregular(word: str) -> str | None:
    """The base of a prefixed strong verb's past form: "underwent" -> undergo, "withheld"
    -> withhold, "retold" -> retell; None when the word is no such form."""
    for prefix in _VERB_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 3 and IRREGULAR.get(rest, rest) != rest:
            return prefix + IRREGULAR[rest]
    return None


# Stems that take back an "e" though the suffix rules would not restore it, and the reverse.
_E_STEMS = frozenset(
    [
        "invit",
        "unit",
        "cit",
        "incit",
        "excit",
        "ignit",
        "recit",
        "delet",
        "complet",
        "compet",
        "deplet",
        "conven",
        "creat",
        "interven",
        "phon",
        "postpon",
        "zon",
    ]
)
BRITISH = {
    "neighbourhood": "neighborhood",
    "centre": "center",
    "theatre": "theater",
    "defence": "defense",
    "organisation": "organization",
    "recognise": "recognize",
    "organise": "organize",
    "mobilise": "mobilize",
    "criticise": "criticize",
    "apologise": "apologize",
    "authorise": "authorize",
    "harbour": "harbor",
    "labour": "labor",
    "metre": "meter",
    "kilometre": "kilometer",
    "litre": "liter",
    "tonne": "ton",
}

_VOWELS = set("aeiou")


def restore_e(stem: str) -> str:
    """The base of a stem whose "-ed"/"-ing" was cut: undouble, or put back a silent e."""
    if stem in _E_STEMS:
        return stem + "e"
    if len(stem) > 5 and stem.endswith("oll"):
        return stem[:-1]  # controlled, patrolled
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz" + "aeiou":
        return stem[:-1]
    if stem.endswith("u") or (stem.endswith("z") and not stem.endswith("zz")):
        return stem + "e"  # rescue, continue, seize
    if (
        stem.endswith("s")
        and not stem.endswith("ss")
        and not (stem.endswith("us") and stem[-3:-2] not in _VOWELS)
    ):
        return stem + "e"  # increase, raise, cause
    if stem.endswith("at"):
        return stem if stem[-3:-2] in ("e", "o", "a") else stem + "e"  # treat / evacuate
    if stem.endswith("in"):
        return stem if stem[-3:-2] in _VOWELS else stem + "e"  # detain / decline
    for ending in (
        "at",
        "ut",
        "iz",
        "is",
        "ys",
        "ur",
        "ir",
        "ar",
        "or",
        "iv",
        "av",
        "ov",
        "ev",
        "uv",
        "rv",
        "lv",
        "ic",
        "ac",
        "oc",
        "uc",
        "nc",
        "rc",
        "ag",
        "eg",
        "ig",
        "og",
        "ug",
        "rg",
        "ng",
        "id",
        "ud",
        "ad",
        "ak",
        "ik",
        "ok",
        "ap",
        "ip",
        "op",
        "am",
        "um",
        "im",
        "ib",
        "ob",
        "ub",
        "bl",
        "pl",
        "tl",
        "dl",
        "gl",
        "kl",
        "zl",
        "fl",
        "cl",
        "ul",
        "ol",
        "il",
        "ot",
    ):
        if stem.endswith(ending):
            if ending.endswith("v"):
                return stem + "e"  # no English verb ends in v: receive, believe, relieve
            # Two vowels before the consonant ("detain", "treat", "cool") keep it bare.
            if len(stem) >= 3 and stem[-2] in _VOWELS and stem[-3] in _VOWELS:
                return stem
            if ending in ("ag", "eg", "ig", "og", "ug", "ng") and not stem.endswith(
                ("ang", "ung", "ing", "ong")
            ):
                return stem + "e"  # charge, urge, damage
            if ending in ("ng",):
                return stem + "e" if stem.endswith(("ang", "ung")) else stem
            if ending == "id" and stem.endswith(("aid", "oid")):
                return stem
            if ending in ("il", "ol") and len(stem) > 5:
                return stem
            if ending in ("ot",) and stem.endswith("oot"):
                return stem
            return stem + "e"
    if stem.endswith("e"):
        return stem
    return stem
