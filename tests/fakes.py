"""A fake of what the window needs from below (`chair.ui.access.DataAccess`): voices and
pillar numbers held in memory, every call written down. The window runs on it unchanged,
which is what the protocols promise."""

from __future__ import annotations

import dataclasses
from typing import Any

from chair.domain.errors import ChairError
from chair.domain.model import Escalation, Voice, VoiceFilter
from chair.insight.pillars import PillarSummary
from chair.ui.access import PageKey


def _newest_first(v: Voice) -> tuple[int, int]:
    return (-v.received_at, -(v.id or 0))


class FakeData:
    """Voices in a list, a change counter, the calls made; no "?" loop and no meetings."""

    database_path = ":memory:"
    target = ":memory:"
    escalations = None
    meetings = None

    def __init__(self, voices: list[Voice], summaries: list[PillarSummary]) -> None:
        self.voices = [dataclasses.replace(v, id=i) for i, v in enumerate(voices, 1)]
        self.summaries = summaries
        self.version = 1
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def add(self, voice: Voice) -> None:
        """Another process wrote a voice."""
        self.voices.append(dataclasses.replace(voice, id=len(self.voices) + 1))
        self.version += 1

    def _matching(self, flt: VoiceFilter) -> list[Voice]:
        words = flt.query.lower().split()
        return sorted((v for v in self.voices
                       if all(w in v.text.lower() for w in words)
                       and (not flt.pillars or v.pillar in flt.pillars)), key=_newest_first)

    def fetch_page(self, flt: VoiceFilter, after: PageKey | None, limit: int) -> list[Voice]:
        self.calls.append(("fetch_page", (flt, after, limit)))
        found = self._matching(flt)
        if after is not None:
            found = [v for v in found if (v.received_at, v.id or 0) < after]
        return found[:limit]

    def last_id(self) -> int:
        return len(self.voices)

    def on_change(self, callback: object, on_online: object = None) -> None:
        pass

    def data_version(self) -> int:
        return self.version

    def get_voice(self, voice_id: int) -> Voice | None:
        return next((v for v in self.voices if v.id == voice_id), None)

    def added_since(self, last_id: int, flt: VoiceFilter) -> list[Voice]:
        return [v for v in self._matching(flt) if (v.id or 0) > last_id]

    def open_escalations(self) -> list[Escalation]:
        return []

    def dashboard(self) -> tuple[list[PillarSummary], list[Any]]:
        return self.summaries, []

    def recent_decisions(self) -> list[tuple[int, str, str]]:
        return []

    def brief(self) -> Any:
        raise ChairError("no pre-read from the fake")

    def trends(self, pillar: str) -> Any:
        from chair.insight.trends import pillar_trends

        return pillar_trends(pillar, [], [], 20_000)

    def since_last_meeting(self) -> Any:
        raise ChairError("no meetings in the fake")

    def detections(self) -> list[Any]:
        return []

    def detect(self) -> list[Any]:
        return []

    def decide_detection(self, detection_id: int, state: str,
                         escalation_id: int | None = None) -> None:
        self.calls.append(("decide_detection", (detection_id, state, escalation_id)))

    def voice_count(self) -> int:
        return len(self.voices)

    def facets(self) -> dict[str, dict[str, int]]:
        def count(key: str) -> dict[str, int]:
            return {getattr(v, key): 1 for v in self.voices}

        return {"areas": count("area"), "languages": count("language"), "sources": count("source")}

    def correct_voice(self, voice_id: int, pillar: str | None, area: str | None) -> None:
        self.calls.append(("correct_voice", (voice_id, pillar, area)))

    def create_demo(self) -> Any:
        return None

    def remove_demo(self) -> int:
        return 0

    def import_paths(self, paths: list[str], state: Any = None) -> Any:
        raise NotImplementedError

    def rejects(self) -> list[Any]:
        return []

    def remove_voice(self, voice_id: int) -> bool:
        self.calls.append(("remove_voice", (voice_id,)))
        return False

    def source_sizes(self) -> dict[str, tuple[int, int]]:
        return {"fake": (len(self.voices), 0)}

    def remove_source(self, source: str) -> tuple[int, int]:
        self.calls.append(("remove_source", (source,)))
        return (0, 0)

    def owners(self) -> list[Any]:
        return []

    def replace_owners(self, owners: list[Any]) -> int:
        return len(owners)

    def import_owners(self, csv_path: str) -> int:
        return 0

    def save_password(self, kind: str, account: str, password: str) -> None:
        raise AssertionError("a fake never keeps passwords")

    def send_test_email(self, values: Any, password: str = "") -> str:
        raise AssertionError("a fake sends no email")

    def imap_account(self, url: str) -> str:
        return url

    def team_account(self, url: str) -> str:
        return url

    def use_settings(self, settings: Any) -> None:
        self.calls.append(("use_settings", (settings,)))
