"""Benchmark: the session-prep PDF for a 60-minute recording (target: under 3 s).

Uses the synthetic hour-long analysis from tests/reports/report_synthetic.py (deliberately
crowded: ~630 turns, 15 rises, 32 safety flags, 80 bids) and prints time, pages and size.
Run: .venv/bin/python benchmarks/report.py [--minutes 60] [--repeat 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def synthetic(minutes: float) -> dict:
    spec = importlib.util.spec_from_file_location("report_synthetic", REPO / "tests" / "reports" / "report_synthetic.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.synthetic_analysis(minutes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    t0 = time.perf_counter()
    from talktogether_desktop.reports import render_session_prep
    from talktogether_desktop.reports.styles import register_fonts

    register_fonts()
    import_s = time.perf_counter() - t0
    analysis = synthetic(args.minutes)
    context = {"couple_name": "Zoë & Łukasz", "recorded_at": "2026-11-22T19:40:00",
               "assignment": {"title": "One calm 10-minute conversation", "done": True}}
    results = {}
    for label, kwargs in (("a4", {}), ("letter", {"paper": "letter"}), ("a4 + transcript", {"transcript": True})):
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            pdf = render_session_prep(analysis, context, **kwargs)
            times.append(time.perf_counter() - start)
        import pypdf

        pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
        results[label] = (statistics.median(times), max(times), pages, len(pdf))
    print(f"{args.minutes:.0f}-minute analysis: {len(analysis['turns'])} turns, "
          f"{len(analysis['escalation_points'])} rises, {len(analysis['safety_flags'])} safety flags")
    print(f"import + font registration: {import_s:.2f} s")
    for label, (median, worst, pages, size) in results.items():
        print(f"{label:>16}: median {median:.2f} s, worst {worst:.2f} s, {pages} pages, {size / 1024:.0f} KiB")
    verdict = "meets" if results["a4"][1] < 3.0 else "MISSES"
    print(f"target < 3 s for the default report: {verdict}")


if __name__ == "__main__":
    main()
