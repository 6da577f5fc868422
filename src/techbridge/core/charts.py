"""Charts drawn on the server as SVG: no JavaScript, no library fetched from anywhere, the same
picture in the browser, in print and in a PDF. Each chart is a `<svg role="img">` with a title;
pages show the same numbers as a table beside it (readable without the picture).

`bars` draws one horizontal bar per labelled value (top sectors, countries, provinces);
`lines` draws one line per series over ordered labels (months, weeks); `columns` draws
stacked columns over ordered labels (a funnel over time)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

PALETTE = ("#1f5fa8", "#d9822b", "#2e8b57", "#b03a48", "#6c5ba7", "#7a7a7a")
FONT = "font-family='system-ui, sans-serif' font-size='11'"


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float]


def _number(value: float) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if abs(value) >= 10_000:
        return f"{value / 1_000:.0f}k"
    return f"{value:g}" if value != int(value) else f"{int(value)}"


def _nice_max(value: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten at or above `value` (axis top)."""
    if value <= 0:
        return 1.0
    step = 1.0
    while step * 10 <= value:
        step *= 10
    for factor in (1, 2, 5, 10):
        if step * factor >= value:
            return step * factor
    return step * 10


def _svg(width: int, height: int, title: str, body: list[str]) -> SafeString:
    head = (
        f"<svg xmlns='http://www.w3.org/2000/svg' class='chart' role='img' "
        f"viewBox='0 0 {width} {height}' width='100%' preserveAspectRatio='xMinYMin meet'>"
        f"<title>{escape(title)}</title>"
    )
    return mark_safe(head + "".join(body) + "</svg>")  # noqa: S308 - every text is escaped


def bars(items: Sequence[tuple[str, float]], *, title: str, width: int = 560) -> SafeString:
    """Horizontal bars, one per (label, value), in the order given."""
    row, label_width, pad = 20, 180, 8
    height = max(row * len(items) + 2 * pad, 40)
    top = _nice_max(max((v for _l, v in items), default=0))
    span = width - label_width - 60
    body = []
    for i, (label, value) in enumerate(items):
        y = pad + i * row
        length = 0 if top <= 0 else max(span * value / top, 0)
        text = label if len(label) <= 28 else label[:27] + "…"
        body.append(
            f"<text x='{label_width - 6}' y='{y + 14}' text-anchor='end' {FONT}>"
            f"{escape(text)}</text>"
            f"<rect x='{label_width}' y='{y + 3}' width='{length:.1f}' height='{row - 6}' "
            f"fill='{PALETTE[0]}'><title>{escape(label)}: {_number(value)}</title></rect>"
            f"<text x='{label_width + length + 4:.1f}' y='{y + 14}' {FONT}>{_number(value)}</text>"
        )
    if not items:
        body.append(f"<text x='{pad}' y='24' {FONT}>—</text>")
    return _svg(width, height, title, body)


def _frame(labels: Sequence[str], top: float, width: int, height: int) -> list[str]:
    """Axes, three grid lines with their values and at most 12 labels under the x axis."""
    left, bottom = 44, height - 24
    body = [f"<line x1='{left}' y1='{bottom}' x2='{width - 8}' y2='{bottom}' stroke='#999'/>"]
    for k in range(1, 4):
        y = bottom - (bottom - 10) * k / 3
        body.append(
            f"<line x1='{left}' y1='{y:.1f}' x2='{width - 8}' y2='{y:.1f}' stroke='#e3e3e3'/>"
            f"<text x='{left - 4}' y='{y + 4:.1f}' text-anchor='end' {FONT}>"
            f"{_number(top * k / 3)}</text>"
        )
    every = max(1, -(-len(labels) // 12))
    step = (width - left - 16) / max(len(labels), 1)
    for i, label in enumerate(labels):
        if i % every == 0:
            x = left + step * (i + 0.5)
            body.append(
                f"<text x='{x:.1f}' y='{height - 8}' text-anchor='middle' {FONT}>"
                f"{escape(label)}</text>"
            )
    return body


def _legend(series: Sequence[Series], width: int) -> list[str]:
    body, x = [], 48
    for i, one in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        body.append(
            f"<rect x='{x}' y='2' width='10' height='10' fill='{colour}'/>"
            f"<text x='{x + 14}' y='11' {FONT}>{escape(one.label)}</text>"
        )
        x += 24 + 7 * len(one.label)
        if x > width - 60:
            break
    return body


def lines(
    labels: Sequence[str], series: Sequence[Series], *, title: str, width: int = 560
) -> SafeString:
    """One line per series over the ordered labels, with a legend."""
    height, left = 220, 44
    bottom = height - 24
    top = _nice_max(max((v for s in series for v in s.values), default=0))
    step = (width - left - 16) / max(len(labels), 1)
    body = _frame(labels, top, width, height) + _legend(series, width)
    for i, one in enumerate(series):
        points = " ".join(
            f"{left + step * (j + 0.5):.1f},{bottom - (bottom - 20) * v / top:.1f}"
            for j, v in enumerate(one.values)
        )
        colour = PALETTE[i % len(PALETTE)]
        body.append(
            f"<polyline points='{points}' fill='none' stroke='{colour}' stroke-width='2'>"
            f"<title>{escape(one.label)}</title></polyline>"
        )
    return _svg(width, height, title, body)


def columns(
    labels: Sequence[str], series: Sequence[Series], *, title: str, width: int = 560
) -> SafeString:
    """Stacked columns over the ordered labels, one colour per series, with a legend."""
    height, left = 220, 44
    bottom = height - 24
    totals = [sum(s.values[j] for s in series) for j in range(len(labels))]
    top = _nice_max(max(totals, default=0))
    step = (width - left - 16) / max(len(labels), 1)
    body = _frame(labels, top, width, height) + _legend(series, width)
    for j, label in enumerate(labels):
        base = float(bottom)
        for i, one in enumerate(series):
            h = (bottom - 20) * one.values[j] / top
            base -= h
            body.append(
                f"<rect x='{left + step * j + step * 0.15:.1f}' y='{base:.1f}' "
                f"width='{step * 0.7:.1f}' height='{h:.1f}' "
                f"fill='{PALETTE[i % len(PALETTE)]}'><title>{escape(label)} · "
                f"{escape(one.label)}: {_number(one.values[j])}</title></rect>"
            )
    return _svg(width, height, title, body)


# China's provinces as a tile grid (one square each, placed roughly where they lie), by the
# codes of `core.provinces`.
PROVINCE_TILES = {
    "HL": (0, 7), "NM": (1, 4), "BJ": (1, 5), "JL": (1, 7),
    "XJ": (2, 0), "NX": (2, 1), "SX": (2, 2), "HE": (2, 3), "TJ": (2, 4), "LN": (2, 5),
    "QH": (3, 0), "GS": (3, 1), "SN": (3, 2), "HA": (3, 3), "SD": (3, 4),
    "XZ": (4, 0), "SC": (4, 1), "CQ": (4, 2), "HB": (4, 3), "AH": (4, 4), "JS": (4, 5),
    "SH": (4, 6), "YN": (5, 1), "GZ": (5, 2), "HN": (5, 3), "JX": (5, 4), "ZJ": (5, 5),
    "GX": (6, 2), "GD": (6, 3), "FJ": (6, 4), "TW": (6, 5), "HI": (7, 3), "HK": (7, 4),
    "MO": (7, 5),
}  # fmt: skip


def _shade(share: float) -> str:
    """From a pale blue (nothing) to the palette's blue (the most)."""
    low, high = (238, 243, 250), (31, 95, 168)
    r, g, b = (round(lo + (hi - lo) * share) for lo, hi in zip(low, high, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def province_tiles(
    values: dict[str, float], names: dict[str, str], *, title: str, size: int = 52
) -> SafeString:
    """A tile map of China's provinces shaded by value, each tile with its code and value
    (its name and value as a tooltip)."""
    top = max(values.values(), default=0) or 1
    body = []
    for code, (row, col) in PROVINCE_TILES.items():
        value = values.get(code, 0)
        x, y = col * (size + 4) + 2, row * (size + 4) + 2
        ink = "#fff" if value / top > 0.55 else "#333"
        body.append(
            f"<g><title>{escape(names.get(code, code))}: {_number(value)}</title>"
            f"<rect x='{x}' y='{y}' width='{size}' height='{size}' rx='4' "
            f"fill='{_shade(value / top)}' stroke='#c9d3e0'/>"
            f"<text x='{x + size / 2}' y='{y + 22}' text-anchor='middle' fill='{ink}' {FONT}>"
            f"{code}</text>"
            f"<text x='{x + size / 2}' y='{y + 38}' text-anchor='middle' fill='{ink}' {FONT}>"
            f"{_number(value) if value else ''}</text></g>"
        )
    return _svg(8 * (size + 4), 8 * (size + 4), title, body)
