"""The one gateway for text into ReportLab Paragraph markup.

ReportLab's Paragraph parses a small XML dialect (``<b>``, ``<img>``,
``<a href>``, ``&entities;``). User text — and translated text, which may
contain "B&W" — must never be parsed as such: ``<img src="/etc/passwd">``
would embed a file and ``<a href="file:///x">`` would become a link.
Everything that goes into a Paragraph therefore passes :func:`escape`, or is
assembled with :func:`rich` from a markup template written in our own code
and escaped parts. No other module builds Paragraph markup from strings.
"""

from __future__ import annotations

import re
import unicodedata

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

#: Characters that are dropped: C0/C1 controls (except tab and newlines), and
#: lone surrogates, which cannot be encoded into a PDF at all.
_DROP = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")


def plain(text: str) -> str:
    """``text`` cleaned for places that take plain strings (canvas, outline, metadata).

    Control characters are dropped, tabs become spaces, line breaks become
    "\\n"; other characters (any script, emoji) are kept as typed.
    """
    cleaned = _NEWLINES.sub("\n", text)
    cleaned = _DROP.sub("", cleaned).replace("\t", " ")
    return "".join(ch for ch in cleaned if unicodedata.category(ch) != "Cs")


def one_line(text: str) -> str:
    """:func:`plain` with line breaks turned into spaces (headers, bookmarks, metadata)."""
    return " ".join(plain(text).split())


def escape(text: str) -> str:
    """Paragraph markup that shows ``text`` literally.

    ``&``, ``<`` and ``>`` become entities, quotes too (harmless in text,
    required inside attributes), line breaks become ``<br/>`` and control
    characters are dropped. The result contains no tag of its own except
    ``<br/>``.
    """
    cleaned = plain(text)
    cleaned = (
        cleaned.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )
    return cleaned.replace("\n", "<br/>")


def rich(template: str, **parts: str) -> str:
    """Fill a markup ``template`` from our own code with escaped ``parts``.

    ``rich("<b>{label}</b> {value}", label=_("Place"), value=place)`` — the
    template may hold markup, the parts never do. Braces inside parts are
    safe: ``str.format`` does not re-read substituted text.
    """
    return template.format(**{name: escape(value) for name, value in parts.items()})


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph showing ``text`` literally (user or translated text)."""
    return Paragraph(escape(text), style)


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """Free text as Paragraphs, one per block separated by an empty line.

    Splitting at blank lines lets a long text break between pages at natural
    places; single line breaks stay line breaks inside a block.
    """
    blocks = re.split(r"\n\s*\n", plain(text).strip())
    return [para(block, style) for block in blocks if block.strip()]
