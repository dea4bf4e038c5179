"""A stand-in for the store's story lookup, for tests of placing one article."""

from __future__ import annotations

from workbench.stories.grouping import Member


class MemberIndex:
    """Stored members offered by shared terms, as the store's candidate query does."""

    def __init__(self, members: list[Member]) -> None:
        self.members = members

    def candidates(self, terms, limit):
        return [m for m in self.members if set(terms) & set(m.terms)][:limit]

    def member(self, source_id):
        return next((m for m in self.members if m.source_id == source_id), None)
