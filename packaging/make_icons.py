"""Render the app icon (packaging/icon.svg) to PNGs at every size desktops ask for.

Run from the repository: ``.venv/bin/python packaging/make_icons.py``. Writes
``packaging/icons/hicolor/<N>x<N>/apps/org.lumbarcoach.LumbarCoach.png`` (and the
scalable SVG beside them) and copies the SVG to ``assets/icon.svg``, which the
running app (and an installed or frozen copy) uses as its window icon.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coach import APP_ID  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SOURCE = HERE / "icon.svg"
ICONS = HERE / "icons" / "hicolor"


def png_path(size: int) -> Path:
    return ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int, dest: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG.")
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    dest.parent.mkdir(parents=True, exist_ok=True)
    if not img.save(str(dest), "PNG"):
        raise SystemExit(f"Could not write {dest}.")


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    for size in SIZES:
        render(size, png_path(size))
    scalable = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    shutil.copyfile(SOURCE, ROOT / "assets" / "icon.svg")
    print(f"Wrote {len(SIZES)} PNGs under {ICONS.relative_to(ROOT)} and assets/icon.svg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
