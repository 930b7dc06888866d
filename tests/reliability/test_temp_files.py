"""Temporary files: exports never leave a partial plaintext copy beside the target, every
start sweeps what a killed process left, and a damaged journal never deletes a user's file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from vrac_desktop.store import files
from vrac_desktop.store.files import WriteError, sweep_temp, write_export
from vrac_desktop.store.instance import InstanceLock
from vrac_desktop.store.paths import DataPaths


def test_export_replaces_the_target_and_leaves_nothing_else(paths: DataPaths,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    target = out / "family.json"
    write_export(paths, target, b"first")
    write_export(paths, target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in out.iterdir()] == ["family.json"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not list((paths.temp / files.OUTSIDE).glob("*")) if paths.temp.exists() else True


def test_without_o_tmpfile_the_temporary_file_is_journaled_and_swept(
        paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no unnamed file can be made (FAT USB sticks, macOS, Windows): a kill between
    writing and renaming leaves a named file, recorded in the data folder's journal."""
    monkeypatch.setattr(files, "_link_unnamed", lambda *a: False)
    out = tmp_path / "usb"
    out.mkdir()
    killed: list[Path] = []

    def die(src: str, dst: str) -> None:
        killed.append(Path(src))
        raise KeyboardInterrupt  # stands in for the kill: the process stops here

    monkeypatch.setattr(files.os, "replace", die)
    with pytest.raises(KeyboardInterrupt):
        write_export(paths, out / "family.json", b"secret plan")
    monkeypatch.undo()
    # What a SIGKILL leaves: the except-clause cleanup did not run. Recreate that state.
    leftover = killed[0]
    leftover.write_bytes(b"secret pl")
    record = paths.temp / files.OUTSIDE / "dead.path"
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_bytes(os.fsencode(str(leftover)))
    with InstanceLock(paths):  # the next start
        pass
    assert not leftover.exists() and not record.exists()
    assert list(out.iterdir()) == []


def test_sweep_removes_only_temporary_names(paths: DataPaths, tmp_path: Path) -> None:
    paths.ensure()
    precious = tmp_path / "plan.pdf"
    precious.write_bytes(b"%PDF")
    record = paths.temp / files.OUTSIDE / "x.path"
    record.parent.mkdir(parents=True)
    record.write_bytes(os.fsencode(str(precious)))  # a damaged or hostile record
    (paths.temp / "1234.db").write_bytes(b"half a backup")
    (paths.root / ".settings.json.abcd.tmp").write_bytes(b"{")
    removed = sweep_temp(paths)
    assert precious.exists()
    assert not (paths.temp / "1234.db").exists()
    assert not (paths.root / ".settings.json.abcd.tmp").exists()
    assert len(removed) == 3


def test_export_into_a_missing_folder_says_so(paths: DataPaths, tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="does not exist"):
        write_export(paths, tmp_path / "nope" / "x.json", b"x")
    with pytest.raises(WriteError, match="is a folder"):
        write_export(paths, tmp_path, b"x")
