"""My line in .lossx sessions: written and read back (also by the autosave's writer in pieces),
and a damaged my_line refused with one line naming what is wrong, the file unchanged."""

from __future__ import annotations

import json

import numpy as np
import pytest

from lossexplorer.core import InputError
from lossexplorer.gui.session import Session, from_json, read_session, to_json, write_session_in_pieces
from lossexplorer.gui.settings import FitSettings

MINE = {"model": "line", "coefficients": [1.5, 0.25], "shown": True}


def session(my_line=None) -> Session:
    x = np.arange(5.0)
    return Session(x, 2 * x + 1, FitSettings(), [0.0, 0.0], [0.0, 0.0], my_line=my_line)


def test_a_session_holds_my_line_and_the_autosave_writes_it_too(tmp_path):
    assert from_json(to_json(session(MINE))).my_line == MINE
    path = tmp_path / "auto.lossx"
    write_session_in_pieces(path, session(MINE))
    assert read_session(path).my_line == MINE


def test_a_session_without_my_line_has_none():
    data = json.loads(to_json(session()))
    assert "my_line" not in data
    assert from_json(json.dumps(data)).my_line is None


@pytest.mark.parametrize(("my_line", "said"), [
    ({"model": "line", "coefficients": [1.0]}, "my_line has 1 coefficients; line needs 2"),
    ({"model": "line", "coefficients": [1.0, "x"]}, "my_line.coefficients[1] is 'x'"),
    ({"model": "curve", "coefficients": [1.0]}, "my_line:"),
    ({"model": "line", "coefficients": [1.0, 2.0], "shown": "yes"}, "my_line needs a model name and shown"),
    ({"model": "", "coefficients": [1.0]}, "my_line has coefficients but no model"),
    ([1.0, 2.0], "my_line needs a model name"),
])
def test_a_damaged_my_line_is_refused_in_one_line(my_line, said):
    data = json.loads(to_json(session()))
    data["my_line"] = my_line
    with pytest.raises(InputError) as caught:
        from_json(json.dumps(data), "lesson.lossx")
    message = str(caught.value)
    assert message.startswith("lesson.lossx: damaged session") and said in message and "\n" not in message
