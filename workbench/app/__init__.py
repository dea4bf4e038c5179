"""workbench.app (see its issue)."""
