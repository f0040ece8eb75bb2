"""`python -m lossexplorer`: the same as the `lossexplorer` command."""

import sys

from lossexplorer.cli import main

if __name__ == "__main__":  # a spawned child process (core/isolated.py) imports this module by name
    import multiprocessing

    multiprocessing.freeze_support()  # in a frozen (PyInstaller) app a spawned solve starts here
    sys.exit(main())
