"""workbench: a terminal fact-check workbench.

The analysis core (ingest, claims, conflicts, store, export) is a library that never
imports Textual; the command line (`workbench.cli`) and the app (`workbench.app`) are
two thin faces on it.
"""

__version__ = "0.1.0"
