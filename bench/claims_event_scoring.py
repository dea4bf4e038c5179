"""Scoring each labelled article's event date and place (`claims_scoring.score_article`).

The date is right when the product's event date of the article is the labelled day; the
place when its event place or the place containing it names the labelled city (folded:
case, accents and punctuation aside; one name inside the other counts).
"""

from __future__ import annotations

import unicodedata


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if c.isalnum() or c == " ").strip()


def _same_place(got: str | None, city: str) -> bool:
    if not got:
        return False
    a, b = _fold(got), _fold(city)
    return bool(a) and (a == b or a in b or b in a)


def score_event(source, claims, label: dict, tally, keep_misses: bool) -> None:
    """Add the article's date and place to the tally (a miss listed when asked)."""
    from workbench.claims.event import source_event

    event = source_event(source, claims)
    if label.get("event_date"):
        tally.dates["gold"] += 1
        if event.date == label["event_date"]:
            tally.dates["right"] += 1
        elif keep_misses:
            tally.misses.append(
                f"DATE want {label['event_date']} ({label.get('date_phrase')!r}) got {event.date} "
                f"[{label['doc_id'][:6]}] published {source.published}"
            )
    if label.get("place"):
        tally.places["gold"] += 1
        if _same_place(event.place, label["place"]["city"]) or _same_place(
            event.container, label["place"]["city"]
        ):
            tally.places["right"] += 1
        elif keep_misses:
            tally.misses.append(
                f"PLACE want {label['place']['city']} ({label['place']['phrase']!r}) got "
                f"{event.place}/{event.container} [{label['doc_id'][:6]}]"
            )
