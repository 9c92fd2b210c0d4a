"""Scripted two-voice conversations with exact ground truth (test data, made in tmp folders).

Each line is spoken alone by espeak-ng (S1 en-us+m3, S2 en-us+f3), converted, peak-normalised,
made louder for heated lines and trimmed with sox, then all lines are mixed with sox at exact
times. Heated lines are also spoken faster and higher (espeak -s, -p). The words of each line are spread over
its spoken time by letter count, with the speaker the script gives, so every planted event
(interruption, backchannel, loud and fast line, repair, need) has a known time.
"""

from __future__ import annotations

import subprocess
import wave
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .timeline import say

RATE = 16000
VOICES = {"S1": "en-us+m3", "S2": "en-us+f3"}
CALM = {"speed": 160, "pitch": 50, "gain_db": 0.0}
HEATED = {"speed": 230, "pitch": 70, "gain_db": 8.0}


@dataclass
class Line:
    speaker: str
    text: str
    start: float
    duration: float
    path: Path
    keep_s: float | None = None  # cut the line off after this many seconds (it was interrupted)

    @property
    def end(self) -> float:
        return self.start + (self.keep_s if self.keep_s is not None else self.duration)

    def words(self) -> list[dict]:
        words = say(self.speaker, self.start, self.text, end=self.start + self.duration)
        return [w for w in words if self.keep_s is None or w["start"] < self.start + self.keep_s - 0.05]

    def word_start(self, text: str) -> float:
        """When the first word of `text` (a phrase within the line) starts."""
        tokens = self.text.split()
        n = len(text.split())
        for i in range(len(tokens)):
            if " ".join(tokens[i : i + n]).strip(".,?!").lower() == text.strip(".,?!").lower():
                return self.words()[i]["start"]
        raise ValueError(text)


@dataclass
class Script:
    folder: Path
    lines: list[Line] = field(default_factory=list)
    count: int = 0

    def speak(self, speaker: str, text: str, style: dict = CALM) -> tuple[Path, float]:
        self.count += 1
        raw = self.folder / f"raw{self.count}.wav"
        out = self.folder / f"line{self.count}.wav"
        subprocess.run(["espeak-ng", "-v", VOICES[speaker], "-s", str(style["speed"]), "-p", str(style["pitch"]), "-w", str(raw), text],
                       check=True, capture_output=True)
        # 16 kHz mono, silence trimmed at both ends, peak at -12 dBFS, then the heated gain
        subprocess.run(["sox", "-D", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out),
                        "silence", "1", "0.02", "1%", "reverse", "silence", "1", "0.02", "1%", "reverse",
                        "gain", "-n", "-12", "gain", str(style["gain_db"])], check=True, capture_output=True)
        with wave.open(str(out)) as w:
            return out, w.getnframes() / RATE

    def add(self, speaker: str, text: str, at: float, style: dict = CALM) -> Line:
        path, duration = self.speak(speaker, text, style)
        line = Line(speaker, text, round(at, 3), duration, path)
        self.lines.append(line)
        return line

    def after(self, previous: Line, speaker: str, text: str, gap: float, style: dict = CALM) -> Line:
        return self.add(speaker, text, previous.end + gap, style)

    def mix(self) -> tuple[np.ndarray, Path]:
        """All lines mixed at their times by sox (each input at full volume)."""
        out = self.folder / "mix.wav"
        inputs = []
        for line in self.lines:
            effects = ["pad", f"{line.start:.4f}"]
            if line.keep_s is not None:
                effects = ["trim", "0", f"{line.keep_s:.4f}", "fade", "t", "0", "-0", "0.03", *effects]
            inputs += ["-v", "1", f"|sox -D {line.path} -p {' '.join(effects)}"]
        subprocess.run(["sox", "-D", "-m", *inputs, "-b", "16", str(out)], check=True, capture_output=True)
        with wave.open(str(out)) as w:
            pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        return (pcm.astype(np.float32) / 32768.0), out

    def words(self) -> list[dict]:
        return sorted((w for line in self.lines for w in line.words()), key=lambda w: w["start"])


def conflict(folder: Path) -> tuple[Script, dict]:
    """A calm start, a need, a heated stretch (loud and fast lines, an attempted and two real
    interruptions), a pause, a repair, and a calm end; returns the script and its truth."""
    s = Script(folder)
    l1 = s.add("S1", "I wanted to talk about our plans for the weekend tonight.", 0.5)
    l2 = s.after(l1, "S2", "Sure. I thought we could visit my sister on Saturday afternoon, she has been asking for weeks.", 0.4)
    bc1 = s.add("S1", "Mm-hm.", l2.start + 0.45 * l2.duration)
    l3 = s.after(l2, "S1", "We did that last weekend too. I was hoping for one quiet day at home with you.", 0.4)
    bc2 = s.add("S2", "Yeah.", l3.start + 0.5 * l3.duration)
    l4 = s.after(l3, "S2", "She asked us a month ago, and she is already planning the lunch.", 0.5)
    l5 = s.after(l4, "S1", "I need us to decide these things together before you say yes to anyone.", 0.4)
    l6 = s.after(l5, "S2", "You never listen to me. You always make everything about what you want.", 0.3, HEATED)
    attempt = s.add("S1", "But wait.", l6.start + 0.3 * l6.duration, HEATED)
    l7 = s.after(l6, "S1", "That is not true at all, and every time I try to explain my side you just", 0.2, HEATED)
    l8 = s.after(l7, "S2", "Oh here we go again, you are being ridiculous, and I have been telling you for weeks "
                 "that I am tired of planning everything on my own", 0.1, HEATED)
    l9 = s.add("S1", "Stop it right now because I am not doing this with you tonight.", l8.start + 0.5 * l8.duration, HEATED)
    l8.keep_s = (l9.start - l8.start) + 1.0  # talks on for 1 s, then gives up the floor
    l10 = s.after(l9, "S2", "Okay. I'm sorry. Can we slow down and start over?", 2.5)
    l11 = s.after(l10, "S1", "Yes. I'm sorry too. I know you want time for us.", 0.5)
    l12 = s.after(l11, "S2", "Thank you. Maybe we can see my sister on Sunday for an hour.", 0.4)
    l13 = s.after(l12, "S1", "That sounds fair. I will call her tomorrow morning.", 0.4)
    s.after(l13, "S2", "Good. Then Saturday is just for the two of us.", 0.4)
    truth = {
        "interruptions": [(l8.start, "S2", "S1", "cut_off"), (l9.start, "S1", "S2", "overlap")],
        "attempts": [(attempt.start, "S1", "S2")],
        "backchannels": [(bc1.start, "S1"), (bc2.start, "S2")],
        "heated": [l6, l7, l8, l9],
        "calm": [l1, l2, l3, l4, l5, l10, l11, l12, l13],
        "escalation": (l6.start, l9.end, "S2"),
        "repair": (l10.word_start("I'm sorry"), "S2"),
        "need": (l5.start, "S1"),
    }
    return s, truth


def calm(folder: Path) -> tuple[Script, dict]:
    """The control: the same kind of talk with backchannels, ordinary gaps and no conflict."""
    s = Script(folder)
    l1 = s.add("S1", "I wanted to talk about our plans for the weekend tonight.", 0.5)
    l2 = s.after(l1, "S2", "Sure. I thought we could visit my sister on Saturday afternoon, she has been asking for weeks.", 0.4)
    bc1 = s.add("S1", "Mm-hm.", l2.start + 0.45 * l2.duration)
    l3 = s.after(l2, "S1", "That sounds good. I was hoping we could also have one quiet day at home.", 0.5)
    bc2 = s.add("S2", "Yeah.", l3.start + 0.5 * l3.duration)
    l4 = s.after(l3, "S2", "Then let us keep Sunday free and go for a walk by the river.", 0.3)
    l5 = s.after(l4, "S1", "Good idea. I will bake a cake for your sister on Friday evening.", 0.6)
    l6 = s.after(l5, "S2", "She will love that. I can buy the flowers on the way.", 0.4)
    l7 = s.after(l6, "S1", "Then we leave at two and come back before dinner.", 0.5)
    l8 = s.after(l7, "S2", "That works for me. And on Sunday we sleep in.", 0.4)
    s.after(l8, "S1", "Perfect. I will put it in the calendar now.", 0.5)
    return s, {"backchannels": [(bc1.start, "S1"), (bc2.start, "S2")], "lines": 9}
