"""Where the workbench keeps its data, and who is deciding."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import platformdirs

DB_ENV = "WORKBENCH_DB"
REVIEWER_ENV = "WORKBENCH_REVIEWER"

DEFAULT_MAX_BYTES = 2_000_000
"""Largest article (its raw bytes) ingested unless `--max-bytes` says otherwise: twenty times
the longest of 3,664 real news reports (100 KB), low enough that a stray log file or dump is
refused, not analysed, and that analysing the largest article allowed stays well under 1 GiB
(about 174 MB per MB of text over the parser's 250 MB, bench/notes/reliability.md)."""
DATE_ORDERS = ("DMY", "MDY")
"""How an all-number date may be read when the user says (`--date-order`)."""


def data_dir() -> Path:
    """The user's own data directory (XDG on Linux), created on demand."""
    return platformdirs.user_data_path("workbench", appauthor=False)


def default_db_path() -> Path:
    """`WORKBENCH_DB` if set, else the user's copy of the sample database."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env)
    return data_dir() / "sample.db"


def default_reviewer() -> str:
    """`WORKBENCH_REVIEWER` if set, else the login name."""
    env = os.environ.get(REVIEWER_ENV)
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"
