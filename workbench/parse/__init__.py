"""The syntactic analysis under every claim: spaCy's dependency parse, cached per sentence.

>>> from workbench.parse import parse_all
>>> parse_all(["Two men were shot."])["Two men were shot."].deps
['nummod', 'nsubjpass', 'auxpass', 'ROOT', 'punct']
"""

from __future__ import annotations

from workbench.parse.batch import (
    BATCH_SIZE,
    ParseCache,
    cached_parses,
    parse_all,
    parse_key,
    parse_missing,
    parse_texts,
)
from workbench.parse.model import (
    MODEL_NAME,
    MODEL_PACKAGE,
    ModelMissingError,
    model_id,
    model_version,
)
from workbench.parse.tree import Parse

__all__ = [
    "BATCH_SIZE",
    "MODEL_NAME",
    "MODEL_PACKAGE",
    "ModelMissingError",
    "Parse",
    "ParseCache",
    "cached_parses",
    "model_id",
    "model_version",
    "parse_all",
    "parse_key",
    "parse_missing",
    "parse_texts",
]
