"""`python -m lossmon.server.cli`: the same command line as the `lossmon` script."""

from lossmon.server.cli import main

main(prog_name="lossmon")
