"""The user's extension files: JSON of the same shape as a packaged data file, merged on top.

The vocabulary, the roles and what the conflict finder knows of figures are each extended the
same way: a file named by an environment variable, else `<config dir>/workbench/<name>`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
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


_steady: dict[tuple[str, str], tuple[str | None, float | None]] | None = None
"""Inside `steady()`: each file's stamp as first looked at there."""


@contextmanager
def steady() -> Iterator[None]:
    """Inside this block each user file is looked at once: a batch of articles is read
    with one vocabulary and one set of roles (their caches ask for the stamp once per
    sentence, 40,000 stats and 250,000 environment lookups per 1,000 articles)."""
    global _steady
    if _steady is not None:  # already inside one
        yield
        return
    _steady = {}
    try:
        yield
    finally:
        _steady = None


def user_file_stamp(env: str, name: str) -> tuple[str | None, float | None]:
    """The user's file for `name` (as `user_file` finds it) and its modification time
    (None when it does not exist): what a cache of its contents is keyed by. Asked about
    once per sentence, so it makes no Path objects: a stat and a few lookups (none inside
    `steady()` after the first)."""
    if _steady is None:
        return _stamp(env, name)
    found = _steady.get((env, name))
    if found is None:
        found = _steady[env, name] = _stamp(env, name)
    return found


def _stamp(env: str, name: str) -> tuple[str | None, float | None]:
    given = os.environ.get(env)
    if given:
        return str(Path(given)), _mtime(given)
    path = _config_file(name, *(os.environ.get(v) for v in _CONFIG_VARIABLES))
    mtime = _mtime(path)
    return (path, mtime) if mtime is not None else (None, None)


def _mtime(path: str) -> float | None:
    try:
        return os.stat(path).st_mtime
    except (OSError, ValueError):  # missing, unreadable, or not a path at all
        return None


@lru_cache(maxsize=16)
def _config_file(name: str, *environment: str | None) -> str:
    return str(_config_dir(*environment) / name)


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


def packaged(name: str) -> dict[str, Any]:
    """A data file shipped in the package (`workbench/data/<name>`), as JSON."""
    return json.loads(resources.files("workbench.data").joinpath(name).read_text("utf-8"))


def merged(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """The user's entries on top of the packaged ones: objects merged key by key, lists
    extended entry by entry (no entry twice), any other value replaced."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merged(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = list(dict.fromkeys([*out[key], *value]))
        else:
            out[key] = value
    return out
