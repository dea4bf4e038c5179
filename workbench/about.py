"""What produced a result: the package and the versions of the analysis behind it.

A report or a bug says which cleaner, extractor, grouping, conflict finder and parser
model made its text, claims, stories and conflicts, so that two runs can be told apart;
`workbench --version` prints the same line.
"""

from __future__ import annotations

import importlib

from workbench import __version__

MODEL_MISSING = "missing"


def _parser_model() -> tuple[str, str]:
    """The parser model's name and version, or what stands in for them until one loads.

    Reading the version must not fail the caller: a missing model is reported as
    such, and a workbench without a parser stage names none.
    """
    try:
        parse = importlib.import_module("workbench.parse")
    except ImportError:
        return "none", "-"
    name = str(getattr(parse, "MODEL_NAME", "unknown"))
    read_version = getattr(parse, "model_version", None)
    if read_version is None:
        return name, "unknown"
    try:
        version = read_version()
    except Exception:  # the model package is broken: say so, do not fail
        version = None
    return name, MODEL_MISSING if version is None else str(version)


def model_missing_error() -> type[Exception] | None:
    """The parser's "model not installed" error, if this workbench has a parser stage."""
    try:
        parse = importlib.import_module("workbench.parse")
    except ImportError:
        return None
    found = getattr(parse, "ModelMissingError", None)
    return found if isinstance(found, type) and issubclass(found, Exception) else None


def analysis_versions() -> dict[str, str]:
    """Package, cleaner, extractor, grouping, finder and parser model versions, by name."""
    from workbench.versions import (
        CLEANER_VERSION,
        EXTRACTOR_VERSION,
        FINDER_VERSION,
        GROUPING_VERSION,
    )

    model, model_version = _parser_model()
    return {
        "workbench": __version__,
        "cleaner": str(CLEANER_VERSION),
        "extractor": EXTRACTOR_VERSION,
        "grouping": GROUPING_VERSION,
        "finder": FINDER_VERSION,
        "model": model,
        "model_version": model_version,
    }


def version_line() -> str:
    """One line for `--version`, a report's footer or a bug report."""
    v = analysis_versions()
    return (
        f"workbench {v['workbench']} (cleaner {v['cleaner']}, extractor {v['extractor']}, "
        f"grouping {v['grouping']}, finder {v['finder']}, "
        f"parser model {v['model']} {v['model_version']})"
    )
