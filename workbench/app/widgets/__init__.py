"""The app's widgets, one module each."""

from workbench.app.widgets.article_view import ArticleView
from workbench.app.widgets.choice_set import ChoiceSet
from workbench.app.widgets.detail import DetailPanel
from workbench.app.widgets.row_list import RowList
from workbench.app.widgets.status_line import StatusLine
from workbench.app.widgets.steady_footer import SteadyFooter
from workbench.app.widgets.toggles import Choice, TickBox

__all__ = [
    "ArticleView",
    "Choice",
    "ChoiceSet",
    "DetailPanel",
    "RowList",
    "StatusLine",
    "SteadyFooter",
    "TickBox",
]
