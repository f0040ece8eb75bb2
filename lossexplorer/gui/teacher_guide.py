"""The teacher guide in the class's language: resources/teacher-guide.md, cut into its headings,
paragraphs, list items and table cells, each translated on its own (a translator never gets a
page at once) and put together again as HTML.

The Markdown file stays the one English source. `catalogue()` writes teacher_guide_strings.py,
the list of its pieces that pyside6-lupdate reads (`python -m lossexplorer.gui.teacher_guide`
after an edit of the guide; a test checks that the two agree). A piece's source is its text with
the inline Markdown turned into HTML tags: **bold** → <b>, *italic* → <i>, `code` → <code>.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path

from .i18n import source_literal, translate

INDENT = " " * 8  # a text's continued literals in the catalogue

CONTEXT = "teacher_guide"
_INLINE = ((re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"), (re.compile(r"\*(.+?)\*"), r"<i>\1</i>"),
           (re.compile(r"`(.+?)`"), r"<code>\1</code>"))
_ITEM = re.compile(r"(- |\d+\. )")


@dataclass(frozen=True)
class Block:
    """One piece of the guide: a heading ("h1", "h2"), a paragraph ("p"), an item of a bulleted
    ("ul") or numbered ("ol") list, or a table row ("tr", its cells; `head` for the first row)."""

    kind: str
    text: str = ""
    cells: tuple[str, ...] = ()
    head: bool = False


def inline_html(text: str) -> str:
    """A piece's Markdown text as the HTML source a translator sees."""
    html = escape(text, quote=False)
    for pattern, tag in _INLINE:
        html = pattern.sub(tag, html)
    return html


def blocks(markdown: str) -> list[Block]:
    """The guide's pieces in order (the subset of Markdown the guide uses)."""
    out: list[Block] = []
    lines: list[str] = []
    kind = ""

    def close() -> None:
        nonlocal kind
        if lines:
            out.append(Block(kind, inline_html(" ".join(lines))))
        lines.clear()
        kind = ""

    rows = 0
    for raw in markdown.splitlines():
        line = raw.strip()
        if not line:
            close()
            rows = 0
        elif line.startswith("#"):
            close()
            level, _, title = line.partition(" ")
            out.append(Block(f"h{len(level)}", inline_html(title)))
        elif line.startswith("|"):
            close()
            cells = tuple(c.strip() for c in line.strip("|").split("|"))
            if not all(set(c) <= {"-", ":"} for c in cells):
                out.append(Block("tr", cells=tuple(inline_html(c) for c in cells), head=rows == 0))
                rows += 1
        elif (item := _ITEM.match(line)) and raw == line:  # an item starts at the margin
            close()
            kind = "ul" if item.group(1) == "- " else "ol"
            lines.append(line[item.end():])
        else:
            kind = kind or "p"
            lines.append(line)
    close()
    return out


def translated(block: Block) -> Block:
    """The block in the class's language; a body row's first cell (its keys) stays as it is."""
    if block.kind != "tr":
        return Block(block.kind, translate(CONTEXT, block.text))
    cells = tuple(c if i == 0 and not block.head else translate(CONTEXT, c) for i, c in enumerate(block.cells))
    return Block("tr", cells=cells, head=block.head)


def guide_html(markdown: str) -> str:
    """The guide as HTML, every piece translated."""
    parts: list[str] = []
    open_tag = ""
    for block in map(translated, blocks(markdown)):
        tag = block.kind if block.kind in ("ul", "ol") else "table" if block.kind == "tr" else ""
        if tag != open_tag:
            if open_tag:
                parts.append(f"</{open_tag}>")
            if tag:
                parts.append("<table border='1' cellspacing='0' cellpadding='4'>" if tag == "table" else f"<{tag}>")
            open_tag = tag
        if block.kind == "tr":
            cell = "th" if block.head else "td"
            parts.append("<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in block.cells) + "</tr>")
        elif tag:
            parts.append(f"<li>{block.text}</li>")
        else:
            parts.append(f"<{block.kind}>{block.text}</{block.kind}>")
    if open_tag:
        parts.append(f"</{open_tag}>")
    return "\n".join(parts)


def sources(markdown: str) -> list[str]:
    """Every piece a translator gets, once each, in the guide's order."""
    seen: dict[str, None] = {}
    for block in blocks(markdown):
        if block.kind == "tr":
            for i, cell in enumerate(block.cells):
                if block.head or i:
                    seen[cell] = None
        else:
            seen[block.text] = None
    return list(seen)


def catalogue(markdown: str) -> str:
    """teacher_guide_strings.py: the pieces as QT_TRANSLATE_NOOP calls that pyside6-lupdate finds."""
    entries = "".join(f"    QT_TRANSLATE_NOOP({CONTEXT!r},\n{INDENT}{source_literal(text, 80, INDENT)}),\n"
                      for text in sources(markdown))
    return ('"""The teacher guide\'s pieces for pyside6-lupdate, made by `python -m lossexplorer.gui.teacher_guide`'
            ' from\nresources/teacher-guide.md: do not edit by hand."""\n\n'
            "from PySide6.QtCore import QT_TRANSLATE_NOOP\n\n"
            "PIECES = (\n" + entries + ")\n")


CATALOGUE_FILE = Path(__file__).with_name("teacher_guide_strings.py")

if __name__ == "__main__":
    from .help import guide_text

    CATALOGUE_FILE.write_text(catalogue(guide_text()), encoding="utf-8")
    sys.exit(0)
