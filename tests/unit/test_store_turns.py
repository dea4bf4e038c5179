"""Workbench writers queue on a lock file beside the database (store/turns.py)."""

from __future__ import annotations

import os
import threading
import time

import pytest

from workbench.store import Store, StoreError, connection, turns
from workbench.store.turns import end_turn, take_turn, turn_path


def _hold(path: str, seconds: float, holding: threading.Event) -> threading.Thread:
    """Another writer (its own connection) inside a write transaction for `seconds`."""

    def run() -> None:
        with Store(path, check_same_thread=False) as other, other.transaction():
            other.set_meta("held", "yes")
            holding.set()
            time.sleep(seconds)

    thread = threading.Thread(target=run)
    thread.start()
    assert holding.wait(10)
    return thread


def test_a_decision_queues_behind_another_workbench_writer(sample_store):
    claim = sample_store.claims()[0].id
    holding = threading.Event()
    holder = _hold(sample_store.path, 0.3, holding)
    started = time.perf_counter()
    sample_store.record_review(claim, "disputed", "alice")
    waited = time.perf_counter() - started
    holder.join()
    assert waited > 0.2  # it waited for the holder, then landed
    assert sample_store.status_of(claim) == "disputed"
    assert os.path.exists(turn_path(os.path.abspath(sample_store.path)))


def test_a_writer_kept_waiting_too_long_gets_a_clear_error_and_the_queue_still_works(
    sample_store, monkeypatch
):
    monkeypatch.setattr(connection, "WRITE_WAIT_S", 0.2)
    claim = sample_store.claims()[0].id
    holding = threading.Event()
    holder = _hold(sample_store.path, 1.0, holding)
    with pytest.raises(StoreError, match="busy"):
        sample_store.record_review(claim, "disputed", "alice")
    holder.join()
    time.sleep(0.1)  # the abandoned waiter takes the lock and lets it go at once
    sample_store.record_review(claim, "verified", "alice")
    assert sample_store.status_of(claim) == "verified"
    # Nobody keeps the turn: a fresh writer gets it at once.
    fd, waited = take_turn(turn_path(os.path.abspath(sample_store.path)), 1.0)
    assert fd is not None and not waited
    end_turn(fd)  # not os.close: the turn is registered as held until end_turn


def test_no_lock_file_for_a_database_in_memory_or_a_read_only_folder(tmp_path):
    assert take_turn(turn_path(":memory:"), 1.0) == (None, False)
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):  # root ignores the mode
            pytest.skip("running as root: the folder stays writable")
        assert take_turn(str(folder / "x.db-writer"), 1.0) == (None, False)
    finally:
        folder.chmod(0o700)


def test_a_child_forked_during_a_transaction_does_not_keep_the_turn(sample_store):
    """A worker pool started inside a transaction inherits the lock's descriptor; it is
    closed in the child, so the turn ends when the parent's transaction does."""
    path = turn_path(os.path.abspath(sample_store.path))
    with sample_store.transaction():
        pid = os.fork()
        if pid == 0:  # the child outlives the transaction
            time.sleep(1.5)
            os._exit(0)
    try:
        fd, _waited = take_turn(path, 0.5)
        assert fd is not None
        end_turn(fd)  # not os.close: the turn is registered as held until end_turn
    finally:
        os.waitpid(pid, 0)


def test_a_forked_child_closes_only_the_turns_it_inherited(tmp_path):
    """A turn closed without end_turn leaves its number registered; when the number is
    reused by another file, a forked child must not close that file (a worker's pipe or
    database), only a descriptor that is still the lock file."""
    fd, _waited = take_turn(str(tmp_path / "x.db-writer"), 1.0)
    os.close(fd)  # the misuse: the registry still names this number
    other = os.open(tmp_path / "other", os.O_RDWR | os.O_CREAT)
    try:
        assert other == fd  # the lowest free number is reused
        pid = os.fork()
        if pid == 0:
            try:
                os.fstat(other)
                os._exit(0)
            except OSError:
                os._exit(1)
        _pid, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        os.close(other)
        turns._HELD.pop(fd, None)  # leave no stale entry for later tests
