"""Which pairs of claims are compared at all: blocks of claims that share kind and class.

Comparing every claim with every other is quadratic; claims are only paired within
blocks of one kind and counted class (or unit, or action), and within a block only
across sources whose stories share names, so the cost stays near linear in the number
of claims while every pair `alignment` could call the same thing is still looked at.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache

from workbench.findings.alignment import (
    STORY_NAMES,
    STORY_NAMES_FOR_TWO,
    STORY_OVERLAP,
    STORY_OVERLAP_APART,
)
from workbench.findings.claim_views import ClaimView
from workbench.stories import lasting

BLOCK_LIMIT = 150
"""A block larger than this is split by event date and names before pairing."""


def block_keys(view: ClaimView) -> list[tuple[str, ...]]:
    """The blocks a claim is compared within: kind + counted class or unit, or kind + action."""
    if view.kind == "quantity":
        if view.dimension != "count":
            return [("quantity", view.dimension or "?")]
        return [("quantity", "count", view.counted_class or "?")]
    return [(view.kind, topic) for topic in sorted(view.topics)]


def _anchors(view: ClaimView) -> set[str]:
    anchors = set(view.names)
    if view.event is not None:
        anchors.add(f"@{view.event[0].isoformat()}")
    return anchors


def _groups(members: list[ClaimView]) -> Iterator[list[ClaimView]]:
    """The groups of a block whose claims are paired: the block itself when small."""
    if len(members) <= BLOCK_LIMIT:
        yield members
        return
    # Too big to compare all pairs: only claims sharing an event day or a name, and
    # only through anchors that are themselves selective.
    by_anchor: dict[str, list[ClaimView]] = defaultdict(list)
    for view in members:
        for anchor in _anchors(view):
            by_anchor[anchor].append(view)
    for anchor in sorted(by_anchor):
        group = by_anchor[anchor]
        if 1 < len(group) <= BLOCK_LIMIT:
            yield group


def _story_pairs(
    group: list[ClaimView], known: dict, unknown_done: bool = False
) -> list[tuple[int, int]]:
    """The (i, j), i < j, of a group's claims from different witnesses that may tell one
    story, in the order of `combinations`.

    Claims are bucketed by source and story, and two buckets are only looked at when
    their stories share a name (as `same_story` requires of sources naming several),
    so a group spanning many events costs its plausible pairs, not all of them. With
    `unknown_done`, two counts of unknown nouns are not paired: their own block did.
    """
    buckets: dict[tuple, list[int]] = {}
    for i, view in enumerate(group):
        unknown = unknown_done and view.counted_class is None
        key = (view.witness, id(view.story), view.crowded, unknown, view.story_id, _across(view))
        buckets.setdefault(key, []).append(i)
    keys = list(buckets)
    rep = [group[buckets[k][0]] for k in keys]
    # A bucket pairs with those of its own story and of no story, and a figure of a
    # lasting state with those of the thread's other stories too (`within_one_story`
    # refuses any other pair): a thread of many stories costs its stories' pairs.
    by_story: dict[int | None, list[int]] = defaultdict(list)
    for u, view in enumerate(rep):
        by_story[view.story_id].append(u)
    open_ = [u for u, view in enumerate(rep) if len(view.story) < STORY_NAMES]
    by_name: dict[str, list[int]] = defaultdict(list)
    for u, view in enumerate(rep):
        if len(view.story) >= STORY_NAMES:
            for name in view.story:
                by_name[name].append(u)
    out: list[tuple[int, int]] = []
    for u, a in enumerate(rep):
        anywhere = a.story_id is None or keys[u][-1]
        reach = range(len(rep)) if anywhere else {*by_story[a.story_id], *by_story[None]}
        if len(a.story) < STORY_NAMES:
            near = range(u + 1, len(rep)) if anywhere else {v for v in reach if v > u}
        else:
            near = {v for name in a.story for v in by_name[name] if v > u}
            near.update(v for v in open_ if v > u)
            if not anywhere:
                near.intersection_update(reach)
        for v in near if isinstance(near, range) else sorted(near):
            b = rep[v]
            if a.witness == b.witness or (keys[u][3] and keys[v][3]):
                continue
            if a.thread_id is not None and b.thread_id is not None and a.thread_id != b.thread_id:
                continue  # two threads: nothing of one is compared with the other
            if a.crowded == b.crowded:
                if _other_story(a, b, known):
                    continue
                out.extend(
                    (min(i, j), max(i, j)) for i in buckets[keys[u]] for j in buckets[keys[v]]
                )
            else:  # `same_story` reads the crowding of the pair's first claim
                for i in buckets[keys[u]]:
                    for j in buckets[keys[v]]:
                        x, y = (group[i], group[j])
                        first, second = (x, y) if x.claim.id < y.claim.id else (y, x)
                        if not _other_story(first, second, known):
                            out.append((min(i, j), max(i, j)))
    out.sort()
    return out


def _across(view: ClaimView) -> bool:
    """Whether the claim may be compared with claims of the thread's other stories: a
    figure of a lasting state (`alignment.within_one_story`)."""
    return view.kind == "quantity" and _lasting(view.topics)


@cache
def _lasting(topics: frozenset[str]) -> bool:
    return lasting(topics)


def _other_story(a: ClaimView, b: ClaimView, known: dict) -> bool:
    """`same_story` is false for these two whatever their days: the pair need not be
    compared. Decided once per pair of sources, as the blocks of a big corpus pair the
    same two sources many times over."""
    key = (a.story, b.story, a.crowded)
    found = known.get(key)
    if found is None:
        if len(a.story) < STORY_NAMES or len(b.story) < STORY_NAMES:
            found = False
        else:
            common = len(a.story & b.story)
            smaller = min(len(a.story), len(b.story))
            crowded = a.crowded and smaller >= STORY_NAMES_FOR_TWO and common < 2
            found = crowded or common / smaller < min(STORY_OVERLAP, STORY_OVERLAP_APART)
        known[key] = found
    return found


def candidate_pairs(views: Iterable[ClaimView]) -> Iterator[tuple[ClaimView, ClaimView]]:
    """Each pair of claims from different witnesses that share a block and may tell one
    story, once."""
    blocks: dict[tuple[str, ...], list[ClaimView]] = defaultdict(list)
    for view in views:
        for key in block_keys(view):
            blocks[key].append(view)
    seen: set[tuple[str, str]] = set()
    stories: dict = {}
    unknown_counted = {k[:2] for k in blocks if k[0] == "quantity" and k[-1] == "?"}
    for key in sorted(blocks):
        members = blocks[key]
        # A count whose noun is unknown may still be about persons or countries. (Its
        # block, "?", sorts before every noun's, so two unknowns were paired there.)
        merged = key[0] == "quantity" and key[:2] in unknown_counted and key[-1] != "?"
        if merged:
            members = members + blocks.get((*key[:2], "?"), [])
        if len({view.witness for view in members}) < 2:
            continue  # one witness (a single long article): nothing to pair
        for group in _groups(members):
            for i, j in _story_pairs(group, stories, merged):
                a, b = group[i], group[j]
                if a.claim.id > b.claim.id:
                    a, b = b, a
                pair = (a.claim.id, b.claim.id)
                if pair in seen:
                    continue
                seen.add(pair)
                yield a, b
