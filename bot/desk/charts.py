"""Server-side SVG charts for the statistics page: pure, no script, no third-party request.

Every value a chart shows is also in the table beside it (screen readers and print
read the table); the SVG is marked as an image with a label.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

#: Distinguishable colours with at least 3:1 contrast on white (WCAG 1.4.11).
PALETTE = ("#0b5394", "#b35c00", "#2e7d32", "#8e24aa", "#c62828", "#00695c", "#5d4037")
INK = "#1a1a1a"
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 220, 36, 28, 10
LEGEND_ROW, LEGEND_COLUMNS = 24, 4


def _svg(label: str, height: float, parts: list[str]) -> str:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" '
        f'role="img" aria-label="{html.escape(label)}" class="chart">'
    )
    return head + "".join(parts) + "</svg>"


def _text(x: float, y: float, content: object, anchor: str = "start", size: int = 12) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" '
        f'fill="{INK}">{html.escape(str(content))}</text>'
    )


def _rect(x: float, y: float, width: float, height: float, colour: str) -> str:
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}" fill="{colour}"/>'
    )


def _colours(count: int) -> list[str]:
    return [PALETTE[n % len(PALETTE)] for n in range(count)]


def stacked_bars(label: str, columns: Sequence[str], series: Mapping[str, Sequence[int]]) -> str:
    """A stacked bar per column (e.g. week), one colour per series (e.g. office), with a legend."""
    totals = [sum(values[i] for values in series.values()) for i in range(len(columns))]
    top = max([*totals, 1])
    base = HEIGHT - BOTTOM
    step = (WIDTH - LEFT) / max(len(columns), 1)
    bar = max(step * 0.7, 2.0)
    colours = _colours(len(series))
    parts = [
        f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH}" y2="{base}" stroke="#4a4a4a"/>',
        _text(LEFT - 4, TOP + 10, top, "end", 11),
        _text(LEFT - 4, base, 0, "end", 11),
    ]
    for i, column in enumerate(columns):
        x = LEFT + i * step + (step - bar) / 2
        y = float(base)
        for colour, values in zip(colours, series.values(), strict=True):
            height = (base - TOP) * values[i] / top
            if height > 0:
                y -= height
                parts.append(_rect(x, y, bar, height, colour))
        if len(columns) <= 16 or i % 2 == 0:
            parts.append(_text(x + bar / 2, base + 16, column, "middle", 10))
    for n, (name, colour) in enumerate(zip(series, colours, strict=True)):
        x, y = LEFT + (n % LEGEND_COLUMNS) * 150, HEIGHT + 8 + LEGEND_ROW * (n // LEGEND_COLUMNS)
        parts += [_rect(x, y, 12, 12, colour), _text(x + 18, y + 11, name)]
    rows = -(-len(series) // LEGEND_COLUMNS)
    return _svg(label, HEIGHT + LEGEND_ROW * rows + 8, parts)


def horizontal_bars(label: str, values: Mapping[str, int]) -> str:
    """One bar per entry in the given order (e.g. a funnel's steps), with its number."""
    top = max([*values.values(), 1])
    row = 26
    parts = []
    for i, (name, value) in enumerate(values.items()):
        y = 4 + i * row
        width = (WIDTH - 260) * value / top
        parts += [
            _text(190, y + 15, name, "end"),
            _rect(200, y, width, 18, PALETTE[0]),
            _text(204 + width, y + 14, value),
        ]
    return _svg(label, row * len(values) + 8, parts)
