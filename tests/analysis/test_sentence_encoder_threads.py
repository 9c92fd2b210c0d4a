"""The sentence encoder's small matrix products run on one BLAS thread (four times less CPU than spread over two,
with two pytest workers or a busy laptop), with the same vectors, and leave the thread count of other work as it was."""

from __future__ import annotations

import ctypes
from pathlib import Path

import numpy as np

from talktogether_desktop.analysis import sentence_encoder as se

TEXTS = ["You never listen to me when I talk about the money.", "I'm sorry, can we start again?",
         "Mm.", "I keep my voice down now because of how you get when you've had a drink on a Friday night."]


def _global_threads() -> int:
    folder = Path(np.__file__).resolve().parent.parent / "numpy.libs"
    lib = ctypes.CDLL(str(next(folder.glob("lib*openblas*.so*"))))
    getter = getattr(lib, "scipy_openblas_get_num_threads64_", None) or lib.openblas_get_num_threads
    return getter()


def test_the_blas_setter_is_found_in_numpys_own_library():
    assert se._blas_local_threads() is not None


def test_one_thread_gives_the_same_vectors_and_restores_the_count():
    encoder = se.SentenceEncoder()
    before = _global_threads()
    spread = encoder._forward(TEXTS)
    with se._one_blas_thread():
        one = encoder._forward(TEXTS)
    assert np.array_equal(spread, one)
    assert _global_threads() == before
    fresh = se.SentenceEncoder().encode(TEXTS)  # through encode(), which holds the guard
    assert np.array_equal(fresh, spread)
