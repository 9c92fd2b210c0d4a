"""Walk-through 38l (c3, clinician's page 3-4): "What to review together" and its first point ended page 3 and its last
point stood alone at the top of page 4. The heading and its few points now go over a page together."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Paragraph

from talktogether_desktop.reports import sections
from talktogether_desktop.reports.model import build_model

from .test_round37_practice_page import _practice_recorded


def test_the_points_to_review_are_kept_with_their_heading(vault):
    a, context, _ = _practice_recorded(vault)
    for mode in ("clinician", "shareable"):
        flow = sections.practice(build_model(a, context, mode=mode), 480)
        kept = [f for f in flow if isinstance(f, KeepTogether)
                and any(isinstance(p, Paragraph) and p.text == "What to review together" for p in f._content)]
        assert len(kept) == 1, (mode, flow)
        points = [p for p in kept[0]._content if isinstance(p, Paragraph) and p.text != "What to review together"]
        assert points, mode
        assert not any(isinstance(f, Paragraph) and f.text == "What to review together" for f in flow)
