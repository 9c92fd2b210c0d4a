"""`talktogether report` (from the vault) and `talktogether demo` (no vault, the bundled demo)."""

from __future__ import annotations

from pathlib import Path

from .common import speaker_limit_step


def register(sub, common) -> None:
    p = sub.add_parser("report", parents=[common], help="make the session-prep PDF for an analysed recording")
    p.add_argument("recording_id", type=int, metavar="RECORDING_ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                   help="where to write the PDF (the only copy outside the vault)")
    p.add_argument("--paper", choices=["a4", "letter"], default=None, help="paper size (default: the setting, else a4)")
    p.add_argument("--transcript", action="store_true", help="add the full transcript as an appendix")
    p.add_argument("--mode", choices=["clinician", "shareable"], default="clinician",
                   help="clinician (default: everything, safety first) or shareable (for the couple: no safety "
                        "details, raw disclosures or per-partner scores)")
    p.set_defaults(func=report_command)

    d = sub.add_parser("demo", parents=[common],
                       help="run the whole pipeline on the bundled demo conversation (no vault needed)")
    d.add_argument("--out", required=True, metavar="DIR", help="folder for report.pdf and analysis.json")
    d.add_argument("--paper", choices=["a4", "letter"], default=None, help="paper size (default a4)")
    d.set_defaults(func=demo_command)


def report_command(args, ctx) -> int:
    from ..pipeline.ops_reports import export_session_prep
    from ..storage.recordings import get_recording

    vault = ctx.vault()
    made = export_session_prep(vault, ctx.settings(paper=args.paper), args.recording_id, args.output,
                               transcript=args.transcript, mode=args.mode)
    speaker_limit_step(ctx, get_recording(vault, args.recording_id))
    if made.get("caution"):
        ctx.info(made["caution"])
    ctx.emit({"report_id": made["id"], "recording_id": args.recording_id, "file": made["file"], "paper": made["paper"],
              "mode": made["mode"], "pages": made["pages"], "bytes": len(made["pdf"]),
              **({"caution": made["caution"]} if made.get("caution") else {})},
             f"Wrote {made['file']} ({made['pages']} pages, {made['paper'].upper()}, {made['mode']} version); "
             "the report is also kept in the vault.")
    return 0


def demo_command(args, ctx) -> int:
    from ..pipeline.ops_demo import run_demo

    def progress(fraction: float, message: str = "") -> None:
        step = message.split(":", 1)[0]  # "Transcribing: 0:40 of 1:15" counts as one step
        if step and step != getattr(progress, "last", None):
            progress.last = step
            ctx.info(f"[{fraction * 100:3.0f}%] {message}")

    result = run_demo(Path(args.out).expanduser(), ctx.file_settings(paper=args.paper), progress=progress)
    ctx.emit(result, f"Demo done in {result['seconds']} s: {result['report']} and {result['analysis']}")
    return 0
