"""The frozen build's entry point: the command line, with multiprocessing's frozen support
(large imports start worker processes through this same executable)."""

import multiprocessing
import sys

from chair.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
