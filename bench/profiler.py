"""Stage timing from the outside: wrap core functions in the benchmark process only.

The product code carries no timing hooks. Instead the benchmark replaces module and class
attributes with timed wrappers before it runs the pipeline, and charges each call to a
stage. Time is exclusive: a stage's figure leaves out the time of wrapped calls nested in
it, so the stages add up to the wall time (what no stage claims is reported as `other`).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import sys
import types
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from time import perf_counter, process_time
from typing import Any

# Stage -> targets ("module:attribute" or "module:Class.method"). Listed from the outer
# entry points to the inner ones; a target that does not exist (yet) is reported, not fatal.
STAGES: list[tuple[str, list[str]]] = [
    (
        "read+clean",
        [
            "workbench.ingest.prepare:decode",
            "workbench.ingest.prepare:parse",
            "workbench.ingest.prepare:normalise",
            "workbench.ingest.prepare:clean",
            "workbench.ingest.prepare:tidy",
        ],
    ),
    (
        "copy detection",
        [
            "workbench.ingest.loader:index_of",
            "workbench.ingest.copies:CopyIndex.find",
            "workbench.ingest.copies:CopyIndex.add",
        ],
    ),
    ("sentences", ["workbench.ingest.prepare:split_sentences"]),
    ("claims (other)", ["workbench.claims:extract_claims"]),
    ("claims: quantity", ["workbench.claims.quantities:find_quantities"]),
    ("claims: place", ["workbench.claims.places:find_places"]),
    ("claims: date", ["workbench.claims.dates:find_dates"]),
    ("claims: frame+attribution", ["workbench.claims.attribution:find_attribution"]),
    (
        "date resolution",
        [
            "dateparser:parse",
            "dateparser.date:DateDataParser.get_date_data",
            "dateparser.search:search_dates",
        ],
    ),
    ("claim ids", ["workbench.pipeline:assign_ids"]),
    ("conflicts (other)", ["workbench.findings.conflicts:find_findings"]),
    (
        "alignment",
        [
            "workbench.findings.views:build_views",
            "workbench.findings.blocking:candidate_pairs",
            "workbench.findings.alignment:alignment",
        ],
    ),
    ("comparison", ["workbench.findings.comparison:compare"]),
    (
        "SQLite write",
        [
            "workbench.store:Store.add_source",
            "workbench.store:Store.add_sentences",
            "workbench.store:Store.set_copy_of",
            "workbench.store:Store.replace_claims",
            "workbench.store:Store.replace_findings",
            "workbench.store:Store.set_meta",
        ],
    ),
    (
        "SQLite read",
        [
            "workbench.store:Store.sources",
            "workbench.store:Store.sentences",
            "workbench.store:Store.claims",
            "workbench.store:Store.source_by_hash",
        ],
    ),
]
COMMIT = "SQLite commit"
OTHER = "other"


class Profiler:
    """Exclusive time and call counts per stage: wall seconds by default, or CPU seconds
    of this process (`cpu=True`; on a shared machine the wall clock measures the
    neighbours too)."""

    def __init__(self, cpu: bool = False) -> None:
        self.clock = process_time if cpu else perf_counter
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self.missing: dict[str, list[str]] = defaultdict(list)
        self.found: dict[str, list[str]] = defaultdict(list)
        self._stack: list[float] = []

    def charge(self, stage: str, elapsed: float) -> None:
        child = self._stack.pop()
        self.seconds[stage] += elapsed - child
        self.calls[stage] += 1
        if self._stack:
            self._stack[-1] += elapsed

    def wrap(self, stage: str, fn: Callable) -> Callable:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._stack.append(0.0)
            start = self.clock()
            try:
                result = fn(*args, **kwargs)
            finally:
                self.charge(stage, self.clock() - start)
            if isinstance(result, types.GeneratorType):
                return self._timed_generator(stage, result)
            return result

        timed.__wrapped_by_bench__ = True  # type: ignore[attr-defined]
        return timed

    def _timed_generator(self, stage: str, gen: Iterator) -> Iterator:
        """A generator's work happens as it is consumed: charge each step."""
        while True:
            self._stack.append(0.0)
            start = self.clock()
            try:
                item = next(gen)
            except StopIteration:
                self.charge(stage, self.clock() - start)
                return
            except BaseException:
                self.charge(stage, self.clock() - start)
                raise
            self.charge(stage, self.clock() - start)
            yield item

    # --- installing ---------------------------------------------------------------------

    def install(self, stages: list[tuple[str, list[str]]] = STAGES) -> None:
        for stage, targets in stages:
            for target in targets:
                if self._patch(stage, target):
                    self.found[stage].append(target)
                else:
                    self.missing[stage].append(target)
        self._patch_transaction()

    def _patch(self, stage: str, target: str) -> bool:
        module_name, _, attr = target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            return False
        owner: Any = module
        *path, name = attr.split(".")
        for part in path:
            owner = getattr(owner, part, None)
            if owner is None:
                return False
        original = inspect.getattr_static(owner, name, None)
        if original is None or getattr(original, "__wrapped_by_bench__", False):
            return original is not None
        if isinstance(owner, type):
            if isinstance(original, (staticmethod, classmethod)):
                kind = type(original)
                setattr(owner, name, kind(self.wrap(stage, original.__func__)))
            else:
                setattr(owner, name, self.wrap(stage, original))
            return True
        wrapped = self.wrap(stage, original)
        # `from x import f` copies the reference: replace it wherever the core holds it.
        for mod in list(sys.modules.values()):
            if mod is None:
                continue
            mname = getattr(mod, "__name__", "")
            if mod is module or mname.startswith("workbench"):
                for key, value in list(vars(mod).items()):
                    if value is original:
                        setattr(mod, key, wrapped)
        return True

    def _patch_transaction(self) -> None:
        """Time the commit at the end of the outermost transaction."""
        from workbench.store import Store

        original = Store.transaction
        profiler = self
        depth = [0]

        @contextmanager
        def transaction(store: Any) -> Iterator[Any]:
            inner = original(store)
            value = inner.__enter__()
            depth[0] += 1
            try:
                yield value
            except BaseException:
                depth[0] -= 1
                if not inner.__exit__(*sys.exc_info()):
                    raise
            else:
                depth[0] -= 1
                profiler._stack.append(0.0)
                start = profiler.clock()
                inner.__exit__(None, None, None)
                profiler.charge(COMMIT, profiler.clock() - start)

        Store.transaction = transaction  # type: ignore[method-assign]

    def report(self, wall: float) -> dict[str, dict[str, float | int]]:
        out: dict[str, dict[str, float | int]] = {
            stage: {"seconds": round(self.seconds[stage], 4), "calls": self.calls[stage]}
            for stage in [s for s, _ in STAGES] + [COMMIT]
            if stage in self.seconds
        }
        out[OTHER] = {"seconds": round(max(0.0, wall - sum(self.seconds.values())), 4)}
        return out
