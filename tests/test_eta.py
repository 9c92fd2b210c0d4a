"""The jobs panel's time left: no guess from the first percent (mostly loading the model)."""

from talktogether_desktop import jobs
from talktogether_desktop.jobs import EtaClock


def test_no_estimate_before_a_tenth_of_the_work_then_a_proportional_one(monkeypatch):
    clock = EtaClock(started=0.0)
    monkeypatch.setattr(jobs.time, "monotonic", lambda: 3.4)  # 3.4 s in: the model loaded, 2% done
    assert clock.eta_s(0.02) is None
    monkeypatch.setattr(jobs.time, "monotonic", lambda: 6.0)
    assert clock.eta_s(0.5) == 6.0
