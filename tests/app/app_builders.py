"""Small workbench databases built straight through Store, for the app's tests."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from workbench.models import Claim, Conflict, Corroboration, Sentence
from workbench.store import Store


@dataclass
class Doc:
    file: str
    text: str
    outlet: str | None = None
    published: str | None = None
    claims: list[tuple[str, str, dict]] = field(default_factory=list)
    """(kind, span text, value): the span's first occurrence in the text."""


def _sentences(text: str) -> list[Sentence]:
    found = []
    for i, match in enumerate(re.finditer(r"[^.!?\n]+[.!?]?", text)):
        if match.group().strip():
            found.append(Sentence(0, 0, i, 0, match.start(), match.end(), match.group()))
    return found


def add_doc(store: Store, doc: Doc, copy_of: int | None = None) -> tuple[int, list[Claim]]:
    raw = doc.text.encode()
    source_id = store.add_source(
        file=doc.file,
        raw=raw,
        text=doc.text,
        content_hash=hashlib.sha256(raw).hexdigest(),
        outlet=doc.outlet,
        published=doc.published,
        word_count=len(doc.text.split()),
    )
    if copy_of is not None:
        store.set_copy_of(source_id, copy_of, 0.95)
    sentences = _sentences(doc.text)
    store.add_sentences(source_id, sentences)
    stored = store.sentences(source_id)
    claims = []
    for n, (kind, span, value) in enumerate(doc.claims):
        start = doc.text.index(span)
        sentence = next(s for s in stored if s.start <= start < s.end)
        claims.append(
            Claim(
                id=f"{doc.file}-{n}",
                source_id=source_id,
                kind=kind,
                text=span,
                start=start,
                end=start + len(span),
                sentence=sentence.text,
                sentence_id=sentence.id,
                value=value,
                event_date=doc.published,
                event_date_basis="published" if doc.published else None,
                attribution="officials" if "said" in sentence.text else None,
            )
        )
    store.replace_claims(source_id, claims)
    return source_id, claims


PLANET = Doc(
    "planet.txt",
    "Police detained 27 people on Monday in Northtown.\n\n"
    "The march began at noon. Officials said 300 people marched through the centre.\n\n"
    + "Filler paragraph about the weather and the traffic. "
    * 30,
    outlet="Daily Planet",
    published="2019-01-21",
    claims=[
        ("quantity", "27 people", {"low": 27, "high": 27, "counted": "people"}),
        ("place", "Northtown", {"name": "Northtown"}),
        ("quantity", "300 people", {"low": 300, "high": 300, "counted": "people"}),
    ],
)
STAR = Doc(
    "star.txt",
    "Around two dozen men were held on Monday in Southville.\n\n"
    "About 300 people marched, witnesses said.",
    outlet="Evening Star",
    published="2019-01-21",
    claims=[
        ("quantity", "two dozen men", {"low": 24, "high": 24, "counted": "men", "hedge": "around"}),
        ("place", "Southville", {"name": "Southville"}),
        ("quantity", "300 people", {"low": 300, "high": 300, "counted": "people"}),
    ],
)
COPY = Doc(
    "copy.txt",
    "Police detained 27 people on Monday in Northtown. Copied without credit.",
    claims=[
        ("quantity", "27 people", {"low": 27, "high": 27, "counted": "people"}),
        ("place", "Northtown", {"name": "Northtown"}),
    ],
)
QUIET = Doc("quiet.txt", "An opinion piece with nothing a checker could count.", outlet="Gazette")


def build_review_db(path: Path) -> Path:
    """Four sources (one a copy, one without claims), two conflicts, one corroboration,
    one conflict that lost a claim to a re-analysis and one that lost all of them."""
    with Store(path) as store, store.transaction():
        planet_id, planet = add_doc(store, PLANET)
        _, star = add_doc(store, STAR)
        _, copy = add_doc(store, COPY, copy_of=planet_id)
        quiet_id, _ = add_doc(
            store,
            Doc(
                QUIET.file,
                QUIET.text,
                QUIET.outlet,
                claims=[("quantity", "nothing", {"low": 0, "high": 0})],
            ),
        )
        gone_claim = store.claims(source_id=quiet_id)[0]
        store.replace_findings(
            [
                Conflict(
                    "c-count",
                    "quantity",
                    0.9,
                    "27 people vs around 24 men detained",
                    True,
                    [planet[0].id, star[0].id, copy[0].id],
                ),
                Conflict(
                    "c-place",
                    "place",
                    0.8,
                    "Northtown vs Southville",
                    True,
                    [planet[1].id, star[1].id, copy[1].id],
                ),
                Conflict(
                    "c-gone",
                    "quantity",
                    0.5,
                    "a claim that a re-analysis dropped",
                    None,
                    [gone_claim.id, star[2].id],
                ),
            ],
            [Corroboration("k-march", "quantity", 0.7, "300 marched", [planet[2].id, star[2].id])],
        )
        store.replace_claims(quiet_id, [])  # the re-analysis: c-gone loses a claim
    _keep_an_empty_conflict(path, gone_claim.id)
    return path


def _keep_an_empty_conflict(path: Path, claim_id: str) -> None:
    """c-empty, every claim of which a re-analysis dropped, as a database made before such
    a conflict was deleted with its last claim still holds it (written past the foreign
    key, which a plain sqlite3 connection does not enforce)."""
    import sqlite3

    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO conflicts (id, kind, score, reason, same_day) "
            "VALUES ('c-empty', 'quantity', 0.4, 'every claim dropped', NULL)"
        )
        conn.execute(
            "INSERT INTO conflict_claims (conflict_id, claim_id, position) VALUES (?, ?, 0)",
            ["c-empty", claim_id],
        )
    conn.close()


def build_empty_db(path: Path) -> Path:
    Store(path).close()
    return path


HOSTILE_TEXT = (
    "Rebels said [bold]x[/] and [link=https://evil.example]click[/link] [red]27 soldiers[/red].\n"
    "Escapes: \x1b[31mred\x1b[0m \x1b]0;pwned\x07 bell\x07 back\x08 tab\there \x1b[2J done.\r\n"
    "Bidi \u202eevil\u202c end."
)


def build_hostile_db(path: Path) -> Path:
    """An article whose text is full of markup, ANSI escapes and control characters."""
    with Store(path) as store, store.transaction():
        _, claims = add_doc(
            store,
            Doc(
                "[bold]hostile[/].txt",
                HOSTILE_TEXT,
                outlet="[red]Evil[/red] News",
                published="2020-02-02",
                claims=[
                    ("quantity", "27 soldiers", {"low": 27, "high": 27}),
                    ("quantity", "\x1b[31mred", {"low": 31, "high": 31}),
                ],
            ),
        )
        _, other = add_doc(
            store,
            Doc(
                "other.txt",
                "There were 30 soldiers.",
                outlet="Other",
                claims=[("quantity", "30 soldiers", {"low": 30, "high": 30})],
            ),
        )
        store.replace_findings(
            [
                Conflict(
                    "c-hostile",
                    "quantity",
                    0.9,
                    "[b]27[/b] vs 30 \x1b[5m",
                    True,
                    [claims[0].id, other[0].id],
                )
            ],
            [],
        )
    return path


def build_large_db(path: Path, articles: int = 1000) -> Path:
    """A corpus the size the app must stay quick on: `articles` sources of ~40 sentences, ten
    claims each, a conflict between each neighbouring pair and a corroboration every other."""
    with Store(path) as store, store.transaction():
        previous: list[Claim] = []
        conflicts, corroborations = [], []
        for k in range(articles):
            sentences = [
                f"Report {k} line {n}: officials said {k % 50 + n} people gathered in Town{n}."
                for n in range(40)
            ]
            doc = Doc(
                f"article-{k:04}.txt",
                " ".join(sentences),
                outlet=f"Outlet {k % 37}",
                published=f"2021-{k % 12 + 1:02}-{k % 28 + 1:02}",
                claims=[
                    ("quantity", f"{k % 50 + n} people", {"low": k % 50 + n, "counted": "people"})
                    for n in range(0, 40, 4)
                ],
            )
            _, claims = add_doc(store, doc)
            if previous:
                conflicts.append(
                    Conflict(
                        f"c{k:04}",
                        "quantity",
                        1 - k / articles / 2,
                        f"pair {k}",
                        True,
                        [previous[0].id, claims[0].id],
                    )
                )
                if k % 2:
                    corroborations.append(
                        Corroboration(
                            f"k{k:04}", "quantity", 0.5, f"pair {k}", [previous[1].id, claims[1].id]
                        )
                    )
            previous = claims
        store.replace_findings(conflicts, corroborations)
    return path
