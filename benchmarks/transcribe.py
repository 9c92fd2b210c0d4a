"""Transcription benchmark: real-time factor, peak memory and word error rate.

    .venv/bin/python benchmarks/transcribe.py [--minutes 1,10,60] [--models tiny.en,base] [--threads 1,2]
                                              [--skip-speed] [--skip-wer] [--skip-import] [--work DIR]

Speed: long speech is generated (two espeak-ng voices taking turns, the block repeated with sox to
the length asked) and encoded as a phone would (AAC 44.1 kHz, 64 kb/s, .m4a). Each case runs in a
fresh process exactly as the app does: decode from memory, model in a child process. Printed per
case: wall time of the transcription (model load included) and its real-time factor, the child's
peak RSS (the model process) and the parent's peak RSS (decoded audio held while handing it over).
WER (jiwer, lower-cased, punctuation and extra spaces removed, contractions expanded): the real
phone call in ../shared/data/pyannote_sample_2spk_phone against its .stm reference, and espeak-ng
speech of a known text. Import: time from reading a 60-minute m4a to its bytes committed in a vault.
"model CPU s" is the model process's CPU time: unlike the wall time, it hardly changes when other
programs compete for the cores, so it shows what the work itself costs ("load" is the 1-minute
load average when the case ended).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO / "src"))

TURNS = [
    ("en-us", "So I wanted to talk about how the week went for both of us."),
    ("en-us+f3", "Okay. I think it was hard, especially on Tuesday when you came home late."),
    ("en-us", "I know. I should have called you before I left the office."),
    ("en-us+f3", "It is not only the call. I felt like I was doing everything alone."),
    ("en-us", "That is fair. What would help you next week?"),
    ("en-us+f3", "If we could plan the evenings together on Sunday, I would feel better."),
    ("en-us", "Yes, let us sit down after breakfast and write it down."),
    ("en-us+f3", "Thank you. I also want us to take a walk on Saturday, just the two of us."),
    ("en-us", "I would like that very much. Maybe we can go to the park by the river."),
    ("en-us+f3", "And no phones during dinner, can we try that for one week?"),
    ("en-us", "That is going to be difficult for me, but I will try."),
    ("en-us+f3", "I appreciate that. It means a lot that you are listening."),
]
WER_TEXT = [
    ("en-us+f3", "Last night we talked for ten minutes after dinner, like we agreed in the session."),
    ("en-us", "I noticed that I interrupted you twice, and I am sorry about that."),
    ("en-us+f3", "When you asked about my day, I felt that you really wanted to know."),
    ("en-us", "We should keep the kitchen clean together instead of arguing about it."),
    ("en-us+f3", "My mother is visiting next month, and I need your help to prepare the guest room."),
    ("en-us", "I can take Friday afternoon off work so we have more time."),
]


def run(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True)


def speak_block(lines, folder: Path, name: str) -> Path:
    """The lines spoken in turn with short gaps, 16 kHz mono WAV."""
    parts = []
    gap = folder / "gap.wav"
    if not gap.exists():
        run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(gap), "trim", "0", "0.6")
    for i, (voice, text) in enumerate(lines):
        raw, wav = folder / f"{name}{i}.raw.wav", folder / f"{name}{i}.wav"
        run("espeak-ng", "-v", voice, "-s", "160", "-w", str(raw), text)
        run("sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav))
        parts += [str(wav), str(gap)]
    out = folder / f"{name}.wav"
    run("sox", *parts, str(out))
    return out


def phone_m4a(folder: Path, minutes: int) -> Path:
    out = folder / f"speech_{minutes}min.m4a"
    if out.exists():
        return out
    block = folder / "block.wav" if (folder / "block.wav").exists() else speak_block(TURNS, folder, "block")
    seconds = float(subprocess.run(["soxi", "-D", str(block)], capture_output=True, text=True, check=True).stdout)
    repeats = int(minutes * 60 / seconds) + 1
    long_wav = folder / f"speech_{minutes}min.wav"
    run("sox", str(block), str(long_wav), "repeat", str(repeats - 1), "trim", "0", str(minutes * 60))
    run("ffmpeg", "-y", "-loglevel", "error", "-i", str(long_wav), "-ar", "44100", "-c:a", "aac", "-b:a", "64k", str(out))
    long_wav.unlink()
    return out


# --- one case, in its own process --------------------------------------------------------------------


def one_case(audio: str, model: str, threads: int) -> dict:
    from talktogether_desktop.audio import decode_mono_16k
    from talktogether_desktop.pipeline.runner import ChildTranscription
    from talktogether_desktop.transcription.models import resolve_model

    spec = resolve_model(model)
    started = time.perf_counter()
    data = Path(audio).read_bytes()
    samples = decode_mono_16k(data)
    del data
    decoded_at = time.perf_counter()
    duration = len(samples) / 16000
    child = ChildTranscription(samples, spec, threads=threads)
    del samples
    transcript = child.wait()
    done = time.perf_counter()
    words = sum(len(s["words"]) for s in transcript["segments"])
    return {
        "model": spec.name, "threads": threads, "audio_s": round(duration, 1),
        "decode_s": round(decoded_at - started, 2), "transcribe_s": round(done - decoded_at, 2),
        "rtf": round((done - decoded_at) / duration, 4), "child_peak_mb": child.stats.get("peak_rss_mb"),
        "child_cpu_s": child.stats.get("cpu_s"),
        "parent_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1), "words": words,
        "text": " ".join(s["text"] for s in transcript["segments"]),
    }


def run_case(audio: Path, model: str, threads: int, timeout: float) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--case", str(audio), model, str(threads)],
        capture_output=True, text=True, timeout=timeout,
    )
    if out.returncode != 0:
        return {"model": model, "threads": threads, "error": out.stderr.strip().splitlines()[-1:]}
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- word error rate ---------------------------------------------------------------------------------


def normalise():
    import jiwer

    return jiwer.Compose([
        jiwer.ToLowerCase(), jiwer.ExpandCommonEnglishContractions(), jiwer.RemovePunctuation(),
        jiwer.RemoveMultipleSpaces(), jiwer.Strip(), jiwer.ReduceToListOfListOfWords(),
    ])


def wer(reference: str, hypothesis: str) -> float:
    import jiwer

    t = normalise()
    return jiwer.wer(reference, hypothesis, reference_transform=t, hypothesis_transform=t)


def stm_reference(path: Path) -> str:
    rows = []
    for line in path.read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6:
            rows.append((float(parts[3]), parts[5]))
    return " ".join(text for _start, text in sorted(rows))


def wer_cases(folder: Path, models, timeout: float) -> list[dict]:
    results = []
    phone = SHARED / "pyannote_sample_2spk_phone"
    known = speak_block(WER_TEXT, folder, "known")
    known_m4a = folder / "known.m4a"
    run("ffmpeg", "-y", "-loglevel", "error", "-i", str(known), "-ar", "44100", "-c:a", "aac", "-b:a", "64k", str(known_m4a))
    sets = [("espeak-ng known text (m4a)", known_m4a, " ".join(t for _v, t in WER_TEXT))]
    if phone.is_dir():
        sets.insert(0, ("pyannote phone call (real, 30 s)", phone / "pyannote_sample_2spk_phone.wav",
                        stm_reference(phone / "pyannote_sample_2spk_phone.stm")))
    else:
        print(f"(skipping the phone call WER: {phone} is absent)")
    for label, audio, reference in sets:
        for model in models:
            case = run_case(audio, model, 2, timeout)
            if "error" in case:
                results.append({"set": label, "model": model, "error": case["error"]})
                continue
            results.append({"set": label, "model": model, "wer": round(wer(reference, case["text"]), 3),
                            "hypothesis": case["text"]})
    return results


# --- import --------------------------------------------------------------------------------------------


def import_case(audio: Path) -> dict:
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    from talktogether_desktop.pipeline.ops_recordings import import_file
    from talktogether_desktop.storage import couples
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.storage.vault import create_vault

    with tempfile.TemporaryDirectory() as home:
        vault, _code = create_vault(Path(home) / "vault", "benchmark passphrase")
        couple = couples.add_couple(vault, "Bench", ["A", "B"])
        started = time.perf_counter()
        result = import_file(vault, load_settings(vault), couple, audio)
        elapsed = time.perf_counter() - started
        vault.close()
    return {"file_mb": round(audio.stat().st_size / 1e6, 1), "duration_s": round(result.info.duration_s, 1),
            "import_s": round(elapsed, 2), "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--minutes", default="1,10,60")
    p.add_argument("--models", default="tiny.en,base")
    p.add_argument("--threads", default="1,2")
    p.add_argument("--long-only", default="tiny.en:2", help="the 60-min case runs only for these model:threads")
    p.add_argument("--skip-speed", action="store_true")
    p.add_argument("--skip-wer", action="store_true")
    p.add_argument("--skip-import", action="store_true")
    p.add_argument("--work", default=None, help="folder for the generated speech (kept between runs)")
    p.add_argument("--case", nargs=3, metavar=("AUDIO", "MODEL", "THREADS"), help=argparse.SUPPRESS)
    p.add_argument("--import-case", metavar="AUDIO", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.case:
        print(json.dumps(one_case(args.case[0], args.case[1], int(args.case[2]))))
        return 0
    if args.import_case:
        print(json.dumps(import_case(Path(args.import_case))))
        return 0

    work = Path(args.work or Path(tempfile.gettempdir()) / "talktogether-bench-speech")
    work.mkdir(parents=True, exist_ok=True)
    models = [m for m in args.models.split(",") if m]
    print(f"CPU cores visible: {os.cpu_count()}; load average now: {os.getloadavg()[0]:.1f}\n")

    if not args.skip_speed:
        long_ok = set(args.long_only.split(","))
        print(f"{'model':8} {'thr':>3} {'audio':>7} {'decode s':>8} {'transcribe s':>12} {'RTF':>7} "
              f"{'model CPU s':>11} {'child peak MB':>13} {'parent peak MB':>14} {'words':>6} {'load':>5}")
        for minutes in [int(m) for m in args.minutes.split(",") if m]:
            audio = phone_m4a(work, minutes)
            for model in models:
                for threads in [int(t) for t in args.threads.split(",") if t]:
                    if minutes >= 60 and f"{model}:{threads}" not in long_ok:
                        continue
                    case = run_case(audio, model, threads, timeout=minutes * 60 * 2 + 300)
                    if "error" in case:
                        print(f"{model:8} {threads:>3} {minutes:>5}m  error: {case['error']}")
                        continue
                    print(f"{case['model']:8} {threads:>3} {minutes:>5}m {case['decode_s']:>8} {case['transcribe_s']:>12} "
                          f"{case['rtf']:>7.3f} {case['child_cpu_s']:>11} {case['child_peak_mb']:>13} "
                          f"{case['parent_peak_mb']:>14} {case['words']:>6} {os.getloadavg()[0]:>5.1f}", flush=True)
        print()

    if not args.skip_wer:
        print("Word error rate (normalised):")
        for row in wer_cases(work, models, timeout=900):
            if "error" in row:
                print(f"  {row['set']:36} {row['model']:8} error: {row['error']}")
            else:
                print(f"  {row['set']:36} {row['model']:8} WER {row['wer'] * 100:5.1f}%   ({row['hypothesis'][:90]}...)")
        print()

    if not args.skip_import:
        audio = phone_m4a(work, 60)
        out = subprocess.run([sys.executable, __file__, "--import-case", str(audio)], capture_output=True, text=True)
        if out.returncode == 0:
            row = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"Import of a 60-minute m4a ({row['file_mb']} MB, {row['duration_s']} s): {row['import_s']} s "
                  f"from reading the file to committed in the vault (peak {row['peak_mb']} MB)")
        else:
            print("Import benchmark failed:", out.stderr.strip().splitlines()[-1:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
