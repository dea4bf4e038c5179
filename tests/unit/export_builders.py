"""One small review log (four sources, one a copy; two conflicts; a few decisions) that
the export tests read in every format."""

from __future__ import annotations

import io
from dataclasses import asdict

from workbench.export import export_log
from workbench.export.verdicts import VERDICT_FIELDS
from workbench.models import Claim, Conflict, Corroboration
from workbench.store import Store

LONG = (
    "Officials in the capital said on Monday that 27 people had been detained after a "
    "small group of soldiers seized weapons from a command post."
)
NOTE = (
    'Matches the "official" statement, p. 2\n# not a heading\n\n    - nor a list\u2028x, <b>y</b>'
)


NO_VERDICT = {
    **dict.fromkeys(VERDICT_FIELDS),
    "record": "review",
    "note_on": None,
    "note_subject": None,
    "note_id": None,
    "note_undo_of": None,
}


def claim(source_id: int, claim_id: str, text: str, sentence: str, **kw) -> Claim:
    start = sentence.find(text)
    return Claim(
        id=claim_id,
        source_id=source_id,
        kind=kw.pop("kind", "quantity"),
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        value=kw.pop("value", {}),
        **kw,
    )


def build(store: Store) -> dict[str, int]:
    """Four sources (one a copy), two conflicts, one corroboration, a few decisions."""
    with store.transaction():
        a = store.add_source(
            file="a.txt",
            raw=LONG.encode(),
            text=LONG,
            content_hash="ha",
            outlet="Daily *News*",
            url="https://news.example/a",
            published="2019-01-21",
        )
        b = store.add_source(
            file="b.txt",
            raw=b"b",
            text="About two dozen men were held in the east.",
            content_hash="hb",
            outlet="Other | Paper",
            published="2019-01-22",
        )
        c = store.add_source(file="c.txt", raw=b"c", text=LONG, content_hash="hc")
        d = store.add_source(
            file="d.txt",
            raw=b"d",
            text="27 people were detained.",
            content_hash="hd",
            outlet="Wire",
            url="https://wire.example/d",
            published="2019-01-20",
        )
        store.set_copy_of(c, a, 0.95)
        store.replace_claims(
            a,
            [
                claim(a, "ca", "27 people", LONG, value={"low": 27, "high": 27}),
                claim(a, "cap", "the capital", LONG, kind="place", value={"name": "capital"}),
            ],
        )
        store.replace_claims(
            b,
            [
                claim(b, "cb", "two dozen men", "About two dozen men were held in the east."),
                claim(
                    b, "cbp", "the east", "About two dozen men were held in the east.", kind="place"
                ),
            ],
        )
        store.replace_claims(c, [claim(c, "cc", "27 people", LONG)])
        store.replace_claims(d, [claim(d, "cd", "27 people", "27 people were detained.")])
        store.replace_findings(
            [
                Conflict(
                    "k1",
                    "quantity",
                    0.9,
                    "27 vs about two dozen (detain, people)",
                    True,
                    ["ca", "cb"],
                ),
                Conflict("k2", "place", 0.5, "capital vs east", None, ["cap", "cbp"]),
            ],
            [Corroboration("r1", "quantity", 0.8, "27 people detained", ["ca", "cd"])],
        )
    store.record_review("ca", "verified", "ann", NOTE)
    store.record_review("cb", "disputed", "bob", "hedged, vague")
    store.record_review("cb", "unresolved", "bob", "needs a call")
    store.undo_last("bob")
    store.record_review("cd", "unresolved", "ann")
    store.record_review("cc", "verified", "ann")
    store.undo_last("ann")  # cc: back to undecided
    return {"a": a, "b": b, "c": c, "d": d}


def run(store: Store, fmt: str, **options) -> str:
    out = io.StringIO(newline="")
    export_log(store, fmt, out, **options)
    return out.getvalue()


def logged_from(review) -> str | None:
    """Where a row of a database made at schema 15 or later reads its role: its own log
    ("log") for a count, nowhere for another kind of claim."""
    return "log" if review.claim_kind == "quantity" else None


def expected(store: Store, **filters) -> list[dict]:
    return [
        {
            **asdict(r),
            "claim_role_from": logged_from(r),
            "conflict_ids": store.conflict_ids_of(r.claim_id),
            **NO_VERDICT,
        }
        for r in store.reviews(**filters)
    ]
