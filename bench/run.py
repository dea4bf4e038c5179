"""The benchmark: speed, memory and quality of the workbench at scale.

    python bench/run.py --quick                  # 50 and 200 articles, under two minutes
    python bench/run.py                          # 100, 1,000 and 4,000 articles
    python bench/run.py --articles 10000 --json out.json

Each size is generated (`corpus.py`), then ingested and analysed in a fresh subprocess so
that its peak memory is its own. The command-line reads and the exports run as
subprocesses too, each measured with `os.wait4` (time and peak RSS of that process).
The app is driven through `App.run_test()`; the peers (quantulum3, dateparser's
`search_dates`) run on the same sentences as our extractor. See bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path
from time import perf_counter, process_time
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as corpus_mod  # noqa: E402
from profiler import OTHER, STAGES, Profiler  # noqa: E402

FULL_SIZES = [100, 1000, 4000]
QUICK_SIZES = [50, 200]
APP_SIZE = 1000
REVIEW_SHARE = 0.10
LOG_GROWTH = 4
EXPORT_FORMATS = ["jsonl", "csv", "md", "claimreview"]
LOOKALIKE_KIND = {
    "date_format": "date",
    "accent": "place",
    "containment": "place",
    "unit": "quantity",
    "vague_contains": "quantity",
    "hedge": "quantity",
    "past_event": "quantity",
}
"""The claim kind a planted look-alike would be (wrongly) reported as."""
TARGETS = {
    "s_per_1000": 20.0,
    "s_per_10000": 200.0,
    "rss_mb_10000": 1024.0,
    "growth": 4.6,
    "app_first_s": 1.0,
    "verdict_ms": 30.0,
    "tag_ms": 30.0,
    "next_ms": 100.0,
}


def na(why: str) -> dict[str, str]:
    return {"n/a": why}


def rss_mb() -> float:
    """This process's own peak RSS (VmHWM).

    Not `ru_maxrss`: on Linux a child inherits its parent's peak across fork and exec,
    so every subprocess of a large orchestrator would report at least the parent's size.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


PEAK_WRAPPER = (
    "import atexit, runpy, sys\n"
    "out = sys.argv[1]\n"
    "def peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            open(out, 'w').write(line.split()[1])\n"
    "atexit.register(peak)\n"
    "sys.argv = ['workbench', *sys.argv[2:]]\n"
    "runpy.run_module('workbench', run_name='__main__', alter_sys=True)\n"
)


def workbench_command(args: list[str]) -> dict:
    """`python -m workbench ARGS` measured, its peak RSS reported by the process itself."""
    with tempfile.NamedTemporaryFile(suffix=".peak", delete=False) as fh:
        peak_file = Path(fh.name)
    try:
        run = measured([sys.executable, "-c", PEAK_WRAPPER, str(peak_file), *args])
        text = peak_file.read_text().strip()
        if text:
            run["peak_rss_mb"] = round(int(text) / 1024, 1)
        return run
    finally:
        peak_file.unlink(missing_ok=True)


# --- measured subprocesses -----------------------------------------------------------------


def measured(cmd: list[str], *, stdout: Any = subprocess.DEVNULL, timeout: float = 3600) -> dict:
    """Run a command; its wall time, peak RSS (wait4: an upper bound, see rss_mb) and exit."""
    with tempfile.TemporaryFile() as err:
        start = perf_counter()
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=err)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        seconds = perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return {
        "seconds": round(seconds, 3),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "exit": proc.returncode,
        "stderr": stderr[-2000:],
    }


def child(mode: str, *args: str, timeout: float = 3600) -> dict:
    """Run one part of the benchmark in a fresh interpreter; its JSON result."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        out = fh.name
    try:
        run = measured(
            [sys.executable, __file__, "--child", mode, "--result", out, *args], timeout=timeout
        )
        try:
            result = json.loads(Path(out).read_text() or "{}")
        except json.JSONDecodeError:
            result = {}
        if run["exit"] != 0 and "error" not in result:
            result["error"] = run["stderr"].strip().splitlines()[-1:] or [f"exit {run['exit']}"]
        result["process"] = {k: run[k] for k in ("seconds", "exit")}
        result["process"]["peak_rss_mb"] = result.pop("_peak_rss_mb", None)
        return result
    finally:
        Path(out).unlink(missing_ok=True)


# --- child: ingest and analyse -------------------------------------------------------------


def child_ingest(corpus_dir: Path, db: Path) -> dict:
    profiler = Profiler()
    profiler.install()
    from workbench.ingest import ingest_paths
    from workbench.pipeline import analyze
    from workbench.store import Store

    db.unlink(missing_ok=True)
    result: dict[str, Any] = {}
    with Store(db) as store:
        start = perf_counter()
        report = ingest_paths(store, [corpus_dir / "articles.jsonl"], analyze=False)
        ingest_s = perf_counter() - start
        result["ingest_rss_mb"] = round(rss_mb(), 1)
        start = perf_counter()
        summary = analyze(store)
        analyze_s = perf_counter() - start
        wall = ingest_s + analyze_s
        count = store.db.execute
        result.update(
            {
                "articles": len(report.added),
                "skipped": len(report.skipped),
                "sentences": count("SELECT count(*) FROM sentences").fetchone()[0],
                "words": count("SELECT coalesce(sum(word_count), 0) FROM sources").fetchone()[0],
                "claims": summary.claims,
                "claims_by_kind": dict(count("SELECT kind, count(*) FROM claims GROUP BY kind")),
                "conflicts": summary.conflicts,
                "corroborations": summary.corroborations,
                "ingest_s": round(ingest_s, 3),
                "analyze_s": round(analyze_s, 3),
                "total_s": round(wall, 3),
                "peak_rss_mb": round(rss_mb(), 1),
                "stages": profiler.report(wall),
                "stages_missing": {
                    s: t for s, t in profiler.missing.items() if s not in profiler.found
                },
            }
        )
    result["db_mb"] = round(db.stat().st_size / 2**20, 1)
    return result


# --- quality against the planted truth -------------------------------------------------------


def evaluate(db: Path, truth: dict) -> dict:
    """Precision and recall of the conflict list and of copy detection."""
    from workbench.store import Store

    by_url = {a["url"]: a["id"] for a in truth["articles"]}
    event = {a["id"]: a["event"] for a in truth["articles"]}
    copy_of = {c["article"]: c["original"] for c in truth["copies"]}

    def canonical(article: str | None) -> str | None:
        return copy_of.get(article, article) if article else None

    with Store(db) as store:
        sources = store.sources()
        article_of = {s.id: by_url.get(s.url or "") for s in sources}
        found_copies = {
            article_of[s.id]: article_of.get(s.copy_of) for s in sources if s.copy_of is not None
        }
        conflicts = store.conflicts()
    planted = truth["conflicts"]
    matched: set[str] = set()
    true_pos = cross_event = lookalike_hits = 0
    looks_by_event: dict[str, list[dict]] = defaultdict(list)
    for look in truth["lookalikes"]:
        looks_by_event[look["event"]].append(look)
    planted_by_event: dict[str, list[dict]] = defaultdict(list)
    for p in planted:
        planted_by_event[p["event"]].append(p)
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for conflict in conflicts:
        claims = [(canonical(article_of.get(c.source_id)), c) for c in conflict.claims]
        events = {event.get(a) for a, _ in claims if a}
        hit = False
        if len(events) > 1:
            cross_event += 1
        for ev in events:
            for p in planted_by_event.get(ev, []):
                if p["kind"] != conflict.kind:
                    continue
                odd = p["odd_article"]
                has_odd = any(
                    a == odd and p["odd_text"].casefold() in c.sentence.casefold()
                    for a, c in claims
                )
                has_other = any(a and a != odd and event.get(a) == ev for a, _ in claims)
                if has_odd and has_other:
                    hit = True
                    matched.add(p["id"])
            for look in looks_by_event.get(ev, []):
                if LOOKALIKE_KIND.get(look["kind"]) != conflict.kind:
                    continue
                sides = list(zip(look["articles"], look["texts"], strict=True))
                if all(
                    any(a == art and text.casefold() in c.sentence.casefold() for a, c in claims)
                    for art, text in sides
                ):
                    lookalike_hits += 1
        true_pos += hit
        by_kind[conflict.kind]["found"] += 1
        by_kind[conflict.kind]["true"] += hit
    for p in planted:
        by_kind[p["kind"]]["planted"] += 1
        by_kind[p["kind"]]["recalled"] += p["id"] in matched
    copies_true = {c["article"]: c["original"] for c in truth["copies"]}
    copy_hits = sum(
        1 for a, o in found_copies.items() if a in copies_true and canonical(o) == copies_true[a]
    )

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    return {
        "conflicts_found": len(conflicts),
        "planted": len(planted),
        "precision": ratio(true_pos, len(conflicts)),
        "recall": ratio(len(matched), len(planted)),
        "cross_event_conflicts": cross_event,
        "lookalikes_flagged": lookalike_hits,
        "lookalikes_planted": len(truth["lookalikes"]),
        "by_kind": {
            k: {
                "precision": ratio(v["true"], v["found"]),
                "recall": ratio(v["recalled"], v["planted"]),
                **dict(v),
            }
            for k, v in sorted(by_kind.items())
        },
        "copies": {
            "planted": len(copies_true),
            "found": len(found_copies),
            "precision": ratio(copy_hits, len(found_copies)),
            "recall": ratio(copy_hits, len(copies_true)),
        },
    }


# --- the review log and the read-side commands --------------------------------------------


def grow_review_log(db: Path, rows: int, pass_no: int) -> int:
    """Decide on `rows` claims through the Store API (one transaction, as a batch)."""
    from workbench.models import REVIEW_STATUSES
    from workbench.store import Store

    with Store(db) as store:
        ids = [r[0] for r in store.db.execute("SELECT id FROM claims ORDER BY id")]
        if not ids:
            return 0
        step = max(1, len(ids) // max(1, rows))
        chosen = ids[pass_no % step :: step][:rows]
        with store.transaction():
            for i, claim_id in enumerate(chosen):
                status = REVIEW_STATUSES[(i + pass_no) % len(REVIEW_STATUSES)]
                note = (
                    f'bench pass {pass_no}: checked against the wire copy, "{i}"' if i % 3 else None
                )
                store.record_review(claim_id, status, f"bench-{i % 4}", note)
        return store.db.execute("SELECT count(*) FROM reviews").fetchone()[0]


def command_figures(db: Path) -> dict:
    """`workbench conflicts --json` and every export format, at two sizes of the log."""
    out: dict[str, Any] = {}
    run = workbench_command(["conflicts", "--db", str(db), "--json"])
    out["conflicts --json"] = run
    with sqlite_count(db, "claims") as claims:
        first = max(1, int(claims * REVIEW_SHARE))
    logs = []
    rows = grow_review_log(db, first, 0)
    logs.append(rows)
    out["exports"] = {}
    tmp = Path(tempfile.mkdtemp(prefix="wb-export-"))
    try:
        for size_index in range(2):
            if size_index == 1:
                for p in range(1, LOG_GROWTH):
                    rows = grow_review_log(db, first, p)
                logs.append(rows)
            for fmt in EXPORT_FORMATS:
                target = tmp / f"out.{fmt}"
                r = workbench_command(
                    ["export", "--db", str(db), "--format", fmt, "-o", str(target), "--force"]
                )
                r["bytes"] = target.stat().st_size if target.exists() else None
                out["exports"].setdefault(fmt, []).append({"log_rows": rows, **r})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out["log_rows"] = logs
    return out


class sqlite_count:
    """`with sqlite_count(db, table) as n:` a row count without opening a Store."""

    def __init__(self, db: Path, table: str) -> None:
        self.db, self.table = db, table

    def __enter__(self) -> int:
        import sqlite3

        self.conn = sqlite3.connect(self.db)
        return self.conn.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0]

    def __exit__(self, *exc: object) -> None:
        self.conn.close()


# --- child: the app -----------------------------------------------------------------------


async def _drive_app(db: Path, presses: int) -> dict:
    """Time the app as a reviewer meets it: open; on each conflict a verdict (side 1 is
    right), a tag on the claim under focus, then `n` to the next conflict to do; each
    until it is saved (committed) and painted.

    Keys are posted as events (not through `pilot.press`, whose own settling costs ~50 ms),
    and "shown" is the first frame the app paints after the state changed: `_display`
    is wrapped to timestamp every frame (headless, it paints to nowhere, but it paints).
    """
    from textual import events

    from workbench.app import app as app_module
    from workbench.app.data import Finding

    start, start_cpu = perf_counter(), process_time()
    application = app_module.create_app(db, "bench")
    frames: list[float] = []
    probe: list[Any] = [None]
    """The condition being waited for: tested as each frame is painted."""
    painted: list[float] = []
    """Frames painted while the probe held."""
    paint = application._display

    def display(screen: Any, renderable: Any) -> None:
        if renderable is not None:
            frames.append(perf_counter())
            if probe[0] is not None and probe[0]():
                painted.append(frames[-1])
        paint(screen, renderable)

    application._display = display  # type: ignore[method-assign]

    async def shown(condition: Any, timeout: float = 10) -> float | None:
        """When the first frame was painted with `condition` holding. The condition is
        tested as each frame is painted: a frame painted between the change and this
        loop's next look at it counts (the app may paint nothing after it)."""
        painted.clear()
        probe[0] = condition
        try:
            if not await _wait(lambda: painted or condition(), timeout):
                return None
            ready = perf_counter()
            if not await _wait(lambda: painted or (frames and frames[-1] >= ready), timeout):
                return None
            return painted[0] if painted else next(f for f in frames if f >= ready)
        finally:
            probe[0] = None

    cpu_ms: dict[str, list[float]] = {}
    poll_cpu = [0.0]
    """CPU seconds of one poll of an idle app, measured before the presses."""

    async def press(key: str, condition: Any) -> float | None:
        """Wall ms until saved and painted; the process's CPU ms (the app, its database
        thread, and this driver's polling) is kept apart: under load, wall is the queue."""
        t0, c0, p0 = perf_counter(), process_time(), POLLS[0]
        application.post_message(events.Key(key, key))
        done = await shown(condition)
        polling = (POLLS[0] - p0) * poll_cpu[0]
        cpu_ms.setdefault(key, []).append(max(0.0, process_time() - c0 - polling) * 1000)
        return None if done is None else (done - t0) * 1000

    result: dict[str, Any] = {}
    async with application.run_test(size=(160, 45)) as pilot:
        screen = await _wait(lambda: _main_screen(application), 30)
        if screen is None:
            result["error"] = "the main screen did not appear within 30 s"
            return result
        first = await shown(lambda: screen.loaded, 30)
        if first is None:
            result["error"] = "the conflict list did not load within 30 s"
            return result
        if not screen.main_list.rows:
            result["error"] = "the database has no conflicts to show"
            return result
        result["first_conflict_s"] = round(first - start, 3)
        result["first_conflict_cpu_s"] = round(process_time() - start_cpu, 3)
        panes = await shown(lambda: _panes_show(screen, screen.main_list.current), 30)
        result["first_articles_s"] = round(panes - start, 3) if panes else None
        await pilot.pause()
        c0, p0 = process_time(), POLLS[0]
        await _wait(lambda: False, 0.5)
        poll_cpu[0] = (process_time() - c0) / max(1, POLLS[0] - p0)
        result["poll_cpu_us"] = round(poll_cpu[0] * 1e6, 1)
        screen.advance = False  # the verdict and the move are timed apart
        verdict_ms, tag_ms, next_ms = [], [], []
        statuses = {"v": "verified", "d": "disputed", "u": "unresolved"}
        for i in range(presses):
            finding = screen.main_list.current
            if not isinstance(finding, Finding):
                break
            verdict_ms.append(
                await press(
                    "1",
                    lambda key=finding.key: (
                        screen.saving == 0
                        and any(
                            v.reviewer == "bench" for v in screen.decisions.verdicts.get(key, [])
                        )
                    ),
                )
            )
            await pilot.pause()
            targets = screen._targets()
            key = "vdu"[i % 3]
            tag_ms.append(
                await press(
                    key,
                    lambda ids=targets, key=key: (
                        screen.saving == 0
                        and all(screen.statuses.get(c) == statuses[key] for c in ids)
                    ),
                )
            )
            await pilot.pause()
            before = screen.main_list.cursor
            next_ms.append(
                await press(
                    "n",
                    lambda before=before: (
                        screen.main_list.cursor != before
                        and isinstance(screen.main_list.current, Finding)
                        and _panes_show(screen, screen.main_list.current)
                    ),
                )
            )
            await pilot.pause()
            if next_ms[-1] is None:
                break
        result["timeouts"] = verdict_ms.count(None) + tag_ms.count(None) + next_ms.count(None)
        result["verdict_ms"] = _spread([t for t in verdict_ms if t is not None])
        result["tag_ms"] = _spread([t for t in tag_ms if t is not None])
        result["next_ms"] = _spread([t for t in next_ms if t is not None])
        result["cpu_ms"] = {
            kind: _spread(cpu_ms.get(k, [])) for kind, k in (("verdict", "1"), ("next", "n"))
        } | {"tag": _spread([t for k in "vdu" for t in cpu_ms.get(k, [])])}
        result["conflicts_listed"] = len(screen.conflicts)
    return result


POLLS = [0]
"""Polls made by `_wait` so far: their CPU is the driver's, not the app's."""


async def _wait(condition: Any, timeout: float) -> Any:
    """Poll a condition on the app's own loop; its value, or None at the timeout."""
    deadline = perf_counter() + timeout
    while perf_counter() < deadline:
        value = condition()
        if value:
            return value
        POLLS[0] += 1
        await asyncio.sleep(0.0005)
    return None


def _main_screen(application: Any) -> Any:
    from workbench.app.screens.main import MainScreen

    screen = application.screen
    return screen if isinstance(screen, MainScreen) else None


def _panes_show(screen: Any, row: Any) -> bool:
    """The first pane holds one of the selected conflict's sources."""
    if row is None or not getattr(row, "claims", None):
        return True
    pane = screen.panes[0]
    wanted = {c.source_id for c in row.claims}
    return pane.article is not None and pane.article.info.id in wanted


def _spread(values: list[float]) -> dict:
    if not values:
        return {}
    return {
        "median": round(statistics.median(values), 2),
        "worst": round(max(values), 2),
        "n": len(values),
    }


def child_app(db: Path, presses: int) -> dict:
    """The app on `db`, migrated first (a one-time cost that is not the app's start)."""
    from workbench.store import Store

    with Store(db):
        pass
    return asyncio.run(_drive_app(db, presses))


# --- child: the peers ---------------------------------------------------------------------


def child_peers(db: Path, count: int) -> dict:
    """Our quantities and dates against quantulum3 and dateparser's search_dates."""
    import datetime as dt

    from workbench.claims import extract_claims
    from workbench.models import Source
    from workbench.store import Store

    with Store(db) as store:
        sources = {s.id: s for s in store.sources() if s.published and s.copy_of is None}
        picked = []
        for sid in sorted(sources)[: max(1, count // 8)]:
            picked.extend((sources[sid], s) for s in store.sentences(sid))
    # Sentences with a digit or a number word are the interesting ones; keep every kind.
    picked = picked[:count]
    result: dict[str, Any] = {"sentences": len(picked)}

    ours_q: list[list[dict]] = []
    ours_d: list[list[dict]] = []
    start = perf_counter()
    for source, sentence in picked:
        one = Source(
            id=source.id,
            file=source.file,
            text=source.text,
            content_hash=source.content_hash,
            published=source.published,
        )
        claims = extract_claims(one, [sentence])
        ours_q.append([c.value for c in claims if c.kind == "quantity"])
        ours_d.append([c.value for c in claims if c.kind == "date"])
    ours_s = perf_counter() - start
    result["ours"] = {
        "seconds_all_kinds": round(ours_s, 3),
        "quantities": sum(map(len, ours_q)),
        "dates": sum(map(len, ours_d)),
    }

    try:
        from quantulum3 import parser as qparser
    except Exception as exc:
        result["quantulum3"] = na(f"cannot import quantulum3: {exc}")
    else:
        start = perf_counter()
        theirs = []
        for _, sentence in picked:
            try:
                theirs.append([q.value for q in qparser.parse(sentence.text)])
            except Exception:
                theirs.append([])
        seconds = perf_counter() - start
        result["quantulum3"] = {
            "seconds": round(seconds, 3),
            "quantities": sum(map(len, theirs)),
            **_agreement_quantities(ours_q, theirs),
        }

    from dateparser.search import search_dates

    start = perf_counter()
    found = []
    for source, sentence in picked:
        base = dt.datetime.fromisoformat(source.published)
        try:
            hits = (
                search_dates(sentence.text, languages=["en"], settings={"RELATIVE_BASE": base})
                or []
            )
        except Exception:
            hits = []
        found.append([d.date().isoformat() for _, d in hits])
    seconds = perf_counter() - start
    result["search_dates"] = {
        "seconds": round(seconds, 3),
        "dates": sum(map(len, found)),
        **_agreement_dates(ours_d, found),
    }
    return result


def _interval(value: dict) -> tuple[float, float] | None:
    low, high = value.get("low"), value.get("high")
    if low is None and high is None:
        return None
    low = float(low) if low is not None else float("-inf")
    high = float(high) if high is not None else float("inf")
    return low, high


def _agreement_quantities(ours: list[list[dict]], theirs: list[list[float]]) -> dict:
    """How many of our quantities a peer value falls in, and how many peer values we cover."""
    ours_hit = ours_total = theirs_hit = theirs_total = 0
    for mine, other in zip(ours, theirs, strict=True):
        spans = [s for s in (_interval(v) for v in mine) if s]
        ours_total += len(spans)
        theirs_total += len(other)
        ours_hit += sum(any(lo - 1e-9 <= v <= hi + 1e-9 for v in other) for lo, hi in spans)
        theirs_hit += sum(any(lo - 1e-9 <= v <= hi + 1e-9 for lo, hi in spans) for v in other)
    return {
        "ours_confirmed_by_peer": round(ours_hit / ours_total, 3) if ours_total else None,
        "peer_confirmed_by_ours": round(theirs_hit / theirs_total, 3) if theirs_total else None,
    }


def _agreement_dates(ours: list[list[dict]], theirs: list[list[str]]) -> dict:
    ours_hit = ours_total = theirs_hit = theirs_total = 0
    for mine, other in zip(ours, theirs, strict=True):
        days = [
            (str(v.get("start", ""))[:10], str(v.get("end") or v.get("start", ""))[:10])
            for v in mine
            if v.get("start")
        ]
        ours_total += len(days)
        theirs_total += len(other)
        ours_hit += sum(any(lo <= d <= hi for d in other) for lo, hi in days)
        theirs_hit += sum(any(lo <= d <= hi for lo, hi in days) for d in other)
    return {
        "ours_confirmed_by_peer": round(ours_hit / ours_total, 3) if ours_total else None,
        "peer_confirmed_by_ours": round(theirs_hit / theirs_total, 3) if theirs_total else None,
    }


# --- orchestration ------------------------------------------------------------------------


def machine() -> dict:
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "ram_gib": mem,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": platform.processor() or platform.machine(),
    }


def ensure_corpus(work: Path, n: int, seed: int) -> Path:
    # The generator is corpus.py and its corpus_*.py parts: a change to any makes a new corpus.
    parts = sorted(Path(corpus_mod.__file__).parent.glob("corpus*.py"))
    version = hashlib.sha1(b"".join(p.read_bytes() for p in parts)).hexdigest()[:8]
    folder = work / f"corpus-{n}-{seed}-{version}"
    if not (folder / "truth.json").exists():
        records, truth = corpus_mod.generate(n, seed)
        corpus_mod.write(records, truth, folder)
    return folder


def run_all(args: argparse.Namespace) -> dict:
    sizes = args.articles or (QUICK_SIZES if args.quick else FULL_SIZES)
    sizes = sorted(set(sizes))
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "machine": machine(),
        "seed": args.seed,
        "quick": args.quick,
        "sizes": {},
        "targets": TARGETS,
    }
    for n in sizes:
        folder = ensure_corpus(work, n, args.seed)
        db = work / f"bench-{n}.db"
        log(f"ingest + analyse {n} articles")
        res = child("ingest", "--corpus", str(folder), "--db", str(db))
        if "error" not in res:
            truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
            try:
                res["quality"] = evaluate(db, truth)
            except Exception as exc:
                res["quality"] = na(f"evaluation failed: {exc}")
        results["sizes"][n] = res
    ok = [n for n in sizes if "error" not in results["sizes"][n]]
    if 1000 in ok and 4000 in ok:
        a, b = results["sizes"][1000]["total_s"], results["sizes"][4000]["total_s"]
        results["growth_1000_4000"] = round(b / a, 2) if a else None
    elif len(ok) >= 2:
        lo, hi = ok[0], ok[-1]
        a, b = results["sizes"][lo]["total_s"], results["sizes"][hi]["total_s"]
        results["growth"] = {
            "from": lo,
            "to": hi,
            "ratio": round(b / a, 2) if a else None,
            "linear": round(hi / lo, 2),
        }
    if not ok:
        return results
    largest = ok[-1]
    if not args.skip_commands:
        log(f"conflicts --json and exports on the {largest}-article database")
        db = work / f"bench-{largest}.db"
        copy = work / f"bench-{largest}-log.db"
        shutil.copy(db, copy)
        try:
            results["commands"] = {"articles": largest, **command_figures(copy)}
        except Exception as exc:
            results["commands"] = na(f"failed: {exc}")
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(str(copy) + suffix).unlink(missing_ok=True)
    app_n = min(ok, key=lambda n: abs(n - APP_SIZE))
    if not args.skip_app:
        log(f"the app on the {app_n}-article database")
        db = work / f"bench-{app_n}.db"
        copy = work / f"bench-{app_n}-app.db"
        shutil.copy(db, copy)
        results["app"] = {
            "articles": app_n,
            **child("app", "--db", str(copy), "--presses", str(args.presses)),
        }
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
    if not args.skip_peers:
        log(f"peers on {args.peer_sentences} sentences")
        results["peers"] = child(
            "peers", "--db", str(work / f"bench-{app_n}.db"), "--count", str(args.peer_sentences)
        )
    return results


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --- the table ----------------------------------------------------------------------------


def fmt(x: Any, digits: int = 2) -> str:
    if x is None:
        return "n/a"
    if isinstance(x, float):
        return f"{x:,.{digits}f}"
    if isinstance(x, int):
        return f"{x:,}"
    return str(x)


def table(results: dict) -> str:
    sizes = list(results["sizes"])
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, get) -> None:
        cells = []
        for n in sizes:
            r = results["sizes"][n]
            if "error" in r:
                cells.append("error")
                continue
            try:
                cells.append(get(r))
            except (KeyError, TypeError, ZeroDivisionError):
                cells.append("n/a")
        rows.append((label, cells))

    row("articles ingested", lambda r: fmt(r["articles"]))
    row("sentences", lambda r: fmt(r["sentences"]))
    row("claims", lambda r: fmt(r["claims"]))
    for kind in ("quantity", "place", "date"):
        row(f"  {kind}", lambda r, k=kind: fmt(r["claims_by_kind"].get(k, 0)))
    row("ingest s", lambda r: fmt(r["ingest_s"]))
    row("analysis s", lambda r: fmt(r["analyze_s"]))
    row("total s", lambda r: fmt(r["total_s"]))
    row("articles/s", lambda r: fmt(r["articles"] / r["total_s"], 1))
    row("sentences/s", lambda r: fmt(r["sentences"] / r["total_s"], 0))
    row("peak RSS MB", lambda r: fmt(r["peak_rss_mb"], 0))
    row("database MB", lambda r: fmt(r["db_mb"], 1))
    stage_names = [s for s, _ in STAGES] + ["SQLite commit", OTHER]
    for stage in stage_names:

        def get(r, s=stage):
            st = r["stages"].get(s)
            if st is None:
                return "n/a" if s in r.get("stages_missing", {}) else "0"
            return f"{st['seconds']:.2f} ({100 * st['seconds'] / r['total_s']:.0f}%)"

        row(f"  {stage} s", get)
    row("conflicts found", lambda r: fmt(r["quality"]["conflicts_found"]))
    row("planted conflicts", lambda r: fmt(r["quality"]["planted"]))
    row("conflict precision", lambda r: fmt(r["quality"]["precision"]))
    row("conflict recall", lambda r: fmt(r["quality"]["recall"]))
    for kind in ("quantity", "place", "date"):
        row(
            f"  {kind} P / R",
            lambda r, k=kind: "{} / {}".format(
                fmt(r["quality"]["by_kind"].get(k, {}).get("precision")),
                fmt(r["quality"]["by_kind"].get(k, {}).get("recall")),
            ),
        )
    row("cross-event conflicts", lambda r: fmt(r["quality"]["cross_event_conflicts"]))
    row(
        "look-alikes flagged",
        lambda r: "{} of {}".format(
            r["quality"]["lookalikes_flagged"], r["quality"]["lookalikes_planted"]
        ),
    )
    row(
        "copies P / R",
        lambda r: "{} / {}".format(
            fmt(r["quality"]["copies"]["precision"]), fmt(r["quality"]["copies"]["recall"])
        ),
    )

    width = max(len(label) for label, _ in rows) + 2
    col = max([12] + [len(c) + 2 for _, cells in rows for c in cells])
    lines = ["".ljust(width) + "".join(f"{n:>{col},}" for n in sizes)]
    lines += [label.ljust(width) + "".join(c.rjust(col) for c in cells) for label, cells in rows]
    for n in sizes:
        r = results["sizes"][n]
        if "error" in r:
            lines.append(f"{n} articles: error: {r['error']}")
    missing = {}
    for n in sizes:
        missing.update(results["sizes"][n].get("stages_missing", {}))
    for stage, targets in missing.items():
        lines.append(f"n/a {stage}: not separable from outside (none of {', '.join(targets)})")
    if "growth_1000_4000" in results:
        lines.append(
            f"growth 1,000 -> 4,000 articles: x{results['growth_1000_4000']} "
            f"(target < {TARGETS['growth']})"
        )
    elif "growth" in results:
        g = results["growth"]
        lines.append(
            f"growth {g['from']} -> {g['to']} articles: x{g['ratio']} "
            f"(linear would be x{g['linear']})"
        )
    lines.append("")
    lines += command_lines(results.get("commands"))
    lines += app_lines(results.get("app"))
    lines += peer_lines(results.get("peers"))
    lines += target_lines(results)
    m = results["machine"]
    lines.append(
        f"machine: {m['nproc']} cores, {m['ram_gib']} GiB RAM, Python {m['python']}, "
        f"{m['platform']}"
    )
    return "\n".join(lines)


def command_lines(c: dict | None) -> list[str]:
    if not c:
        return ["commands: not run"]
    if "n/a" in c:
        return [f"commands: n/a ({c['n/a']})"]
    out = [f"commands on the {c['articles']:,}-article database:"]
    r = c["conflicts --json"]
    status = "" if r["exit"] == 0 else f"  exit {r['exit']}: {r['stderr'].strip()[-120:]}"
    out.append(
        f"  conflicts --json        {r['seconds']:7.2f} s  {r['peak_rss_mb']:7.0f} MB{status}"
    )
    for fmt_name, runs in c["exports"].items():
        cells = []
        for run in runs:
            bad = "" if run["exit"] == 0 else f" exit {run['exit']}"
            cells.append(
                f"{run['log_rows']:>7,} rows {run['seconds']:6.2f} s "
                f"{run['peak_rss_mb']:5.0f} MB{bad}"
            )
        growth = runs[-1]["peak_rss_mb"] - runs[0]["peak_rss_mb"]
        out.append(
            f"  export {fmt_name:<12}  "
            + " | ".join(cells)
            + f"  (memory {growth:+.0f} MB as the log grows x{LOG_GROWTH})"
        )
    out.append("")
    return out


def app_lines(a: dict | None) -> list[str]:
    if not a:
        return ["app: not run", ""]
    if "error" in a and a.get("first_conflict_s") is None:
        return [f"app on {a.get('articles')} articles: error: {a['error']}", ""]
    out = [f"app on the {a['articles']:,}-article database (App.run_test, 160x45):"]
    out.append(
        f"  first conflict shown   {fmt(a.get('first_conflict_s'), 3)} s "
        f"(CPU {fmt(a.get('first_conflict_cpu_s'), 3)} s)"
    )
    cpu = a.get("cpu_ms") or {}
    for key, label in (
        ("verdict", "verdict saved, shown"),
        ("tag", "tag saved and shown"),
        ("next", "next conflict (n)"),
    ):
        s, c = a.get(f"{key}_ms"), cpu.get(key) or {}
        if s:
            out.append(
                f"  {label:<22} median {s['median']:.1f} ms, worst {s['worst']:.1f} ms "
                f"({s['n']} presses); app CPU median {c.get('median', 0):.1f} ms"
            )
    out.append("")
    return out


def peer_lines(p: dict | None) -> list[str]:
    if not p:
        return ["peers: not run", ""]
    if "error" in p:
        return [f"peers: error: {p['error']}", ""]
    ours = p["ours"]
    out = [f"side by side on {p['sentences']} sentences:"]
    out.append(
        f"  ours (all kinds)        {ours['seconds_all_kinds']:7.2f} s  "
        f"{ours['quantities']} quantities, {ours['dates']} dates"
    )
    q = p.get("quantulum3", {})
    if "n/a" in q:
        out.append(f"  quantulum3              n/a: {q['n/a']}")
    elif q:
        out.append(
            f"  quantulum3              {q['seconds']:7.2f} s  {q['quantities']} quantities;"
            f" ours confirmed {fmt(q['ours_confirmed_by_peer'])}, "
            f"theirs confirmed {fmt(q['peer_confirmed_by_ours'])}"
        )
    d = p.get("search_dates", {})
    if d:
        out.append(
            f"  dateparser search_dates {d['seconds']:6.2f} s  {d['dates']} dates;"
            f" ours confirmed {fmt(d['ours_confirmed_by_peer'])}, "
            f"theirs confirmed {fmt(d['peer_confirmed_by_ours'])}"
        )
    out.append("")
    return out


def target_lines(results: dict) -> list[str]:
    out = ["targets:"]
    sizes = results["sizes"]

    def verdict(value: float | None, limit: float, unit: str, what: str) -> None:
        if value is None:
            out.append(f"  {what}: not measured")
            return
        ok = value < limit
        off = "" if ok else f", missed by {value - limit:.2f} {unit} (x{value / limit:.2f})"
        out.append(
            f"  {what}: {value:.2f} {unit} vs < {limit} {unit}: {'met' if ok else 'MISSED'}{off}"
        )

    def total(n: int) -> float | None:
        r = sizes.get(n)
        return r["total_s"] if r and "error" not in r else None

    if total(1000) is not None:
        verdict(total(1000), TARGETS["s_per_1000"], "s", "1,000 articles ingested and analysed")
    else:
        done = [n for n in sizes if total(n) is not None]
        if done:
            n = done[-1]
            verdict(
                total(n) * 1000 / n,
                TARGETS["s_per_1000"],
                "s",
                f"1,000 articles (projected linearly from {n})",
            )
    if 10000 in sizes:
        verdict(total(10000), TARGETS["s_per_10000"], "s", "10,000 articles")
        r = sizes[10000]
        verdict(r.get("peak_rss_mb"), TARGETS["rss_mb_10000"], "MB", "peak memory at 10,000")
    verdict(results.get("growth_1000_4000"), TARGETS["growth"], "x", "growth 1,000 -> 4,000")
    app = results.get("app") or {}
    verdict(app.get("first_conflict_s"), TARGETS["app_first_s"], "s", "app first conflict")
    for key, label in (("verdict_ms", "verdict press"), ("tag_ms", "tag press")):
        verdict((app.get(key) or {}).get("median"), TARGETS[key], "ms", f"{label} (median)")
    verdict(
        (app.get("next_ms") or {}).get("median"), TARGETS["next_ms"], "ms", "next conflict (median)"
    )
    c = results.get("commands") or {}
    if "exports" in c:
        flat = all(
            runs[-1]["peak_rss_mb"] <= runs[0]["peak_rss_mb"] * 1.1 + 5
            for runs in c["exports"].values()
        )
        out.append(
            f"  exports stream (peak memory flat as the log grows x{LOG_GROWTH}): "
            f"{'met' if flat else 'MISSED'}"
        )
    else:
        out.append("  exports stream: not measured")
    out.append("")
    return out


# --- entry point ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="workbench benchmark")
    parser.add_argument(
        "--articles",
        type=int,
        action="append",
        help="corpus size (repeatable; default 100, 1000, 4000)",
    )
    parser.add_argument("--quick", action="store_true", help="50 and 200 articles, < 2 minutes")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", dest="json_out", type=Path, help="write every figure here")
    parser.add_argument(
        "--work",
        default=os.path.join(tempfile.gettempdir(), "workbench-bench"),
        help="where corpora and databases go (kept between runs)",
    )
    parser.add_argument("--presses", type=int, default=None, help="tag presses in the app run")
    parser.add_argument("--peer-sentences", type=int, default=None)
    parser.add_argument("--skip-app", action="store_true")
    parser.add_argument("--skip-peers", action="store_true")
    parser.add_argument("--skip-commands", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.presses is None:
        args.presses = 15 if args.quick else 40
    if args.peer_sentences is None:
        args.peer_sentences = 150 if args.quick else 600

    if args.child:
        try:
            if args.child == "ingest":
                result = child_ingest(args.corpus, args.db)
            elif args.child == "app":
                result = child_app(args.db, args.presses)
            elif args.child == "peers":
                result = child_peers(args.db, args.count)
            else:
                raise SystemExit(f"unknown child {args.child}")
        except Exception as exc:
            traceback.print_exc()
            result = {"error": f"{type(exc).__name__}: {exc}"}
        result["_peak_rss_mb"] = round(rss_mb(), 1)
        args.result.write_text(json.dumps(result, default=str))
        return 0

    start = perf_counter()
    results = run_all(args)
    results["bench_seconds"] = round(perf_counter() - start, 1)
    print(table(results))
    print(f"benchmark took {results['bench_seconds']} s")
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
