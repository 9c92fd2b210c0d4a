"""Vector charts for page one: the talk-share bar and the conversation timeline.

Drawn with reportlab.graphics so they stay crisp in print. Partners differ by lane and label, and
the second partner's tone also carries diagonal lines, so nothing depends on colour alone.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Polygon, Rect, String
from reportlab.lib import colors

from ..percents import whole_percents
from .styles import FAINT, FONT, FONT_BOLD, INK, MUTED, PARTNER_FILL, PARTNER_HATCH, RULE, SAFETY
from .text import fmt_time, num

LABEL_W = 62.0  # left column for lane names
CURVE_H = 56.0
FLOOR_SHARE = 0.025  # a curve never above this share of its top draws under a point high: flat on the floor
LANE_H = 15.0
LANE_GAP = 6.0  # between the lanes; overlaps are marked in it
DENSITY_AFTER_S = 15 * 60  # longer recordings show talk per time slice instead of each turn
DENSITY_BINS = 120


def hatch(x: float, y: float, w: float, h: float, color, spacing: float = 4.0) -> Group:
    """45-degree lines clipped to a rectangle: the black-and-white cue for the second partner."""
    g = Group()
    c = x - (y + h)
    while c < x + w - y:
        x1, x2 = max(x, y + c), min(x + w, y + h + c)
        if x2 > x1:
            g.add(Line(x1, x1 - c, x2, x2 - c, strokeColor=color, strokeWidth=0.6))
        c += spacing
    return g


def partner_block(index: int, x: float, y: float, w: float, h: float, patterned: bool = True) -> Group:
    g = Group(Rect(x, y, w, h, fillColor=PARTNER_FILL[index], strokeColor=None))
    if patterned and PARTNER_HATCH[index] is not None and w > 3:
        g.add(hatch(x, y, w, h, PARTNER_HATCH[index]))
    return g


def talk_share_bar(width: float, partners: list, shares: dict) -> Drawing:
    """One bar split by talk share, each part labelled with the name and the percentage."""
    height = 22.0
    d = Drawing(width, height, initialFontName=FONT, initialFontSize=9)
    total = sum(shares.get(p.id, 0.0) for p in partners) or 1.0
    percents = dict(zip([p.id for p in partners], whole_percents([shares.get(p.id, 0.0) for p in partners])))
    x = 0.0
    for p in partners:
        w = width * shares.get(p.id, 0.0) / total
        if w <= 0:
            continue
        d.add(partner_block(p.index, x, 0, w, height))
        label = f"{p.name} {percents[p.id]}%"
        inside = w > len(label) * 5.5 + 12
        # A white label box keeps the text legible on the hatched part as well.
        tw = len(label) * 5.0 + 8
        lx = x + 4 if p.index == 0 else x + w - tw - 4
        if not inside:
            lx = 2 if p.index == 0 else width - tw - 2
        d.add(Rect(lx, 5, tw, 12, fillColor=colors.white, strokeColor=None, fillOpacity=0.9))
        d.add(String(lx + 4, 8, label, fontName=FONT_BOLD, fontSize=8.5, fillColor=INK))
        x += w
    d.add(Rect(0, 0, width, height, fillColor=None, strokeColor=INK, strokeWidth=0.6))
    return d


def _tick_step(duration: float) -> float:
    for step in (5, 10, 15, 30, 60, 120, 300, 600, 900, 1800):
        if duration / step <= 9:
            return float(step)
    return 3600.0


def _merged(spans: list[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """Join spans closer than a printed hair so an hour-long recording stays light to draw."""
    out: list[list[float]] = []
    for s, e in sorted(spans):
        if out and s - out[-1][1] < min_gap:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def timeline(width: float, model) -> Drawing:
    """Two lanes of speech blocks, overlaps shaded across both, cut-ins marked, the curve beneath."""
    axis_h, gap = 12.0, 10.0
    # An "Intensity" band with nothing in it says a curve is missing (in the couple's version, one left out over a
    # flagged passage that covers the whole talk, or drawn flat where every rise was left out): not drawn.
    curve_h = CURVE_H if shows_curve(model) else 0.0
    lanes_top = axis_h + curve_h + gap + 2 * LANE_H + 10
    height = lanes_top + (16 if model.safety else 4)
    d = Drawing(width, height, initialFontName=FONT, initialFontSize=9)
    plot_w = width - LABEL_W - 4
    duration = max(model.duration_s, 1.0)

    def x_of(t: float) -> float:
        return LABEL_W + plot_w * min(max(t, 0.0), duration) / duration

    lane_y = {p.id: lanes_top - (i + 1) * LANE_H - i * LANE_GAP for i, p in enumerate(model.partners)}
    # Both talking at once: a dark mark in the gap between the two lanes, where the eye meets it.
    if len(model.partners) == 2:
        gap_y = lane_y[model.partners[1].id] + LANE_H + 1
        for s, e in _merged(model.overlaps, duration / plot_w):
            d.add(Rect(x_of(s), gap_y, max(x_of(e) - x_of(s), 1.5), LANE_GAP - 2, fillColor=INK, strokeColor=None))
    spans_by = {p.id: [(num(t.get("start")), num(t.get("end"))) for t in model.turns if t.get("speaker") == p.id]
                for p in model.partners}
    for p in model.partners:
        y = lane_y[p.id]
        d.add(String(0, y + 3, _fit(p.name, 11), fontName=FONT_BOLD, fontSize=8.5, fillColor=INK))
        d.add(Line(LABEL_W, y + LANE_H / 2, width - 4, y + LANE_H / 2, strokeColor=FAINT, strokeWidth=0.5))
        if duration > DENSITY_AFTER_S:
            _density_lane(d, p.index, spans_by[p.id], duration, x_of, y)
            continue
        for s, e in _merged(spans_by[p.id], duration / plot_w * 1.5):
            d.add(partner_block(p.index, x_of(s), y, max(x_of(e) - x_of(s), 0.8), LANE_H, patterned=False))
    # Cut-ins: a black triangle on the interrupter's lane, pointing into the other lane (smaller
    # when there are many, so an hour of talk does not turn into a row of arrows).
    size = 3.5 if len(model.interruptions) <= 25 else 2.2
    for it in model.interruptions:
        by = str(it.get("by"))
        if by not in lane_y:
            continue
        x, first_lane = x_of(num(it.get("t"))), model.partners[0].id == by
        y = lane_y[by] + (LANE_H + 2 * size if first_lane else -2 * size)
        tip = y - 2 * size + 0.5 if first_lane else y + 2 * size - 0.5
        d.add(Polygon([x - size, y, x + size, y, x, tip], fillColor=INK, strokeColor=colors.white, strokeWidth=0.3))
    # Safety flags on top of everything, in their own row: a boxed "!" at each time.
    for m in model.safety:
        x = x_of(m.start)
        d.add(Rect(x - 4.5, lanes_top + 3, 9, 11, fillColor=colors.white, strokeColor=SAFETY, strokeWidth=1.2))
        d.add(String(x, lanes_top + 5.5, "!", fontName=FONT_BOLD, fontSize=8.5, fillColor=SAFETY, textAnchor="middle"))
    if curve_h:
        _escalation(d, model, x_of, axis_h, width)
    _axis(d, x_of, duration, axis_h, width)
    return d


def _density_lane(d: Drawing, index: int, spans: list, duration: float, x_of, y: float) -> None:
    """Long recordings: per time slice, a bar as tall as the share of it this partner spoke."""
    bins = DENSITY_BINS
    width = duration / bins
    share = [0.0] * bins
    for s, e in spans:
        b = int(s // width)
        while s < e and b < bins:
            edge = min(e, (b + 1) * width)
            share[b] += (edge - s) / width
            s, b = edge, b + 1
    for b, value in enumerate(share):
        if value > 0.02:
            h = LANE_H * min(1.0, value)
            d.add(Rect(x_of(b * width), y, max(x_of((b + 1) * width) - x_of(b * width) - 0.4, 0.6), h,
                       fillColor=PARTNER_FILL[index], strokeColor=None))


def shows_curve(model) -> bool:
    """Whether the intensity band has anything to show: a rise to mark, or a curve that leaves its floor (a curve flat
    on the floor is drawn as no curve at all, an empty frame)."""
    return bool(model.peaks) or any(s > FLOOR_SHARE * curve_top(model) for _, s in model.curve)


def curve_top(model) -> float:
    """The score drawn at the top of the intensity curve: a fixed height (twice the "heated" score,
    as in the window), because each partner is already measured against their own calm baseline, so
    a calm talk stays low instead of being stretched to the top. Only a conversation that goes past
    the top raises it."""
    return max([s * 1.05 for _, s in model.curve] + [(m.score or 0.0) * 1.05 for m in model.peaks]
               + [model.heated * 2.0])


def _escalation(d: Drawing, model, x_of, axis_h: float, width: float) -> None:
    base = axis_h + 2
    d.add(String(0, base + CURVE_H - 12, "Intensity", fontName=FONT_BOLD, fontSize=8.5, fillColor=INK))
    # The curve has no units: it is each partner's voice and words against their own calm baseline.
    d.add(String(0, base + CURVE_H - 22, "vs. own baseline", fontName=FONT, fontSize=8, fillColor=MUTED))
    d.add(Line(x_of(0), base, width - 4, base, strokeColor=RULE, strokeWidth=0.5))
    points = model.curve
    top = curve_top(model)

    def y_of(score: float) -> float:
        return base + (CURVE_H - 14) * max(0.0, score) / top

    if points:
        coords = [x_of(points[0][0]), base]
        for t, s in points:
            coords += [x_of(t), y_of(s)]
        coords += [x_of(points[-1][0]), base]
        d.add(Polygon(coords, fillColor=colors.HexColor("#d9d9d9"), strokeColor=None))
        d.add(PolyLine(coords[2:-2], strokeColor=INK, strokeWidth=0.9))
    for m in model.peaks:
        end = num(m.end, m.start)
        inside = [s for t, s in points if m.start <= t <= end]
        peak_t = max(((t, s) for t, s in points if m.start <= t <= end), key=lambda ts: ts[1], default=None)
        t = m.peak_t if m.peak_t is not None else (peak_t[0] if peak_t else (m.start + end) / 2)
        score = max(inside) if inside else (m.score or top * 0.8)
        if not points:  # no curve in the analysis: show each rise as a plain bar
            d.add(Rect(x_of(m.start), base, max(x_of(end) - x_of(m.start), 2), y_of(score) - base,
                       fillColor=colors.HexColor("#d9d9d9"), strokeColor=INK, strokeWidth=0.5))
        cx, cy = x_of(t), min(y_of(score) + 7, base + CURVE_H - 6)
        d.add(Circle(cx, cy, 6, fillColor=colors.white, strokeColor=INK, strokeWidth=0.8))
        d.add(String(cx, cy - 3, m.label, fontName=FONT_BOLD, fontSize=8, fillColor=INK, textAnchor="middle"))


def _axis(d: Drawing, x_of, duration: float, axis_h: float, width: float) -> None:
    step = _tick_step(duration)
    t = 0.0
    while t <= duration + 0.01:
        x = x_of(t)
        d.add(Line(x, axis_h, x, axis_h + 3, strokeColor=MUTED, strokeWidth=0.5))
        anchor = "start" if t == 0 else ("end" if x > width - 20 else "middle")
        d.add(String(x, 2, fmt_time(t), fontName=FONT, fontSize=8, fillColor=MUTED, textAnchor=anchor))
        t += step


def legend(width: float, model) -> Drawing:
    """The key under the timeline, drawn with the same marks: one line, or two where the marks shown do not fit in one
    (all four ran 20 pt past the right margin of A4: rep48, walk45a b_keys from audio)."""
    from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames, stringWidth

    from .styles import register_fonts

    if FONT not in getRegisteredFontNames():  # (the widths are the embedded font's)
        register_fonts()
    def both_at_once(d, x, y):
        d.add(Rect(x, y + 5, 14, 4, fillColor=INK, strokeColor=None))

    def cut_in(d, x, y):
        d.add(Polygon([x, y + 11, x + 7, y + 11, x + 3.5, y + 4], fillColor=INK, strokeColor=None))

    def rise(d, x, y):
        d.add(Circle(x + 5.5, y + 7, 6, fillColor=colors.white, strokeColor=INK, strokeWidth=0.8))
        d.add(String(x + 5.5, y + 4.2, "1", fontName=FONT_BOLD, fontSize=8, fillColor=INK, textAnchor="middle"))

    def flag(d, x, y):
        d.add(Rect(x, y + 1.5, 9, 11, fillColor=colors.white, strokeColor=SAFETY, strokeWidth=1.2))
        d.add(String(x + 4.5, y + 4, "!", fontName=FONT_BOLD, fontSize=8.5, fillColor=SAFETY, textAnchor="middle"))

    # Only the marks this chart shows: a key entry for a mark that is not there sends the eye looking.
    entries = [(mark, text, gap) for shown, mark, text, gap in (
        (model.overlaps and len(model.partners) == 2, both_at_once, "both talking at once", 18),
        (model.interruptions, cut_in, "a partner cut in (marked on their lane)", 11),
        (model.peaks, rise, "numbered rise, see Key moments", 16), (model.safety, flag, "safety flag", 13)) if shown]
    rows, x = [[]], 0.0
    for mark, text, gap in entries:
        size = gap + stringWidth(text, FONT, 8)
        if rows[-1] and x + size > width:
            rows, x = rows + [[]], 0.0
        rows[-1].append((x, mark, text, gap))
        x += size + 18
    d = Drawing(width, 14 * len(rows), initialFontName=FONT, initialFontSize=9)
    for i, row in enumerate(rows):
        y = 14 * (len(rows) - 1 - i)
        for x, mark, text, gap in row:
            mark(d, x, y)
            d.add(String(x + gap, y + 4, text, fontName=FONT, fontSize=8, fillColor=MUTED))
    return d


def _fit(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"
