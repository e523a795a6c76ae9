"""``python -m bench``: run every benchmark and write bench/results.md."""

import sys

from bench.run import main

sys.exit(main())
