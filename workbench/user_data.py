"""The user's extension files: JSON of the same shape as a packaged data file, merged on top.

The vocabulary, the roles and what the conflict finder knows of figures are each extended the
same way: a file named by an environment variable, else `<config dir>/workbench/<name>`.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import platformdirs


def user_file(env: str, name: str) -> Path | None:
    """The user's file for `name`: $env when set, else the config one if it exists."""
    given = os.environ.get(env)
    if given:
        return Path(given)
    path = _config_dir(*(os.environ.get(v) for v in _CONFIG_VARIABLES)) / name
    return path if path.exists() else None


_CONFIG_VARIABLES = ("XDG_CONFIG_HOME", "HOME", "APPDATA", "LOCALAPPDATA", "USERPROFILE")
"""What the config folder depends on (per platform)."""


@lru_cache(maxsize=8)
def _config_dir(*_environment: str | None) -> Path:
    """platformdirs' answer, kept per environment: the extractor asks for its vocabulary
    and roles once per claim, and the lookup cost more than the claim's other checks."""
    return platformdirs.user_config_path("workbench", appauthor=False)


def read_extension(path: Path, what: str, error: type[Exception]) -> dict[str, Any]:
    """The user's file as a JSON object, or `error` with one line saying what is wrong."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise error(f"{path}: cannot read the {what} ({exc})") from exc
    if not isinstance(data, dict):
        raise error(f"{path}: a {what} file must be a JSON object")
    return data
