"""Blocks of the document model → safe Markdown for the source page.

Seed text is data: raw HTML is escaped so it shows as text and never runs,
`javascript:` links are dropped, remote images become captioned links unless
the editor allows hot-linking.
"""

from __future__ import annotations

import html
import re

from briefing.model import Block

_MD_LINK = re.compile(r"(!?)\[([^\]]*)\]\(\s*([^)\s]*)[^)]*\)")
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "#", "/")


def inline(text: str) -> str:
    """Escape HTML; keep Markdown emphasis; drop links with unsafe schemes."""
    text = html.escape(text, quote=False)
    # A gender star ("Expert*innen") must not open emphasis.
    text = re.sub(r"(?<=\w)\*(?=\w)", r"\\*", text)

    def fix_link(match: re.Match) -> str:
        bang, label, target = match.groups()
        if bang or not target.lower().startswith(_SAFE_SCHEMES):
            return label  # images inside text and script links: keep only the words
        return f"[{label}]({target})"

    text = _MD_LINK.sub(fix_link, text)
    # "{" would let attr_list put attributes (onclick=…) on the element; "|" would make a table.
    text = text.replace("{", "&#123;").replace("|", "&#124;")
    # Indentation would make a code block; a line starting with these would become structure
    # (heading, list, setext underline, rule, reference definition) Markdown did not get from us.
    text = re.sub(r"^[ \t]+", "", text, flags=re.M)
    return _LINE_START.sub(_neutralise, text)


# Block structure at the start of a line: ATX heading, list item, ordered list item, reference
# definition ("[1]: javascript:…"), setext underline or thematic break ("---", "===", "***").
_LINE_START = re.compile(r"^(#|[-*+](?=\s)|\d+[.)](?=\s|$)|\[(?=[^\]\n]*\]:)|[-=*_](?=[-=*_ \t]*$))", re.M)


def _neutralise(match: re.Match) -> str:
    # A character reference shows the same character but is no Markdown syntax (unlike "\1." or "\=",
    # whose backslash would show).
    mark = match.group(1)
    return mark[:-1] + f"&#{ord(mark[-1])};" if mark[0].isdigit() else f"&#{ord(mark[0])};" + mark[1:]


def link_label(text: str) -> str:
    """Text for the label of a link we make: like `inline`, and brackets or a backslash in a
    title ("Antwort] hier") cannot end the label early."""
    # Stand-ins from the private-use area pass `inline` untouched and become references after it.
    stand_ins = {"\\": "\ue05c", "[": "\ue05b", "]": "\ue05d"}
    for char, stand_in in stand_ins.items():
        text = str(text).replace(char, stand_in)
    text = inline(text)
    for char, stand_in in stand_ins.items():
        text = text.replace(stand_in, f"&#{ord(char)};")
    return text


def _attr(anchor: str) -> str:
    return f"{{: #{anchor} }}"


def table(rows: list[list[str]]) -> str:
    def cell(value: str) -> str:
        return inline(value).replace("|", "\\|").replace("\n", " ") or " "

    header, *body = rows
    lines = ["| " + " | ".join(cell(c) for c in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in body]
    return "\n".join(lines)


def block_markdown(block: Block, ui: dict, hotlink_images: bool = False, section_level: int = 1) -> str:
    anchor = _attr(block.anchor)
    if block.kind == "heading":
        return f"{'#' * max(block.level, 2)} {inline(block.text)} {{ #{block.anchor} }}"
    if block.kind == "question":
        if block.number is not None:
            # A numbered question opens a section one level below the current heading.
            level = "#" * min(section_level + 1, 4)
            return f"{level} {block.number}. {inline(block.text)} {{ #{block.anchor} .briefing-question }}"
        if block.label and "?" not in block.text:
            # a host's or interviewer's statement (a transcript's turn), no question: named, not called one
            return f"**{inline(block.label)}:** *{inline(block.text)}*\n{{: #{block.anchor} .briefing-question }}"
        who = f"{inline(block.label)}: " if block.label else ""
        return f"**{ui['question']}** – {who}*{inline(block.text)}*\n{{: #{block.anchor} .briefing-question }}"
    if block.kind == "answer":
        label = inline(block.label) if block.label else ", ".join(block.speakers)
        prefix = f"**{label}:** " if label else ""
        return f"{prefix}{inline(block.text)}\n{{: #{block.anchor} .briefing-answer }}"
    if block.kind == "list":
        return "\n".join(f"- {inline(item)}" for item in block.items) + f"\n{anchor}"
    if block.kind == "table":
        # attr_list cannot set a table's id ("{: #t-1 }" below a table becomes a row); a wrapper can.
        return f'<div id="{block.anchor}" class="briefing-table" markdown>\n\n{table(block.rows)}\n\n</div>'
    if block.kind == "image":
        alt = inline(block.text) or ui["image"]
        src = block.src or ""
        if not src.lower().startswith(("http://", "https://")):
            return f"*{ui['image']}: {alt}*\n{anchor}"
        if hotlink_images:
            return f"![{alt}]({src})\n{anchor}"
        return f"*{ui['image']}: [{alt}]({src})*\n{{: #{block.anchor} .briefing-image }}"
    if block.kind == "rule":
        return "---"
    return f"{inline(block.text)}\n{anchor}"


def _plain(text: str) -> str:
    """Text for comparing: link labels only, no emphasis or escapes, one space, case-folded."""
    text = _MD_LINK.sub(lambda m: m.group(2), html.unescape(text))
    text = re.sub(r"[*_`\\]", "", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def opens_with(blocks: list[Block], lead: str) -> bool:
    """Whether the body's first paragraph (or answer) starts with `lead`, compared as plain text.

    A summary that is the body's own first sentences need not stand above the body as well.
    """
    first = next((b for b in blocks if b.kind in ("paragraph", "answer") and b.text.strip()), None)
    wanted = re.sub(r"\s*(\[…\]|…|\.\.\.)$", "", _plain(lead))  # a shortened lead ends in "…"
    return first is not None and _plain(first.text).startswith(wanted)


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def contact_markdown(lines: list[Block]) -> str:
    """One address of a contact section: its lines with line breaks, e-mail addresses as mailto links."""
    def line(block: Block) -> str:
        text = inline(block.text)
        return _EMAIL.sub(lambda m: f"[{m.group(0)}](mailto:{m.group(0)})", text)
    return "  \n".join(line(b) for b in lines) + f"\n{{: #{lines[0].anchor} .briefing-contact }}"


def body_markdown(blocks: list[Block], ui: dict, hotlink_images: bool = False) -> str:
    parts, section_level = [], 1  # the page title is the only H1
    address: list[Block] = []
    for block in blocks:
        if block.kind == "contact":
            if address and address[-1].group != block.group:
                parts.append(contact_markdown(address))
                address = []
            address.append(block)
            continue
        if address:
            parts.append(contact_markdown(address))
            address = []
        parts.append(block_markdown(block, ui, hotlink_images, section_level))
        if block.kind == "heading":
            section_level = max(block.level, 2)
    if address:
        parts.append(contact_markdown(address))
    return "\n\n".join(parts)
