"""coach export, coach chart and coach report as a person runs them, with no display."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from export_history import fill

ROOT = Path(__file__).resolve().parents[2]


def coach(*args, data_dir):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["COACH_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "coach", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    import datetime as dt

    from coach.resources import default_program_path
    from coach.store import profiles
    from coach.store.db import Store

    d = tmp_path_factory.mktemp("cli") / "data"
    store = Store.open(d)
    today = dt.date.today()
    p = profiles.create_profile(store, name="Sam", affected_side="left", start_date=today - dt.timedelta(days=20),
                                program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
    fill(store, p.id, start=p.start_date)  # the constructed data, ending today
    store.close()
    return d


@pytest.mark.slow
def test_chart_report_and_export_without_a_display(data_dir, tmp_path):
    r = coach("chart", "--out", str(tmp_path / "c.svg"), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Saved the charts (") and r.stdout.strip().endswith(f"to {tmp_path / 'c.svg'}")
    assert (tmp_path / "c.svg").read_bytes().startswith(b"<?xml")
    assert (tmp_path / "c.svg").stat().st_mode & 0o777 == 0o600
    r = coach("report", "--out", str(tmp_path / "r.pdf"), "--from", "2020-01-01", "--no-charts", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith("coach report: showing ") and "the first day with data is" in r.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    r = coach("export", "--format", "json", "--out", str(tmp_path / "d.json"), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "d.json").read_text())["profile"]["name"] == "Sam"
    r = coach("export", "--format", "csv", "--out", str(tmp_path / "csv"), data_dir=data_dir)
    assert r.returncode == 0 and "as 14 CSV files in" in r.stdout
    assert (tmp_path / "csv" / "tracker_entries.csv").is_file()


def run_main(*args, data_dir, monkeypatch, capsys) -> tuple[int, str, str]:
    """``coach ARGS`` in this process (what the process tests above prove runs the same as a command)."""
    from coach.cli import main

    monkeypatch.setenv("COACH_DATA_DIR", str(data_dir))
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_nothing_is_overwritten_without_force(data_dir, tmp_path, monkeypatch, capsys):
    for args, name in ((("chart",), "c.png"), (("report", "--no-charts"), "r.pdf"),
                       (("export", "--format", "json"), "d.json"), (("export", "--format", "csv"), "d.zip")):
        target = tmp_path / name
        target.write_bytes(b"mine")
        code, _out, err = run_main(*args, "--out", target, data_dir=data_dir, monkeypatch=monkeypatch, capsys=capsys)
        assert code == 1 and target.read_bytes() == b"mine"
        assert err.strip().splitlines() == [f"coach {args[0]}: {target} already exists; choose another name, "
                                            "or add --force to replace it"]
        code, _out, err = run_main(*args, "--out", target, "--force", data_dir=data_dir, monkeypatch=monkeypatch,
                                   capsys=capsys)
        assert code == 0, err
        assert target.read_bytes() != b"mine"


def test_ranges_are_clamped_or_refused_quickly(data_dir, tmp_path, monkeypatch, capsys):
    import datetime as dt
    import time

    def run(*args):
        return run_main(*args, data_dir=data_dir, monkeypatch=monkeypatch, capsys=capsys)

    t = time.monotonic()
    code, _out, err = run("chart", "--out", tmp_path / "c.png", "--from", "0001-01-01", "--to", "9999-12-31")
    assert code == 1 and not (tmp_path / "c.png").exists()
    assert err.strip().splitlines() == [
        f"coach chart: --from 0001-01-01 is out of range: choose a date from 2000-01-01 to today "
        f"({dt.date.today().isoformat()})"]
    code, _out, err = run("report", "--out", tmp_path / "r.pdf", "--from", "0001-01-01")
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    code, _out, err = run("report", "--out", tmp_path / "r.pdf", "--from", "2099-01-01")
    assert code == 1 and not (tmp_path / "r.pdf").exists()
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    code, _out, err = run("report", "--out", tmp_path / "r.pdf", "--from", future)
    assert code == 1 and "is after today" in err and not (tmp_path / "r.pdf").exists()
    assert time.monotonic() - t < 60  # refused at once, not after drawing thousands of years


@pytest.mark.slow
def test_handout_and_illustrate_outputs_are_safe_too(tmp_path):
    program = str(ROOT / "programs" / "upper-lumbar-4-week.toml")
    r = coach("handout", program, "--week", "1", "--out", str(tmp_path / "x.txt"), data_dir=tmp_path / "d")
    assert r.returncode == 1 and not (tmp_path / "x.txt").exists()
    assert r.stderr.strip().splitlines() == [f"coach handout: {tmp_path / 'x.txt'}: the handout must end in .pdf "
                                             "(it ends in .txt)"]
    (tmp_path / "h.pdf").write_bytes(b"mine")
    r = coach("handout", program, "--week", "1", "--out", str(tmp_path / "h.pdf"), data_dir=tmp_path / "d")
    assert r.returncode == 1 and (tmp_path / "h.pdf").read_bytes() == b"mine"
    r = coach("handout", program, "--week", "1", "--out", str(tmp_path / "h.pdf"), "--force", data_dir=tmp_path / "d")
    assert r.returncode == 0 and (tmp_path / "h.pdf").stat().st_mode & 0o777 == 0o600
    pics = tmp_path / "pics"
    pics.mkdir()
    (pics / "notes.txt").write_text("mine")
    r = coach("illustrate", program, "--out", str(pics), "--no-sheet", "--force", data_dir=tmp_path / "d")
    assert r.returncode == 1 and "already holds other files (notes.txt)" in r.stderr
    assert [p.name for p in pics.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize(("args", "message"), [
    (("chart", "--out", "{tmp}/c.png", "--from", "2026-02-30"),
     "coach chart: --from '2026-02-30' is not a date; use YYYY-MM-DD, for example 2026-03-01"),
    (("report", "--out", "{tmp}/r.pdf", "--from", "2026-03-10", "--to", "2026-03-01"),
     "coach report: --from 2026-03-10 is after --to 2026-03-01; choose a first day on or before the last day"),
    (("chart", "--out", "{tmp}/c.gif"), "coach chart: {tmp}/c.gif: the chart file must end in .png, .svg or .pdf "
                                        "(it ends in .gif)"),
    (("report", "--out", "{tmp}/nowhere/r.pdf"),
     "coach report: cannot write {tmp}/nowhere/r.pdf: the folder {tmp}/nowhere does not exist"),
    (("chart", "--out", "{tmp}/locked/c.png"),
     "coach chart: cannot write {tmp}/locked/c.png: you may not write to the folder {tmp}/locked"),
    (("export", "--format", "json", "--out", "{tmp}/d.csv"),
     "coach export: {tmp}/d.csv: the JSON file must end in .json (it ends in .csv)"),
    (("export", "--format", "csv", "--out", "{tmp}/f.json"),
     "coach export: {tmp}/f.json: CSV is written as a folder of files, or a file ending in .zip; give a folder "
     "name or a name ending in .zip"),
    (("chart", "--out", "{tmp}/locked"), "coach chart: {tmp}/locked is a folder; give a file name ending in .png, "
                                         ".svg or .pdf"),
])
def test_errors_are_one_line_with_exit_code_1(data_dir, tmp_path, args, message, monkeypatch, capsys):
    if "may not write" in message and os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    from coach.cli import main

    monkeypatch.setenv("COACH_DATA_DIR", str(data_dir))
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code = main([a.format(tmp=tmp_path) for a in args])
    finally:
        locked.chmod(0o700)
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip().splitlines() == [message.format(tmp=tmp_path)]


@pytest.mark.slow
def test_a_failed_write_is_one_line_not_a_traceback(data_dir):
    r = coach("report", "--out", "/proc/coach-report.pdf", data_dir=data_dir)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines() == ["coach report: cannot write /proc/coach-report.pdf: No such file or "
                                             "directory"]


@pytest.mark.parametrize("args", [("chart", "--out", "/proc/coach-chart.png"),
                                  ("export", "--format", "csv", "--out", "/proc/coach-data.zip")])
def test_other_failed_writes(data_dir, args, monkeypatch, capsys):
    from coach.cli import main

    monkeypatch.setenv("COACH_DATA_DIR", str(data_dir))
    assert main(list(args)) == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        f"coach {args[0]}: cannot write {args[-1]}: No such file or directory"]


def test_no_profile_yet(tmp_path, monkeypatch, capsys):
    from coach.cli import main

    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "fresh"))
    assert main(["report", "--out", str(tmp_path / "r.pdf")]) == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        f"coach report: no profile yet in {tmp_path / 'fresh'}: open the app (run coach) once to set up your "
        "program, then try again"]


def test_the_commands_use_the_options_chosen_for_the_profile(data_dir, tmp_path, monkeypatch, capsys):
    """A physiotherapist chose the standing hip flexor stretch for this person: the exported prescription (and
    the report, from the same program) shows it in place of the kneeling one, as the app does."""
    from coach.store import profiles, program_options
    from coach.store.db import Store

    store = Store.open(data_dir)
    profile = profiles.active_profile(store)
    program_options.choose(store, profile.id, "upper-lumbar-4-week", "hip-flexor-stretch", "standing-hip-flexor-stretch")
    store.close()
    try:
        code, _out, err = run_main("export", "--format", "json", "--out", tmp_path / "d.json", data_dir=data_dir,
                                   monkeypatch=monkeypatch, capsys=capsys)
        assert code == 0, err
        ids = {r["exercise_id"] for r in json.loads((tmp_path / "d.json").read_text())["program"]}
        assert "standing-hip-flexor-stretch" in ids and "hip-flexor-stretch" not in ids
    finally:
        store = Store.open(data_dir)
        program_options.choose(store, profile.id, "upper-lumbar-4-week", "hip-flexor-stretch", None)
        store.close()
