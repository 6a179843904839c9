"""Generate the cue sounds in ``assets/sounds/``: small, soft, deterministic WAV files.

Mono, 16-bit, 22.05 kHz, every file under 30 KB (about 0.68 s at most).
Only the standard library (``wave``, ``math``) is used, so the files can be
rebuilt anywhere and the output is byte-for-byte the same each time.

    python tools/make_sounds.py            # write the files
    python tools/make_sounds.py --check    # exit 1 if a committed file differs
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import sys
import wave
from collections.abc import Callable
from pathlib import Path

RATE = 22050
MAX_BYTES = 30_000
PEAK = 0.55  # of full scale: cues should be clear, never startling
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# equal-tempered note frequencies
NOTE = {
    "A3": 220.00, "C4": 261.63, "E4": 329.63, "G4": 392.00, "A4": 440.00, "C5": 523.25,
    "D5": 587.33, "E5": 659.25, "G5": 783.99, "A5": 880.00, "C6": 1046.50, "E6": 1318.51,
}

Signal = list[float]


def silence(seconds: float) -> Signal:
    return [0.0] * int(RATE * seconds)


def tone(freq: float, seconds: float, *, decay: float = 6.0, attack: float = 0.006,
         partials: tuple[tuple[float, float], ...] = ((1.0, 1.0), (2.0, 0.25), (3.0, 0.08))) -> Signal:
    """A struck tone: quick attack, exponential decay, a few soft harmonics."""
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        env = min(1.0, t / attack) * math.exp(-decay * t)
        v = sum(a * math.sin(2 * math.pi * freq * m * t) for m, a in partials)
        out.append(env * v)
    return out


def bell(freq: float, seconds: float, decay: float = 5.0) -> Signal:
    """A small bell: slightly inharmonic partials that fade faster than the fundamental."""
    n = int(RATE * seconds)
    parts = ((1.0, 1.0, 1.0), (2.76, 0.35, 2.2), (5.40, 0.12, 3.5), (2.0, 0.2, 1.5))
    out = []
    for i in range(n):
        t = i / RATE
        att = min(1.0, t / 0.004)
        v = sum(a * math.exp(-decay * k * t) * math.sin(2 * math.pi * freq * m * t) for m, a, k in parts)
        out.append(att * v)
    return out


def click(freq: float, seconds: float) -> Signal:
    """A short wooden tick."""
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        env = min(1.0, t / 0.001) * math.exp(-60.0 * t)
        out.append(env * (math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(2 * math.pi * freq * 2.3 * t)))
    return out


def mix(*layers: tuple[float, Signal]) -> Signal:
    """Overlay signals, each starting at its offset in seconds."""
    length = max(int(off * RATE) + len(sig) for off, sig in layers)
    out = [0.0] * length
    for off, sig in layers:
        start = int(off * RATE)
        for i, v in enumerate(sig):
            out[start + i] += v
    return out


def finish(sig: Signal, fade: float = 0.015) -> Signal:
    """Normalise to PEAK and fade the tail to zero (no click at the end)."""
    peak = max(abs(v) for v in sig) or 1.0
    out = [v / peak * PEAK for v in sig]
    n = int(RATE * fade)
    for i in range(min(n, len(out))):
        out[-1 - i] *= i / n
    return out


def encode(sig: Signal) -> bytes:
    frames = b"".join(struct.pack("<h", max(-32767, min(32767, round(v * 32767)))) for v in sig)
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)
    return buf.getvalue()


# ------------------------------------------------------------------ the cues
def get_ready() -> Signal:  # soft rising pair: "get ready"
    return mix((0.0, tone(NOTE["A4"], 0.22, decay=9)), (0.16, tone(NOTE["E5"], 0.3, decay=8)))


def go() -> Signal:  # one bright bell
    return bell(NOTE["C6"], 0.45, decay=6)


def last_three() -> Signal:  # a light tick
    return click(1200.0, 0.07)


def release() -> Signal:  # soft falling pair: "let go"
    return mix((0.0, tone(NOTE["E5"], 0.2, decay=9)), (0.15, tone(NOTE["A4"], 0.35, decay=7)))


def switch_side() -> Signal:  # ding-dong
    return mix((0.0, bell(NOTE["E5"], 0.3, decay=6)), (0.22, bell(NOTE["C5"], 0.42, decay=5)))


def rest_over() -> Signal:  # quick rising triad
    return mix((0.0, tone(NOTE["C5"], 0.2, decay=10)), (0.09, tone(NOTE["E5"], 0.2, decay=10)),
               (0.18, tone(NOTE["G5"], 0.3, decay=8)))


def beat() -> Signal:  # a soft low knock for tempo
    return click(620.0, 0.08)


def target_reached() -> Signal:  # two gentle bells a fifth apart
    return mix((0.0, bell(NOTE["C5"], 0.35, decay=5)), (0.2, bell(NOTE["G5"], 0.45, decay=5)))


def exercise_done() -> Signal:  # rising arpeggio
    return mix((0.0, tone(NOTE["C5"], 0.25, decay=8)), (0.1, tone(NOTE["E5"], 0.25, decay=8)),
               (0.2, tone(NOTE["G5"], 0.25, decay=8)), (0.3, tone(NOTE["C6"], 0.34, decay=6)))


def session_done() -> Signal:  # a warm chord of bells
    return mix((0.0, bell(NOTE["C5"], 0.64, decay=3.5)), (0.06, bell(NOTE["E5"], 0.58, decay=3.5)),
               (0.12, bell(NOTE["G5"], 0.52, decay=3.5)), (0.18, bell(NOTE["C6"], 0.46, decay=4)))


SOUNDS: dict[str, Callable[[], Signal]] = {
    "get_ready": get_ready,
    "go": go,
    "last_three": last_three,
    "release": release,
    "switch_side": switch_side,
    "rest_over": rest_over,
    "beat": beat,
    "target_reached": target_reached,
    "exercise_done": exercise_done,
    "session_done": session_done,
}


def build() -> dict[str, bytes]:
    out = {}
    for name, make in SOUNDS.items():
        data = encode(finish(make()))
        if len(data) >= MAX_BYTES:
            raise SystemExit(f"{name}.wav would be {len(data)} bytes (limit {MAX_BYTES})")
        out[name] = data
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the files on disk instead of writing")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    files = build()
    if args.check:
        bad = [n for n, d in files.items() if not (args.out / f"{n}.wav").is_file()
               or (args.out / f"{n}.wav").read_bytes() != d]
        for n in bad:
            print(f"{n}.wav differs from what tools/make_sounds.py makes", file=sys.stderr)
        return 1 if bad else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (args.out / f"{name}.wav").write_bytes(data)
        print(f"{name}.wav  {len(data):6d} bytes  {(len(data) - 44) / 2 / RATE:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
