"""The arrested and charged roles on real news: the incidents read for them (`roles_read`,
the multi-article dev sets) against a ratchet.

Reads the articles from `../shared/corpora/gva/` (skipped with the reason when absent). The
floors are the levels reached; a change may raise them, never lower them (re-based only when
the labels change, said where). Every miss and extra: `python bench/claims_gva.py --misses`.
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
from claims_read_roles import incidents_read, read_figures, score_read_roles  # noqa: E402
from claims_scoring import Tally  # noqa: E402

pytestmark = pytest.mark.skipif(
    not gva.available(), reason=f"the real-news corpus is not at {gva.CORPUS}"
)

READ_SPLITS = (
    "dev",
    "dev_h",
    "dev_n",
    "dev_v",
    "dev_x",
    "dev_ae",
    "dev_ag",
    "dev_ai",
    "dev_ak",
    "dev_am",
    "dev_ao",
    "dev_aq",
    "dev_as",
    "dev_au",
)
"""The development sets whose incidents were read for arrests and charges (arrests33; dev_ae
labelled so before any tool ran, 6 December, joining at the thirty-seventh session's start;
dev_ag likewise, joining at the thirty-eighth's; dev_ai at the thirty-ninth's; dev_ak at the
fortieth's; dev_am at the forty-first's; dev_ao at the forty-second's; dev_aq at the
forty-third's; dev_as at the forty-fourth's; dev_au at the forty-fifth's)."""
ROLE_FLOORS = {
    # First figures, labelled before any tuning (6 Dec, thirty-third session, EXTRACTOR 601,
    # 86 incidents): arrested .940/.647 (183 claims, 269 labels), charged .516/.750 (215
    # claims, 148 labels).
    # Completed labels (431: 8 mentions the first read missed) and EXTRACTOR 630 (arrests33:
    # `claims/arrest_states.py`, custody and surrender phrases, the court's later stages a
    # role of their own): arrested .944/.852 (248 claims, 277 labels), charged .753/.743 (146
    # claims, 148 labels): raised.
    # EXTRACTOR 740 (arrests35: a charge still to come states none, a count of charges or
    # cases is no one charged, "in charge of" no charge): charged .876/.764 (129 claims):
    # raised.
    # EXTRACTOR 840-841 (recall36: a warrant's person sought, a guardian's custody no arrest)
    # and one label added by the warrant convention (278 labels): arrested .95/.856 (247
    # claims; implicit 174/207): raised.
    # dev_ae joined (thirty-seventh session's start; 10 incidents read for both roles before
    # any tool ran, 36 arrested and 24 charged labels): arrested .955/.856 -> .953/.844 (276
    # claims, 314 labels), re-based because labels were added, not the extractor; charged
    # .876/.764 -> .893/.773 (149 claims, 172 labels): raised.
    # dev_ag joined (thirty-eighth session's start; 10 incidents read for both roles before
    # any tool ran, 41 arrested and 16 charged labels): arrested .953/.844 -> .953/.814 (301
    # claims, 355 labels), re-based because labels were added, not the extractor; charged
    # .893/.773 -> .902/.787 (163 claims, 188 labels): raised.
    # dev_ai joined (thirty-ninth session's start; 10 incidents read for both roles before
    # any tool ran, 22 arrested and 26 charged labels): arrested .953/.814 -> .952/.790 (311
    # claims, 377 labels), re-based because labels were added, not the extractor; charged
    # .902/.787 -> .914/.804 (186 claims, 214 labels): raised.
    # EXTRACTOR 910 (finder39: a suspect's state told by its clause, "at large" however
    # parsed, "got away", "whoever", "trying to locate", "the gunman(s)"; custody told by
    # its place, "held at the county jail"): arrested .952/.790 -> .950/.812 (320 claims,
    # 306 of 377 labels right; the one new claim no label holds is a page's "taken to
    # the county jail", custody by the convention, unlabelled): recall raised.
    # dev_ak joined (fortieth session's start; 15 incidents of two articles read for both
    # roles before any tool ran, 25 arrested and 8 charged labels): arrested .950/.812 ->
    # .949/.796 (335 claims, 402 labels), re-based because labels were added, not the
    # extractor; charged .914/.804 -> .917/.802 (192 claims, 222 labels): unchanged floors.
    # dev_am joined (forty-first session's start; 15 incidents of two articles read for both
    # roles before any tool ran, 16 arrested and 14 charged labels) at EXTRACTOR 930: arrested
    # .951/.801 (349 claims, 418 labels); charged .915/.784 (200 claims, 236 labels): the
    # charged recall floor re-based .80 -> .78 because labels were added, not the extractor.
    # EXTRACTOR 982 (finder42: a suspect "on the run", a person a clause of saying tells did
    # the harm, a person or a name "wanted", charges denied on the verb that brings them, a
    # charge verb denied of its subject), dev_ao joined: arrested .953/.791 -> .948/.805 (359
    # -> 367 claims, 436 labels), charged .919/.785 -> .919/.794 (209 -> 211 claims, 247
    # labels): recall floors raised.
    # dev_aq joined (forty-third session's start; 15 incidents of two articles read for both
    # roles before any tool ran, 23 arrested and 6 charged labels) at EXTRACTOR 982: arrested
    # .948/.805 -> .950/.800 (383 claims, 459 labels); charged .919/.794 -> .916/.783 (214
    # claims, 253 labels): the charged recall floor re-based .79 -> .78 because labels were
    # added, not the extractor.
    # dev_as joined (forty-fourth session's start; 15 incidents of two articles read for both
    # roles before any tool ran, 23 arrested and 13 charged labels) at EXTRACTOR 1021: arrested
    # .950/.803 (404 claims, 482 labels); charged .918/.763 (219 claims, 266 labels): the charged
    # recall floor re-based .78 -> .76 because labels were added, not the extractor.
    # The "on a charge" convention applied (labels44z, forty-fourth session: arrests33's
    # "Booked on charges of" named crimes, the named charges are charges filed): 12 charged
    # labels added in dev_b, dev_h, dev_n, dev_v and dev_x (8 of this incident, 4 `false`),
    # none of them read by the extractor at EXTRACTOR 1021: charged .918/.763 -> .918/.730
    # (219 claims, 266 -> 278 labels): the charged recall floor re-based .76 -> .73 because
    # labels were added, not the extractor.
    # dev_au joined (forty-fifth session's start; 15 incidents of two articles read for both
    # roles before any tool ran, 21 arrested and 17 charged labels) at EXTRACTOR 1073: arrested
    # .950/.805 (422 claims, 503 labels); charged .917/.725 (230 claims, 295 labels): the charged
    # recall floor re-based .73 -> .72 because labels were added, not the extractor.
    # EXTRACTOR 1124 (finder45: a person held "on a charge" is charged too, one count beside
    # the arrest, `claims.held_on_charges`), measured on main 389ddd4e (EXTRACTOR 1120) and its
    # labels: charged .917/.725 (230 claims) -> .918/.773 (245 claims, 228 of 295 labels);
    # arrested .950/.805 (422 claims) unchanged: the charged recall floor raised .72 -> .77.
    "arrested": {"precision": 0.94, "recall": 0.80},
    "charged": {"precision": 0.91, "recall": 0.77},
}


@cache
def figures() -> dict:
    tally = sum((score_read_roles(split) for split in READ_SPLITS), Tally())
    return read_figures(tally, sum(map(incidents_read, READ_SPLITS), Counter()))


def test_the_read_incidents_are_the_multi_article_dev_sets():
    read = [i for s in READ_SPLITS for i in gva.labels(s) if "arrested" in i.get("roles_read", ())]
    assert len(read) == sum(len(gva.labels(s)) for s in READ_SPLITS) == 206


@pytest.mark.parametrize("role", sorted(ROLE_FLOORS))
def test_precision_and_recall_of_a_read_role_stay_at_or_above_the_ratchet(role):
    got = figures()[role]
    for metric, floor in ROLE_FLOORS[role].items():
        assert got[metric] is not None and got[metric] >= floor, f"{role} {metric}: {got}"
