"""The stored report is shown again only while what it shows is unchanged: after a couple's or a partner's name is
corrected (or the paper changed), the report opened is made anew with the names as they are now."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf

from talktogether_desktop.pipeline import ops_case, ops_reports
from talktogether_desktop.storage import analyses, couples, reports, speakers
from talktogether_desktop.storage.settings import load_settings, save_settings
from tt_testing import analysed_recording

ANALYSIS = Path(__file__).resolve().parents[1] / "reports" / "fixtures" / "analysis_demo.json"


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _analysed(vault) -> tuple[int, int, list[int]]:
    couple_id, rid = analysed_recording(vault, "Okafor", ["Ada", "Ike"], json.loads(ANALYSIS.read_text(encoding="utf-8")),
                                        sha="e")
    partner_ids = [p["id"] for p in couples.get_couple(vault, couple_id)["partners"]]
    with vault.transaction():
        speakers.set_speaker(vault, rid, "S1", partner_ids[0])
        speakers.set_speaker(vault, rid, "S2", partner_ids[1])
    with vault.transaction():  # the report must be newer than the analysis (stamps have one-second resolution)
        vault.execute("UPDATE analyses SET created_at = '2020-01-01T00:00:00' WHERE recording_id = ?", (rid,))
    return couple_id, rid, partner_ids


def test_the_stored_report_is_shown_again_while_nothing_it_shows_changed(vault):
    _couple_id, rid, _partners = _analysed(vault)
    settings = load_settings(vault)
    first = ops_reports.make_session_prep(vault, settings, rid)["pdf"]
    assert ops_reports.current_session_prep(vault, settings, rid) == first
    assert len(reports.list_reports(vault, recording_id=rid)) == 1  # not made again


def test_after_the_names_are_corrected_the_report_opened_has_the_new_names(vault):
    couple_id, rid, partners = _analysed(vault)
    settings = load_settings(vault)
    before = _text(ops_reports.current_session_prep(vault, settings, rid))
    assert "Okafor" in before and "Ada" in before
    ops_case.edit_couple(vault, settings, couple_id, "Okafor-Reyes", {partners[0]: "Adaeze"})
    after = _text(ops_reports.current_session_prep(vault, settings, rid))
    assert "Okafor-Reyes" in after and "Adaeze" in after
    assert "Ada " not in after.replace("Adaeze", "")
    assert len(reports.list_reports(vault, recording_id=rid)) == 2


def test_after_the_paper_is_changed_the_report_opened_is_on_the_new_paper(vault):
    _couple_id, rid, _partners = _analysed(vault)
    settings = load_settings(vault)
    ops_reports.current_session_prep(vault, settings, rid)
    paper = "letter" if settings.paper != "letter" else "a4"
    save_settings(vault, {"paper": paper})
    ops_reports.current_session_prep(vault, load_settings(vault), rid)
    assert reports.list_reports(vault, recording_id=rid)[0]["paper"] == paper


def test_the_analysis_shown_names_the_voices_as_they_are_named_now(vault):
    from talktogether_desktop.pipeline.named_analysis import latest_analysis_as_named

    couple_id, rid, partners = _analysed(vault)  # the analysis's sentences name Zoë and Łukasz
    ops_case.edit_couple(vault, load_settings(vault), couple_id, None, {partners[0]: "Zoey", partners[1]: "Luke"})
    texts = " ".join(o["text"] for o in latest_analysis_as_named(vault, rid)["observations"])
    assert "Zoey" in texts and "Luke" in texts
    assert "Zoë" not in texts and "Łukasz" not in texts
    stored = " ".join(o["text"] for o in analyses.latest_analysis(vault, rid)["observations"])
    assert "Zoë" in stored  # the analysis itself is kept as it was made


def test_a_report_stored_by_an_older_version_is_made_again_when_opened(vault):
    """A report kept from an older version (its wording, "led by" and counts of its day) was shown again as it was: the
    digest of what made it did not name the version."""
    import hashlib

    _couple_id, rid, _partners = _analysed(vault)
    settings = load_settings(vault)
    made = ops_reports.make_session_prep(vault, settings, rid)
    context = ops_reports.report_context(vault, settings, rid)
    older = hashlib.sha256(json.dumps({"context": context, "paper": settings.paper, "transcript": False}, sort_keys=True,
                                      default=str, ensure_ascii=False).encode("utf-8")).hexdigest()  # no version in it
    with vault.transaction():
        vault.execute("UPDATE reports SET params = ? WHERE id = ?", (json.dumps({"mode": "clinician", "made_from": older}),
                                                                     made["id"]))
    ops_reports.current_session_prep(vault, settings, rid)
    assert len(reports.list_reports(vault, recording_id=rid)) == 2  # made again, not the old one shown
