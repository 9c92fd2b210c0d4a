"""Benchmark: six spoken clinical conversations, made here with espeak-ng, festival and sox (no audio is committed).

1. chores: pursue-withdraw about the chores, with contempt and stonewalling;
2. warm: a warm conversation full of affectionate "always" and "never";
3. money: coercive control about money, a threat about therapy, then appeasement;
4. timeout: criticism, flooding, a time-out that comes back, repairs that land, an idiom and quoted speech;
5. bedtime (from heldout2, festival voices kal and slt): pursue-withdraw about the children's bedtime,
   stonewalling as one-word replies and leaving, contempt both ways;
6. tracked (from heldout2, espeak en-gb-x-rp+m2 and en-us+f4): monitoring, isolation, blame-shifting,
   a threat, appeasement, fear of the partner.

Each line is spoken alone (by default partner A en-us+m3, partner B en-us+f3; heated lines faster,
higher and louder), then all are mixed at their script times. The truth (lines with tags, as in
benchmarks/clinical/cases.py) is written beside each WAV. Two ways to analyse:
- default: the script's words (timed by letter count) with the audio, so the voice is measured;
- `--pipeline`: the whole chain on the audio alone (transcription, speakers, analysis), as
  `talktogether analyze-file` does; slow on a small machine. Each transcript is kept as
  NAME.transcript.json; `--reuse-transcripts` then runs speakers and analysis again on the same
  recogniser output (for re-measuring analysis rules without re-running Whisper).
Results go to RESULTS/NAME.json, scored like benchmarks/clinical.py, and can be scored with
/work/shared/scoring/check_clinical.py OUT RESULTS as well.

    PYTHONPATH=src python benchmarks/clinical_audio.py --out DIR [--pipeline [--reuse-transcripts]] [--only NAME...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from clinical import Tally, check_clinical_summary, line_words, report, score_case  # noqa: E402

RATE = 16000
VOICES = {"A": "en-us+m3", "B": "en-us+f3"}
# Other voices for some conversations, so the check is not tuned on one pair of voices.
# "festival:NAME" speaks with festival's voice NAME (style applied by sox).
VOICES_OF = {
    "bedtime": {"A": "festival:kal_diphone", "B": "festival:cmu_us_slt_arctic_hts"},
    "tracked": {"A": "en-gb-x-rp+m2", "B": "en-us+f4"},
}
CALM = {"speed": 160, "pitch": 50, "gain_db": 0.0}
HEATED = {"speed": 220, "pitch": 70, "gain_db": 7.0}
QUIET = {"speed": 140, "pitch": 40, "gain_db": -3.0}
H, Q = "heated", "quiet"

# (speaker, text, tags, gap before, style)
CONVERSATIONS = {
    "chores": [
        ("A", "You never do the dishes, I always have to clean up after you.", ["CRITICISM", "HARSH STARTUP", "PATTERN: PURSUE-WITHDRAW"], 0.0, H),
        ("B", "Okay.", ["STONEWALLING (minimal reply)"], 1.8, Q),
        ("A", "Why can't you just help me for once? I asked you three times this week and every time you said later.", ["CRITICISM"], 0.4, H),
        ("B", "Fine.", ["STONEWALLING (minimal reply)"], 2.2, Q),
        ("A", "Can you please look at me? I need to know that you hear me.", ["BID: AGAINST"], 0.5, H),
        ("B", "Whatever.", ["CONTEMPT (dismissive)", "STONEWALLING (dismissive)"], 3.0, Q),
        ("A", "Oh great, now you are ignoring me again. You are pathetic.", ["CONTEMPT (insult)"], 0.4, H),
        ("B", "I'm done talking about this.", ["STONEWALLING (leaving)"], 1.0, Q),
    ],
    "warm": [
        ("A", "You always know how to make me smile after a long day.", ["bait: affectionate always"], 0.0, None),
        ("B", "And you always remember the little things, like my coffee in the morning.", ["bait: affectionate always"], 0.5, None),
        ("A", "You never once made me feel like a burden when I was sick.", ["bait: affectionate never"], 0.5, None),
        ("B", "I would like us to plan a walk together on Sunday.", ["BID: TOWARD"], 0.6, None),
        ("A", "Yes, I would love that. Let us go to the lake.", [], 0.4, None),
        ("B", "Thank you for listening to me yesterday, it meant a lot to me.", [], 0.6, None),
        ("A", "You never fail to cheer me up, you know that?", ["bait: affectionate never"], 0.5, None),
    ],
    "money": [
        ("A", "Give me your bank card. You get an allowance from now on.", ["SAFETY: COERCION (financial)"], 0.0, None),
        ("B", "But it is my salary. I just need to feel safe with my own money.", ["BID: AGAINST"], 0.6, None),
        ("A", "If you bring this up in front of the therapist again, you will be sorry.", ["SAFETY: THREAT (therapy)"], 0.4, H),
        ("B", "I'm sorry. Forget I said anything.", ["APPEASEMENT (after a threat)"], 2.5, Q),
        ("A", "Good. And who said you could go through my things?", ["SAFETY: COERCION (monitoring)"], 0.6, None),
        ("B", "I'm scared to bring anything up with you.", ["SAFETY: FEAR OF PARTNER", "NOT BID"], 1.5, Q),
        ("A", "Okay, you're right, let us calm down.", ["NOT REPAIR"], 0.6, None),
    ],
    "timeout": [
        ("A", "This traffic is killing me, I was stuck for an hour.", ["bait: idiom"], 0.0, None),
        ("B", "My boss said you never finish anything on time, to the whole team.", ["bait: quoted speech"], 0.5, None),
        ("A", "You are always criticising the way I talk to your mother.", ["CRITICISM"], 0.8, H),
        ("B", "That is not true, I only asked you one thing.", ["DEFENSIVENESS"], 0.3, H),
        ("A", "My heart is pounding, I can't think straight right now.", ["FLOODING"], 0.5, H),
        ("A", "Can we take a break for twenty minutes and come back to this?", ["REPAIR"], 0.6, None),
        ("B", "Okay. You're right, I'm sorry.", ["REPAIR"], 1.0, None),
        ("A", "Thank you. I need us to talk about your mother calmly.", ["BID: TOWARD"], 3.0, None),
        ("B", "I hear you. Tell me what would help.", ["REPAIR"], 0.5, None),
    ],
    "bedtime": [
        ("B", "You always let the kids stay up late and then I'm the bad guy.", ["CRITICISM", "HARSH STARTUP", "PATTERN: PURSUE-WITHDRAW"], 0.0, H),
        ("A", "Yeah.", ["STONEWALLING (minimal reply)"], 2.0, Q),
        ("B", "I need you to back me up at bedtime, I can't do it on my own every night and I'm worn out.", ["BID: AWAY"], 0.4, H),
        ("A", "Right.", ["STONEWALLING (minimal reply)"], 3.0, Q),
        ("B", "You are useless with them, honestly.", ["CONTEMPT (insult)"], 0.5, H),
        ("A", "Whatever you say.", ["CONTEMPT (dismissive)", "STONEWALLING (dismissive)"], 2.0, Q),
        ("B", "Go on then, walk away like you always do.", ["CRITICISM"], 0.4, H),
        ("A", "I'm going to bed.", ["STONEWALLING (leaving)"], 0.8, Q),
    ],
    "tracked": [
        ("A", "Where were you at lunch? The tracker says you weren't at the office.", ["SAFETY: COERCION (monitoring)"], 0.0, None),
        ("B", "I went for lunch with Jenny from work.", [], 0.6, None),
        ("A", "You're not seeing her again, I decide who you spend time with.", ["SAFETY: COERCION (isolation)"], 0.5, H),
        ("B", "I just want to have a few friends of my own.", ["BID: AGAINST"], 0.6, None),
        ("A", "Say one more word about her and you'll regret it.", ["SAFETY: THREAT"], 0.4, H),
        ("B", "Sorry, you're right, I'll stay home.", ["APPEASEMENT (after a threat)", "NOT REPAIR"], 2.5, Q),
        ("A", "And you hand over your wages on Friday.", ["SAFETY: COERCION (financial)"], 0.6, None),
        ("B", "I'm frightened of what you'll do if I say no.", ["SAFETY: FEAR OF PARTNER", "NOT BID"], 1.5, Q),
    ],
}


def _speak(folder: Path, n: int, voice: str, text: str, style: dict | None) -> tuple[Path, float]:
    style = {H: HEATED, Q: QUIET}.get(style, CALM) if not isinstance(style, dict) else style
    raw, out = folder / f"raw{n}.wav", folder / f"line{n}.wav"
    effects = []
    if voice.startswith("festival:"):  # festival has no speed or pitch flag: sox shapes the style
        (folder / f"line{n}.txt").write_text(text, encoding="utf-8")
        subprocess.run(["text2wave", "-eval", f"(voice_{voice.split(':', 1)[1]})", "-o", str(raw),
                        str(folder / f"line{n}.txt")], check=True, capture_output=True)
        (folder / f"line{n}.txt").unlink()
        effects = ["tempo", f"{style['speed'] / CALM['speed']:.3f}", "pitch", str((style["pitch"] - CALM["pitch"]) * 12)]
    else:
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(style["speed"]), "-p", str(style["pitch"]),
                        "-w", str(raw), text], check=True, capture_output=True)
    subprocess.run(["sox", "-D", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out), *effects, "silence", "1",
                    "0.02", "1%", "reverse", "silence", "1", "0.02", "1%", "reverse", "gain", "-n", "-12", "gain",
                    str(style["gain_db"])], check=True, capture_output=True)
    raw.unlink()
    with wave.open(str(out)) as w:
        return out, w.getnframes() / RATE


def make(name: str, folder: Path) -> tuple[Path, list[dict]]:
    """The mixed WAV and its truth lines."""
    folder.mkdir(parents=True, exist_ok=True)
    lines, parts, t = [], [], 0.5
    for n, (speaker, text, tags, gap, style) in enumerate(CONVERSATIONS[name]):
        path, seconds = _speak(folder, n, VOICES_OF.get(name, VOICES)[speaker], text, style)
        start = t + gap
        lines.append({"spk": speaker, "start": round(start, 3), "end": round(start + seconds, 3), "text": text,
                      "tags": tags})
        parts += ["-v", "1", f"|sox -D {path} -p pad {start:.4f}"]
        t = start + seconds
    wav = folder / f"{name}.wav"
    subprocess.run(["sox", "-D", "-m", *parts, "-b", "16", str(wav)], check=True, capture_output=True)
    for n in range(len(CONVERSATIONS[name])):
        (folder / f"line{n}.wav").unlink()
    (folder / f"{name}.truth.json").write_text(json.dumps(lines, indent=1) + "\n", encoding="utf-8")
    return wav, lines


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    return pcm.astype(np.float32) / 32768.0


def truth_in_result_labels(lines: list[dict], res: dict) -> list[dict]:
    """The truth with each partner renamed to the result's label for them (most overlapping time)."""
    overlap: dict = {}
    for h in res.get("turns", []):
        for ln in lines:
            o = min(h["end"], ln["end"]) - max(h["start"], ln["start"])
            if o > 0:
                overlap[(h["speaker"], ln["spk"])] = overlap.get((h["speaker"], ln["spk"]), 0.0) + o
    mapping: dict = {}
    for (hyp, ref), _ in sorted(overlap.items(), key=lambda kv: -kv[1]):
        if ref not in mapping and hyp not in mapping.values():
            mapping[ref] = hyp
    return [{**ln, "spk": mapping.get(ln["spk"], "?" + ln["spk"])} for ln in lines]


def main() -> int:
    from talktogether_desktop.analysis import analyze

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="folder for the WAVs, truths and results")
    ap.add_argument("--pipeline", action="store_true", help="transcribe and find speakers from the audio too")
    ap.add_argument("--reuse-transcripts", action="store_true",
                    help="with --pipeline: take the words from NAME.transcript.json of an earlier run")
    ap.add_argument("--only", nargs="*", default=list(CONVERSATIONS))
    ap.add_argument("-v", action="store_true", help="list each missed and false marker")
    args = ap.parse_args()
    out = Path(args.out)
    results = out / ("results_pipeline" if args.pipeline else "results")
    results.mkdir(parents=True, exist_ok=True)
    t = {"markers": {c: Tally() for c in ("criticism", "contempt", "defensiveness", "stonewalling", "repair", "flooding")},
         "safety": {k: [0, 0] for k in ("THREAT", "VIOLENCE", "FEAR OF PARTNER", "SELF-HARM", "COERCION")},
         "safety_false": [], "appeasement": [0, 0], "threat_as_repair": [], "trap_errors": [], "bids": [0, 0],
         "bid_agree": [0, 0], "bid_wrong": [], "misses": [], "harsh_startup": Tally(), "pursue_withdraw": Tally(),
         "lines": 0, "cases": 0}
    cc = dict(safety=[0, 0], coercion=[0, 0], appeasement_as_repair=0, bait_flagged=0, horsemen=[0, 0], idiom_as_safety=0)
    for name in args.only:
        wav, lines = make(name, out)
        audio = read_wav(wav)
        if args.pipeline:  # the chain `analyze-file` runs, with the default settings
            from talktogether_desktop.pipeline.file_run import read_audio_file, run_chain
            from talktogether_desktop.storage.settings import from_environment
            kept = out / f"{name}.transcript.json"
            transcript = json.loads(kept.read_text(encoding="utf-8")) if args.reuse_transcripts else None
            stages = run_chain(read_audio_file(wav), from_environment(), 2, transcript=transcript)
            kept.write_text(json.dumps(stages["transcript"]), encoding="utf-8")
            res = stages["analysis"]
        else:
            res = analyze(line_words(lines), audio=audio, sample_rate=RATE)
        (results / f"{name}.json").write_text(json.dumps(res), encoding="utf-8")
        scored = truth_in_result_labels(lines, res)
        score_case(scored, res, t)
        check_clinical_summary(scored, res, cc)
        t["lines"] += len(lines)
        t["cases"] += 1
        raised = sum(1 for x in res["turns"] if x.get("raised"))
        print(f"{name}: {len(lines)} lines, {res['duration_s']:.0f} s, {raised} turns with a raised voice, "
              f"{len(res['escalation_points'])} heated stretches, {len(res['safety_flags'])} safety flags, "
              f"patterns {[p['kind'] for p in res.get('patterns', [])]}")
    t["check_clinical"] = cc
    print()
    report(t)
    print(f"\nscore with: check_clinical.py {out} {results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
