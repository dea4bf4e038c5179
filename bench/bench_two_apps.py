"""Two review apps in tmux on one database, pressing together: does any decision fail?

    python bench/bench_two_apps.py                    # 2 apps x 48 presses, sample database
    python bench/bench_two_apps.py --ingest 300       # the same while an ingest writes

What a user does: two terminals (160x45) open `workbench` on one database as two
reviewers; each presses `v`, `d`, `u` on its conflicts in turn, with `j` every fourth
press; both get each key in the same instant. After every round both screens are read
(tmux capture-pane) for "Not saved" (the app's message when a decision did not land).
With `--ingest N`, `workbench ingest` loads N real articles (../shared/corpora/gva) into
the same file meanwhile. Printed: presses, "Not saved" seen, review rows per reviewer,
`workbench verify`'s verdict, the load average. Needs tmux.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
KEYS = ("v", "d", "u")


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def _rows(db: Path) -> dict[str, int]:
    import sqlite3

    with sqlite3.connect(db) as con:
        return dict(con.execute("SELECT reviewer, count(*) FROM reviews GROUP BY reviewer"))


def _sources(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM sources").fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--presses", type=int, default=48)
    parser.add_argument("--ingest", type=int, default=0, help="real articles ingested meanwhile")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="two_apps_"))
    db = work / "review.db"
    python = sys.executable
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([python, "-m", "workbench", "sample", "--db", str(db)], env=env, check=True)
    sessions = [f"twoapps{os.getpid()}_{n}" for n in (1, 2)]
    for n, name in enumerate(sessions, 1):
        command = f"cd {ROOT} && {python} -m workbench --db {db} --reviewer reviewer{n}"
        _tmux("new", "-d", "-s", name, "-x", "160", "-y", "45", command)
    ingest = None
    try:
        time.sleep(20)  # both apps open on their first conflict
        if args.ingest:
            before = _sources(db)
            from bench_writers import articles_file  # the real articles the ingest takes

            news = articles_file(work, args.ingest)
            ingest = subprocess.Popen(
                [python, "-m", "workbench", "ingest", "--db", str(db), str(news)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(600):  # until its first article is stored: it is writing
                if _sources(db) > before or ingest.poll() is not None:
                    break
                time.sleep(0.2)
        load = os.getloadavg()[0]
        not_saved = 0
        for i in range(args.presses):
            key = "j" if i % 4 == 3 else KEYS[i % 3]
            for name in sessions:
                _tmux("send-keys", "-t", name, key)
            time.sleep(0.4)
            screens = [_tmux("capture-pane", "-p", "-t", name) for name in sessions]
            not_saved += sum("Not saved" in screen for screen in screens)
        time.sleep(2)
        screens = [_tmux("capture-pane", "-p", "-t", name) for name in sessions]
        not_saved += sum("Not saved" in screen for screen in screens)
        ingest_running = ingest is not None and ingest.poll() is None
    finally:
        for name in sessions:
            _tmux("send-keys", "-t", name, "q")
        time.sleep(2)
        for name in sessions:
            _tmux("kill-session", "-t", name)
        if ingest is not None:
            ingest.wait()  # it finishes: its exit status is reported
    verify = subprocess.run(
        [python, "-m", "workbench", "verify", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    print(
        json.dumps(
            {
                "presses_each": args.presses,
                "decision_presses_each": sum(1 for i in range(args.presses) if i % 4 != 3),
                "not_saved_screens": not_saved,
                "rows": _rows(db),
                "ingest": args.ingest,
                "ingest_still_writing_at_the_last_press": ingest_running if args.ingest else None,
                "ingest_exit": ingest.returncode if ingest is not None else None,
                "verify": verify.stdout.strip().splitlines()[:1],
                "verify_exit": verify.returncode,
                "load": round(load, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
