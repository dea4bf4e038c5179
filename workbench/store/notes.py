"""Notes on conflicts and claims: every edit a row of the chained log, the latest the note.

An undo of a note edit is a new edit putting back the text before it, marked `undo_of`
(schema 16), so which of a reviewer's edits still stand is read from the database: an
edit made before the app opened (an earlier session, a script) is undone as one made
since is (walk32 could reach only the session's own).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from workbench.models import Note
from workbench.store.chain import ChainStore
from workbench.store.schema import StoreError, utc_now

_COLUMNS = "id, subject, subject_id, note, reviewer, at, undo_of"

_STANDING = "undo_of IS NULL AND NOT EXISTS (SELECT 1 FROM notes u WHERE u.undo_of = n.id)"
"""A note edit that stands: not an undo, and not undone."""


def by_time_and_reviewer(
    where: str, since: str | None, reviewer: str | None
) -> tuple[str, list[Any]]:
    """`where` narrowed to rows from `since` on and by `reviewer`, each when given."""
    params: list[Any] = []
    if since is not None:
        where += " AND at >= ?"
        params.append(since)
    if reviewer is not None:
        where += " AND reviewer = ?"
        params.append(reviewer)
    return where, params


class NoteStore(ChainStore):
    """Note edits, and taking one's own latest edit back."""

    def _aliases(self, keys: Iterable[str]) -> list[str]:
        """A conflict note's key and its older keys: `VerdictStore` knows them."""
        return list(keys)

    def set_note(
        self,
        subject: str,
        subject_id: str,
        note: str | None,
        reviewer: str,
        *,
        undo_of: int | None = None,
    ) -> Note:
        """A new edit of the note on a conflict (by claim key) or a claim; statuses stay.
        `undo_of`: the edit this one takes back (`undo_note`)."""
        if subject not in ("conflict", "claim"):
            raise StoreError(f"a note is on a conflict or a claim, not {subject!r}")
        if not reviewer or not reviewer.strip():
            raise StoreError("a note needs a reviewer name")
        row = {
            "subject": subject,
            "subject_id": subject_id,
            "note": (note or "").strip() or None,
            "reviewer": reviewer,
            "at": None,
            "undo_of": undo_of,
        }
        with self.transaction():
            self.append_chained("notes", row, now=utc_now())
        return Note(row["id"], subject, subject_id, row["note"], reviewer, row["at"], undo_of)

    def _subject_ids(self, subject: str, subject_id: str) -> list[str]:
        return self._aliases([subject_id]) if subject == "conflict" else [subject_id]

    def current_note(self, subject: str, subject_id: str) -> str | None:
        ids = self._subject_ids(subject, subject_id)
        row = self.db.execute(
            "SELECT note FROM notes WHERE subject = ? "
            f"AND subject_id IN ({', '.join('?' * len(ids))}) ORDER BY id DESC LIMIT 1",
            [subject, *ids],
        ).fetchone()
        return row[0] if row else None

    def current_notes(self, subject: str) -> dict[str, Note]:
        """The current note of every conflict (by claim key) or claim that has one."""
        latest = self.latest_note_edits(subject)
        return {key: note for key, note in latest.items() if note.note is not None}

    def latest_note_edits(self, subject: str) -> dict[str, Note]:
        """Every conflict's (by claim key) or claim's latest note edit, a clearing or an
        undo among them: the exports say an undone note was undone (walk33's leftover)."""
        cursor = self.db.execute(
            f"SELECT {_COLUMNS} FROM notes n WHERE subject = ? "
            "AND id = (SELECT max(id) FROM notes m WHERE m.subject = n.subject "
            "AND m.subject_id = n.subject_id) ORDER BY id",
            [subject],
        )
        joined = self.joined() if subject == "conflict" else {}  # type: ignore[attr-defined]
        latest: dict[str, Note] = {}
        for row in cursor:  # oldest first: the latest edit under either key wins
            note = Note(*row)
            latest[joined.get(note.subject_id, note.subject_id)] = note
        return latest

    def note_edit(self, edit_id: int) -> Note | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", [edit_id]).fetchone()
        return Note(*row) if row else None

    def note_history(self, subject: str, subject_id: str) -> list[Note]:
        """Every edit of one note, oldest first."""
        ids = self._subject_ids(subject, subject_id)
        cursor = self.db.execute(
            f"SELECT {_COLUMNS} FROM notes "
            f"WHERE subject = ? AND subject_id IN ({', '.join('?' * len(ids))}) ORDER BY id",
            [subject, *ids],
        )
        return [Note(*row) for row in cursor]

    def latest_note_edit(self, reviewer: str, passed: Iterable[int] = ()) -> Note | None:
        """The reviewer's latest note edit still standing (not an undo, not undone), the
        edits in `passed` left out (refused before: someone has edited the note since)."""
        skip = sorted(set(passed))
        where = f"{_STANDING} AND reviewer = ?"
        if skip:
            where += f" AND id NOT IN ({', '.join('?' * len(skip))})"
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM notes n WHERE {where} ORDER BY id DESC LIMIT 1",
            [reviewer, *skip],
        ).fetchone()
        return Note(*row) if row else None

    def undo_note(self, edit: Note) -> Note:
        """Put back the text the note had before `edit`, as a new edit marked as its undo.
        Refused (StoreError, nothing written) when the note was edited since by anyone
        else, or by an edit of the reviewer's own still standing: putting the old text
        back would take that edit back too."""
        history = self.note_history(edit.subject, edit.subject_id)
        index = next((i for i, n in enumerate(history) if n.id == edit.id), None)
        if index is None:
            raise StoreError(f"no note edit {edit.id}")
        undone = {n.undo_of for n in history if n.undo_of is not None}
        for later in history[index + 1 :]:
            if later.reviewer != edit.reviewer:
                raise StoreError(f"cannot undo the note: {later.reviewer} has edited it since")
            if later.undo_of is None and later.id not in undone:
                raise StoreError("cannot undo the note: a later edit of it stands")
        before = history[index - 1].note if index else None
        return self.set_note(edit.subject, edit.subject_id, before, edit.reviewer, undo_of=edit.id)

    def note_log(
        self, *, since: str | None = None, reviewer: str | None = None, current: bool = False
    ) -> Iterator[dict[str, Any]]:
        """Every note edit as its log row (chain hashes included), oldest first, streamed,
        for the exports; `current`: only each subject's latest edit."""
        where, params = by_time_and_reviewer("1", since, reviewer)
        if current:
            where += (
                " AND id = (SELECT max(id) FROM notes m WHERE m.subject = n.subject"
                " AND m.subject_id = n.subject_id)"
            )
        cursor = self.db.conn.cursor()
        cursor.execute(
            "SELECT id, subject, subject_id, note, reviewer, at, undo_of, prev_hash, hash "
            "FROM notes n "
            f"WHERE {where} ORDER BY id",
            params,
        )
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))
