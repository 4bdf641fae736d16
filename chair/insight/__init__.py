"""Pure functions over voices and metrics: pillars, classification, redaction, people behind
percentages, disagreements, charts. Import the module you need: the window imports only what
its first paint uses, so this package imports nothing by itself."""
