"""The table ``python -m benchmarks`` prints: targets met or not, ratios to floors, ranges (no timing here)."""

import json

from benchmarks import __main__ as runner
from benchmarks import figures


def recorded(tmp_path, monkeypatch, *calls) -> list[dict]:
    out = tmp_path / "figures.jsonl"
    monkeypatch.setenv(figures.ENV, str(out))
    for args, kwargs in calls:
        figures.record(*args, **kwargs)
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_each_figure_says_whether_its_target_and_its_ratio_to_the_floor_are_met(tmp_path, monkeypatch):
    found = recorded(
        tmp_path, monkeypatch,
        (("Start", 600.0, "ms"), dict(floor=650.0, floor_name="plot window", ratio_target=1.0)),
        (("Start, slow", 700.0, "ms"), dict(floor=650.0, floor_name="plot window", ratio_target=1.0)),
        (("Hold CPU", 0.4, "%"), dict(target=1.0)),
        (("Walk CPU", 1.2, "%"), dict(target=1.0)),
        (("PIN try", 410.0, "ms"), dict(target=500.0, at_least=250.0)),
        (("PIN try, too fast", 90.0, "ms"), dict(target=500.0, at_least=250.0)),
        (("Memory on Today", 120.0, "MB"), {}),
    )
    rows = {r[0]: r for r in runner.rows_of(found)}
    assert rows["Start"][4] == "0.92×" and rows["Start"][5] == "yes"
    assert rows["Start, slow"][4] == "1.08×" and rows["Start, slow"][5] == "NO"
    assert rows["Hold CPU"][1:3] == ["0.40 %", "≤ 1.00 %"] and rows["Hold CPU"][5] == "yes"
    assert rows["Walk CPU"][5] == "NO"
    assert rows["PIN try"][2] == "250 ms – 500 ms" and rows["PIN try"][5] == "yes"
    assert rows["PIN try, too fast"][5] == "NO"
    assert rows["Memory on Today"][1] == "120 MB" and rows["Memory on Today"][5] == ""


def test_the_table_lines_up_in_text_and_is_a_markdown_table(tmp_path, monkeypatch):
    found = recorded(tmp_path, monkeypatch, (("Hold CPU", 0.4, "%"), dict(target=1.0)),
                     (("Progress open", 215.0, "ms"), dict(target=250.0)))
    text = runner.table(runner.rows_of(found), markdown=False).splitlines()
    assert text[0].startswith("Figure") and set(text[1].replace(" ", "")) == {"-"}
    assert text[2].index("0.40 %") == text[3].index("215 ms") == text[0].index("Value")
    md = runner.table(runner.rows_of(found), markdown=True).splitlines()
    assert md[0] == "| Figure | Value | Target | Floor (same run) | Ratio | Met |"
    assert md[3] == "| Progress open | 215 ms | ≤ 250 ms |  |  | yes |"


def test_a_benchmark_run_alone_records_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv(figures.ENV, raising=False)
    figures.record("Hold CPU", 0.4, "%", target=1.0)
    assert list(tmp_path.iterdir()) == []


def test_every_benchmark_is_in_the_run():
    names = [name for name, _full, _quick in runner.plan([])]
    on_disk = sorted(p.stem for p in runner.HERE.glob("bench_*.py"))
    assert sorted(names) == on_disk and len(names) == len(set(names))
