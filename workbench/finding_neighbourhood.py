"""What a story's claims are judged against: the database's articles of its own place.

The finder asks two things of the sources around a story: which names are so common there
that they tell no story apart ("Chicago", a city's police), and whether there are so many
stories about that one shared name is a coincidence (`alignment.names_tell_one_story`'s
`crowded`). Both were read from the story's thread, so they held only while threads were
wide: a story alone in its thread was never crowded, whatever city it was told in. They
are read here from the story's neighbourhood: its own sources and every source of the
database that names one of the towns its sources name (`Store.town_sources`), whatever
thread or story holds them. A story of a big city's night is crowded by the city's other
reports; a small town's story is not, however its articles were threaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from workbench.findings.alignment import (
    COMMON_NAME_MIN_SOURCES,
    distinctive_stories,
    story_names,
)
from workbench.models import Source
from workbench.store import Store


class Neighbourhoods:
    """The sources of each place and their story names, read once a finding run (the
    place claims' one scan, each source's names once however many stories read them)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._towns: dict[int, set[str]] | None = None
        self._sources_of: dict[str, set[int]] = {}
        self._names: dict[int, frozenset[str]] = {}

    def _read_towns(self) -> dict[int, set[str]]:
        if self._towns is None:
            self._sources_of = self.store.town_sources()
            self._towns = {}
            for town, ids in self._sources_of.items():
                for source_id in ids:
                    self._towns.setdefault(source_id, set()).add(town)
        return self._towns

    def around(self, members: Iterable[int]) -> set[int]:
        """The sources of these members' towns, with the members themselves."""
        towns = self._read_towns()
        out = set(members)
        for town in {t for s in out for t in towns.get(s, ())}:
            out |= self._sources_of[town]
        return out

    def judged(
        self, members: Iterable[int], known: Iterable[int], read: Mapping[int, Source]
    ) -> tuple[dict[int, frozenset[str]], bool]:
        """The story names of `known` (the job's sources and the originals they copy, those
        of `read`: the sources already read, by id) as the members' neighbourhood reads them
        (`distinctive_stories`), and whether it is crowded (`COMMON_NAME_MIN_SOURCES`
        sources or more)."""
        known = {s for s in known if s in read}
        hood = self.around(members) | known
        self._remember(hood, read)
        names = distinctive_stories({s: self._names[s] for s in sorted(hood)})
        return {s: names[s] for s in sorted(known)}, len(hood) >= COMMON_NAME_MIN_SOURCES

    def _remember(self, ids: set[int], read: Mapping[int, Source]) -> None:
        missing = [s for s in ids if s not in self._names and s not in read]
        for source in self.store.sources(missing) if missing else ():
            self._names[source.id] = story_names(source.text)
        for source_id in ids:
            if source_id not in self._names:
                found = read.get(source_id)
                self._names[source_id] = story_names(found.text) if found else frozenset()
