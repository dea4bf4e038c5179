"""JSON text that every reader splits into the right lines: line separators escaped,
untrusted text made safe (`json_safe`), for the jsonl rows and the ClaimReview document."""

from __future__ import annotations

import json
import re
from typing import Any

from workbench.safe_text import json_safe

# JSON leaves these unescaped, but str.splitlines() and some JSONL readers split on them.
LINE_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})
HAS_LINE_SEPARATOR = re.compile("[\u2028\u2029\x85]")
encode_string = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False


def json_text(obj: Any, **kw: Any) -> str:
    text = json_safe(json.dumps(obj, ensure_ascii=False, **kw))
    # str.translate walks every character in Python; most texts have nothing to translate.
    return text.translate(LINE_SEPARATORS) if HAS_LINE_SEPARATOR.search(text) else text
