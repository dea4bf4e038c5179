"""`workbench report`: a story's report built from the store and written all or nothing."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.report.html import html_report
from workbench.report.markdown import markdown_report
from workbench.report.matrix import agreement_matrix
from workbench.report.scope import load_scope
from workbench.report.timeline import figure_timeline, roles
from workbench.store import Store

FORMATS = ("md", "html")
TIMELINES = 3
"""Roles drawn when none is asked for: those with the most compared claims."""


class ReportError(Exception):
    """A report that cannot be written (the file exists, the folder is missing...)."""


def render_report(
    store: Store, fmt: str, story_id: int | None = None, role: str | None = None
) -> str:
    """The report of a story (or of the whole database) in `fmt`."""
    scope = load_scope(store, story_id)
    matrix = agreement_matrix(scope)
    if role:
        timelines = [figure_timeline(scope, role)]
    else:
        timelines, drawn = [], []
        for name, _ in roles(scope):
            timeline = figure_timeline(scope, name)
            points = frozenset(p.claim_id for p in timeline.points)
            # Two verbs the finder paired draw the same figures: draw them once.
            if points and not any(points <= seen for seen in drawn) and len(timelines) < TIMELINES:
                drawn.append(points)
                timelines.append(timeline)
    if fmt == "html":
        return html_report(scope, matrix, timelines)
    return markdown_report(scope, matrix, timelines)


def write_report(text: str, path: str | Path, *, force: bool = False) -> None:
    """Write beside the target, then rename: a failure leaves no half-written report."""
    path = Path(path)
    if path.is_dir():
        raise ReportError(f"{path}: is a directory")
    if path.exists() and not force:
        raise ReportError(f"{path}: already exists (use --force to overwrite it)")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportError(f"{path}: cannot write ({exc.strerror or exc})") from exc
