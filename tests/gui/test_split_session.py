"""The split in a session (.lossx): `points.held` lists the held-out points' indices; a session
without it holds none out, and a damaged one is refused in one line that says where."""

from __future__ import annotations

import json

import numpy as np
import pytest

from lossexplorer.core import InputError
from lossexplorer.gui.session import Session, from_json, to_json, write_session_in_pieces
from lossexplorer.gui.settings import FitSettings


def session(held=None) -> Session:
    x = np.arange(5.0)
    return Session(x, 2 * x, FitSettings(), [0.0, 0.0], [0.0, 0.0], held=held)


def test_the_held_out_points_go_out_and_come_back():
    held = np.array([False, True, False, False, True])
    text = to_json(session(held))
    assert json.loads(text)["points"]["held"] == [1, 4]
    assert from_json(text).held.tolist() == held.tolist()


def test_a_session_without_held_out_points_writes_none_and_reads_none():
    text = to_json(session(np.zeros(5, bool)))
    assert "held" not in json.loads(text)["points"]
    assert from_json(text).held is None


def test_a_session_written_in_pieces_keeps_the_split(tmp_path):
    held = np.array([True, False, False, True, False])
    path = tmp_path / "s.lossx"
    write_session_in_pieces(path, session(held))
    assert from_json(path.read_text(encoding="utf-8")).held.tolist() == held.tolist()


@pytest.mark.parametrize("held, said", [
    ([7], "points.held[0] is 7, not one of the 5 points"),
    ([1, 1], "points.held[1] is 1, twice"),
    ("1", "points.held must be a list of point indices"),
    ([1.5], "points.held must be a list of point indices"),
])
def test_a_damaged_split_is_refused_in_one_line(held, said):
    data = json.loads(to_json(session()))
    data["points"]["held"] = held
    with pytest.raises(InputError) as caught:
        from_json(json.dumps(data), "lesson.lossx")
    assert str(caught.value) == f"lesson.lossx: damaged session ({said})"


def test_on_many_points_j_follows_edits_of_a_split_without_a_new_build(qapp):
    """A held-out point's edit leaves J as it is (the same object); a training point's edits J's
    statistics in O(k²) (issue 15's path), and J stays that of the training points alone."""
    from lossexplorer.core import make_objective
    from lossexplorer.gui.lesson import Lesson

    lesson = Lesson()
    rng = np.random.default_rng(0)
    x = rng.normal(size=30_000)
    lesson.replace_points(x, 2 * x + rng.normal(size=30_000), "many")
    lesson.hold_out(0.3)
    held = lesson.points.held_out
    first_held, first_training = int(np.flatnonzero(held)[0]), int(np.flatnonzero(~held)[5])
    j = lesson.objective
    lesson.drag_point(first_held, 3.0, 4.0)
    assert lesson.objective is j
    lesson.drag_point(first_training, 1.0, 9.0)
    lesson.add_point(0.5, 0.5)
    lesson.remove_points([first_training])
    assert lesson.objective.edits == 3
    points, beta = lesson.points, np.array([0.3, 1.7])
    alone = make_objective(points.x[~points.held_out], points.y[~points.held_out])
    assert lesson.objective.n == alone.n
    assert lesson.objective.value(beta) == pytest.approx(alone.value(beta), rel=1e-12)
