"""Charts draw on a Figure (Agg): asserted by their artists, not their pixels."""

from __future__ import annotations

from matplotlib.figure import Figure

from chair.insight.charts import MEETING_STYLE, draw_trend

TREND = [(f"2026-11-{d:02d}", v) for d, v in zip(range(1, 8), (0.98, 0.97, 0.99, 0.96, 0.98, 0.985, 0.99), strict=True)]


def test_trend_line_target_and_latest_point() -> None:
    figure = Figure()
    draw_trend(figure, TREND, 0.975, color="#c0672b")
    [axes] = figure.axes
    [line] = [ln for ln in axes.get_lines() if ln.get_label() == "value"]
    assert list(line.get_ydata()) == [v for _, v in TREND]
    assert [ln.get_ydata()[0] for ln in axes.get_lines() if ln.get_label() == "target"] == [0.975]
    labels = {c.get_label() for c in axes.collections}
    assert "latest" in labels and "below target" not in labels
    low, high = axes.get_ylim()
    assert low < 0.96 and high > 0.99


def test_larger_charts_mark_days_below_target_and_show_dates() -> None:
    figure = Figure()
    draw_trend(figure, TREND, 0.975, style=MEETING_STYLE, mark_below=True, dates=True)
    [axes] = figure.axes
    [below] = [c for c in axes.collections if c.get_label() == "below target"]
    assert len(below.get_offsets()) == 2
    assert {t.get_text() for t in axes.texts} == {"2026-11-01", "2026-11-07"}


def test_no_data_draws_nothing() -> None:
    figure = Figure()
    draw_trend(figure, [], None)
    assert not figure.axes[0].get_lines()


def test_response_times_pair_answer_and_close_per_owner_slowest_on_top() -> None:
    from chair.insight.charts import draw_response_times

    figure = Figure()
    draw_response_times(figure, [("Ewa", 4.0, 9.0, None), ("Omar", None, None, 5.5)],
                        due_days=3)
    (axes,) = figure.axes
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Omar", "Ewa"]  # top is last
    widths = sorted(round(p.get_width(), 1) for p in axes.patches if p.get_width())
    assert widths == [4.0, 5.5, 9.0]
    assert [line.get_xdata()[0] for line in axes.get_lines()] == [3]
