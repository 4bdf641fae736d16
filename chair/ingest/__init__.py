"""Sources of customer voices -> Voice records -> the store; streaming, idempotent."""
