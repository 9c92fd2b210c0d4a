"""Recordings in, words out: import, transcribe, list and show recordings, and the job list.

`transcribe-file` needs no vault: it reads one audio file and prints its transcript.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from ..errors import BadInputFile, UsageError
from .common import fmt_time


# --- progress on a terminal ------------------------------------------------------------------------


class ProgressBar:
    """A one-line bar on stderr, drawn only when stderr is a terminal (never in pipes or logs)."""

    WIDTH = 30

    def __init__(self, enabled: Optional[bool] = None):
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._last = None

    def __call__(self, fraction: float, message: str = "") -> None:
        if not self.enabled:
            return
        fraction = min(1.0, max(0.0, fraction))
        filled = int(round(self.WIDTH * fraction))
        line = f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {fraction * 100:5.1f}% {message}"[:160]
        if line != self._last:
            sys.stderr.write(line.ljust(len(self._last or "")))
            sys.stderr.flush()
            self._last = line

    def close(self) -> None:
        if self.enabled and self._last is not None:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self._last = None


def _read_file(path: str) -> tuple[bytes, float]:
    file = Path(path).expanduser()
    try:
        data = file.read_bytes()
        mtime = file.stat().st_mtime
    except FileNotFoundError as exc:
        raise BadInputFile(f"There is no file {path}.") from exc
    except IsADirectoryError as exc:
        raise BadInputFile(f"{path} is a folder, not an audio file.") from exc
    except OSError as exc:
        raise BadInputFile(f"Could not read {path}: {exc.strerror}.") from exc
    return data, mtime


# --- transcribe-file (no vault) ----------------------------------------------------------------------


def cmd_transcribe_file(args, ctx) -> int:
    from ..audio import decode_mono_16k
    from ..transcription.engine import transcribe_samples
    from ..transcription.formats import render

    if args.threads is not None and args.threads < 1:
        raise UsageError("--threads must be 1 or more.")
    data, _mtime = _read_file(args.audio)
    samples = decode_mono_16k(data, name=Path(args.audio).name)
    del data
    bar = ProgressBar()
    try:
        transcript = transcribe_samples(
            samples, model=args.model, language=args.language, threads=args.threads, progress=bar
        )
    finally:
        bar.close()
    fmt = "json" if (ctx.json and args.format is None) else (args.format or "txt")
    text = render(transcript, fmt)
    if args.output:
        try:
            Path(args.output).expanduser().write_text(text, encoding="utf-8")
        except OSError as exc:
            raise BadInputFile(f"Could not write {args.output}: {exc.strerror}.") from exc
        ctx.info(
            f"Wrote {len(transcript['segments'])} segments ({fmt_time(transcript['duration_s'])} of audio) to {args.output}."
        )
    else:
        sys.stdout.write(text)
    return 0


def register(sub, common) -> None:
    p = sub.add_parser(
        "transcribe-file",
        parents=[common],
        help="transcribe one audio file without a vault (prints the transcript)",
        description="Transcribe one audio file on this computer, without a vault. The file is read into "
        "memory and never changed.",
    )
    p.add_argument("audio", metavar="AUDIO", help="the recording (m4a, mp3, wav, opus/ogg, amr/3gp, flac, webm, mp4/mov)")
    p.add_argument("--model", default=None, help="tiny.en (built in, default), base, or a CTranslate2 model folder")
    p.add_argument("--language", default=None, help="language code such as en or de (multilingual models; default: detect)")
    p.add_argument("--format", choices=["json", "txt", "srt", "vtt"], default=None, help="output format (default txt, or json with --json)")
    p.add_argument("-o", "--output", default=None, help="write the transcript to this file instead of stdout")
    p.add_argument("--threads", type=int, default=None, help="CPU threads for the model (default: up to 4)")
    p.set_defaults(func=cmd_transcribe_file)
