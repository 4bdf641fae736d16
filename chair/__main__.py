"""`python -m chair` runs the command line."""

import multiprocessing
import sys

from chair.cli import main

if __name__ == "__main__":  # not in the worker processes that classify large imports
    multiprocessing.freeze_support()  # a frozen build starts those workers through itself
    sys.exit(main())
