"""`python -m lossmon`: the same command line as the `lossmon` script."""

import sys

from lossmon.cli import main

sys.exit(main())
