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


# ------------------------------------------------------------------ in-process: data safety on the command line
import hashlib  # noqa: E402

from coach.cli import main  # noqa: E402


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.fixture
def history(tmp_path, monkeypatch):
    """A data folder with a profile, a backup and one diary day after the backup; COACH_DATA_DIR points at it."""
    from tests.store.test_recovery import make_history

    d = tmp_path / "data"
    make_history(d)
    monkeypatch.setenv("COACH_DATA_DIR", str(d))
    return d


def test_data_dir_cannot_be_empty(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--data-dir", "", "check"])
    assert e.value.code == 2
    assert "--data-dir needs a folder" in capsys.readouterr().err


@pytest.mark.parametrize("command", [
    ["export", "--format", "json", "--out", "{tmp}/out.json"],
    ["export", "--format", "csv", "--out", "{tmp}/csv"],
    ["chart", "--out", "{tmp}/c.png"],
    ["report", "--out", "{tmp}/r.pdf"],
    ["backup"],
    ["check"],
])
def test_no_command_restores_silently(history, tmp_path, capsys, command):
    from tests.store.test_recovery import truncated

    path = history / "coach.db"
    truncated(path)
    before = _digest(path)
    code = main([c.replace("{tmp}", str(tmp_path)) for c in command])
    err = capsys.readouterr().err
    assert code == 1
    assert "damaged" in err and "coach check --repair" in err and "Nothing was changed" in err
    assert "Traceback" not in err
    assert _digest(path) == before and not list(history.glob("coach-damaged-*"))


def test_check_repair_restores_says_what_and_the_next_check_is_clean(history, capsys):
    from tests.store.test_recovery import missing_table

    missing_table(history / "coach.db")
    assert main(["check"]) == 1
    out = capsys.readouterr()
    assert "table tracker_entries is missing" in out.err
    assert main(["check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "Repaired:" in out and "newest good backup" in out and "7 sessions and 7 diary days" in out
    assert "Integrity:   ok" in out
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "Recovered:" in out and "Integrity:   ok" in out
    assert main(["check", "--repair"]) == 0
    assert "nothing to repair" in capsys.readouterr().out


def test_check_reports_a_newer_database_and_exits_non_zero(history, capsys):
    import sqlite3

    conn = sqlite3.connect(history / "coach.db")
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert "made by a newer Lumbar Coach" in err and "read-only" in err


def test_an_unexpected_error_is_one_line_and_the_details_go_to_a_private_file(monkeypatch, capsys, tmp_path):
    import stat

    import coach.commands.backup as backup_cmd

    def boom(args):
        raise RuntimeError("something nobody expected\nsecond line")

    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setattr(backup_cmd, "run", boom)
    code = main(["backup"])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "coach backup: unexpected error (RuntimeError: something nobody expected)" in err
    where = Path(err.strip().rsplit("details are in ", 1)[1])
    assert "Traceback" in where.read_text() and stat.S_IMODE(where.stat().st_mode) == 0o600
    where.unlink()


@pytest.mark.slow
def test_smoke_test_opens_the_given_data_folder_as_the_app_does(history):
    from tests.store.test_recovery import garbage_header

    garbage_header(history / "coach.db")
    r = coach("--data-dir", str(history), "--smoke-test", env={"QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0, r.stderr
    assert "Today shown" in r.stdout
    assert "newest good backup" in r.stderr  # the recovery is said, not silent
    assert list(history.glob("coach-damaged-*.db"))


@pytest.mark.slow
def test_smoke_test_fails_on_a_folder_without_a_profile(tmp_path):
    r = coach("--data-dir", str(tmp_path / "empty"), "--smoke-test", env={"QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 1 and "no profile yet" in r.stderr


@pytest.mark.parametrize("ref", ["../secret.png", "{abs}", "link-out.png", "dir-out/secret.png"])
def test_illustrate_reads_no_image_outside_the_program_folder(tmp_path, capsys, ref):
    program_dir = tmp_path / "prog"
    program_dir.mkdir()
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG private")
    (program_dir / "link-out.png").symlink_to(secret)
    (program_dir / "dir-out").symlink_to(tmp_path)
    text = (ROOT / "programs" / "upper-lumbar-4-week.toml").read_text(encoding="utf-8")
    text = text.replace('figure = "knee-to-chest"', f'image = "{ref.replace("{abs}", str(secret))}"', 1)
    (program_dir / "p.toml").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["illustrate", str(program_dir / "p.toml"), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert ("points outside the program's folder" in err or "is an absolute path" in err) and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom", "fifo"])
def test_validate_refuses_devices_and_pipes_at_once(tmp_path, capsys, target):
    import os

    if target == "fifo":
        target = str(tmp_path / "p.toml")
        os.mkfifo(target)
    assert main(["validate", target]) == 1
    err = capsys.readouterr().err
    assert "is not a regular file" in err and err.strip().splitlines()[-1] == "1 of 1 file(s) have problems."


def test_handout_for_a_very_long_name_is_a_message(tmp_path, capsys):
    code = main(["handout", str(ROOT / "programs" / "upper-lumbar-4-week.toml"), "--week", "1",
                 "--out", str(tmp_path / "h.pdf"), "--for", "N" * 100_000])
    err = capsys.readouterr().err
    assert code == 1 and "--for" in err and "at most" in err and "Traceback" not in err
    assert not (tmp_path / "h.pdf").exists()


def test_everything_a_command_writes_is_private(history, tmp_path, capsys):
    import os
    import stat

    os.umask(0o022)  # a usual, loose umask: the command makes its own files private anyway
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    assert main(["export", "--format", "json", "--out", str(tmp_path / "all.json")]) == 0
    assert main(["backup"]) == 0
    written = [tmp_path / "all.json", *(tmp_path / "csv").iterdir(), *history.rglob("*")]
    for f in written:
        mode = stat.S_IMODE(f.stat().st_mode)
        assert mode == (0o700 if f.is_dir() else 0o600), (f, oct(mode))
    assert stat.S_IMODE((tmp_path / "csv").stat().st_mode) == 0o700
    assert os.umask(0o022) == 0o022  # the command put the umask back as it found it
