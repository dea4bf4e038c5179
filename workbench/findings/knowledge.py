"""What the conflict finder knows of figures beyond the claims, kept as data.

`data/findings.json` holds the words that say a figure changed over time and the roles
whose counts add up to another's; a user's file named by $WORKBENCH_FINDINGS is merged on
top, as with the vocabulary and the roles.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from workbench.user_data import read_extension, user_file

FINDINGS_ENV = "WORKBENCH_FINDINGS"


class FindingsDataError(Exception):
    """The user's findings data file cannot be read or has the wrong shape."""


@cache
def knowledge() -> dict:
    """`data/findings.json`, with the user's file ($WORKBENCH_FINDINGS) merged on top."""
    text = resources.files("workbench.data").joinpath("findings.json").read_text("utf-8")
    data = json.loads(text)
    path = user_file(FINDINGS_ENV, "findings.json")
    if path is not None:
        user = read_extension(path, "findings data", FindingsDataError)
        data["update_cues"] = [*data["update_cues"], *user.get("update_cues", [])]
        data["role_sums"] = {**data["role_sums"], **user.get("role_sums", {})}
        data["role_bounds"] = [*data["role_bounds"], *user.get("role_bounds", [])]
        data["growing_roles"] = [
            *data.get("growing_roles", []),
            *user.get("growing_roles", []),
        ]
        data["uncompared_kinds"] = [
            *data.get("uncompared_kinds", []),
            *user.get("uncompared_kinds", []),
        ]
        data["perpetrator_classes"] = [
            *data.get("perpetrator_classes", []),
            *user.get("perpetrator_classes", []),
        ]
        data["loose_roles"] = [*data.get("loose_roles", []), *user.get("loose_roles", [])]
        data["later_act_roles"] = [
            *data.get("later_act_roles", []),
            *user.get("later_act_roles", []),
        ]
        data["earlier_report_cues"] = [
            *data.get("earlier_report_cues", []),
            *user.get("earlier_report_cues", []),
        ]
    return data


@cache
def update_cues() -> re.Pattern[str]:
    """The words that say a figure changed over time, as one whole-word pattern."""
    cues = sorted(set(knowledge()["update_cues"]), key=len, reverse=True)
    alternatives = "|".join(re.escape(c) for c in cues)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@cache
def earlier_report_cues() -> re.Pattern[str]:
    """The words that tell a figure as an earlier report the article corrects, as one
    whole-word pattern."""
    cues = sorted(set(knowledge().get("earlier_report_cues", [])), key=len, reverse=True)
    alternatives = "|".join(re.escape(c) for c in cues) or r"(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def role_sums() -> dict[str, list[str]]:
    """Roles whose count is the sum of others' ("hit": killed + injured)."""
    return {str(k): list(v) for k, v in knowledge()["role_sums"].items()}


def role_bounds() -> list[tuple[str, str]]:
    """(part, whole) roles: a count of the part never exceeds the whole's."""
    return [(str(a), str(b)) for a, b in knowledge()["role_bounds"]]


def uncompared_kinds() -> frozenset[str]:
    """Classes of counted things whose counts are never set against each other (charges)."""
    return frozenset(str(k) for k in knowledge().get("uncompared_kinds", []))


def growing_roles() -> frozenset[str]:
    """Roles whose count never falls over time: a later, smaller figure is a correction."""
    return frozenset(str(r) for r in knowledge().get("growing_roles", []))


def perpetrator_classes() -> frozenset[str]:
    """The vocabulary's role classes of those who did the harm (gunmen, suspects)."""
    return frozenset(str(c) for c in knowledge().get("perpetrator_classes", []))


def group_role() -> str:
    """The role of a count of people that has none of its own: the story's group."""
    return str(knowledge()["group_role"])


def loose_roles() -> frozenset[str]:
    """Roles each report cuts its own way (the involved, those present): compared only
    noun to noun."""
    return frozenset(str(r) for r in knowledge().get("loose_roles", []))


def later_act_roles() -> frozenset[str]:
    """Roles whose count tells what the authorities did after the event (arrests,
    charges): told by each report as of its own hour."""
    return frozenset(str(r) for r in knowledge().get("later_act_roles", []))
