"""About 100 hostile files (tools/fuzz_audio.py: mutated containers and codecs, truncations, 1-16 channels,
8-192 kHz, huge claimed lengths, non-audio, odd names) through the real import: no traceback, no crash,
no hang, nothing left behind after a rejection. `python tools/fuzz_audio.py --count 1000` is the long run."""

from __future__ import annotations

import sys

from tt_testing import REPO

sys.path.insert(0, str(REPO / "tools"))
import fuzz_audio  # noqa: E402


def test_a_hundred_hostile_files_are_accepted_or_refused_cleanly(tmp_path):
    items = fuzz_audio.corpus(100, seed=16, workdir=tmp_path)
    assert len(items) == 100
    result = fuzz_audio.run_corpus(items, tmp_path, timeout=60)
    counts = result["counts"]
    assert result["bad"] == [], result["bad"]
    assert sum(counts.values()) == 100
    # the corpus really reaches both sides and the checks that matter
    assert counts.get("accepted", 0) >= 10
    for reason in ("rejected:not_audio", "rejected:cut_short", "rejected:unsupported_channels", "rejected:damaged"):
        assert counts.get(reason, 0) >= 1, (reason, counts)
