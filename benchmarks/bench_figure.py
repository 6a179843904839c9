"""Figure animation cost: solving a frame (core) and painting it at 400 px (QPainter), run by hand.

The session player repaints the figure at 30–60 Hz, so a frame must be far
cheaper than 16 ms. Prints, per figure and overall, the median time to solve a
frame (``FigureSequence.frame``) and to paint it into a 400 × 400 image, and
the frames per second that allows.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_figure.py [--size 400] [--frames 120] [NAME ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from coach.charts.figure_painter import paint_frame
from coach.core.figure import figure_names, figure_sequence


def measure(name: str, size: int, frames: int) -> tuple[float, float]:
    """Median seconds to solve one frame and to paint one frame of figure ``name``."""
    seq = figure_sequence(name)  # built once (cached), like the player does
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    solve, paint = [], []
    for i in range(frames):
        t = (i % 60) / 59
        t0 = time.perf_counter()
        frame = seq.frame(t)
        t1 = time.perf_counter()
        image.fill(QColor("white"))
        p = QPainter(image)
        paint_frame(p, frame, QRectF(0, 0, size, size))
        p.end()
        t2 = time.perf_counter()
        solve.append(t1 - t0)
        paint.append(t2 - t1)
    return statistics.median(solve), statistics.median(paint)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="figures (default: all)")
    ap.add_argument("--size", type=int, default=400)
    ap.add_argument("--frames", type=int, default=120)
    args = ap.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([])
    del app
    names = args.names or figure_names()
    t0 = time.perf_counter()
    for n in names:
        figure_sequence(n)
    print(f"build {len(names)} figures: {(time.perf_counter() - t0) * 1000:.0f} ms")
    rows = []
    for n in names:
        s, p = measure(n, args.size, args.frames)
        rows.append((n, s, p))
        print(f"{n:28s} solve {s * 1000:6.2f} ms  paint {p * 1000:6.2f} ms  → {1 / (s + p):6.0f} fps")
    total = statistics.median(s + p for _, s, p in rows)
    worst = max(rows, key=lambda r: r[1] + r[2])
    print(f"median frame {total * 1000:.2f} ms ({1 / total:.0f} fps at {args.size} px); "
          f"slowest {worst[0]} {(worst[1] + worst[2]) * 1000:.2f} ms")
    from benchmarks.figures import record

    record(f"Figure frame, solve + paint at {args.size} px (median)", total * 1000, "ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
