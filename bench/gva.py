"""The real-news development corpus and its hand labels, read from ../shared (never copied).
`../shared/corpora/gva/` holds real local-news articles about shooting incidents with the
archive's records; `tests/labelled/gva/` holds our hand labels of 1,013 of its incidents (40 for
development, 10 held out, 12 in a second held-out set, 15, 7, 18, 18, 4, 10, 25, 25, 25, 25 and
23 in eleven development sets labelled before the tool ran on them, 12 of two or more articles
in a twelfth, `dev_n`, and 25 of one article in a thirteenth, `dev_o`, a fourteenth, `dev_p`, a
fifteenth, `dev_q`, a sixteenth, `dev_r`, a seventeenth, `dev_s`, an eighteenth, `dev_t`, a
nineteenth, `dev_u`, a twenty-first, `dev_w`, and a twenty-third, `dev_y`, 12 of two or more
articles labelled with the pairs between outlets in a twentieth, `dev_v`, and a twenty-second,
`dev_x`, 10 of three or more in a twenty-fourth, `dev_z`, and 25 of one article in a
twenty-fifth, `dev_aa`, a twenty-sixth, `dev_ab`, a twenty-seventh, `dev_ac`, and a
twenty-eighth, `dev_ad`, 10 of three or more with the pairs between outlets in a twenty-ninth,
`dev_ae`, 25 of one article in a thirtieth, `dev_af`, 10 of three or more with the pairs between
outlets in a thirty-first, `dev_ag`, 25 of one article in a thirty-second, `dev_ah`, and 10 of
three or more with the pairs between outlets in a thirty-third, `dev_ai`, the thirty-eighth
session's, 25 of one article in a thirty-fourth, `dev_aj`, and 15 of two articles with the pairs
between outlets in a thirty-fifth, `dev_ak`, the thirty-ninth session's, and 25 of one article
in a thirty-sixth, `dev_al`, and 15 of two articles with the pairs between outlets in a
thirty-seventh, `dev_am`, the fortieth session's, and 25 of one article in a thirty-eighth,
`dev_an`, and 15 of two articles with the pairs between outlets in a thirty-ninth, `dev_ao`, the
forty-first session's, and 25 of one article in a fortieth, `dev_ap`, and 15 of two articles
with the pairs between outlets in a forty-first, `dev_aq`, the forty-second session's, and 25 of
one article in a forty-second, `dev_ar`, and 15 of two articles with the pairs between outlets
in a forty-third, `dev_as`, the forty-third session's, and 25 of one article in a forty-fourth,
`dev_at`, and 15 of two articles with the pairs between outlets in a forty-fifth, `dev_au`, the
forty-fourth session's, all in `DEV` now, and 25 of one article in a forty-sixth, `dev_av`,
15 of two articles with the pairs between outlets in a forty-seventh, `dev_aw`, and 25 of one
article in a forty-eighth, `dev_ax`, the forty-fifth session's fresh sets: `FRESH`).
Benchmarks and quality tests load both through here, and ingest articles through the same path
a user's JSONL takes, so the figures are the product's.
"""

from __future__ import annotations

import atexit
import json
import re
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _corpus() -> Path:
    """`shared/corpora/gva` beside the checkout, or beside a folder above it (a worktree)."""
    for folder in REPO.parents:
        candidate = folder / "shared" / "corpora" / "gva"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "corpora" / "gva"


CORPUS = _corpus()
LABELS = REPO / "tests" / "labelled" / "gva"


def available() -> bool:
    """Whether the corpus is beside the checkout (it is on CI and on developers' machines)."""
    return (CORPUS / "documents.jsonl").is_file()


@cache
def documents() -> dict[str, dict]:
    """Every article by doc id, in file order."""
    with (CORPUS / "documents.jsonl").open(encoding="utf-8") as f:
        return {d["doc_id"]: d for d in map(json.loads, f)}


@cache
def incidents() -> dict[str, dict]:
    """The archive's record of each incident by id."""
    with (CORPUS / "incidents.jsonl").open(encoding="utf-8") as f:
        return {r["incident_id"]: r for r in map(json.loads, f)}


def by_incident() -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for doc in documents().values():
        grouped[doc["incident_id"]].append(doc)
    return dict(grouped)


HELD_OUT = ("heldout", "heldout2")
"""The held-out splits: never read per item, only their aggregate figures, once a session.
The second set was labelled on fresh incidents when the first had been read as aggregates
over several sessions and was too small to trust."""
HELD_OUT_ALL = "heldout-all"
"""The name `labels` takes for both held-out sets scored together."""
DEV = (
    "dev",
    "dev_c",
    "dev_d",
    "dev_e",
    "dev_f",
    "dev_g",
    "dev_h",
    "dev_i",
    "dev_j",
    "dev_k",
    "dev_l",
    "dev_m",
    "dev_n",
    "dev_o",
    "dev_p",
    "dev_q",
    "dev_r",
    "dev_s",
    "dev_t",
    "dev_u",
    "dev_v",
    "dev_w",
    "dev_x",
    "dev_y",
    "dev_z",
    "dev_aa",
    "dev_ab",
    "dev_ac",
    "dev_ad",
    "dev_ae",
    "dev_af",
    "dev_ag",
    "dev_ah",
    "dev_ai",
    "dev_aj",
    "dev_ak",
    "dev_al",
    "dev_am",
    "dev_an",
    "dev_ao",
    "dev_ap",
    "dev_aq",
    "dev_ar",
    "dev_as",
    "dev_at",
    "dev_au",
)
"""The development splits: the first 40 incidents (tuned on since the first session), 15 fresh
ones labelled before the tool was run on them (`dev_c`, 3 December), 7 more (`dev_d`, 3-4
December, the thirteenth session's untuned measure) and 18 of two articles (`dev_e`, 4 December,
the fourteenth session's), 18 more (`dev_f`, 4 December, the fifteenth session's), 4 more
(`dev_g`, 4 December, the sixteenth's), 10 of three or more (`dev_h`, 4 December, the
seventeenth's), 25 of one article (`dev_i`, 4 December, the eighteenth's), 25 more (`dev_j`, 4
December, the nineteenth's), 25 more (`dev_k`, 4-5 December, the twentieth's), 25 more (`dev_l`,
5 December, the twenty-first's), 23 more (`dev_m`, 5 December, the twenty-second's), 12 of two
or more (`dev_n`, 5 December, the twenty-third's), 25 of one article (`dev_o`, 5 December, the
twenty-fourth's), 25 more (`dev_p`, 5 December, the twenty-fifth's), 25 more (`dev_q`, 5
December, the twenty-sixth's), 25 more (`dev_r`, 5 December, the twenty-seventh's), 25 more
(`dev_s`, 5 December, the twenty-eighth's), 25 more (`dev_t`, 5 December, the twenty-ninth's),
25 more (`dev_u`, 6 December, the thirtieth's) and 12 of two or more with the pairs between
outlets (`dev_v`, 6 December, the thirtieth's second), 25 of one article (`dev_w`, 6 December,
the thirty-first's) and 12 of two or more with the pairs between outlets (`dev_x`, 6 December,
the thirty-first's second), 25 of one article (`dev_y`, 6 December, the thirty-second's) and 10
of three or more with the pairs between outlets (`dev_z`, 6 December, the thirty-second's
second) and 25 of one article (`dev_aa`, 6 December, the thirty-third's), 25 of one article
(`dev_ab`, 6 December, the thirty-fourth's), 25 of one article (`dev_ac`, 6 December, the
thirty-fifth's), 25 of one article (`dev_ad`, 6 December, the thirty-sixth's), 10 of three or
more with the pairs between outlets (`dev_ae`, 6 December, the thirty-sixth's second), 25 of one
article (`dev_af`, 7 December, the thirty-seventh's) and 10 of three or more with the pairs
between outlets (`dev_ag`, 7 December, the thirty-seventh's second), 25 of one article
(`dev_ah`, 7 December, the thirty-eighth's) and 10 of three or more with the pairs between
outlets (`dev_ai`, 7 December, the thirty-eighth's second), 25 of one article (`dev_aj`, 7
December, the thirty-ninth's) and 15 of two with the pairs between outlets (`dev_ak`, 7
December, the thirty-ninth's second), 25 of one article (`dev_al`, 7 December, the fortieth's)
and 15 of two with the pairs between outlets (`dev_am`, 7 December, the fortieth's second), 25
of one article (`dev_an`, 7 December, the forty-first's) and 15 of two with the pairs between
outlets (`dev_ao`, 7 December, the forty-first's second), 25 of one article (`dev_ap`, 7
December, the forty-second's) and 15 of two with the pairs between outlets (`dev_aq`, 7
December, the forty-second's second), 25 of one article (`dev_ar`, 7 December, the
forty-third's) and 15 of two with the pairs between outlets (`dev_as`, 7 December, the
forty-third's second), 25 of one article (`dev_at`, 7 December, the forty-fourth's) and 15 of
two with the pairs between outlets (`dev_au`, 7 December, the forty-fourth's second); each was
read untuned in its session, then became development material like the rest.
The quality tests' ratchets stay on 'dev' alone."""
DEV_ALL = "dev-all"
"""The name `labels` takes for every development split scored together (the dev figure)."""
FRESH: tuple[str, ...] = ("dev_av", "dev_aw", "dev_ax")
"""Fresh splits: labelled before the tool ran on them and tuned on by nobody in the session that
labels them, so their totals are that session's untuned measure. Until they join `DEV` (the next
session) they are read like the held-out sets: totals only, never per item, and outside the dev
figure. Empty between a set joining `DEV` and the next being labelled; `dev_f` (18 incidents of
two articles, 4 December) was the fifteenth session's, `dev_g` (4 incidents of two articles) the
sixteenth's, `dev_h` (10 incidents of three or more articles, chosen by `bench/select_fresh.py`)
the seventeenth's, joining `DEV` at the eighteenth session's start; `dev_i` (25 incidents of one
article, 4 December, chosen by `bench/select_fresh.py`) was the eighteenth's (claims, dates and
places, no pairs), joining `DEV` at the nineteenth session's start; `dev_j` (25 more incidents
of one article, 4 December, dev_i's rule continued) was the nineteenth's, joining `DEV` at the
twentieth session's start; `dev_k` (25 more incidents of one article, 4-5 December, dev_j's rule
continued) was the twentieth's, joining `DEV` at the twenty-first session's start; `dev_l` (25
more incidents of one article, 5 December, dev_k's rule continued) was the twenty-first's,
joining `DEV` at the twenty-second session's start; `dev_m` (23 more incidents of one article, 5
December, dev_l's rule continued: the last it leaves eligible) was the twenty-second's, joining
`DEV` at the twenty-third session's start; `dev_n` (12 incidents of two or more articles, 5
December, a new rule: from the stories bench's untouched split, labelled with pairs between
outlets) was the twenty-third's, joining `DEV` at the twenty-fourth session's start; `dev_o` (25
incidents of one article, 5 December, from the same untouched split: dev_n left none of two or
more there) was the twenty-fourth's, joining `DEV` at the twenty-fifth session's start; `dev_p`
(25 more incidents of one article, 5 December, dev_o's rule continued) was the twenty-fifth's,
joining `DEV` at the twenty-sixth session's start; `dev_q` (25 more incidents of one article, 5
December, dev_p's rule continued) was the twenty-sixth's, joining `DEV` at the twenty-seventh
session's start; `dev_r` (25 more incidents of one article, 5 December, dev_q's rule continued)
was the twenty-seventh's, joining `DEV` at the twenty-eighth session's start; `dev_s` (25 more
incidents of one article, 5 December, dev_r's rule continued) was the twenty-eighth's, joining
`DEV` at the twenty-ninth session's start; `dev_t` (25 incidents of one article, 5 December,
from the stories bench's development split: dev_s left 18 eligible in the untouched one) was the
twenty-ninth's, joining `DEV` at the thirtieth session's start; `dev_u` (25 more incidents of
one article, 6 December, dev_t's rule continued) and `dev_v` (12 incidents of two or more
articles, 6 December, from the development split by dev_t's tests, labelled with the pairs
between outlets: a second untuned measure of the conflict finder) were the thirtieth's, joining
`DEV` at the thirty-first session's start; `dev_w` (25 more incidents of one article, 6
December, dev_u's rule continued, keeping out the ids named in the notes when it was stated) and
`dev_x` (12 incidents of two or more articles, 6 December, dev_v's tests but taking flag-pool
incidents no verdict names, labelled with the pairs between outlets) were the thirty-first's,
joining `DEV` at the thirty-second session's start; `dev_y` (25 more incidents of one article, 6
December, dev_w's rule continued, keeping out the ids named when it was stated) and `dev_z` (10
incidents of three or more articles, 6 December, dev_x's tests for three or more articles,
labelled with the pairs between outlets) were the thirty-second's, joining `DEV` at the
thirty-third session's start; `dev_aa` (25 more incidents of one article, 6 December, dev_y's
rule continued, keeping out the ids named when it was stated; the first split name of two
letters) was the thirty-third's, joining `DEV` at the thirty-fourth session's start; `dev_ab`
(25 more incidents of one article, 6 December, dev_aa's rule continued, keeping out the ids
named when it was stated) was the thirty-fourth's, joining `DEV` at the thirty-fifth session's
start; `dev_ac` (25 more incidents of one article, 6 December, dev_ab's rule continued, keeping
out the ids named when it was stated) was the thirty-fifth's, joining `DEV` at the thirty-sixth
session's start; `dev_ad` (25 more incidents of one article, 6 December, dev_ac's rule
continued, keeping out the ids named when it was stated) and `dev_ae` (10 incidents of three or
more articles, 6 December, dev_z's tests, keeping out the ids named when it was stated, labelled
with the pairs between outlets and `roles_read`: the finder's untuned measure between outlets)
were the thirty-sixth's, joining `DEV` at the thirty-seventh session's start; `dev_af` (25 more
incidents of one article, 6 December, dev_ad's rule continued, keeping out the ids named when it
was stated) and `dev_ag` (10 incidents of three or more articles, 6 December, dev_ae's tests,
keeping out the ids named when it was stated, labelled with the pairs between outlets and
`roles_read`: the finder's untuned measure between outlets) were the thirty-seventh's, joining
`DEV` at the thirty-eighth session's start; `dev_ah` (25 more incidents of one article, 7
December, dev_af's rule continued, keeping out the ids named when it was stated) and `dev_ai`
(10 incidents of three or more articles, 7 December, dev_ag's tests, keeping out the ids named
when it was stated, labelled with the pairs between outlets and `roles_read`: the finder's
untuned measure between outlets) were the thirty-eighth's, joining `DEV` at the thirty-ninth
session's start; `dev_aj` (25 more incidents of one article, 7 December, dev_ah's rule
continued, keeping out the ids named when it was stated) and `dev_ak` (15 incidents of two
articles, 7 December, dev_ai's tests for two or more articles, keeping out the ids named when it
was stated, labelled with the pairs between outlets and `roles_read`: the finder's untuned
measure between outlets) were the thirty-ninth's, joining `DEV` at the fortieth session's start;
`dev_al` (25 more incidents of one article, 7 December, dev_aj's rule continued, keeping out the
ids named when it was stated) and `dev_am` (15 incidents of two articles, 7 December, dev_ak's
tests, keeping out the ids named when it was stated, labelled with the pairs between outlets and
`roles_read`: the finder's untuned measure between outlets) were the fortieth's, joining `DEV`
at the forty-first session's start; `dev_an` (25 more incidents of one article, 7 December,
dev_al's rule continued, keeping out the ids named when it was stated; its count labels also say
whom the page cites for each count, `cited`) and `dev_ao` (15 incidents of two articles, 7
December, dev_am's tests, keeping out the ids named when it was stated, labelled with the pairs
between outlets and `roles_read`: the finder's untuned measure between outlets) were the
forty-first's, joining `DEV` at the forty-second session's start; `dev_ap` (25 more incidents of
one article, 7 December, dev_an's rule continued, keeping out the ids named when it was stated;
its count labels say whom the page cites for each count, `cited`) and `dev_aq` (15 incidents of
two articles, 7 December, dev_ao's tests, keeping out the ids named when it was stated, labelled
with the pairs between outlets, `roles_read` and `cited`: the finder's untuned measure between
outlets) were the forty-second's, joining `DEV` at the forty-third session's start; `dev_ar` (25
more incidents of one article, 7 December, dev_ap's rule continued, keeping out the ids named
when it was stated; its count labels say whom the page cites for each count, `cited`) and
`dev_as` (15 incidents of two articles, 7 December, dev_aq's tests, keeping out the ids named
when it was stated, labelled with the pairs between outlets, `roles_read` and `cited`: the
finder's untuned measure between outlets) were the forty-third's, joining `DEV` at the
forty-fourth session's start; `dev_at` (25 more incidents of one article, 7 December, dev_ar's
rule continued, keeping out the ids named when it was stated; its count labels say whom the page
cites for each count, `cited`) and `dev_au` (15 incidents of two articles, 7 December, dev_as's
tests, keeping out the ids named when it was stated, labelled with the pairs between outlets,
`roles_read` and `cited`: the finder's untuned measure between outlets) were the forty-fourth's,
joining `DEV` at the forty-fifth session's start; `dev_av` (25 more incidents of one article, 7
December, dev_at's rule continued, keeping out the ids named when it was stated; its count labels
say whom the page cites for each count, `cited`) and `dev_aw` (15 incidents of two articles, 7
December, dev_au's tests, keeping out the ids named when it was stated, labelled with the pairs
between outlets, `roles_read` and `cited`: the finder's untuned measure between outlets) and
`dev_ax` (25 more incidents of one article, 7 December, dev_av's rule again, stated after dev_av
was labelled, keeping out the ids named by then; its count labels say whom the page cites for
each count, `cited`: a third set, since one set of 25 short pages cannot tell whether the
untuned level moved) are the forty-fifth's, fresh now."""


FRESH_POOL: tuple[str, ...] = ("pool_tail",)
"""Fresh splits of the flag pool (`pairs_*.jsonl`): the real disagreements listed by hand in
pool incidents nobody has tuned on, read like `FRESH` (totals only, never per item) while
they are the finder's untuned measure. `pool_tail` is the pool's last 34 incidents (positions
740 on, `flag_pool.py --first 740 --count 900`), read at the thirty-third session and kept
fresh at the thirty-fourth's: its arrest updates are what that session's finder work aims at,
so it is that work's untuned measure."""


def selection() -> dict[str, list[str]]:
    """Incident ids of the labelled selection by split: {'dev': [...], 'heldout': [...],
    'heldout2': [...], 'dev_c': [...], ..., 'dev_an': [...], 'dev_ao': [...], 'dev_ap': [...],
    'dev_aq': [...], 'dev_ar': [...], 'dev_as': [...], 'dev_at': [...], 'dev_au': [...],
    'dev_av': [...], 'dev_aw': [...], 'dev_ax': [...]}."""
    data = json.loads((LABELS / "selection.json").read_text(encoding="utf-8"))
    return {
        split: [e["incident_id"] for e in entries]
        for split, entries in data.items()
        if isinstance(entries, list)
    }


def held_out_incidents() -> set[str]:
    """The incidents of every held-out split and of the fresh ones (`FRESH`, `FRESH_POOL`):
    benchmarks that print per article skip them."""
    chosen = selection()
    pool = {r["incident_id"] for split in FRESH_POOL for r in labels(split)}
    return pool | {i for split in (*HELD_OUT, *FRESH) for i in chosen.get(split, [])}


def labels(split: str) -> list[dict]:
    """The hand labels of one split ('dev', 'dev_c', ..., 'dev_ae', 'dev_af', 'heldout',
    'heldout2', `DEV_ALL` for every development set, `HELD_OUT_ALL` for both held-out sets,
    'pool': the real disagreements listed in incidents of the judged pool, `pairs_*.jsonl`, or
    a fresh part of the pool, `FRESH_POOL`), one dict an incident."""
    splits = {HELD_OUT_ALL: HELD_OUT, DEV_ALL: DEV}.get(split, (split,))
    out = []
    for path in sorted([*LABELS.glob("labels_*.jsonl"), *LABELS.glob("pairs_*.jsonl")]):
        with path.open(encoding="utf-8") as f:
            out += [r for r in map(json.loads, f) if r.get("split") in splits]
    return out


@dataclass(slots=True)
class Loaded:
    """A database of articles and how to tell which article each source is."""

    db_path: str
    doc_of_source: dict[int, str]


def add_except_option(parser, help_text: str) -> None:
    """`--except SPLIT` (repeatable, into `unlisted`): a labelled set read only as totals, so a
    tuner keeps one set aside as validation while it is development material."""
    parser.add_argument(
        "--except", dest="unlisted", action="append", default=[], metavar="SPLIT", help=help_text
    )


def write_jsonl(docs: list[dict], path: Path) -> list[str]:
    """The articles as a user's JSONL file; returns the doc ids in record order."""
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            record = {k: d[k] for k in ("title", "outlet", "url", "published", "text")}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [d["doc_id"] for d in docs]


def temporary_folder(prefix: str) -> Path:
    """A folder removed when the process ends: every bench run and quality test loads
    articles into one, and thousands were left behind in /tmp."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def load(docs: list[dict], db_path: str | None = None, name: str = "gva.jsonl") -> Loaded:
    """Ingest the articles into a database (a new temporary one by default) and analyse."""
    from workbench.ingest.api import IngestError, ingest_paths
    from workbench.store import Store

    folder = temporary_folder("wb-gva-")
    db_path = db_path or str(folder / "gva.db")
    docs = list(docs)
    while True:  # a record with no article text is refused: leave it out, as a user would
        if not docs:  # every record refused (a page of furniture only): nothing to analyse
            Store(db_path).close()
            return Loaded(db_path, {})
        order = write_jsonl(docs, folder / name)
        try:
            with Store(db_path) as store:
                report = ingest_paths(store, [folder / name])
        except IngestError as exc:
            # The bad record is named "gva.jsonl:N" (its line; one record a line here),
            # or "gva.jsonl#N" (its record) before aaf48cb.
            at = re.search(r"[#:](\d+)$", exc.file)
            if at is None or "no article text" not in exc.reason:
                raise
            del docs[int(at.group(1)) - 1]
            continue
        break
    with Store(db_path) as store:
        doc_of_source = {}
        for added in report.added:
            record = int(added.file.rsplit("#", 1)[1])
            doc_of_source[added.source_id] = order[record - 1]
        for skipped in report.skipped:
            if skipped.existing_id is not None:
                record = int(skipped.file.rsplit("#", 1)[1])
                doc_of_source.setdefault(skipped.existing_id, order[record - 1])
    return Loaded(db_path, doc_of_source)
