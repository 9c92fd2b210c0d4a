"""16-bit samples in one anonymous shared buffer, so the speech model's process maps them instead of copying them.

The recording's 16 kHz samples (an hour: 115 MB, 3 h: 345 MB) are decoded into memory made with
`os.memfd_create`: anonymous memory with a file descriptor and no name on any disk (like any memory, it
could only ever be swapped). The model process is handed that descriptor over its pipe
(`multiprocessing.reduction.send_handle`) and maps the same pages read-only, so the samples are held
once, not once here and once more there (round 51: the model process's own copy was a part of the peak
during the second listen).

Where memfd does not exist (macOS, Windows) `pcm16_buffer` is a plain array and the samples travel over
the pipe as before (`handle_of` says None).
"""

from __future__ import annotations

import mmap
import os
import threading
import weakref
from typing import Optional

import numpy as np

_regions: dict[int, tuple[int, int]] = {}  # fd -> (the mapping's address, its length), while it is mapped here
_regions_lock = threading.Lock()


def shared_memory_available() -> bool:
    return hasattr(os, "memfd_create") and hasattr(mmap, "PROT_READ")


def pcm16_buffer(n_samples: int) -> np.ndarray:
    """A zeroed int16 array of `n_samples`, in a shared buffer when the system has memfd (else plain memory).

    Its pages are only made as they are written (like np.zeros); the buffer lives as long as any view of it."""
    if n_samples <= 0 or not shared_memory_available():
        return np.zeros(max(n_samples, 0), dtype=np.int16)
    try:
        fd = os.memfd_create("talktogether-pcm", os.MFD_CLOEXEC)
    except OSError:
        return np.zeros(n_samples, dtype=np.int16)
    try:
        os.ftruncate(fd, n_samples * 2)
        buffer = mmap.mmap(fd, n_samples * 2, flags=mmap.MAP_SHARED, prot=mmap.PROT_READ | mmap.PROT_WRITE)
    except (OSError, ValueError):
        os.close(fd)
        return np.zeros(n_samples, dtype=np.int16)
    samples = np.frombuffer(buffer, dtype=np.int16)
    with _regions_lock:
        _regions[fd] = (samples.ctypes.data, samples.nbytes)
    weakref.finalize(buffer, _forget, fd)  # when the last view goes, the mapping and then the descriptor
    return samples


def _forget(fd: int) -> None:
    with _regions_lock:
        _regions.pop(fd, None)
    os.close(fd)


def handle_of(samples: np.ndarray) -> Optional[tuple[int, int]]:
    """(descriptor, byte offset) of contiguous int16 samples that lie in a shared buffer, else None."""
    if samples.dtype != np.int16 or not samples.flags.c_contiguous or samples.size == 0:
        return None
    start = samples.ctypes.data
    with _regions_lock:
        for fd, (address, length) in _regions.items():
            if address <= start and start + samples.nbytes <= address + length:
                return fd, start - address
    return None


def map_pcm16(fd: int, offset: int, n_samples: int) -> np.ndarray:
    """The samples another process shared, mapped read-only (the descriptor is closed: the mapping keeps them)."""
    try:
        length = offset + n_samples * 2
        buffer = mmap.mmap(fd, length, flags=mmap.MAP_SHARED, prot=mmap.PROT_READ)
    finally:
        os.close(fd)
    return np.frombuffer(buffer, dtype=np.int16, count=n_samples, offset=offset)
