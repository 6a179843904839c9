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


@pytest.mark.slow
def test_desktop_file_validates():
    out = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "error" not in (out.stdout + out.stderr).lower()


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


# ------------------------------------------------------------- the locked bundle
LOCK = PKG / "requirements.lock"
BUILD = PKG / "build.sh"


def _locked() -> dict[str, str]:
    """name -> version of every package in the lock, after checking each one is pinned with hashes."""
    import re

    pins: dict[str, str] = {}
    text = LOCK.read_text()
    for block in re.split(r"\n(?=[a-z0-9])", text.strip()):
        head = block.splitlines()[0]
        m = re.match(r"^([a-z0-9._-]+)==([0-9][^\s\\]*)", head)
        assert m, f"{LOCK.name}: not pinned with ==: {head}"
        assert "--hash=sha256:" in block, f"{LOCK.name}: {m.group(1)} has no hash"
        pins[m.group(1)] = m.group(2)
    return pins


def test_the_lock_pins_every_dependency_and_pyinstaller_with_hashes():
    import re
    import tomllib

    pins = _locked()
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for dep in deps:
        if "python_version >= '3.12'" in dep:
            continue  # the lock is for Python 3.11
        name = re.match(r"[A-Za-z0-9._-]+", dep).group(0).lower().replace("_", "-")
        assert name in pins, f"{name} is a dependency but not in {LOCK.name}: regenerate it (packaging/requirements.in)"
    assert "pyinstaller" in pins and "setuptools" in pins
    script = BUILD.read_text()
    assert "--require-hashes" in script and "--no-deps" in script and "requirements.lock" in script
    assert "SOURCE_DATE_EPOCH" in script and "PYTHONHASHSEED" in script


def _python311() -> str:
    for name in ("python3.11", "python3"):
        path = shutil.which(name)
        if path and subprocess.run([path, "-c", "import sys; sys.exit(sys.version_info[:2] != (3, 11))"]).returncode == 0:
            return path
    pytest.skip("the lock is for Python 3.11, which is not installed")


def _build(tmp: Path, n: int) -> Path:
    env = dict(os.environ, COACH_BUILD_VENV=str(tmp / "venv"), COACH_BUILD_DIST=str(tmp / f"dist{n}"),
               COACH_BUILD_WORK=str(tmp / f"work{n}"))
    out = subprocess.run(["bash", str(BUILD)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert "Built " in out.stdout
    return tmp / f"dist{n}" / "lumbar-coach"


def _files(folder: Path) -> dict[str, tuple[int, str]]:
    import hashlib

    return {str(p.relative_to(folder)): (p.stat().st_size, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def _real_data_folder(folder: Path) -> Path:
    """A data folder as a person's: one profile four weeks into the program, with its history."""
    import datetime as dt

    from sample_history import write_sample_history

    from coach.core.clock import SystemClock
    from coach.resources import default_program_path
    from coach.store import profiles
    from coach.store.db import Store
    from coach.store.program_folder import profile_program

    store = Store.open(folder)
    try:
        start = SystemClock().today() - dt.timedelta(days=27)
        p = profiles.create_profile(store, name="Alex Example", affected_side="right", start_date=start,
                                    program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
        write_sample_history(store, p, profile_program(p), 28)
    finally:
        store.close()
    return folder


@pytest.mark.longest
@pytest.mark.slow
def test_bundle_builds_from_the_lock_and_runs_on_a_real_data_folder(tmp_path):
    """One build (about 70 s here) that opens a real folder and draws, reports and exports from it.

    That two builds are byte-identical is checked by packaging/check-reproducible.sh (two builds'
    time, so it is run by hand and before a release rather than in every test run).
    """
    _python311()
    if shutil.which("strip") is None:
        pytest.skip("strip (binutils) is not installed")
    first = _build(tmp_path, 1)
    files = _files(first)
    size = sum(s for s, _ in files.values())
    assert size < 185 * 2**20, f"the bundle grew to {size / 2**20:.1f} MiB"
    qt_translations = {Path(f).name for f in files if "PySide6/Qt/translations/" in f}
    assert qt_translations == {"qtbase_es.qm"}, "Qt's own translations: only those of the app's languages"
    assert any(f.endswith("assets/translations/coach_es.qm") for f in files), "the Spanish texts, compiled"
    assert not any("libqeglfs" in f or "libqgtk3" in f for f in files)

    data = _real_data_folder(tmp_path / "data")
    exe = first / "lumbar-coach"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACH_NO_SOUND="1")
    env.pop("COACH_DATA_DIR", None)
    out = subprocess.run([str(exe), "--data-dir", str(data), "--smoke-test"], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Today shown"
    out = subprocess.run([str(exe), "--data-dir", str(data), "--smoke-test"], env=dict(env, COACH_LANGUAGE="es"),
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "Today shown", out.stderr
    # the parts of the bundle the smoke test does not load: the chart files, reportlab and
    # Pillow (the report), the FHIR export
    for args, made in ((["chart", "--out", str(tmp_path / "c.png")], "c.png"),
                       (["report", "--out", str(tmp_path / "r.pdf")], "r.pdf"),
                       (["export", "--format", "fhir", "--out", str(tmp_path / "f.json")], "f.json")):
        out = subprocess.run([str(exe), "--data-dir", str(data), *args], env=env, capture_output=True, text=True,
                             timeout=120)
        assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
        assert (tmp_path / made).stat().st_size > 1000


@pytest.mark.slow
def test_smoke_test_opens_a_real_data_folder_and_adds_nothing(tmp_path):
    data = _real_data_folder(tmp_path / "data")
    import sqlite3

    def profiles_in() -> int:
        with sqlite3.connect(data / "coach.db") as c:
            return c.execute("select count(*) from profiles").fetchone()[0]

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACH_NO_SOUND="1")
    env.pop("COACH_DATA_DIR", None)
    out = subprocess.run([sys.executable, "-m", "coach", "--data-dir", str(data), "--smoke-test"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Today shown"
    assert profiles_in() == 1
    empty = tmp_path / "empty"
    out = subprocess.run([sys.executable, "-m", "coach", "--data-dir", str(empty), "--smoke-test"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and "no profile" in out.stderr


# ------------------------------------------------------------------ AppStream
SHOTS = PKG / "screenshots"


def test_metainfo_screenshots_are_in_the_repository_with_captions():
    from PySide6.QtGui import QImage

    root = ET.parse(METAINFO).getroot()
    shots = root.findall("screenshots/screenshot")
    assert len(shots) >= 4 and shots[0].get("type") == "default"
    for shot in shots:
        assert (shot.findtext("caption") or "").strip()
        image = shot.find("image")
        url = image.text.strip()
        assert url.startswith("https://"), url
        local = SHOTS / url.rsplit("/", 1)[1]
        img = QImage(str(local))
        assert not img.isNull(), f"{url} has no file in {SHOTS}"
        assert (img.width(), img.height()) == (int(image.get("width")), int(image.get("height")))
        assert local.stat().st_size < 400_000
    assert {p.name for p in SHOTS.glob("*.png")} == {s.find("image").text.rsplit("/", 1)[1] for s in shots}
    release = root.find("releases/release")
    assert release.get("version") == __import__("coach").__version__
    assert len(release.findall("description/ul/li")) >= 5


@pytest.mark.slow
def test_screenshot_script_shows_every_screen(tmp_path):
    from PySide6.QtGui import QImage

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACH_NO_SOUND="1")
    out = subprocess.run([sys.executable, str(PKG / "make_screenshots.py"), "--out", str(tmp_path)], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    made = sorted(p.name for p in tmp_path.glob("*.png"))
    assert made == sorted(p.name for p in SHOTS.glob("*.png"))
    for name in made:
        img = QImage(str(tmp_path / name))
        assert (img.width(), img.height()) == (1280, 720)
        colours = {img.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 720, 40)}
        assert len(colours) > 8, f"{name} looks blank"
