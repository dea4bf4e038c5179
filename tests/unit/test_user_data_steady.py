"""Inside `steady()` a user's file is looked at once (a batch of articles is read with one
set of roles); outside it, an edit is seen at the next look."""

from __future__ import annotations

import os

from workbench.user_data import steady, user_file_stamp

ENV = "WORKBENCH_TEST_STEADY_FILE"


def test_a_file_is_stamped_once_inside_steady_and_again_after(tmp_path, monkeypatch):
    path = tmp_path / "roles.json"
    path.write_text("{}")
    os.utime(path, (1_000_000, 1_000_000))
    monkeypatch.setenv(ENV, str(path))
    first = user_file_stamp(ENV, "roles.json")
    assert first == (str(path), 1_000_000)
    with steady():
        assert user_file_stamp(ENV, "roles.json") == first
        os.utime(path, (2_000_000, 2_000_000))
        with steady():  # nested: still the outer block's look
            assert user_file_stamp(ENV, "roles.json") == first
        assert user_file_stamp(ENV, "roles.json") == first
    assert user_file_stamp(ENV, "roles.json") == (str(path), 2_000_000)


def test_a_finding_job_reads_the_users_files_once(tmp_path, monkeypatch):
    # The finding's rules ask for the vocabulary and roles per claim; a job is one look.
    import workbench.findings.conflicts as conflicts
    from workbench.finding_jobs import FindJob
    from workbench.pipeline import findings_of

    path = tmp_path / "roles.json"
    path.write_text("{}")
    monkeypatch.setenv(ENV, str(path))
    seen = []

    def rules(*_args, **_kwargs):
        seen.append(user_file_stamp(ENV, "roles.json"))
        os.utime(path, (3_000_000, 3_000_000))
        seen.append(user_file_stamp(ENV, "roles.json"))
        return [], []

    monkeypatch.setattr(conflicts, "find_findings", rules)
    assert findings_of(FindJob(claims=[], sources=[], stories={})) == ([], [])
    assert seen[0] == seen[1]
    assert user_file_stamp(ENV, "roles.json") == (str(path), 3_000_000)
