"""workbench.app.screens (see its issue)."""
