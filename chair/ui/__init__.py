"""Qt widgets, item models, delegates and dialogs of the window."""
