"""Pictures of the home page, drawn at build time as SVG and HTML: readable without
JavaScript, with text alternatives, coloured by the theme's CSS variables (light and dark)."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from briefing.model import Document, Person, Topic

WIDTH, ROW, TOP, LEFT = 760, 26, 34, 16
AXIS_END, LABEL_X = 260, 290  # time axis on the left, labels in one column on the right


def _as_date(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    # A partial date stands at the start of its period, where it also sorts.
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def timeline_svg(documents: list[Document], title: str, link_prefix: str = "sources/") -> str:
    """A time axis with one mark per dated source, joined to its label; undated sources are left to the list."""
    dated = sorted((d for d in documents if d.meta.date), key=lambda d: (_as_date(d.meta.date), d.seed))
    if not dated:
        return ""
    days = [_as_date(d.meta.date).toordinal() for d in dated]
    first, last = min(days), max(days)
    span = max(last - first, 1)
    height = TOP + ROW * len(dated)
    x = lambda day: LEFT + (AXIS_END - LEFT) * (day - first) / span  # noqa: E731
    parts = [
        f'<svg class="briefing-timeline" viewBox="0 0 {WIDTH} {height}" role="group" '
        f'aria-labelledby="timeline-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="timeline-title">{html.escape(title)}</title>',
        f'<line class="axis" x1="{LEFT}" y1="{TOP - 14}" x2="{AXIS_END}" y2="{TOP - 14}"/>',
        f'<text class="tick" x="{LEFT}" y="{TOP - 20}">{html.escape(dated[0].meta.date)}</text>',
        f'<text class="tick" x="{AXIS_END}" y="{TOP - 20}" text-anchor="end">{html.escape(dated[-1].meta.date)}</text>',
    ]
    for i, (doc, day) in enumerate(zip(dated, days)):
        cx, cy = x(day), TOP + ROW * i
        label = f"{doc.meta.date}{'*' if doc.meta.date_inferred else ''} · {doc.meta.title or doc.seed}"
        if len(label) > 72:
            label = label[:71] + "…"
        parts.append(
            f'<a href="{link_prefix}{doc.id}/"><line class="stem" x1="{cx:.1f}" y1="{TOP - 14}" x2="{cx:.1f}" y2="{cy}"/>'
            f'<line class="stem" x1="{cx:.1f}" y1="{cy}" x2="{LABEL_X - 6}" y2="{cy}"/>'
            f'<circle class="mark" cx="{cx:.1f}" cy="{cy}" r="5"/>'
            f'<text class="label" x="{LABEL_X}" y="{cy + 4}">{html.escape(label)}</text></a>')
    parts.append("</svg>")
    return "".join(parts)


def matrix_table(people: list[Person], topics: list[Topic], caption: str, cell_title: Callable[[int], str],
                 link_prefix: str = "", corner: str = "Name") -> str:
    """Experts × topics as an HTML table: the number of a person's sources on each topic.

    Experts come first, then the people quoted from business and politics. `cell_title(n)` is a
    cell's tooltip ("2 Quellen"). The table carries a class, so the theme does not wrap it in
    a scroll box of its own; the one wrapper here scrolls sideways when the table is wider
    than the page (briefing.css).
    """
    topics = [t for t in topics if t.experts]
    people = sorted((p for p in people if p.topics), key=lambda p: p.category == "quoted")
    if not topics or not people:
        return ""
    head = "".join(f'<th scope="col"><a href="{link_prefix}topics/{t.id}/">{html.escape(t.label)}</a></th>'
                   for t in topics)
    rows = []
    for p in people:
        cells = []
        for t in topics:
            count = len(set(p.sources) & set(t.sources)) if t.id in p.topics else 0
            text = (f'<span class="briefing-dot" title="{html.escape(cell_title(count))}">{count}</span>'
                    if count else '<span class="briefing-none">–</span>')
            cells.append(f"<td>{text}</td>")
        rows.append(f'<tr><th scope="row"><a href="{link_prefix}experts/{p.id}/">{html.escape(p.name)}</a></th>'
                    + "".join(cells) + "</tr>")
    return (f'<div class="briefing-matrix"><table class="briefing-matrix__table">'
            f'<caption>{html.escape(caption)}</caption>'
            f'<thead><tr><th scope="col"><span class="briefing-sr">{html.escape(corner)}</span></th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')
