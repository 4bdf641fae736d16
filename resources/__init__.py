"""Runtime data files of chair (style sheets, icons, taxonomy, demo seeds)."""
