"""The event a place or a date situates: an event noun near it ("the shooting in Dayton",
"Monday's protest"), else the nearest verb. Crude, general and fast, as `frames.py` is for
the counts; kept apart because it reads a span's surroundings, not a counted noun's."""

from __future__ import annotations

from workbench.claims.words import AUXILIARIES, Token, lemma, looks_like_verb, wordset

# General news nouns naming an event a place or date can situate.
EVENT_NOUNS = wordset(
    "uprising mutiny revolt rebellion insurrection coup putsch protest protests "
    "demonstration demonstrations rally rallies march riot riots clash clashes attack "
    "attacks bombing explosion blast shooting shootout fire wildfire earthquake quake flood "
    "floods storm hurricane typhoon cyclone tornado landslide eruption crash collision "
    "accident derailment arrest arrests raid election elections vote referendum poll primary "
    "match game final race tournament summit meeting meetings conference ceremony strike "
    "strikes killing killings massacre siege battle fighting ambush standoff stand-off "
    "defiance incident operation outbreak evacuation kidnapping abduction robbery heist "
    "trial hearing inauguration funeral visit speech concert festival parade celebration "
    "uprisings mutinies revolts invasion offensive airstrike airstrikes strike "
    "takeover occupation blockade sit-in walkout lockdown cease-fire ceasefire"
)
HAPPEN = wordset("occur happen take break erupt unfold begin start")


def event_near(tokens: list[Token], i: int, j: int | None = None) -> str | None:
    """The event a place or date situates: an event noun nearby, else the nearest verb."""
    j = i if j is None else j
    lo, hi = max(0, i - 12), min(len(tokens), j + 8)

    def passable(tok: Token) -> bool:
        return tok.is_word or tok.text[0].isdigit() or tok.text == ","

    best: tuple[int, str] | None = None
    for k in range(lo, hi):
        if i <= k < j:
            continue
        tok = tokens[k]
        if tok.text in (";", "."):
            if k < i:
                best = None
                continue
            break
        if tok.lower in EVENT_NOUNS:
            dist = i - k if k < i else (k - j) + 2
            if best is None or dist < best[0]:
                best = (dist, lemma(tok.text))
    if best:
        return best[1]
    k = i - 1
    while k >= lo:
        tok = tokens[k]
        if not passable(tok):
            break
        if (
            tok.is_word
            and tok.lower not in AUXILIARIES
            and looks_like_verb(tok.text)
            and lemma(tok.text) not in HAPPEN
        ):
            return lemma(tok.text)
        k -= 1
    k = j
    while k < hi:
        tok = tokens[k]
        if not passable(tok):
            break
        if tok.is_word and tok.lower not in AUXILIARIES and looks_like_verb(tok.text):
            return lemma(tok.text)
        k += 1
    return None
