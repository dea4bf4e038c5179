"""A claim's normalised value in a few words, as the lists and the detail show it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workbench.claims.plural import counted_for


def format_value(kind: str, value: Mapping[str, Any], fallback: str = "") -> str:
    """A claim's normalised value in a few words ("24 men (around)", "2019-01-21")."""
    if kind == "quantity" and value.get("low") is not None:
        low, high = value.get("low"), value.get("high", value.get("low"))
        if high is None:  # "over 60" is stored as at least 61: "61 (over)" read as over 61
            number = f"≥ {_number(low)}"
        elif high == low:
            number = _number(low)
        else:
            number = f"{_number(low)}–{_number(high)}"
        # the counted noun is kept as its lemma: "22–26 man" read as one man
        counted = value.get("counted")
        what = counted_for(str(counted), low, high) if counted else value.get("unit")
        hedge = value.get("hedge")
        return " ".join(
            p for p in (number, str(what) if what else "", f"({hedge})" if hedge else "") if p
        )
    if kind == "place" and value.get("name"):
        return str(value["name"])
    if kind == "date" and value.get("start"):
        start, end = value.get("start"), value.get("end")
        return str(start) if end in (None, start) else f"{start} – {end}"
    return fallback


def _number(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)
