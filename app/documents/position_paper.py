"""Inzetnotitie: the full position per theme, with member input and sources.

A cover page (organisation, round, partners, board adoption), a table of
contents for longer papers, a summary of the priorities, what the members
said, and per theme: the current situation with its source, what tenants
want, the demands, the arguments, the red line, the member input and the
legal or advisory hooks from the theme catalogue. The paper ends with the
list of sources.

Two versions: the internal one (everything, marked confidential on every
page because it holds red lines and the hooks we lean on) and the one for
the partners (``partner=True``): no red lines, no hooks, nothing that only
coaches our own delegation. Both open with a summary page: the demands with
their figures, on whose behalf we speak and whom to contact. Until the
board adopts the position, every page says "Concept".
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from app.documents.blocks import bullets, field, gap, inline, title_block
from app.documents.common import (
    demand_flowables,
    filled_demands,
    member_line,
    partners,
    priority_label,
    subtitle,
)
from app.documents.data import LegalHookText, PositionDoc, RoundInfo, ThemeDoc
from app.documents.markup import escape, para, paragraphs, rich
from app.documents.styles import styles
from app.documents.template import DocMeta, heading, render, table_of_contents, title_text
from app.i18n import _, format_date
from models.position import PRIORITY_ORDER

#: From this many themes on, the paper gets a table of contents.
TOC_FROM_THEMES = 4


def _cover(info: RoundInfo, doc: PositionDoc, partner: bool) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Spacer(1, 150), *title_block(_("Position paper"), info.round_title)]
    story.append(Paragraph(escape(info.organisation), s.h1))
    story.append(
        para_line(
            _("Version for the municipality and the housing association")
            if partner
            else _("Internal version: for our own delegation")
        )
    )
    others = partners(info)
    if others:
        story.append(para_line(_("For the talks with {partners}", partners=", ".join(others))))
    story.append(gap(10))
    if doc.position.adopted_on is not None:
        story.append(
            para_line(
                _("Adopted by the board on {date}", date=format_date(doc.position.adopted_on))
            )
        )
    else:
        story.append(Paragraph(escape(_("Draft: not yet adopted by the board")), s.red_line))
    story.append(para_line(_("Printed on {date}", date=format_date(info.today))))
    return story


def para_line(text: str) -> Paragraph:
    return Paragraph(escape(text), styles().subtitle)


def _summary(info: RoundInfo, doc: PositionDoc) -> list[Flowable]:
    """One page to read first: per priority the demands with their figures, on whose
    behalf we speak, and whom to contact. A theme stays with its demands (and a
    priority label with its first theme), so nothing is stranded at a page foot."""
    s = styles(True)
    story: list[Flowable] = [
        heading(_("Summary")),
        Paragraph(escape(member_line(info)), s.callout),
    ]
    groups = [*PRIORITY_ORDER, None]
    for priority in groups:
        themes = [t for t in doc.themes if t.theme.priority is priority]
        for index, theme in enumerate(themes):
            block: list[Flowable] = []
            if index == 0:
                block.append(Paragraph(escape(priority_label(priority)), s.h3))
            block.append(Paragraph(rich("<b>{title}</b>", title=title_text(theme.title)), s.body))
            block += demand_flowables(filled_demands(theme.theme), compact=True, max_what=300)
            story.append(KeepTogether(block))
    if info.contact.strip():
        story.append(inline(_("Contact"), info.contact, compact=True))
    story.append(PageBreak())
    return story


def _hooks(theme: ThemeDoc) -> list[Flowable]:
    if not theme.hooks:
        return []
    s = styles()
    items: list[Flowable] = [Paragraph(escape(_("What we can lean on")), s.label)]
    for hook in theme.hooks:
        kind = _("law") if hook.is_law else _("advice")
        text = rich("{text} <i>({kind})</i>", text=hook.text, kind=kind)
        items.append(Paragraph(text, s.bullet, bulletText="•"))
    return items


def _kept(paragraph: Paragraph) -> Paragraph:
    """The paragraph kept with what follows (a 'Prioriteit' line never ends a page)."""
    paragraph.keepWithNext = True
    return paragraph


def _theme(number: int, theme: ThemeDoc, partner: bool) -> list[Flowable]:
    s = styles()
    item = theme.theme
    story: list[Flowable] = [
        heading(f"{number}. {theme.title}"),
        _kept(inline(_("Priority"), priority_label(item.priority))),
    ]
    story += field(_("Current situation"), item.situation)
    if item.situation_source.strip():
        story.append(
            Paragraph(
                rich("{label}: {text}", label=_("Source"), text=item.situation_source), s.small
            )
        )
    story += field(_("What tenants want"), item.wishes)
    demands = filled_demands(item)
    if demands:
        story.append(Paragraph(escape(_("Our demands")), s.label))
        story += demand_flowables(demands)
    story += field(_("Arguments"), item.arguments)
    if item.red_line.strip() and not partner:
        story.append(Paragraph(escape(_("Red line")), s.label))
        story += paragraphs(item.red_line, s.red_line)
    story += field(_("What our members said"), item.member_input)
    story += field(_("Members' survey"), theme.member_figures)
    if not partner:
        story += _hooks(theme)
    return story


def _hook_source(hook: LegalHookText) -> str:
    """'Woningwet art. 42 lid 1 (checked on 1 December 2026)': law as data, with its date."""
    source = hook.source.strip()
    if not source or hook.checked is None:
        return source
    return _("{source} (checked on {date})", source=source, date=format_date(hook.checked))


def _sources(themes: Sequence[ThemeDoc], partner: bool) -> list[Flowable]:
    """Every source named in the paper, once, in order of appearance."""
    seen: list[str] = []
    for theme in themes:
        candidates = [theme.theme.situation_source.strip()]
        if not partner:
            candidates += [_hook_source(h) for h in theme.hooks]
        for source in candidates:
            if source and source not in seen:
                seen.append(source)
    if not seen:
        return []
    return [heading(_("Sources")), *bullets(seen)]


def build_position_paper(info: RoundInfo, doc: PositionDoc, partner: bool = False) -> bytes:
    """The position paper as PDF bytes (cover, summary page, TOC from 4 themes on).

    ``partner=True`` makes the version for the municipality and the housing
    association: no red lines and no hooks, and not marked confidential.
    """
    story: list[Flowable] = _summary(info, doc)
    if len(doc.themes) >= TOC_FROM_THEMES:
        story += [Paragraph(escape(_("Contents")), styles().h1), table_of_contents(), gap(6)]
    if doc.position.member_summary.strip() or doc.members:
        story.append(heading(_("What our members say")))
        if doc.members:
            story.append(para(doc.members, styles().callout))
        story += paragraphs(doc.position.member_summary, styles().body)
    for number, theme in enumerate(doc.themes, start=1):
        story += _theme(number, theme, partner)
    story += _sources(doc.themes, partner)
    meta = DocMeta.for_round(
        info,
        _("Position paper"),
        _("Our position for the performance agreements"),
        confidential=not partner,
        draft=doc.position.adopted_on is None,
    )
    return render(meta, story, cover=_cover(info, doc, partner))


__all__ = ["build_position_paper", "subtitle"]
