"""python -m bench.synth --papers N --seed S --out DIR (see bench.synth.cli)."""

import sys

from bench.synth.cli import main

sys.exit(main())
