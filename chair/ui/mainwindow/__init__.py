"""The main window, in parts by concern (see `window.py`)."""

from chair.ui.mainwindow.window import MainWindow

__all__ = ["MainWindow"]
