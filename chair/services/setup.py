"""What the settings change below the interface, applied in one place: the window calls it at
start and whenever the settings are saved, the command line before each command."""

from __future__ import annotations

from chair.config.settings import Settings
from chair.insight.classification import use_taxonomy_file


def apply_settings(settings: Settings | None = None) -> None:
    """The user's taxonomy file extends the bundled cues and places from now on."""
    settings = settings or Settings()
    use_taxonomy_file(settings.get("taxonomy.file") or None)
