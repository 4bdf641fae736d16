"""QtCore only: runs slow functions off the GUI thread and relays their messages."""
