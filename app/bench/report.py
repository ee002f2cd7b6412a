"""The benchmark's results as Markdown tables (printed, and pasted into BENCHMARKS.md)."""

from __future__ import annotations


def _fmt(value, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}" if a and b else "–"


def table(header: list[str], rows: list[list]) -> str:
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(_fmt(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def ingest_table(stages: list[dict]) -> str:
    rows = []
    for s in stages:
        per_s = s["articles"] / s["seconds"] if s["seconds"] else 0
        per_cpu = s["articles"] / s["cpu_seconds"] if s["cpu_seconds"] else 0
        acc = s.get("accuracy") or {}
        rows.append(
            [
                s["name"],
                s["articles"],
                s["events"],
                s["seconds"],
                per_s,
                s["events"] / s["seconds"] if s["seconds"] else 0,
                per_cpu,
                s["peak_mb"],
                acc.get("event_recall"),
                acc.get("date_accuracy"),
                s.get("load", ""),
            ]
        )
    return table(
        [
            "stage",
            "articles",
            "events",
            "wall s",
            "articles/s",
            "events/s",
            "articles/CPU-s",
            "peak MB",
            "recall",
            "date acc.",
            "load (1/5/15)",
        ],
        rows,
    )


def pages_table(size: dict) -> str:
    rows = []
    for f in size["figures"]:
        o, d = f["ours"], f.get("datasette")
        cold = f.get("cold")
        rows.append(
            [
                f["page"],
                f["case"],
                o["server_p50"],
                o["server_p99"],
                f["ours_rps"],
                cold["server_p50"] if cold else None,
                cold["server_p99"] if cold else None,
                f["raw_sql_ms"],
                f["statements"],
                _ratio(o["server_p50"], f["raw_sql_ms"]),
                d["server_p50"] if d else None,
                d["server_p99"] if d else None,
                f.get("datasette_rps"),
                _ratio(o["server_p50"], d["server_p50"] if d else None),
                o["errors"] + (d["errors"] if d else 0),
            ]
        )
    return table(
        [
            "page",
            "query",
            "p50 ms",
            "p99 ms",
            "req/s",
            "no-cache p50",
            "no-cache p99",
            "raw SQL ms",
            "stmts",
            "ours/raw",
            "Datasette p50",
            "Datasette p99",
            "Datasette req/s",
            "ours/Datasette",
            "errors",
        ],
        rows,
    )


def growth_table(sizes: list[dict]) -> str:
    """p50 per page and query at each size, cached and uncached: the growth from the smallest size."""
    header = ["page", "query"] + [f"{s['events']:,} ev p50 (no cache)" for s in sizes]
    keys = [(f["page"], f["case"]) for f in sizes[0]["figures"]] if sizes else []
    rows = []
    for page, case in keys:
        row = [page, case]
        for s in sizes:
            f = next(x for x in s["figures"] if (x["page"], x["case"]) == (page, case))
            cold = f.get("cold")
            row.append(
                f"{f['ours']['server_p50']:.1f} ({cold['server_p50']:.1f})"
                if cold
                else f"{f['ours']['server_p50']:.1f}"
            )
        rows.append(row)
    return table(header, rows)


def render(results: dict) -> str:
    m = results["machine"]
    out = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_mb']:,} MB; Python {m['python']}, SQLite {m['sqlite']}; "
        f"load before: {m['load']}",
        f"Command: `{results['command']}`",
        "",
    ]
    if results.get("ingest"):
        out += ["### Ingest", "", ingest_table(results["ingest"]), ""]
    for size in results.get("pages", []):
        out += [
            f"### Pages at {size['events']:,} events ({size['articles']:,} articles; fill {size['fill_seconds']:.0f} s; "
            f"server RSS {size['server_rss_mb']:.0f} MB, peak {size['server_peak_mb']:.0f} MB; load {size['load']})",
            "",
            f"Filters: {size['choice']}",
            "",
            pages_table(size),
            "",
        ]
    for size in results.get("pages", []):
        pg = size.get("postgres")
        if pg:
            rows = [
                [
                    f["page"],
                    f["case"],
                    f["ours"]["server_p50"],
                    f["ours"]["server_p99"],
                    f["ours_rps"],
                    f["cold"]["server_p50"],
                    f["cold"]["server_p99"],
                    f["ours"]["errors"] + f["cold"]["errors"],
                ]
                for f in pg["figures"]
            ]
            out += [
                f"### PostgreSQL pages at {size['events']:,} events (fill {pg['fill_seconds']:.0f} s; server RSS "
                f"{pg['server_rss_mb']:.0f} MB, peak {pg['server_peak_mb']:.0f} MB; load {pg['load']})",
                "",
                table(
                    [
                        "page",
                        "query",
                        "p50 ms",
                        "p99 ms",
                        "req/s",
                        "no-cache p50",
                        "no-cache p99",
                        "errors",
                    ],
                    rows,
                ),
                "",
            ]
    if len(results.get("pages", [])) > 1:
        out += [
            "### Growth (server p50 ms, cached; uncached in brackets)",
            "",
            growth_table(results["pages"]),
            "",
        ]
    return "\n".join(out)
