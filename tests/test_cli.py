import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def coach(*args, env=None, **kw):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "coach", *args], cwd=ROOT, env=e, capture_output=True,
                          text=True, timeout=60, **kw)


@pytest.mark.slow
def test_validate_shipped_programs_passes():
    r = coach("validate", *[str(p) for p in sorted((ROOT / "programs").glob("*.toml"))])
    assert r.returncode == 0, r.stderr
    assert "ok (Upper lumbar 4-week movement program, 4 weeks, then maintenance)" in r.stdout


@pytest.mark.slow
def test_validate_broken_file_lists_problems_and_exits_1(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\ntitel = "y"\n[[weeks]]\nnumber = 0\ntitle = "w"\nexercises = []\n')
    r = coach("validate", str(bad))
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert f"{bad}:2: titel: unknown field (did you mean 'title'?)" in lines
    assert any(line.startswith(f"{bad}:4: weeks[1].number: 0 is not a week number") for line in lines)
    assert "Traceback" not in r.stderr


@pytest.mark.slow
def test_check_and_backup_on_a_fresh_folder(tmp_path):
    r = coach("--data-dir", str(tmp_path / "d"), "check")
    assert r.returncode == 0 and "Integrity:   ok" in r.stdout
    r = coach("backup", env={"COACH_DATA_DIR": str(tmp_path / "d")})
    assert r.returncode == 0 and "Backed up to" in r.stdout
    assert len(list((tmp_path / "d" / "backups").glob("*.db"))) == 1


@pytest.mark.slow
def test_unwritable_data_dir_is_a_message_not_a_traceback(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    r = coach("--data-dir", str(f / "sub"), "check")
    assert r.returncode == 1
    assert "cannot be created" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.slow
def test_no_display_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["COACH_DATA_DIR"] = str(tmp_path)
    r = subprocess.run([sys.executable, "-m", "coach"], cwd=ROOT, env=env, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1
    assert "needs a graphical display" in r.stderr
