"""The sample database, built from the articles bundled in the package.

Built into a temporary file and renamed into place, so a half-built database never
appears under the real name (a crash or Ctrl-C leaves the old file, or nothing).
"""

from __future__ import annotations

import json
import os
import tempfile
from importlib import resources
from pathlib import Path

from workbench.ingest import IngestReport, Input, ingest_inputs
from workbench.progress import Progress, silent
from workbench.store import Store

_FIELDS = ("outlet", "url", "published", "title")


def _sample_folder():
    """The articles inside the installed package, or beside it in a source checkout.

    An install maps the top-level `sample_db/` folder to `workbench.sample_db`; code run
    straight from a checkout (tests with the checkout first on `sys.path`) finds it there.
    """
    try:
        return resources.files("workbench.sample_db")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "sample_db"


def sample_inputs() -> list[Input]:
    """The bundled articles with the metadata `sources.json` gives (unknown stays None)."""
    folder = _sample_folder()
    listed = json.loads(folder.joinpath("sources.json").read_text(encoding="utf-8"))
    inputs = []
    for entry in listed:
        data = folder.joinpath(entry["file"]).read_bytes()
        meta = {k: entry.get(k) for k in _FIELDS}
        inputs.append(Input(name=entry["file"], data=data, meta=meta))
    return inputs


def build_sample(path: Path, *, force: bool = False, progress: Progress = silent) -> IngestReport:
    """Write a fresh sample database at `path`; refuses an existing file unless `force`.
    `progress` is the ingest's: the first run sat 25 s on one line while spaCy loaded."""
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(f"{path}: already exists (use --force to overwrite)")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        with Store(tmp) as store:
            report = ingest_inputs(store, sample_inputs(), progress=progress)
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _remove_sidecars(tmp)
        Path(f"{tmp}-writer").unlink(missing_ok=True)  # its writers' lock (store/turns.py)
        # The old database's WAL and shared-memory files must not outlive it.
        _remove_sidecars(path)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, *(Path(f"{tmp}{s}") for s in ("-wal", "-shm", "-writer"))):
            leftover.unlink(missing_ok=True)
        raise
    return report


def _remove_sidecars(db: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
