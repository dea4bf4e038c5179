"""`workbench report`: a story's report built from the store and written all or nothing."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.output_target import is_stream
from workbench.report.html import html_report
from workbench.report.markdown import markdown_report
from workbench.report.matrix import agreement_matrix
from workbench.report.scope import Scope, load_scope
from workbench.report.timeline import distinct_timelines, figure_timeline, role_of, roles
from workbench.store import Store

FORMATS = ("md", "html")
TIMELINES = 3
"""Roles drawn when none is asked for: those with the most compared claims."""
ROLES_NAMED = 8
"""Roles an error about an unknown role names, most compared first."""


class ReportError(Exception):
    """A report that cannot be written (the file exists, the folder is missing...)."""


def render_report(
    store: Store, fmt: str, story_id: int | None = None, role: str | None = None
) -> str:
    """The report of a story (or of the whole database) in `fmt`."""
    scope = load_scope(store, story_id)
    matrix = agreement_matrix(scope).drawn()
    if role:
        _check_role(scope, role, story_id)
        timelines = [figure_timeline(scope, role)]
    else:
        timelines = distinct_timelines(scope, TIMELINES)
    if fmt == "html":
        return html_report(scope, matrix, timelines)
    return markdown_report(scope, matrix, timelines)


def _check_role(scope: Scope, role: str, story_id: int | None) -> None:
    """A role no claim has is a typo or a verb's other form ("kill" for "killed"): said in
    one line with the roles there are, not answered with an empty timeline."""
    if any(c.kind == "quantity" and role_of(c) == role for c in scope.claims):
        return
    where = f"story {story_id}" if story_id is not None else "the database"
    there = [name for name, _ in roles(scope)]
    shown = ", ".join(there[:ROLES_NAMED]) + (", ..." if len(there) > ROLES_NAMED else "")
    raise ReportError(
        f"no figure in {where} has the role {role!r}; "
        + (f"its roles: {shown}" if there else "it has no counted figures")
    )


def write_report(text: str, path: str | Path, *, force: bool = False) -> None:
    """Write beside the target, then rename: a failure leaves no half-written report (a
    device or a pipe is written in place: `is_stream`)."""
    path = Path(path)
    if is_stream(path):
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ReportError(f"{path}: cannot write ({exc.strerror or exc})") from exc
        return
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
