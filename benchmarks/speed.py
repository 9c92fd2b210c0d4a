"""Speed side by side: plain faster-whisper vs the product's transcription vs the whole vault chain.

    .venv/bin/python benchmarks/speed.py [--lengths 30s,10m,60m] [--repeats 2] [--long-repeats 1]
                                         [--model tiny.en] [--threads 2] [--cases plain,product,warm,chain]
                                         [--work DIR] [--out FILE]

The same files and settings for every case (model, CPU threads):
- plain:   `faster_whisper.WhisperModel(path, device="cpu", compute_type="int8", cpu_threads=T)`
           `.transcribe(file, word_timestamps=True)`, every segment consumed (model load included).
- product: `pipeline.file_run.transcribe_file` as the CLI's transcribe-file runs it: decode in memory,
           the model in a child process (process start and model load included).
- warm:    the window's way: two jobs in a row on one warm model process; the time and CPU of the
           second job (decode, hand-over and transcription; the model is already loaded).
- chain:   a fresh vault; `import_file(..., queue_processing=True)` then `process_recording` (transcribe,
           speakers, analysis) exactly as the CLI's `import` runs them.
Every case runs in its own process; "peak MB" is the highest sum of the RSS of that process and all its
children (the model process included), sampled every 50 ms. "xRT" is wall time / audio length.
Product and plain run back to back, `--repeats` times, so the machine's load hits both alike: on a
shared machine the absolute times are pessimistic, the ratios are what to read. "CPU s" is the CPU time
of the case and all its processes (user + system): it hardly changes with the machine's load, so its
ratio to plain is the steadier comparison.

Files: 30 s, 10 min and 60 min of two espeak-ng voices taking turns (benchmarks/transcribe.py's block,
repeated with sox), encoded as a phone would (AAC 44.1 kHz 64 kb/s .m4a), plus the real 30 s phone
call in ../shared/data when present.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED_CALL = REPO.parent / "shared" / "data" / "pyannote_sample_2spk_phone" / "pyannote_sample_2spk_phone.wav"
sys.path.insert(0, str(HERE))

import transcribe as _speech  # noqa: E402 - the espeak block and the phone-style m4a of the transcription benchmark


def make_files(work: Path, lengths: list[str]) -> list[tuple[str, Path, float]]:
    """(label, file, seconds) for each length asked ('30s', '10m', '60m')."""
    out = []
    for length in lengths:
        if length.endswith("s"):
            seconds = float(length[:-1])
            path = work / f"speech_{int(seconds)}s.m4a"
            if not path.exists():
                block = work / "block.wav" if (work / "block.wav").exists() else _speech.speak_block(_speech.TURNS, work, "block")
                trimmed = work / f"speech_{int(seconds)}s.wav"
                _speech.run("sox", str(block), str(trimmed), "trim", "0", str(seconds))
                _speech.run("ffmpeg", "-y", "-loglevel", "error", "-i", str(trimmed), "-ar", "44100", "-c:a", "aac",
                            "-b:a", "64k", str(path))
                trimmed.unlink()
            out.append((f"{int(seconds)} s espeak m4a", path, seconds))
            if SHARED_CALL.exists() and seconds <= 60:
                out.append(("30 s real phone call wav", SHARED_CALL, 30.0))
        else:
            minutes = int(length.rstrip("m"))
            out.append((f"{minutes} min espeak m4a", _speech.phone_m4a(work, minutes), minutes * 60.0))
    return out


def given_files(names: str) -> list[tuple[str, Path, float]]:
    """(label, file, seconds) of the files named (--files), their length read by ffprobe."""
    out = []
    for name in [x for x in names.split(",") if x]:
        path = Path(name)
        seconds = float(subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                                        str(path)], capture_output=True, text=True, check=True).stdout.strip())
        out.append((f"{path.stem[:21]} {seconds:.0f}s", path, seconds))
    return out


# --- the cases, each in its own process ------------------------------------------------------------


def _settings(model: str, threads: int):
    """The defaults with this computer's environment (TALKTOGETHER_SECOND_LISTEN=0: without the second listen)."""
    from talktogether_desktop.storage.settings import from_environment

    return from_environment().replace(model=model, cpu_threads=threads)


def case_plain(audio: str, model: str, threads: int) -> dict:
    from talktogether_desktop.transcription import offline  # noqa: F401 - no network, as in the product
    from talktogether_desktop.transcription.models import resolve_model
    from faster_whisper import WhisperModel

    path = str(resolve_model(model).path)
    started = time.perf_counter()
    whisper = WhisperModel(path, device="cpu", compute_type="int8", cpu_threads=threads)
    loaded = time.perf_counter()
    segments, _info = whisper.transcribe(audio, word_timestamps=True)
    words = sum(len(s.words or []) for s in segments)
    done = time.perf_counter()
    return {"wall_s": done - started, "load_s": loaded - started, "words": words}


def case_product(audio: str, model: str, threads: int) -> dict:
    from talktogether_desktop.pipeline.file_run import transcribe_file

    started = time.perf_counter()
    transcript = transcribe_file(audio, _settings(model, threads))
    done = time.perf_counter()
    return {"wall_s": done - started, "words": sum(len(s["words"]) for s in transcript["segments"]),
            "unrecognised": len(transcript.get("unrecognised_speech") or [])}


def case_warm(audio: str, model: str, threads: int) -> dict:
    """Two jobs on one warm model process (the window's way); the second one is timed."""
    from talktogether_desktop.pipeline import chain, file_run

    try:
        from talktogether_desktop.pipeline.speech_host import SpeechHost
    except ImportError:  # the code before the warm model process: nothing to measure
        return {"error": "no warm model process in this version"}
    settings = _settings(model, threads)
    host = SpeechHost()
    try:
        first = _sent_samples(file_run.read_audio_file(audio))
        _transcript, before = chain.transcribe_with_params(first, settings, speech=host)
        started, cpu_started = time.perf_counter(), time.process_time()
        samples = _sent_samples(file_run.read_audio_file(audio))
        transcript, after = chain.transcribe_with_params(samples, settings, speech=host)
        done, cpu_done = time.perf_counter(), time.process_time()
    finally:
        host.close()
    # CPU of the second job alone: this process's share and the model process's (its total grows per job)
    cpu = cpu_done - cpu_started + after["worker"]["cpu_s"] - before["worker"]["cpu_s"]
    return {"wall_s": done - started, "words": sum(len(s["words"]) for s in transcript["segments"]),
            "job_cpu_s": cpu}


def _sent_samples(decoded):
    """What the window's transcribe step hands the model process: 16-bit samples where this version
    keeps them (`AnalysisAudio.pcm16`), else the float ones."""
    return decoded.pcm16() if hasattr(decoded, "pcm16") else decoded.samples


def case_chain(audio: str, model: str, threads: int) -> dict:
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    from talktogether_desktop.pipeline.ops_recordings import import_file, process_recording
    from talktogether_desktop.storage import couples, transcripts
    from talktogether_desktop.storage.vault import create_vault

    with tempfile.TemporaryDirectory() as home:
        vault, _code = create_vault(Path(home) / "vault", "benchmark passphrase")
        couple = couples.add_couple(vault, "Bench", ["A", "B"])
        couples.record_consent(vault, couple)
        settings = _settings(model, threads)
        started = time.perf_counter()
        result = import_file(vault, settings, couple, audio, queue_processing=True)
        imported = time.perf_counter()
        summary = process_recording(vault, settings, result.id, **_handover(result))
        done = time.perf_counter()
        words = len(transcripts.load_words(vault, result.id))
        vault.close()
    return {"wall_s": done - started, "import_s": imported - started, "process_s": done - imported,
            "words": words, "steps": summary.get("steps")}


def _handover(result) -> dict:
    """What the import passes on to the processing (the decoded audio, where this version offers it)."""
    audio = getattr(result, "audio", None)
    return {"audio": audio} if audio is not None else {}


CASES = {"plain": case_plain, "product": case_product, "warm": case_warm, "chain": case_chain}


# --- measuring a case from outside ---------------------------------------------------------------------


def tree_rss_mb(root: int) -> tuple[float, float]:
    """(the RSS of `root` and all its descendants, that of `root` alone), in MB (from /proc)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            parents.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    total, own, todo = 0, 0, [root]
    while todo:
        pid = todo.pop()
        todo += parents.get(pid, [])
        try:
            with open(f"/proc/{pid}/statm") as f:
                rss = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
        total += rss
        own = rss if pid == root else own
    return total / 1e6, own / 1e6


def _tree_rss_mb(root: int) -> float:
    return tree_rss_mb(root)[0]


def run_case(kind: str, audio: Path, model: str, threads: int, timeout: float) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen([sys.executable, __file__, "--case", kind, str(audio), model, str(threads)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0.0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], _tree_rss_mb(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        return {"error": "timed out"}
    sampler.join()
    if process.returncode != 0:
        return {"error": (err.strip().splitlines() or ["?"])[-1]}
    row = json.loads(out.strip().splitlines()[-1])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the case and every process it waited for
    row["cpu_s"] = round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1)
    if "job_cpu_s" in row:  # the warm case: the second job's own CPU, not the first job's nor the start-up
        row["cpu_s"] = round(row["job_cpu_s"], 1)
    row["peak_mb"] = round(peak[0], 0)
    row["load"] = round(os.getloadavg()[0], 1)
    return row


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--lengths", default="30s,10m,60m")
    p.add_argument("--repeats", type=int, default=2)
    p.add_argument("--long-repeats", type=int, default=1, help="repeats for files of 30 minutes or more")
    p.add_argument("--model", default="tiny.en")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--cases", default="plain,product,warm,chain")
    p.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "talktogether-bench-speech"))
    p.add_argument("--out", default=None, help="also append the table to this file")
    p.add_argument("--files", default="", help="comma-separated audio files to measure instead of --lengths "
                   "(each labelled by its name and length)")
    p.add_argument("--case", nargs=4, metavar=("KIND", "AUDIO", "MODEL", "THREADS"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.case:
        kind, audio, model, threads = args.case
        row = CASES[kind](audio, model, int(threads))
        print(json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in row.items()}))
        return 0

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    kinds = [k for k in args.cases.split(",") if k]
    lines = [f"# speed.py {time.strftime('%Y-%m-%d %H:%M')}  model {args.model}, {args.threads} threads, "
             f"{os.cpu_count()} cores visible, load average at start {os.getloadavg()[0]:.1f}",
             f"{'file':26} {'case':8} {'run':>3} {'wall s':>8} {'xRT':>7} {'x plain':>7} {'CPU s':>7} {'x plain':>7} "
             f"{'peak MB':>8} {'words':>6} {'load':>5}  notes"]
    out = open(args.out, "a") if args.out else None

    def emit(line: str) -> None:
        print(line, flush=True)
        if out:
            out.write(line + "\n")
            out.flush()

    for line in lines:
        emit(line)
    files = given_files(args.files) if args.files else make_files(work, [x for x in args.lengths.split(",") if x])
    for label, audio, seconds in files:
        repeats = args.long_repeats if seconds >= 1800 else args.repeats
        for run in range(1, repeats + 1):
            plain_s = plain_cpu = None
            for kind in kinds:
                row = run_case(kind, audio, args.model, args.threads, timeout=seconds * 3 + 600)
                if "error" in row:
                    emit(f"{label:26} {kind:8} {run:>3}  error: {row['error']}")
                    continue
                if kind == "plain":
                    plain_s, plain_cpu = row["wall_s"], row["cpu_s"]
                ratio = f"{row['wall_s'] / plain_s:7.2f}" if plain_s else f"{'':7}"
                cpu_ratio = f"{row['cpu_s'] / plain_cpu:7.2f}" if plain_cpu else f"{'':7}"
                notes = []
                if "load_s" in row:
                    notes.append(f"model load {row['load_s']} s")
                if "import_s" in row:
                    notes.append(f"import {row['import_s']} s + process {row['process_s']} s")
                if row.get("unrecognised"):
                    notes.append(f"{row['unrecognised']} no-word spans")
                emit(f"{label:26} {kind:8} {run:>3} {row['wall_s']:>8.2f} {row['wall_s'] / seconds:>7.3f} {ratio} "
                     f"{row['cpu_s']:>7.1f} {cpu_ratio} {row['peak_mb']:>8.0f} {row['words']:>6} {row['load']:>5}  {'; '.join(notes)}")
    if out:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
