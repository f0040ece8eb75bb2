"""The core is NumPy/SciPy only: importing it must load no Qt module."""

import subprocess
import sys


def test_importing_the_core_and_cli_loads_no_qt_module():
    code = (
        "import sys, lossexplorer.core, lossexplorer.cli\n"
        "from lossexplorer.core import fit, solve, preset\n"
        "p = preset('noisy-line'); fit(p.x, p.y, loss='mae', epochs=3); solve(p.x, p.y, loss='huber')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')"
        " or m.startswith('lossexplorer.gui'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
