"""Output files: the right ending, never replaced silently, written whole, private."""

import os
import stat

import pytest

from coach.export import outfile
from coach.export.outfile import (
    OutputError,
    OutputExists,
    check_file,
    check_folder,
    write_bytes,
    write_folder,
)


def mode(p) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_a_file_is_checked_before_anything_is_written(tmp_path):
    assert check_file(tmp_path / "a.PDF", (".pdf",)) == tmp_path / "a.PDF"
    with pytest.raises(OutputError, match=r"a\.txt: the report must end in \.pdf \(it ends in \.txt\)"):
        check_file(tmp_path / "a.txt", (".pdf",), "the report")
    with pytest.raises(OutputError, match="is a folder; give a file name ending in .png or .svg"):
        check_file(tmp_path, (".png", ".svg"))
    with pytest.raises(OutputError, match="the folder .* does not exist"):
        check_file(tmp_path / "no" / "a.pdf", (".pdf",))
    (tmp_path / "a.pdf").write_bytes(b"old")
    with pytest.raises(OutputExists, match="already exists"):
        check_file(tmp_path / "a.pdf", (".pdf",))
    assert check_file(tmp_path / "a.pdf", (".pdf",), force=True)


def test_files_are_written_whole_and_private(tmp_path, monkeypatch):
    p = write_bytes(tmp_path / "a.pdf", b"new")
    assert p.read_bytes() == b"new" and mode(p) == 0o600
    with pytest.raises(OutputExists):
        write_bytes(p, b"other")
    assert p.read_bytes() == b"new"
    p.chmod(0o644)
    write_bytes(p, b"newer", force=True)
    assert p.read_bytes() == b"newer" and mode(p) == 0o600

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outfile.os, "replace", broken)
    with pytest.raises(OutputError, match="No space left on device"):
        write_bytes(p, b"half", force=True)
    assert p.read_bytes() == b"newer"  # the old file stays until the new one is complete
    assert [x.name for x in tmp_path.iterdir()] == ["a.pdf"]  # no temporary file left


def test_a_folder_of_files_is_new_empty_or_an_earlier_export(tmp_path, monkeypatch):
    files = {"a.csv": b"1", "b.csv": b"2"}
    out = tmp_path / "csv"
    written = write_folder(out, files)
    assert sorted(p.name for p in written) == ["a.csv", "b.csv"]
    assert mode(out) == 0o700 and all(mode(p) == 0o600 for p in written)
    with pytest.raises(OutputExists, match="already holds an earlier export"):
        write_folder(out, files)
    write_folder(out, {"a.csv": b"3", "b.csv": b"4"}, force=True)
    assert (out / "a.csv").read_bytes() == b"3"
    (out / "photo.jpg").write_bytes(b"x")
    with pytest.raises(OutputError, match=r"already holds other files \(photo.jpg\)"):
        check_folder(out, set(files), force=True)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert check_folder(empty, set(files)) == empty
    with pytest.raises(OutputError, match="is a file"):
        check_folder(out / "a.csv", set(files))
    # a failure while replacing puts the earlier export back
    real = os.replace
    calls = []

    def fail_second(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        real(src, dst)

    (out / "photo.jpg").unlink()
    monkeypatch.setattr(outfile.os, "replace", fail_second)
    with pytest.raises(OutputError, match="Input/output error"):
        write_folder(out, {"a.csv": b"5", "b.csv": b"6"}, force=True)
    assert (out / "a.csv").read_bytes() == b"3"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv", "empty"]
