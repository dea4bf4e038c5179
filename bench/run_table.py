"""The benchmark's printed table: every figure per size, and each target met or missed."""

from __future__ import annotations

from profiler import OTHER, STAGES
from run_common import LOG_GROWTH, TARGETS, fmt


def table(results: dict) -> str:
    sizes = list(results["sizes"])
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, get) -> None:
        cells = []
        for n in sizes:
            r = results["sizes"][n]
            if "error" in r:
                cells.append("error")
                continue
            try:
                cells.append(get(r))
            except (KeyError, TypeError, ZeroDivisionError):
                cells.append("n/a")
        rows.append((label, cells))

    row("articles ingested", lambda r: fmt(r["articles"]))
    row("sentences", lambda r: fmt(r["sentences"]))
    row("claims", lambda r: fmt(r["claims"]))
    for kind in ("quantity", "place", "date"):
        row(f"  {kind}", lambda r, k=kind: fmt(r["claims_by_kind"].get(k, 0)))
    row("ingest s", lambda r: fmt(r["ingest_s"]))
    row("analysis s", lambda r: fmt(r["analyze_s"]))
    row("total s", lambda r: fmt(r["total_s"]))
    row("articles/s", lambda r: fmt(r["articles"] / r["total_s"], 1))
    row("sentences/s", lambda r: fmt(r["sentences"] / r["total_s"], 0))
    row("peak RSS MB", lambda r: fmt(r["peak_rss_mb"], 0))
    row("database MB", lambda r: fmt(r["db_mb"], 1))
    stage_names = [s for s, _ in STAGES] + ["SQLite commit", OTHER]
    for stage in stage_names:

        def get(r, s=stage):
            st = r["stages"].get(s)
            if st is None:
                return "n/a" if s in r.get("stages_missing", {}) else "0"
            return f"{st['seconds']:.2f} ({100 * st['seconds'] / r['total_s']:.0f}%)"

        row(f"  {stage} s", get)
    row("conflicts found", lambda r: fmt(r["quality"]["conflicts_found"]))
    row("planted conflicts", lambda r: fmt(r["quality"]["planted"]))
    row("conflict precision", lambda r: fmt(r["quality"]["precision"]))
    row("conflict recall", lambda r: fmt(r["quality"]["recall"]))
    for kind in ("quantity", "place", "date"):
        row(
            f"  {kind} P / R",
            lambda r, k=kind: "{} / {}".format(
                fmt(r["quality"]["by_kind"].get(k, {}).get("precision")),
                fmt(r["quality"]["by_kind"].get(k, {}).get("recall")),
            ),
        )
    row("cross-event conflicts", lambda r: fmt(r["quality"]["cross_event_conflicts"]))
    row(
        "look-alikes flagged",
        lambda r: "{} of {}".format(
            r["quality"]["lookalikes_flagged"], r["quality"]["lookalikes_planted"]
        ),
    )
    row(
        "copies P / R",
        lambda r: "{} / {}".format(
            fmt(r["quality"]["copies"]["precision"]), fmt(r["quality"]["copies"]["recall"])
        ),
    )

    width = max(len(label) for label, _ in rows) + 2
    col = max([12] + [len(c) + 2 for _, cells in rows for c in cells])
    lines = ["".ljust(width) + "".join(f"{n:>{col},}" for n in sizes)]
    lines += [label.ljust(width) + "".join(c.rjust(col) for c in cells) for label, cells in rows]
    for n in sizes:
        r = results["sizes"][n]
        if "error" in r:
            lines.append(f"{n} articles: error: {r['error']}")
    missing = {}
    for n in sizes:
        missing.update(results["sizes"][n].get("stages_missing", {}))
    for stage, targets in missing.items():
        lines.append(f"n/a {stage}: not separable from outside (none of {', '.join(targets)})")
    if "growth_1000_4000" in results:
        lines.append(
            f"growth 1,000 -> 4,000 articles: x{results['growth_1000_4000']} "
            f"(target < {TARGETS['growth']})"
        )
    elif "growth" in results:
        g = results["growth"]
        lines.append(
            f"growth {g['from']} -> {g['to']} articles: x{g['ratio']} "
            f"(linear would be x{g['linear']})"
        )
    lines.append("")
    lines += command_lines(results.get("commands"))
    lines += app_lines(results.get("app"))
    lines += peer_lines(results.get("peers"))
    lines += target_lines(results)
    m = results["machine"]
    lines.append(
        f"machine: {m['nproc']} cores, {m['ram_gib']} GiB RAM, Python {m['python']}, "
        f"{m['platform']}"
    )
    return "\n".join(lines)


def command_lines(c: dict | None) -> list[str]:
    if not c:
        return ["commands: not run"]
    if "n/a" in c:
        return [f"commands: n/a ({c['n/a']})"]
    out = [f"commands on the {c['articles']:,}-article database:"]
    r = c["conflicts --json"]
    status = "" if r["exit"] == 0 else f"  exit {r['exit']}: {r['stderr'].strip()[-120:]}"
    out.append(
        f"  conflicts --json        {r['seconds']:7.2f} s  {r['peak_rss_mb']:7.0f} MB{status}"
    )
    for fmt_name, runs in c["exports"].items():
        cells = []
        for run in runs:
            bad = "" if run["exit"] == 0 else f" exit {run['exit']}"
            cells.append(
                f"{run['log_rows']:>7,} rows {run['seconds']:6.2f} s "
                f"{run['peak_rss_mb']:5.0f} MB{bad}"
            )
        growth = runs[-1]["peak_rss_mb"] - runs[0]["peak_rss_mb"]
        out.append(
            f"  export {fmt_name:<12}  "
            + " | ".join(cells)
            + f"  (memory {growth:+.0f} MB as the log grows x{LOG_GROWTH})"
        )
    out.append("")
    return out


def app_lines(a: dict | None) -> list[str]:
    if not a:
        return ["app: not run", ""]
    if "error" in a and a.get("first_conflict_s") is None:
        return [f"app on {a.get('articles')} articles: error: {a['error']}", ""]
    out = [f"app on the {a['articles']:,}-article database (App.run_test, 160x45):"]
    out.append(
        f"  first conflict shown   {fmt(a.get('first_conflict_s'), 3)} s "
        f"(CPU {fmt(a.get('first_conflict_cpu_s'), 3)} s); its articles "
        f"{fmt(a.get('first_articles_s'), 3)} s, the whole list {fmt(a.get('whole_list_s'), 3)} s"
    )
    cpu = a.get("cpu_ms") or {}
    for key, label in (
        ("verdict", "verdict saved, shown"),
        ("tag", "tag saved and shown"),
        ("next", "next conflict (n)"),
    ):
        s, c = a.get(f"{key}_ms"), cpu.get(key) or {}
        if s:
            out.append(
                f"  {label:<22} median {s['median']:.1f} ms, worst {s['worst']:.1f} ms "
                f"({s['n']} presses); app CPU median {c.get('median', 0):.1f} ms"
            )
    out.append("")
    return out


def peer_lines(p: dict | None) -> list[str]:
    if not p:
        return ["peers: not run", ""]
    if "error" in p:
        return [f"peers: error: {p['error']}", ""]
    ours = p["ours"]
    out = [f"side by side on {p['sentences']} sentences:"]
    out.append(
        f"  ours (all kinds)        {ours['seconds_all_kinds']:7.2f} s  "
        f"{ours['quantities']} quantities, {ours['dates']} dates"
    )
    q = p.get("quantulum3", {})
    if "n/a" in q:
        out.append(f"  quantulum3              n/a: {q['n/a']}")
    elif q:
        out.append(
            f"  quantulum3              {q['seconds']:7.2f} s  {q['quantities']} quantities;"
            f" ours confirmed {fmt(q['ours_confirmed_by_peer'])}, "
            f"theirs confirmed {fmt(q['peer_confirmed_by_ours'])}"
        )
    d = p.get("search_dates", {})
    if d:
        out.append(
            f"  dateparser search_dates {d['seconds']:6.2f} s  {d['dates']} dates;"
            f" ours confirmed {fmt(d['ours_confirmed_by_peer'])}, "
            f"theirs confirmed {fmt(d['peer_confirmed_by_ours'])}"
        )
    out.append("")
    return out


def target_lines(results: dict) -> list[str]:
    out = ["targets:"]
    sizes = results["sizes"]

    def verdict(value: float | None, limit: float, unit: str, what: str) -> None:
        if value is None:
            out.append(f"  {what}: not measured")
            return
        ok = value < limit
        off = "" if ok else f", missed by {value - limit:.2f} {unit} (x{value / limit:.2f})"
        out.append(
            f"  {what}: {value:.2f} {unit} vs < {limit} {unit}: {'met' if ok else 'MISSED'}{off}"
        )

    def total(n: int) -> float | None:
        r = sizes.get(n)
        return r["total_s"] if r and "error" not in r else None

    if total(1000) is not None:
        verdict(total(1000), TARGETS["s_per_1000"], "s", "1,000 articles ingested and analysed")
    else:
        done = [n for n in sizes if total(n) is not None]
        if done:
            n = done[-1]
            verdict(
                total(n) * 1000 / n,
                TARGETS["s_per_1000"],
                "s",
                f"1,000 articles (projected linearly from {n})",
            )
    if 10000 in sizes:
        verdict(total(10000), TARGETS["s_per_10000"], "s", "10,000 articles")
        r = sizes[10000]
        verdict(r.get("peak_rss_mb"), TARGETS["rss_mb_10000"], "MB", "peak memory at 10,000")
    verdict(results.get("growth_1000_4000"), TARGETS["growth"], "x", "growth 1,000 -> 4,000")
    app = results.get("app") or {}
    verdict(app.get("first_conflict_s"), TARGETS["app_first_s"], "s", "app first conflict")
    for key, label in (("verdict_ms", "verdict press"), ("tag_ms", "tag press")):
        verdict((app.get(key) or {}).get("median"), TARGETS[key], "ms", f"{label} (median)")
    verdict(
        (app.get("next_ms") or {}).get("median"), TARGETS["next_ms"], "ms", "next conflict (median)"
    )
    c = results.get("commands") or {}
    if "exports" in c:
        flat = all(
            runs[-1]["peak_rss_mb"] <= runs[0]["peak_rss_mb"] * 1.1 + 5
            for runs in c["exports"].values()
        )
        out.append(
            f"  exports stream (peak memory flat as the log grows x{LOG_GROWTH}): "
            f"{'met' if flat else 'MISSED'}"
        )
    else:
        out.append("  exports stream: not measured")
    out.append("")
    return out
