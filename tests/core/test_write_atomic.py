"""Saving over a file: atomic, through symbolic links, keeping the file's permissions (issue 15, item 4)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from lossexplorer.core.data import atomic_file, write_atomic, write_points

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and symbolic links")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix
def test_saving_over_a_link_writes_the_file_it_points_to_and_keeps_the_link(tmp_path):
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    target = elsewhere / "lesson.lossx"
    target.write_text("old\n")
    link = tmp_path / "lesson.lossx"
    link.symlink_to(target)
    write_atomic(link, "new\n")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.lossx", "shared"]  # no temporary left
    assert [p.name for p in elsewhere.iterdir()] == ["lesson.lossx"]


@posix
def test_a_chain_of_links_and_a_relative_link_are_written_through(tmp_path):
    (tmp_path / "data").mkdir()
    target = tmp_path / "data" / "points.csv"
    target.write_text("x,y\n")
    first = tmp_path / "data" / "latest.csv"
    first.symlink_to("points.csv")  # relative, resolved from the link's folder
    second = tmp_path / "points.csv"
    second.symlink_to(first)
    write_points(second, [1.0, 2.0], [3.0, 4.0])
    assert second.is_symlink() and first.is_symlink()
    assert target.read_text() == "x,y\n1.0,3.0\n2.0,4.0\n"


@posix
def test_a_link_to_a_file_not_yet_there_creates_that_file(tmp_path):
    link = tmp_path / "out.csv"
    link.symlink_to(tmp_path / "real.csv")
    write_atomic(link, "a\n")
    assert link.is_symlink() and (tmp_path / "real.csv").read_text() == "a\n"


@posix
@pytest.mark.parametrize("permissions", [0o644, 0o640, 0o600, 0o664, 0o444])
def test_saving_over_a_file_keeps_its_permissions(tmp_path, permissions):
    path = tmp_path / "lesson.lossx"
    path.write_text("old\n")
    os.chmod(path, permissions)
    write_atomic(path, "new\n")
    assert path.read_text() == "new\n"
    assert mode(path) == permissions


@posix
def test_saving_through_a_link_keeps_the_targets_permissions(tmp_path):
    target = tmp_path / "target.csv"
    target.write_text("old\n")
    os.chmod(target, 0o644)
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    write_atomic(link, "new\n")
    assert mode(target) == 0o644


@posix
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path, umask):
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "new.csv", "x\n")
        with open(tmp_path / "plain.csv", "w") as f:  # what open() would give
            f.write("x\n")
    finally:
        os.umask(old)
    assert mode(tmp_path / "new.csv") == 0o666 & ~umask == mode(tmp_path / "plain.csv")


def test_a_failed_write_changes_nothing_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "picture.png"
    path.write_bytes(b"old picture")
    with pytest.raises(OSError), atomic_file(path, ".png") as tmp:
        Path(tmp).write_bytes(b"half a pic")
        raise OSError("disk full")
    assert path.read_bytes() == b"old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["picture.png"]


@posix
def test_the_temporary_is_made_beside_the_links_target(tmp_path):
    target_dir = tmp_path / "target"
    target_dir.mkdir()
    link = tmp_path / "view.png"
    link.symlink_to(target_dir / "view.png")
    with atomic_file(link, ".png") as tmp:
        assert Path(tmp).parent == target_dir.resolve()
        Path(tmp).write_bytes(b"png")
    assert (target_dir / "view.png").read_bytes() == b"png"
