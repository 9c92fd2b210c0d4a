"""Diarization error rate on a 10 ms grid, overlap scored (as md-eval / pyannote.metrics).

DER = (missed + false alarm + confusion) / reference speech, where each frame counts once per
reference speaker. Hypothesis speakers are mapped one-to-one onto reference speakers to
maximise agreement. The collar (0.25 s in our figures) removes frames that near a reference
turn boundary from scoring, because no annotator marks those to the centisecond.
"""

from __future__ import annotations

from typing import Dict, List, Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

STEP = 0.01


def _activity(turns: Sequence[Dict], speakers: List[str], n: int) -> np.ndarray:
    act = np.zeros((len(speakers), n), dtype=bool)
    index = {s: i for i, s in enumerate(speakers)}
    for t in turns:
        a = int(round(float(t["start"]) / STEP))
        b = int(round(float(t["end"]) / STEP))
        act[index[t["speaker"]], max(0, a):max(0, b)] = True
    return act


def _collar_mask(reference: Sequence[Dict], n: int, collar: float) -> np.ndarray:
    scored = np.ones(n, dtype=bool)
    c = int(round(collar / STEP))
    if c <= 0:
        return scored
    for t in reference:
        for edge in (float(t["start"]), float(t["end"])):
            e = int(round(edge / STEP))
            scored[max(0, e - c):max(0, e + c)] = False
    return scored


def der(reference: Sequence[Dict], hypothesis: Sequence[Dict], collar: float = 0.25) -> Dict[str, float]:
    """{"der", "miss", "false_alarm", "confusion", "total"} (rates are shares of reference speech)."""
    end = max([float(t["end"]) for t in list(reference) + list(hypothesis)] + [0.0])
    n = int(np.ceil(end / STEP)) + 1
    ref_spk = sorted({t["speaker"] for t in reference})
    hyp_spk = sorted({t["speaker"] for t in hypothesis})
    ref = _activity(reference, ref_spk, n)
    hyp = _activity(hypothesis, hyp_spk, n)
    scored = _collar_mask(reference, n, collar)
    ref, hyp = ref[:, scored], hyp[:, scored]
    n_ref, n_hyp = ref.sum(axis=0), hyp.sum(axis=0)
    total = float(n_ref.sum())
    if ref_spk and hyp_spk:
        co = ref.astype(np.float64) @ hyp.T.astype(np.float64)
        rows, cols = linear_sum_assignment(-co)
        mapped = np.zeros(ref.shape[1])
        for r, c in zip(rows, cols):
            mapped += ref[r] & hyp[c]
    else:
        mapped = np.zeros(ref.shape[1])
    miss = float(np.maximum(0, n_ref - n_hyp).sum())
    fa = float(np.maximum(0, n_hyp - n_ref).sum())
    conf = float((np.minimum(n_ref, n_hyp) - mapped).sum())
    denom = max(total, 1e-9)
    return {"der": (miss + fa + conf) / denom, "miss": miss / denom, "false_alarm": fa / denom,
            "confusion": conf / denom, "total": total * STEP}


def overlap_precision_recall(reference: Sequence[Dict], overlaps: Sequence[Dict]) -> Dict[str, float]:
    """Frame-level precision and recall of detected overlap against reference overlap (no collar)."""
    end = max([float(t["end"]) for t in list(reference) + list(overlaps)] + [0.0])
    n = int(np.ceil(end / STEP)) + 1
    ref_spk = sorted({t["speaker"] for t in reference})
    ref_ov = _activity(reference, ref_spk, n).sum(axis=0) >= 2
    hyp_ov = np.zeros(n, dtype=bool)
    for o in overlaps:
        hyp_ov[int(round(o["start"] / STEP)):int(round(o["end"] / STEP))] = True
    tp = float((ref_ov & hyp_ov).sum())
    return {"precision": tp / hyp_ov.sum() if hyp_ov.any() else float("nan"),
            "recall": tp / ref_ov.sum() if ref_ov.any() else float("nan"),
            "reference_s": float(ref_ov.sum()) * STEP, "detected_s": float(hyp_ov.sum()) * STEP}
