"""Ingest: reading article files into the store (formats, decoding, cleaning, sentences, copies).

Part of the analysis core: no Textual here. `ingest_paths` is the entry point the
command line and the benchmark share.
"""

from workbench.ingest.api import (
    Added,
    IngestError,
    IngestReport,
    Input,
    Skipped,
    ingest_inputs,
    ingest_paths,
)

__all__ = [
    "Added",
    "IngestError",
    "IngestReport",
    "Input",
    "Skipped",
    "ingest_inputs",
    "ingest_paths",
]
