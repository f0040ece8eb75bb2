import sys

from lossexplorer.cli import main

sys.exit(main())
