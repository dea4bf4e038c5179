"""Ingest: reading article files into the store (formats, decoding, cleaning, sentences, copies).

Part of the analysis core: no Textual here. `ingest_paths` is the entry point the
command line and the benchmark share.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    """The entry points, loaded at first use: `api` loads the parse and the claims, which
    a command reading one of this package's light modules (`copies`, `page_form`) never
    needs."""
    if name in __all__:
        from workbench.ingest import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
