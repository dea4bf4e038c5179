"""The material of a story's title: the places and days its articles' claims name.

Titling reads claims, not the grouping index, so its queries sit apart from `stories`."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from workbench.store.base import StoreBase


class StoryTitleStore(StoreBase):
    """What a story's title is made from (`workbench.stories.titles`)."""

    def auto_titled_stories(self) -> list[int]:
        """The stories whose title grouping made (not one a reviewer gave)."""
        sql = "SELECT id FROM stories WHERE title_fixed = 0 ORDER BY id"
        return [row[0] for row in self.db.execute(sql)]

    def place_names(self) -> list[tuple[str, str | None, str | None]]:
        """Each distinct (name, type, cue) of the place claims not read from an agency:
        what says a name read from an agency ("Wichita police") is a town's."""
        sql = (
            "SELECT DISTINCT json_extract(value, '$.name'), json_extract(value, '$.type'), "
            "json_extract(value, '$.cue') FROM claims WHERE kind = 'place' "
            "AND json_extract(value, '$.cue') IS NOT 'agency'"
        )
        return [(n, t, c) for n, t, c in self.db.execute(sql) if n]

    def opening_sentences(self, lead_chars: Mapping[int, int]) -> dict[int, list[str]]:
        """Per source, its sentences that start within its opening (`lead_chars`), in
        text order."""
        sql = "SELECT source_id, start, 0, text FROM sentences WHERE source_id IN ({}) "
        return self._within_openings(sql + "ORDER BY source_id, idx", lead_chars)

    def opening_actions(self, lead_chars: Mapping[int, int]) -> dict[int, list[str]]:
        """Per source, the actions (base forms) of the counts of persons in a role that
        its headline or its opening (`lead_chars`) states ("4 shot": shoot)."""
        sql = (
            "SELECT source_id, start, headline, frame_action FROM claims "
            "WHERE source_id IN ({}) AND +kind = 'quantity' AND role IS NOT NULL "
            "AND frame_action IS NOT NULL AND coalesce(json_extract(counted, '$.class'), "
            "'persons') = 'persons' AND NOT coalesce(derived, 0)"
        )
        return self._within_openings(sql, lead_chars)

    def _within_openings(self, sql: str, lead_chars: Mapping[int, int]) -> dict[int, list[str]]:
        """Per source, the last column of the rows (source, start, headline, value) the
        query gives for these sources that are the headline's or start in the opening."""
        out: dict[int, list[str]] = {s: [] for s in lead_chars}
        if not lead_chars:
            return out
        marks = ",".join("?" * len(lead_chars))
        for sid, start, headline, value in self.db.execute(sql.format(marks), list(lead_chars)):
            if headline or start < lead_chars[sid]:
                out[sid].append(value)
        return out

    def title_material_rows(
        self,
        source_ids: Sequence[int],
        lead_chars: Mapping[int, int],
        skipped: Mapping[int, Sequence[tuple[int, int]]] | None = None,
    ) -> dict[int, tuple[list[tuple], list[str]]]:
        """Per source: the places it names ((name, kind, cue, within its opening, the
        claim's text), in text order) and the days its text dates, but for the claims
        starting within its `skipped` spans (start, end)."""
        out: dict[int, tuple[list[tuple], list[str]]] = {s: ([], []) for s in source_ids}
        if not source_ids:
            return out
        marks = ",".join("?" * len(source_ids))
        # `+kind`: the kind is no index's key here. Given ten sources or more, SQLite chose
        # the index on kind and read every place and date claim of the database for each
        # story (1.3 s a story at 29,188 articles: titling grew with the square of the
        # corpus); by source it reads the story's own.
        sql = (
            "SELECT source_id, kind, text, start, value, event_date, event_date_basis "
            f"FROM claims WHERE source_id IN ({marks}) AND +kind IN ('place', 'date') "
            "ORDER BY source_id, start"
        )
        from workbench.claims.place_weights import never_the_scene  # the claims' rule, at need

        skipped = skipped or {}
        for sid, kind, text, start, value, event_date, basis in self.db.execute(
            sql, list(source_ids)
        ):
            if any(low <= start < high for low, high in skipped.get(sid, ())):
                continue
            if kind == "place":
                place = json.loads(value or "{}")
                if never_the_scene(place):
                    continue  # "taken to Grace Hospital" names no event's place
                name = str(place.get("name") or text)
                opening = start < lead_chars.get(sid, 0)
                out[sid][0].append((name, place.get("type"), place.get("cue"), opening, text))
            elif kind == "date" and basis == "text" and event_date and len(event_date) == 10:
                out[sid][1].append(event_date)
        return out
