"""Server-side SVG charts for the statistics page: pure, no script, no third-party request.

Every value a chart shows is also in the table beside it (screen readers and print
read the table); the SVG is marked as an image with a label.

Each chart is drawn twice: wide for a desk, narrow for a phone (inbox.css shows one).
Drawn 640 units wide and shrunk to a 390 px screen, its 10 to 12 unit labels were 5 to 6 px;
the narrow one is about as many units wide as a phone's card is pixels, so its labels
keep their size.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Mapping, Sequence

from markupsafe import Markup

#: Distinguishable colours with at least 3:1 contrast on white (WCAG 1.4.11).
PALETTE = ("#0b5394", "#b35c00", "#2e7d32", "#8e24aa", "#c62828", "#00695c", "#5d4037")
INK = "#1a1a1a"
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 220, 36, 28, 10
#: The phone's drawing: about the width of a lead page's card on a 390 px screen.
NARROW = 320
LEGEND_ROW, LEGEND_WIDTH = 24, 150
#: Every label's size, in units (pixels where the chart is shown at its own width).
FONT_SIZE = 12
#: Room for a week's label ("14.09.") under its bar.
COLUMN_LABEL = 44


def _svg(label: str, width: int, height: float, parts: list[str]) -> str:
    shape = "wide" if width == WIDTH else "narrow"
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height:.0f}" '
        f'role="img" aria-label="{html.escape(label)}" class="chart {shape}">'
    )
    return head + "".join(parts) + "</svg>"


def _text(x: float, y: float, content: object, anchor: str = "start") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{FONT_SIZE}" '
        f'fill="{INK}">{html.escape(str(content))}</text>'
    )


def _rect(x: float, y: float, width: float, height: float, colour: str) -> str:
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}" fill="{colour}"/>'
    )


def _colours(count: int) -> list[str]:
    return [PALETTE[n % len(PALETTE)] for n in range(count)]


def both(draw: Callable[[int], str]) -> Markup:
    """A chart drawn ``WIDTH`` and ``NARROW`` units wide, for the page to show the one that
    fits (inbox.css)."""
    return Markup(draw(WIDTH) + draw(NARROW))


def stacked_bars(
    label: str, columns: Sequence[str], series: Mapping[str, Sequence[int]], width: int = WIDTH
) -> str:
    """A stacked bar per column (e.g. week), one colour per series (e.g. office), with a legend."""
    totals = [sum(values[i] for values in series.values()) for i in range(len(columns))]
    top = max([*totals, 1])
    base = HEIGHT - BOTTOM
    step = (width - LEFT) / max(len(columns), 1)
    bar = max(step * 0.7, 2.0)
    # Every column's label where there is room for it, else every second or third.
    every = max(1, math.ceil(COLUMN_LABEL / step))
    legend_columns = max(1, (width - LEFT) // LEGEND_WIDTH)
    colours = _colours(len(series))
    parts = [
        f'<line x1="{LEFT}" y1="{base}" x2="{width}" y2="{base}" stroke="#4a4a4a"/>',
        _text(LEFT - 4, TOP + 10, top, "end"),
        _text(LEFT - 4, base, 0, "end"),
    ]
    for i, column in enumerate(columns):
        x = LEFT + i * step + (step - bar) / 2
        y = float(base)
        for colour, values in zip(colours, series.values(), strict=True):
            height = (base - TOP) * values[i] / top
            if height > 0:
                y -= height
                parts.append(_rect(x, y, bar, height, colour))
        if i % every == 0:
            parts.append(_text(x + bar / 2, base + 16, column, "middle"))
    for n, (name, colour) in enumerate(zip(series, colours, strict=True)):
        x = LEFT + (n % legend_columns) * LEGEND_WIDTH
        y = HEIGHT + 8 + LEGEND_ROW * (n // legend_columns)
        parts += [_rect(x, y, 12, 12, colour), _text(x + 18, y + 11, name)]
    rows = -(-len(series) // legend_columns)
    return _svg(label, width, HEIGHT + LEGEND_ROW * rows + 8, parts)


def horizontal_bars(label: str, values: Mapping[str, int], width: int = WIDTH) -> str:
    """One bar per entry in the given order (e.g. a funnel's steps), with its number:
    its name beside it, or above it where the chart is narrow (a question's name took
    half a phone's width)."""
    top = max([*values.values(), 1])
    narrow = width < WIDTH
    row = 40 if narrow else 26
    start = 0 if narrow else 200
    parts = []
    for i, (name, value) in enumerate(values.items()):
        y = 4 + i * row + (16 if narrow else 0)
        length = (width - start - 60) * value / top
        parts += [
            _text(0, y - 4, name) if narrow else _text(190, y + 15, name, "end"),
            _rect(start, y, length, 18, PALETTE[0]),
            _text(start + 4 + length, y + 14, value),
        ]
    return _svg(label, width, row * len(values) + 8, parts)
