"""Charts as functions that draw on a matplotlib Figure (never pyplot): testable on Agg by
their artists, hosted by a canvas in the window, drawn larger in meeting mode."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure

from chair.domain.i18n import QT_TRANSLATE_NOOP, Words, english


@dataclass(frozen=True)
class ChartStyle:
    line: str = "#3b6ea8"
    target: str = "#8a8f98"
    below: str = "#b3261e"
    background: str = "#ffffff"
    text: str = "#5b616b"
    line_width: float = 1.6
    font_size: float = 7.5


MEETING_STYLE = ChartStyle(line_width=3.0, font_size=14)
DARK_STYLE = ChartStyle(line="#8ab4f8", target="#9aa0a6", below="#f28b82", background="#202124",
                        text="#bdc1c6")


def draw_trend(figure: Figure, trend: Sequence[tuple[str, float]], target: float | None,
               *, color: str | None = None, style: ChartStyle = ChartStyle(),
               mark_below: bool = False, dates: bool = False) -> None:
    """A pillar's daily value as a line against its target (dashed) with the last day marked;
    optionally the days below target in red and the first and last dates (larger charts).
    Empty when there is no data."""
    figure.clear()
    figure.set_facecolor(style.background)
    axes = figure.add_axes((0.0, 0.14, 1.0, 0.82) if dates else (0.0, 0.04, 1.0, 0.92))
    axes.set_facecolor(style.background)
    axes.set_axis_off()
    if not trend:
        return
    values = [v for _, v in trend]
    days = list(range(len(values)))
    axes.plot(days, values, color=color or style.line, linewidth=style.line_width,
              solid_capstyle="round", label="value")
    if target is not None:
        axes.axhline(target, color=style.target, linewidth=1, linestyle=(0, (3, 3)),
                     label="target")
        below = [(d, v) for d, v in zip(days, values, strict=True) if v < target]
        if below and mark_below:
            axes.scatter([d for d, _ in below], [v for _, v in below], s=6, color=style.below,
                         zorder=3, label="below target")
    axes.scatter([days[-1]], [values[-1]], s=18, color=color or style.line, zorder=4,
                 label="latest")
    low = min([*values, target if target is not None else values[0]])
    high = max([*values, target if target is not None else values[0]])
    pad = max((high - low) * 0.15, 0.002)
    axes.set_ylim(low - pad, high + pad)
    axes.set_xlim(-0.5, len(values) - 0.5)
    if dates:
        axes.text(0, 0.0, trend[0][0], transform=axes.get_xaxis_transform(), va="top",
                  fontsize=style.font_size, color=style.text)
        axes.text(len(values) - 1, 0.0, trend[-1][0], transform=axes.get_xaxis_transform(),
                  va="top", ha="right", fontsize=style.font_size, color=style.text)


def draw_response_times(
    figure: Figure, rows: Sequence[tuple[str, float | None, float | None, float | None]],
    *, due_days: float | None = None, style: ChartStyle = ChartStyle(),
    words: Words = english,
) -> None:
    """Per owner (owner, first answer, close, still waiting; days): the median days to a
    first answer and to closing as paired bars, and the longest wait with no answer yet as
    a hatched bar; the response time allowed as a dashed line. Rows top to bottom. `words`
    translates the legend and the axis label (the "Charts" context)."""
    figure.clear()
    figure.set_facecolor(style.background)
    axes = figure.add_subplot()
    axes.set_facecolor(style.background)
    if not rows:
        axes.set_axis_off()
        return
    owners = [r[0] for r in rows][::-1]
    answer = [(r[1] or 0.0) for r in rows][::-1]
    close = [(r[2] or 0.0) for r in rows][::-1]
    y = list(range(len(owners)))
    waiting = [(r[3] or 0.0) for r in rows][::-1]
    say = functools.partial(words, "Charts")
    axes.barh([v + 0.2 for v in y], answer, height=0.38, color=style.line,
              label=say(QT_TRANSLATE_NOOP("Charts", "first answer")))
    axes.barh([v + 0.2 for v in y], waiting, height=0.38, color="none", edgecolor=style.below,
              hatch="////", linewidth=0.8,
              label=say(QT_TRANSLATE_NOOP("Charts", "waiting, no answer yet")))
    axes.barh([v - 0.2 for v in y], close, height=0.38, color=style.target,
              label=say(QT_TRANSLATE_NOOP("Charts", "closed")))
    if due_days is not None:
        axes.axvline(due_days, color=style.below, linewidth=1, linestyle=(0, (3, 3)),
                     label=say(QT_TRANSLATE_NOOP("Charts", "response time allowed")))
    # Names as written: a '$' in a name is a dollar, not matplotlib's math markup.
    axes.set_yticks(y, owners, fontsize=style.font_size + 1, color=style.text, parse_math=False)
    axes.tick_params(axis="x", labelsize=style.font_size, colors=style.text)
    axes.set_xlabel(say(QT_TRANSLATE_NOOP("Charts", "days (median)")), fontsize=style.font_size,
                    color=style.text)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.legend(fontsize=style.font_size, frameon=False, loc="lower right")
    figure.tight_layout()


# Lines of areas told apart by colour; the last is for all the other areas together.
AREA_COLORS = ("#3b6ea8", "#c2571a", "#2e7d4f", "#8e44ad", "#a07800", "#00838f", "#c2185b",
               "#5d4037")
OTHER_COLOR = "#9aa0a6"


def draw_area_lines(
    figure: Figure, weeks: Sequence[str], lines: Sequence[tuple[str, Sequence[float | None]]],
    *, title: str, target: float | None = None, percent: bool = False,
    colors: dict[str, str] | None = None, style: ChartStyle = ChartStyle(),
    words: Words = english,
) -> None:
    """One line per area over the weeks, each named at its end (an area "" is every other
    area together); a dashed target when given; values as percentages when `percent`.
    `colors`: area -> colour, for an area drawn in the same colour on several charts.
    `words` translates the fixed labels (the "Charts" context)."""
    say = functools.partial(words, "Charts")
    figure.clear()
    figure.set_facecolor(style.background)
    axes = figure.add_axes((0.08, 0.14, 0.72, 0.74))
    axes.set_facecolor(style.background)
    axes.set_title(title, loc="left", fontsize=style.font_size + 2, color=style.text,
                   parse_math=False)
    drawn = [(area, values) for area, values in lines if any(v is not None for v in values)]
    if not drawn:
        axes.set_axis_off()
        axes.text(0.5, 0.5, say(QT_TRANSLATE_NOOP("Charts", "no data in these weeks")),
                  ha="center", va="center", transform=axes.transAxes,
                  fontsize=style.font_size + 1, color=style.text)
        return
    x = list(range(len(weeks)))
    ends: list[tuple[float, str, str]] = []
    for k, (area, values) in enumerate(drawn):
        color = OTHER_COLOR if not area else (colors or {}).get(
            area, AREA_COLORS[k % len(AREA_COLORS)])
        name = area or say(QT_TRANSLATE_NOOP("Charts", "other areas"))
        points = [(d, v) for d, v in zip(x, values, strict=True) if v is not None]
        axes.plot([d for d, _ in points], [v for _, v in points], color=color,
                  linewidth=style.line_width, marker="o", markersize=2.5, label=name,
                  linestyle=(0, (4, 2)) if not area else "-")
        ends.append((points[-1][1], name, color))
    if target is not None:
        axes.axhline(target, color=style.target, linewidth=1, linestyle=(0, (3, 3)),
                     label=say(QT_TRANSLATE_NOOP("Charts", "target")))
    if percent:
        axes.yaxis.set_major_formatter(lambda v, _pos: f"{v * 100:.1f}%")
    axes.set_xticks([0, len(weeks) // 2, len(weeks) - 1],
                    [weeks[0], weeks[len(weeks) // 2], weeks[-1]])
    axes.set_xlim(-0.3, len(weeks) - 0.7)
    axes.tick_params(labelsize=style.font_size, colors=style.text)
    axes.grid(axis="y", color=style.target, linewidth=0.4, alpha=0.4)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    # Each line named at its end, nudged apart so that two names never overlap.
    low, high = axes.get_ylim()
    gap = (high - low) * 0.07
    ends.sort()
    placed: list[float] = []
    for value, _, _ in ends:
        placed.append(max([value, *(p + gap for p in placed[-1:])]))
    # Kept inside the chart: from the top down, each name at most a gap below the next.
    for k in range(len(placed) - 1, -1, -1):
        placed[k] = min(placed[k], high if k == len(placed) - 1 else placed[k + 1] - gap)
    for (value, name, color), y in zip(ends, placed, strict=True):
        axes.annotate(name, (len(weeks) - 1, value), xytext=(len(weeks) - 0.5, y),
                      textcoords="data", fontsize=style.font_size + 0.5, color=color,
                      va="center", annotation_clip=False)
