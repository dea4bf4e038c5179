"""Article text is untrusted: no input, however odd, may crash extraction."""

from __future__ import annotations

import random

from workbench.claims import extract_claims
from workbench.models import Sentence, Source

# Letters that case-insensitive patterns treat as ASCII (ı İ ſ K), combining marks,
# controls, bidi marks, and the words the quantity and date finders look for.
ODD = ["ı", "İ", "ſ", "K", "\u0307", "\x00", "\x1b[31m", "\u202e", "ß", "ﬁ", "½", "٣", "\t"]
WORDS = "5 mi km KM miles dozen two dozen 1,200 $3 million % Jan. 10 Monday last May 2:50 a.m. "
WORDS += "around over some people in at of the neighbourhood of said according to “ ” ("
WORDS += ") - – 3 kilometers (2 miles) 60 countries early Wednesday"


def _noise(rng: random.Random) -> str:
    pieces = WORDS.split() + ODD
    return " ".join(rng.choice(pieces) + rng.choice(["", *ODD]) for _ in range(rng.randint(3, 40)))


def test_odd_unicode_never_crashes_extraction():
    rng = random.Random(1)
    for i in range(300):
        text = _noise(rng) + "."
        source = Source(id=1, file="x.txt", text=text, content_hash=str(i), published="2020-02-29")
        sentence = Sentence(
            id=1, source_id=1, index=0, paragraph=0, start=0, end=len(text), text=text
        )
        for claim in extract_claims(source, [sentence]):
            assert text[claim.start : claim.end] == claim.text


def _quantities(text: str) -> list[dict]:
    source = Source(id=1, file="x.txt", text=text, content_hash="h", published="2020-01-01")
    sentence = Sentence(id=1, source_id=1, index=0, paragraph=0, start=0, end=len(text), text=text)
    return [c.value for c in extract_claims(source, [sentence]) if c.kind == "quantity"]


def test_a_dotless_i_in_a_unit_reads_as_the_ascii_unit():
    dotless, ascii_ = _quantities("The town is 5 mı away."), _quantities("The town is 5 mi away.")
    assert [(q["low"], q["unit"]) for q in dotless] == [(q["low"], q["unit"]) for q in ascii_]
    assert dotless and dotless[0]["unit"] == "m"
