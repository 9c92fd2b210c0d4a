"""The Report tab's report of a recording page: made (or the stored one opened) on the vault thread, in the version
chosen, and shown when it is the newest asked for."""

from __future__ import annotations

from pathlib import Path

from ..errors import NotFound
from ..pipeline.ops_reports import shareable_caution
from . import recording_data
from .report_preview import render_pages

REPORT_WAITS = "The report is made again once the change under way on this recording is done…"


def make_report(page, fresh: bool = True) -> None:
    """`page`: the RecordingPage. `fresh`: a new report ("Make a new report", another version), else the stored one
    while it is current. A report is never made from an analysis older than the words: one behind is made again
    first (pipeline `bring_up_to_date`), and the page then shows that analysis too."""
    rid = page.recording_id
    if rid is None:
        return
    if page.jobs.is_busy_with(rid):  # (the version chosen, a key): made once the change under way is done
        page.report.set_unavailable(REPORT_WAITS)
        return
    page.report.set_unavailable("Making the report…" if fresh else "Opening the report…")
    mode = page.report.mode
    # Only the newest request is shown: an earlier one still running must not replace it.
    page._report_request = getattr(page, "_report_request", 0) + 1
    request = page._report_request
    data = page.data or {}
    behind = bool(data.get("analysis_behind") or data.get("analysis_waiting"))

    def work(vault):
        made = (recording_data.make_report(vault, rid, mode) if fresh
                else recording_data.current_report(vault, rid, mode))
        return made["pdf"], made["id"], render_pages(made["pdf"])

    def done(result):
        pdf, report_id, images = result
        if rid == page.recording_id and request == page._report_request:
            stem = Path(page.data["recording"].get("original_name") or f"recording-{rid}").stem if page.data else f"recording-{rid}"
            kind = "shareable" if mode == "shareable" else "session-prep"
            page.report.set_pdf(pdf, f"{kind}-{stem}.pdf", images, mode, report_id=report_id)
            flags = ((page.data or {}).get("analysis") or {}).get("safety_flags")
            caution = shareable_caution(flags, "window")
            if mode == "shareable" and caution:  # said before anything is exported or printed for the couple
                page.report.show_caution(caution, gentle=all(f.get("listen_only") for f in flags
                                                             if isinstance(f, dict)))
            page.report_ready.emit()
            if behind:  # the report made the analysis again: the Analysis tab and the banner said it was behind
                page.reload()

    def failed(exc):  # the page says it too: a blank page with the message box closed said nothing
        if isinstance(exc, NotFound):  # erased meanwhile: no report can be made again
            page.not_opened(rid, exc)
        elif rid == page.recording_id and request == page._report_request:
            page.report.set_unavailable(f"{page.errors.show(exc).title}. \"Make a new report\" tries again.")

    page.tasks.run(work, done, failed)


def change_done(page, result) -> None:
    """A change's words in the status bar ("Naming the voices… The report is made again once the change under way on
    this recording is done…", `page._fix_said`) are not left up once it is done: a short change ended well within the
    message's 8 s, and the bar went on saying the report waited for it. Said done instead (a stop says so itself)."""
    said, label = getattr(page, "_fix_said", None) or ("", "")
    bar = page.window().statusBar() if hasattr(page.window(), "statusBar") else None
    if said and bar is not None and bar.currentMessage() == said and not page.jobs.is_busy_with(page.recording_id):
        bar.showMessage(f"{label}: done." if result is not None else "", 5000)
