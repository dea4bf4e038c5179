"""workbench.ingest (see its issue)."""
