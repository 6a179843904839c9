"""Packaging files: validators pass, one app id everywhere, icons at every size, the spec compiles, --smoke-test."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coach import APP_ID, APP_NAME

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "packaging"
DESKTOP = PKG / f"{APP_ID}.desktop"
METAINFO = PKG / f"{APP_ID}.metainfo.xml"
SPEC = PKG / "lumbar-coach.spec"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_desktop_file_validates():
    out = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "error" not in (out.stdout + out.stderr).lower()


def test_metainfo_validates():
    out = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr


# make_qapp() styles the whole application, so it runs in its own process (the shared test QApplication
# keeps its plain style for the reference-image tests).
QAPP_CHECK = (
    "from coach.ui.app import make_qapp; a = make_qapp(); "
    "print(a.desktopFileName()); print(a.windowIcon().isNull())"
)


def _qapp_facts() -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", QAPP_CHECK], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_one_app_id_everywhere():
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(DESKTOP, encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "coach"
    # under X11 Qt names the window's WM_CLASS class after the application name (checked with xprop)
    assert entry["StartupWMClass"] == APP_NAME

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name

    assert f'APP_ID = "{APP_ID}"' in SPEC.read_text()
    assert _qapp_facts()[0] == APP_ID
    assert (PKG / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_icons_exist_at_every_size():
    from PySide6.QtGui import QImage

    for size in SIZES:
        path = PKG / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        img = QImage(str(path))
        assert not img.isNull(), f"missing or unreadable: {path}"
        assert (img.width(), img.height()) == (size, size), path


def test_the_window_icon_ships_with_the_assets():
    from coach.resources import icon_path

    assert icon_path().is_file()
    assert icon_path().read_bytes() == (PKG / "icon.svg").read_bytes()
    assert _qapp_facts()[1] == "False"  # the window icon is set


def test_spec_compiles():
    compile(SPEC.read_text(), str(SPEC), "exec")


def test_frozen_app_finds_its_files_under_meipass(monkeypatch, tmp_path):
    from coach import resources

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.programs_dir() == tmp_path / "programs"
    assert resources.icon_path() == tmp_path / "assets" / "icon.svg"


@pytest.mark.slow
@pytest.mark.parametrize("how", ["flag", "env"])
def test_smoke_test_from_source(how):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACH_NO_SOUND="1")
    cmd = [sys.executable, "-m", "coach"]
    if how == "flag":
        cmd.append("--smoke-test")
    else:
        env["COACH_SMOKE_TEST"] = "1"
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Today shown"
    assert "Traceback" not in out.stderr
