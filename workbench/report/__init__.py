"""Pictures and reports of a story: who agrees with whom, and how a figure moved.

Computed here, in the core, from the store; drawn by the app (Textual widgets), as
Markdown tables and as SVG for the HTML report. Nothing here imports Textual.
"""

from workbench.report.matrix import AgreementMatrix, Cell, OutletRecord, agreement_matrix
from workbench.report.scope import Scope, ScopeError, load_scope
from workbench.report.timeline import Point, Timeline, figure_timeline, roles

__all__ = [
    "AgreementMatrix",
    "Cell",
    "OutletRecord",
    "Point",
    "Scope",
    "ScopeError",
    "Timeline",
    "agreement_matrix",
    "figure_timeline",
    "load_scope",
    "roles",
]
