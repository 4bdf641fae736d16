"""chair: a seat for the customer at the leadership table."""

__version__ = "0.1.0"
APP_ID = "io.github.chair.Chair"
APP_NAME = "chair"
