"""The scale benchmark's printed table (bench/scale.py measures, this reports): one
column per corpus size, the stage shares, the growth, one article into a large
database, and the app on the largest one, each beside its goal (issue 14)."""

from __future__ import annotations

import run_common
import run_table

GOALS = {
    "growth": 4.2,
    "rss_mb_10000": 1024.0,
    "one_article_s": 1.0,
    "gva_per_s": 40.0,
    "app_first_s": 1.0,
    "tag_ms": 30.0,
    "next_ms": 100.0,
}


def table(results: dict) -> str:
    lines = []
    columns = [(str(n), r) for n, r in results["sizes"].items()]
    columns += [(f"gva {k}", r) for k, r in results.get("gva", {}).items()]
    head = f"{'':28}" + "".join(f"{name:>16}" for name, _ in columns)
    lines.append(head)

    def row(label: str, get) -> None:
        cells = []
        for _, r in columns:
            try:
                cells.append(run_common.fmt(get(r)) if "error" not in r else "error")
            except (KeyError, TypeError):
                cells.append("n/a")
        lines.append(f"{label:28}" + "".join(f"{c:>16}" for c in cells))

    row("articles", lambda r: r["articles"])
    row("claims", lambda r: r["claims"])
    row("conflicts", lambda r: r["conflicts"])
    row("total s", lambda r: r["total_s"])
    row("articles/s", lambda r: r["per_s"])
    row("CPU s (main + workers)", lambda r: r["cpu_s"])
    row("articles per CPU s", lambda r: r["per_cpu_s"])
    row("peak RSS MB (main)", lambda r: r["main_peak_mb"])
    row("peak RSS MB (a worker)", lambda r: r["worker_peak_mb"])
    row("database MB", lambda r: r["db_mb"])
    row("workers", lambda r: r["workers"])
    stages = list(dict.fromkeys(s for _, r in columns for s in r.get("stages", {})))
    for stage in stages:

        def share(r, stage=stage):
            seconds = r["stages"][stage]
            return f"{seconds:,.1f} ({seconds / r['total_s']:.0%})"

        row(f"  {stage} s", share)
    for stage in stages:
        row(f"  {stage}: main CPU s", lambda r, stage=stage: r["stages_main_cpu"][stage])
    for stage in stages:
        row(f"  {stage}: workers CPU s", lambda r, stage=stage: r["stages_workers_cpu"][stage])
    row("load average (1 min) after", lambda r: round(r["load"][0], 1))
    for step, ratio in results.get("growth", {}).items():
        lines.append(f"growth {step} articles: x{ratio} (goal <= x{GOALS['growth']} per x4)")
    one = results.get("one")
    if one and "error" not in one:
        lines.append(
            f"one article into {one['database_articles']:,}: {one['total_s']:.2f} s in all "
            f"(after the process's one-time warm-up of {one['warm_up_s']:.1f} s), "
            f"of which its own preparation and extraction {one['own_extraction_s']:.2f} s, "
            f"the rest {one['rest_s']:.2f} s (goal < {GOALS['one_article_s']} s); "
            f"stages {one['stages']}"
        )
    elif one:
        lines.append(f"one article: error {one['error']}")
    app = results.get("app")
    if app and "error" not in app:
        lines.extend(run_table.app_lines(app)[:-1])
        lines.append(
            f"  {app.get('conflicts_listed')} conflicts; peak "
            f"{app['process'].get('peak_rss_mb')} MB"
        )
    elif app:
        lines.append(f"app: error {app['error']}")
    m = results["machine"]
    lines.append(
        f"machine: {m['nproc']} cores, {m['ram_gib']} GiB, Python {m['python']}; load average "
        f"before {results['load_before'][0]:.1f}, after {results['load_after'][0]:.1f}"
    )
    return "\n".join(lines)
