"""`python -m namesake`: the same command line as the `namesake` script."""

from namesake.cli import main

main(prog_name="namesake")
