"""The reviewer's Textual app (the core never imports this package)."""

from workbench.app.app import WorkbenchApp, create_app

__all__ = ["WorkbenchApp", "create_app"]
