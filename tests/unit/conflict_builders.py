"""Hand-built sources and claims for the conflict finder's unit tests, and the finder on them."""

import itertools

from workbench.findings.conflicts import find_findings
from workbench.models import Claim, Frame, Source
from workbench.vocabulary import load

VOCAB = load()
_ids = itertools.count(1)


def source(sid: int, outlet: str | None = None, published: str | None = "2021-03-01", **kw):
    return Source(
        id=sid,
        file=f"{sid:03d}.txt",
        text=kw.pop("text", ""),
        content_hash=f"h{sid}",
        outlet=outlet,
        published=published,
        **kw,
    )


def claim(sid, kind, text, sentence, *, action=None, counted=None, value=None, day=None, **kw):
    counted_noun = counted["noun"] if isinstance(counted, dict) else counted
    if isinstance(counted, dict):
        kw["counted"] = counted
    return Claim(
        id=kw.pop("id", f"c{next(_ids):04d}"),
        source_id=sid,
        kind=kind,
        text=text,
        start=max(0, sentence.find(text)),
        end=max(0, sentence.find(text)) + len(text),
        sentence=sentence,
        frame=Frame(action, counted_noun, kw.pop("subject", None)),
        value=value or {},
        event_date=day,
        event_date_basis=kw.pop("basis", "text" if day else None),
        file=f"{sid:03d}.txt",
        **kw,
    )


ROLES = {
    "arrest": "arrested",
    "detain": "arrested",
    "kill": "killed",
    "die": "killed",
    "injure": "injured",
}
"""The role the extractor reads from each of these verbs (workbench/data/roles.json)."""


def qty(sid, text, sentence, low, high=None, *, hedge=None, unit=None, counted=None, **kw):
    value = {"low": low, "high": low if high is None else high, "unit": unit, "hedge": hedge}
    value["counted"] = counted
    kw.setdefault("role", ROLES.get(kw.get("action")))
    if counted:
        kw["counted"] = {"noun": counted, "class": VOCAB.counted_class(counted)}
    return claim(sid, "quantity", text, sentence, value=value, **kw)


def place(sid, text, sentence, *, container=None, type=None, **kw):
    value = {"name": text, "container": container}
    if type is not None:
        value["type"] = type
    return claim(sid, "place", text, sentence, value=value, **kw)


def riot(sid, name, sentence, **kw):
    """A place claim of one riot on 1 March 2021: the event the place tests share."""
    return place(sid, name, sentence, action="riot", day="2021-03-01", **kw)


def when(sid, text, sentence, start, end=None, granularity="day", **kw):
    value = {"start": start, "end": end or start, "granularity": granularity}
    return claim(sid, "date", text, sentence, value=value, **kw)


SOURCES = [source(1, "Daily Ledger"), source(2, "Evening Post"), source(3, "Wire Service")]


def run(claims, sources=SOURCES):
    return find_findings(claims, sources, VOCAB)
