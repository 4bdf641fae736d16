"""Background work: outcomes arrive on the GUI thread, failures as the exception itself, and
a newer call of the same key supersedes the one waiting."""

from __future__ import annotations

import threading

from chair.domain.errors import ChairError
from chair.tasks.runner import TaskRunner


def test_a_failure_reaches_the_caller_as_the_exception_and_as_a_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    caught: list[BaseException] = []
    said: list[str] = []

    def refuse() -> None:
        raise ChairError("The database is locked by another program.")

    runner.run(refuse, on_failure=caught.append, on_error=said.append)
    qtbot.waitUntil(lambda: bool(caught and said), timeout=5000)
    assert isinstance(caught[0], ChairError)
    assert said == ["The database is locked by another program."]


def test_a_newer_call_of_a_key_supersedes_the_one_waiting_and_stale_results_are_dropped(
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    runner = TaskRunner()
    release = threading.Event()
    ran: list[str] = []
    shown: list[str] = []

    def query(text: str) -> str:
        ran.append(text)
        if text == "d":
            release.wait(10)
        return text

    runner.run(query, "d", on_done=shown.append, key="page")
    qtbot.waitUntil(lambda: ran == ["d"], timeout=5000)
    assert runner.run(query, "de", on_done=shown.append, key="page") is None
    assert runner.run(query, "del", on_done=shown.append, key="page") is None
    assert runner.running("page")
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert ran == ["d", "del"]  # "de" never ran: "del" took its place while it waited
    assert shown == ["del"]  # "d" came back stale and was not shown
    assert not runner.running("page")


def test_a_window_searching_all_day_keeps_one_connection_per_worker_thread(
    qtbot, tmp_path  # type: ignore[no-untyped-def]
) -> None:
    from chair.domain.model import VoiceFilter
    from chair.services.workspace import Workspace

    workspace = Workspace.open(tmp_path / "chair.db")
    runner = TaskRunner(max_threads=4)
    pages: list[object] = []
    for k in range(60):  # typing: one page read per keystroke, each a task of its own
        runner.run(workspace.fetch_page, VoiceFilter(query=f"parcel{k}"), None, 100,
                   on_done=pages.append)
        if k % 4 == 3:
            qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    qtbot.waitUntil(lambda: len(pages) == 60, timeout=10_000)
    assert workspace._db.open_count() <= 4
    workspace.close()
