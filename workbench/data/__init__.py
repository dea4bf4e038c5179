"""workbench.data (see its issue)."""
