"""`python -m monitor.cli`: the same command line as the `lossmon` script."""

from monitor.cli import main

main(prog_name="lossmon")
