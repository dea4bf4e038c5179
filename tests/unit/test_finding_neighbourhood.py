"""A story is judged against the database's articles of its own towns, not its thread."""

from __future__ import annotations

from workbench.finding_neighbourhood import Neighbourhoods
from workbench.findings.alignment import COMMON_NAME_MIN_SOURCES
from workbench.models import Source

CITY = range(1, COMMON_NAME_MIN_SOURCES + 6)
TOWN = (40, 41)


def _text(source_id: int) -> str:
    own = f"{chr(65 + source_id % 26)}{chr(65 + source_id // 26)}"
    return (
        f"Officers of the Rivermouth Police went to Elm{own} Road and Oak{own} Park. "
        f"The Rivermouth Police said Elm{own} Road and Oak{own} Park were closed. "
        f"Neighbours of Mill{own} Lane and Mill{own} Lane called the Rivermouth Police."
    )


class _Store:
    """The two reads `Neighbourhoods` makes of a store: the towns' sources and texts."""

    def __init__(self) -> None:
        self.read: list[int] = []

    def town_sources(self) -> dict[str, set[int]]:
        return {"rivermouth": set(CITY), "smallford": set(TOWN)}

    def sources(self, ids) -> list[Source]:
        self.read += sorted(ids)
        return [Source(s, "-", _text(s), str(s)) for s in sorted(ids)]


def test_a_story_alone_in_its_thread_is_crowded_by_its_citys_other_reports():
    store = _Store()
    hoods = Neighbourhoods(store)  # type: ignore[arg-type]
    mine = {3: Source(3, "-", _text(3), "3")}
    names, crowded = hoods.judged([3], [3], mine)
    assert crowded
    # the city's police is every report's name there: it tells no story apart
    assert not any("rivermouth" in n for n in names[3])
    assert len(names[3]) == 3  # its own road, park and lane
    assert 3 not in store.read  # a source already read is not read again


def test_a_small_towns_story_is_not_crowded_and_keeps_its_names():
    hoods = Neighbourhoods(_Store())  # type: ignore[arg-type]
    mine = {40: Source(40, "-", _text(40), "40")}
    names, crowded = hoods.judged([40], [40], mine)
    assert not crowded
    assert any("rivermouth" in n for n in names[40])
