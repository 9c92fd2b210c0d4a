#!/usr/bin/env python3
"""Accuracy of the whole chain (transcription -> speakers -> analysis) on one-phone conversations.

Runs the same in-process chain as `talktogether analyze-file NAME.m4a --speakers 2 --json`
(pipeline.file_run.run_chain) on every conversation of the development set (render it first with
`python benchmarks/devset/generate.py`) and on the real clips in ../shared/data, then prints one table:

  utt        reference lines of 3+ words with at least half their words recognised, read from the
             analysis JSON as the outside checker reads it (turn words, or the turn text spread evenly)
  utt-w      the same rule on the words the chain recognised
  utt-spk    of those lines, the ones whose recognised words mostly carry the right speaker
  words-spk  recognised words that match a reference word at that time, on the right speaker
  WER        word error rate over the whole conversation (normalised words, jiwer)
  DER        frame DER of the speaker segments, 0.25 s collar, overlap scored
  int R / P  planted interruptions found (by and of right, within 0.8 s) / reported interruptions right
  bc         planted backchannels found as backchannels (right speaker, within 0.8 s; with words, or heard with none)
  bc-int     backchannels counted as interruptions
  rep, need  repair attempts and need statements found (within 1.5 s, right speaker)
  no-rep     "no repair attempt" stated after an escalation while one was said (false statements; not where the
             report says no repair is read after a threat, or that whether one was attempted is unknown)

Speaker labels are mapped to the reference by the most overlapping time. Results (analysis JSON,
speaker RTTM, per-file scores) go to --results; --reuse scores the JSON already there.
Usage: python benchmarks/accuracy.py [--devset DIR] [--shared DIR] [--results DIR] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks" / "devset"))

import scoring  # noqa: E402

DEFAULT_DEVSET = ROOT / "benchmarks" / "devset" / "out"
DEFAULT_SHARED = ROOT.parent / "shared" / "data"


def read_rttm(path: Path) -> list[dict]:
    out = []
    for line in path.read_text().splitlines():
        p = line.split()
        if len(p) >= 8 and p[0] == "SPEAKER":
            out.append({"start": float(p[3]), "end": float(p[3]) + float(p[4]), "speaker": p[7]})
    return out


def stm_truth(path: Path, name: str) -> dict:
    """A timed reference transcript (.stm) as truth turns (no planted events)."""
    turns = []
    for line in path.read_text().splitlines():
        p = line.split(maxsplit=5)
        if len(p) == 6 and not line.startswith(";;"):
            turns.append({"who": p[2], "start": float(p[3]), "end": float(p[4]), "text": p[5]})
    return {"name": name, "turns": turns}


def run_file(audio: Path, speakers: int, results: Path, reuse: bool,
             transcripts: Path | None = None, model: str | None = None) -> tuple[dict, list, list, float, float]:
    """(analysis, words, speaker segments, seconds taken, audio seconds). With `transcripts`, the
    words recognised in an earlier run are reused (speakers and analysis only: quick)."""
    out_json, out_words = results / f"{audio.stem}.json", results / f"{audio.stem}.words.json"
    if reuse and out_json.exists() and out_words.exists():
        saved = json.loads(out_words.read_text())
        return json.loads(out_json.read_text()), saved["words"], saved["segments"], saved["seconds"], saved["duration"]
    from talktogether_desktop.pipeline.file_run import read_audio_file, run_chain
    from talktogether_desktop.storage.settings import from_environment

    began = time.perf_counter()
    decoded = read_audio_file(audio)
    transcript = None
    if transcripts is not None:
        saved = json.loads((transcripts / f"{audio.stem}.words.json").read_text())
        transcript = saved.get("transcript") or {"segments": [{"words": [
            {k: w[k] for k in ("start", "end", "word", "probability")} for w in saved["words"]]}]}
    chain = run_chain(decoded, from_environment().replace(model=model), speakers, transcript=transcript)
    seconds = time.perf_counter() - began
    duration = decoded.samples.shape[-1] / 16000
    segments = [{"start": float(t["start"]), "end": float(t["end"]), "speaker": t["speaker"]}
                for t in chain["diarization"].get("turns", [])]
    words = [{k: w.get(k) for k in ("start", "end", "word", "speaker", "probability", "speaker_confidence")}
             for w in chain["words"]]
    out_json.write_text(json.dumps(chain["analysis"], ensure_ascii=False, indent=1))
    out_words.write_text(json.dumps({"words": words, "segments": segments, "seconds": seconds, "duration": duration,
                                     "transcript": chain["transcript"]}))
    (results / f"{audio.stem}.rttm").write_text("".join(
        f"SPEAKER {audio.stem} 1 {s['start']:.3f} {s['end'] - s['start']:.3f} <NA> <NA> {s['speaker']} <NA> <NA>\n"
        for s in segments))
    return chain["analysis"], words, segments, seconds, duration


def pct(pair, digits=1) -> str:
    a, b = pair
    return f"{100.0 * a / b:.{digits}f}" if b else "-"


def frac(pair) -> str:
    return f"{pair[0]:g}/{pair[1]:g}" if pair[1] else "-"


COLUMNS = ["file", "dur", "RTF", "utt%", "utt-w%", "utt-spk%", "words-spk%", "WER%", "DER%", "int R", "int P", "bc", "bc-int",
           "rep", "need", "no-rep"]


def row(name: str, r: dict, dur: float, secs: float) -> list[str]:
    i = r.get("interruptions", [0, 0, 0])
    return [name, f"{dur:.0f}", f"{secs / dur:.2f}" if dur else "-",
            pct(r["utterances"]), pct(r["utterances_words"]), pct(r["utterances_right_speaker"]), pct(r["words_right_speaker"]),
            pct(r["wer"]), pct(r["der"]) if "der" in r else "-",
            frac([i[0], i[1]]), frac([i[0], i[2]]), frac(r.get("backchannels_found", [0, 0])),
            str(r.get("backchannel_as_interruption", 0)),
            frac(r.get("repairs", [0, 0])), frac(r.get("needs", [0, 0])), str(r.get("false_no_repair", 0))]


def totals(name: str, rows: list[dict], dur: float, secs: float) -> list[str]:
    t = {k: scoring.total(rows, k) for k in ("utterances", "utterances_words", "utterances_right_speaker", "words_right_speaker",
                                             "wer", "der", "repairs", "needs", "backchannels_found")}
    ints = [sum(r["interruptions"][j] for r in rows) for j in range(3)]
    t["interruptions"] = ints
    t["backchannel_as_interruption"] = sum(r["backchannel_as_interruption"] for r in rows)
    t["false_no_repair"] = sum(r["false_no_repair"] for r in rows)
    if not t["der"][1]:
        del t["der"]
    return row(name, t, dur, secs)


def print_table(lines: list[list[str]]) -> None:
    widths = [max(len(line[c]) for line in lines) for c in range(len(COLUMNS))]
    for k, line in enumerate(lines):
        print("  ".join(cell.ljust(w) if c == 0 else cell.rjust(w) for c, (cell, w) in enumerate(zip(line, widths))))
        if k == 0:
            print("  ".join("-" * w for w in widths))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "devset" / "results")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--reuse", action="store_true", help="score the results already in --results")
    parser.add_argument("--json", type=Path, help="also write every score here")
    parser.add_argument("--transcripts", type=Path,
                        help="reuse the words recognised in an earlier run's results folder (speakers and analysis only)")
    parser.add_argument("--model", help="speech model for this run (tiny.en, base or a folder); default: the settings'")
    args = parser.parse_args(argv)
    args.results.mkdir(parents=True, exist_ok=True)
    table, dev_rows, all_scores = [COLUMNS], [], {}
    dev_dur = dev_secs = 0.0
    truths = sorted(args.devset.glob("*.truth.json")) if args.devset.is_dir() else []
    if not truths:
        print(f"No development set in {args.devset}: render it with python benchmarks/devset/generate.py",
              file=sys.stderr)
    for tp in truths:
        truth = json.loads(tp.read_text())
        if args.only and truth["name"] not in args.only:
            continue
        result, words, segs, secs, dur = run_file(tp.with_name(truth["name"] + ".m4a"), 2, args.results, args.reuse,
                                                   args.transcripts, args.model)
        r = scoring.score(truth, result, words, segs, read_rttm(tp.with_name(truth["name"] + ".rttm")))
        dev_rows.append(r)
        all_scores[truth["name"]] = r
        dev_dur, dev_secs = dev_dur + dur, dev_secs + secs
        table.append(row(truth["name"], r, dur, secs))
        print(f"{truth['name']}: lost {r['lost']}" if r["lost"] else f"{truth['name']}: nothing lost", flush=True)
    if dev_rows:
        table.append(totals(f"DEV SET ({len(dev_rows)})", dev_rows, dev_dur, dev_secs))
    if args.shared.is_dir() and not args.only:
        for folder in sorted(p for p in args.shared.iterdir() if p.is_dir()):
            wavs, rttms = list(folder.glob("*.wav")), list(folder.glob("*.rttm"))
            if not wavs or not rttms:
                continue
            ref = read_rttm(rttms[0])
            n = len({s["speaker"] for s in ref})
            result, words, segs, secs, dur = run_file(wavs[0], n, args.results, args.reuse, args.transcripts, args.model)
            stm = list(folder.glob("*.stm"))
            truth = stm_truth(stm[0], folder.name) if stm else {
                "name": folder.name, "turns": [{"who": s["speaker"], "start": s["start"], "end": s["end"], "text": ""}
                                               for s in ref]}
            r = scoring.score(truth, result, words, segs, ref)
            all_scores[folder.name] = r
            table.append(row(folder.name, r, dur, secs))
    else:
        print(f"(no real clips: {args.shared} is absent or --only was given)", file=sys.stderr)
    print()
    print_table(table)
    if args.json:
        args.json.write_text(json.dumps(all_scores, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
