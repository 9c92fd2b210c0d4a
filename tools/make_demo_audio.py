#!/usr/bin/env python3
"""Make the bundled demo practice conversation, reproducibly.

Two synthetic voices (Festival: a female HTS voice for Zoë, a male diphone voice for José) speak a
scripted ten-minute-practice style conversation about weekend plans. It has everything the
session-prep report shows: a calm start, a need statement, an interruption that takes the floor,
a rise in tension (louder, faster, higher turns with "you never listen" / "you always"), a long
silence, a repair attempt ("Okay. I hear you. I'm sorry") that is accepted, and bids for closeness.

Each turn is synthesised alone, shaped with sox (tempo, pitch, gain), and placed on one timeline at
an exact time with numpy, so the times written to `demo_conversation.json` are the ground truth.
The mix is stereo, one microphone per partner with cross-talk, encoded as Opus (16 kHz, 32 kbit/s)
into `resources/demo/demo_conversation.opus` (~220 KB).

Needs: festival with festvox-us-slt-hts and festvox-kallpc16k, sox, ffmpeg with libopus.
Run:   python tools/make_demo_audio.py            (writes into resources/demo/)
       python tools/make_demo_audio.py --out DIR  (writes elsewhere, e.g. for a test)
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

RATE = 16000
CROSSTALK = 0.25  # the other partner's voice in each microphone (-12 dB)
VOICES = {
    "S1": {"name": "Zoë", "festival": "(voice_cmu_us_slt_arctic_hts)"},
    "S2": {"name": "José", "festival": "(voice_kal_diphone)"},
}

# gap: seconds of silence after the previous turn ends (negative = starts before it ends).
# style: "calm", "tense" (louder, faster, higher) or "soft" (a little quieter and slower).
# cut_after_s: the speaker is interrupted and stops this long after the next turn starts.
SCRIPT = [
    {"speaker": "S1", "gap": 0.6, "style": "calm",
     "text": "Okay. So we said we would talk for ten minutes about the weekend."},
    {"speaker": "S2", "gap": 0.4, "style": "calm",
     "text": "Right. I thought we could visit my parents on Saturday."},
    {"speaker": "S1", "gap": 0.5, "style": "calm",
     "text": "We did that last weekend too. I was hoping for one day just for us."},
    {"speaker": "S2", "gap": 0.4, "style": "calm",
     "text": "They asked us weeks ago, and my mother has already planned the lunch."},
    {"speaker": "S1", "gap": 0.6, "style": "calm",
     "text": "I know. I feel like my plans come second. I need us to decide these things together."},
    {"speaker": "S2", "gap": 0.5, "style": "calm",
     "text": "I do ask you. I asked you about it on Tuesday."},
    {"speaker": "S1", "gap": 0.4, "style": "tense", "cut_after_s": 0.2,
     "text": "You asked me after you had already told them yes, and every time I bring it up you just"},
    {"speaker": "S2", "gap": -1.2, "style": "tense", "interrupts": True,
     "text": "That is not true. That is just not true."},
    {"speaker": "S1", "gap": 0.4, "style": "tense",
     "text": "You never listen to me. You always do what your family wants."},
    {"speaker": "S2", "gap": 0.4, "style": "tense",
     "text": "Yes, but you always make me the bad guy. Whatever I do, it is wrong."},
    {"speaker": "S1", "gap": 0.4, "style": "tense",
     "text": "Because you never ask me what I want!"},
    {"speaker": "S2", "gap": 3.8, "style": "soft",
     "text": "Okay. I hear you. I'm sorry. I did not ask you first."},
    {"speaker": "S1", "gap": 0.7, "style": "soft",
     "text": "Thank you. I need to feel that my time matters to you too."},
    {"speaker": "S2", "gap": 0.8, "style": "calm",
     "text": "It does matter. Can we keep Sunday just for the two of us?"},
    {"speaker": "S1", "gap": 0.5, "style": "calm",
     "text": "Yes, I would like that. Could we go for a walk by the river?"},
    {"speaker": "S2", "gap": 0.5, "style": "calm",
     "text": "Yes. Let's do that. And I will call my mother about Saturday."},
    {"speaker": "S1", "gap": 0.5, "style": "calm",
     "text": "Thank you. That really helps."},
]

# sox effects per style: tempo (speed without pitch change), pitch (cents), gain (dB).
STYLES = {
    "calm": ["gain", "-3"],
    "soft": ["tempo", "0.95", "gain", "-5"],
    "tense": ["tempo", "1.15", "pitch", "180", "gain", "4"],
}


def synthesise(text: str, voice: str, style: str, workdir: Path, index: int) -> np.ndarray:
    raw = workdir / f"turn{index:02d}_raw.wav"
    shaped = workdir / f"turn{index:02d}.wav"
    subprocess.run(["text2wave", "-eval", voice, "-o", str(raw)], input=text.encode(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # norm first so both voices start from the same level, then the style, then trim the
    # synthesiser's own leading/trailing silence so the written times are where speech is.
    subprocess.run(["sox", "-R", "-D", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(shaped), "norm", "-6",
                    *STYLES[style], "silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02",
                    "0.5%", "reverse"], check=True)
    with wave.open(str(shaped)) as w:
        frames = w.readframes(w.getnframes())
    return np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0


def build(out_dir: Path) -> dict:
    out_dir.mkdir(parents=True, exist_ok=True)
    turns, clips = [], []
    cursor = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for i, line in enumerate(SCRIPT):
            audio = synthesise(line["text"], VOICES[line["speaker"]]["festival"], line["style"], Path(tmp), i)
            start = max(0.0, cursor + line["gap"])
            turn = {"speaker": line["speaker"], "name": VOICES[line["speaker"]]["name"],
                    "start": round(start, 3), "end": round(start + len(audio) / RATE, 3),
                    "text": line["text"], "style": line["style"]}
            turns.append(turn)
            clips.append(audio)
            cursor = turn["end"]
    # Interruptions: the interrupted turn is cut shortly after the interrupter starts (with a fade).
    interruptions = []
    for i, line in enumerate(SCRIPT):
        if line.get("interrupts"):
            prev, cur = turns[i - 1], turns[i]
            cut = cur["start"] + SCRIPT[i - 1]["cut_after_s"]
            keep = int((cut - prev["start"]) * RATE)
            clip = clips[i - 1][:keep].copy()
            fade = min(len(clip), int(0.05 * RATE))
            clip[-fade:] *= np.linspace(1.0, 0.0, fade, dtype=np.float32)
            clips[i - 1] = clip
            prev["end"] = round(cut, 3)
            prev["cut_off"] = True
            interruptions.append({"t": cur["start"], "by": cur["speaker"], "of": prev["speaker"],
                                  "successful": True})
    duration = max(t["end"] for t in turns) + 0.8
    # One microphone per partner (left Zoë, right José), each also hearing the other 12 dB down,
    # as with two clip-on microphones into one recorder: the diarizer can then use the channels,
    # which is what lets the whole chain find the planted interruption.
    mix = np.zeros((2, int(duration * RATE) + 1), dtype=np.float32)
    for turn, clip in zip(turns, clips):
        at = int(round(turn["start"] * RATE))
        own = 0 if turn["speaker"] == "S1" else 1
        mix[own, at:at + len(clip)] += clip
        mix[1 - own, at:at + len(clip)] += CROSSTALK * clip
    mix /= max(1.0, float(np.abs(mix).max()) / 0.9)
    pcm = (mix.T * 32767).astype("<i2").tobytes()  # interleaved left, right
    wav = io.BytesIO()
    with wave.open(wav, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm)
    audio_path = out_dir / "demo_conversation.opus"
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "wav", "-i", "pipe:0",
                    "-c:a", "libopus", "-b:a", "32k", "-application", "voip", "-serial_offset", "1", "-map_metadata", "-1",
                    "-fflags", "+bitexact", "-flags:a", "+bitexact", str(audio_path)],
                   input=wav.getvalue(), check=True)

    tense = [t for t in turns if t["style"] == "tense"]
    repair = next(t for t in turns if "I hear you" in t["text"])
    truth = {
        "about": "Synthetic demo practice conversation made by tools/make_demo_audio.py; times are "
                 "the ground truth of where each turn was placed in the mix.",
        "audio": audio_path.name,
        "duration_s": round(duration, 3),
        "speakers": {k: v["name"] for k, v in VOICES.items()},
        "channels": {"left": "S1", "right": "S2", "crosstalk_db": -12},
        "turns": turns,
        "interruptions": interruptions,
        "tension": {"start": tense[0]["start"], "end": tense[-1]["end"]},
        "long_silences": [{"start": turns[i - 1]["end"], "end": turns[i]["start"], "broken_by": turns[i]["speaker"]}
                          for i in range(1, len(turns)) if turns[i]["start"] - turns[i - 1]["end"] > 3.0],
        "repair_attempt": {"t": repair["start"], "by": repair["speaker"], "quote": "Okay. I hear you. I'm sorry."},
        "need_statements": [{"t": t["start"], "by": t["speaker"], "quote": t["text"]}
                            for t in turns if "I need" in t["text"]],
        "demo_context": {
            "couple_name": "Zoë & José (demo)",
            "recorded_at": "2026-11-22T19:40:00",
            "assignment": {
                "title": "One calm 10-minute conversation about the weekend",
                "behaviour": "Each of you says back what you heard before answering.",
                "anchor": "After Sunday dinner, while clearing the table",
                "minutes": 10, "times_per_week": 1, "done": True,
            },
        },
    }
    (out_dir / "demo_conversation.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n",
                                                    encoding="utf-8")
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "resources" / "demo"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    truth = build(args.out)
    size = (args.out / truth["audio"]).stat().st_size
    print(f"{truth['audio']}: {truth['duration_s']:.1f} s, {len(truth['turns'])} turns, {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
