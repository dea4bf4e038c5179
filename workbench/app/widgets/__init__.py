"""workbench.app.widgets (see its issue)."""
