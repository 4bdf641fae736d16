"""`python -m chair` runs the command line."""

import sys

from chair.cli import main

sys.exit(main())
