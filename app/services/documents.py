"""Use cases of the Documenten section: gather data, build PDFs, keep meeting details.

The builders in :mod:`app.documents` are pure; this module reads what they
need from the repository (organisation, round, position, checklist, meeting
details), resolves catalogue texts, and calls them. Meeting details live in
the round document ``"meeting"`` (:class:`models.meeting.Meeting`).

Builds are slow-ish (0.1–1 s): the UI calls :func:`build_document` through
``asyncio.to_thread``. Nothing here changes stored data except the
``*_meeting`` functions and :func:`write_pdf` (the user's own file).

Decision: meeting details are not copied to a new round (they describe one
meeting); the position and checklist copiers already carry the content.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.content import current_regime
from app.content.checklist import checklist_content
from app.content.themes import get_theme, text, theme_catalogue, theme_title
from app.documents.brief import brief_themes, build_brief
from app.documents.checklist_report import build_checklist_report
from app.documents.data import (
    ChecklistDoc,
    LegalHookText,
    PositionDoc,
    RoundInfo,
    SurveyTheme,
    ThemeDoc,
)
from app.documents.position_paper import build_position_paper
from app.documents.process_letter import build_process_letter, build_rvc_letter, contact_line
from app.documents.survey import build_survey
from app.i18n import _, ngettext
from app.services import checklist as checklist_service
from app.services import position as position_service
from app.services import rounds as rounds_service
from app.services.document_gaps import brief_gaps
from app.services.organisation import load_organisation
from app.services.settings import apply_regime
from app.storage.atomic import atomic_write_bytes
from app.storage.repository import Repository
from models.base import MAX_TEXT, InvalidInput
from models.meeting import Meeting
from models.position import ThemePosition, ordered_themes, top_priorities
from models.round import Round
from models.text import N_

KIND = "meeting"


class DocumentKind(StrEnum):
    """The documents, by the name the command line uses."""

    BRIEF = "brief"
    POSITION = "position"
    POSITION_PARTNERS = "position-partners"
    CHECKLIST = "checklist"
    PROCESS = "process"
    PROCESS_RVC = "process-rvc"
    SURVEY = "survey"


@dataclass(frozen=True)
class KindInfo:
    title: str  # msgid
    description: str  # msgid
    file_stem: str  # Dutch file name, also in English (the user's files are Dutch)


KINDS: dict[DocumentKind, KindInfo] = {
    DocumentKind.BRIEF: KindInfo(
        N_("Meeting brief"),
        N_(
            "One or two pages to read before a meeting: top priorities, demands, red lines, "
            "questions and who speaks."
        ),
        "Vergaderbrief",
    ),
    DocumentKind.POSITION: KindInfo(
        N_("Position paper"),
        N_("Your full position per theme, with what members said and the sources."),
        "Inzetnotitie intern",
    ),
    DocumentKind.POSITION_PARTNERS: KindInfo(
        N_("Position paper for the partners"),
        N_("Your demands with their figures and arguments, for the other side of the table."),
        "Inzetnotitie voor partners",
    ),
    DocumentKind.CHECKLIST: KindInfo(
        N_("Checklist report"),
        N_(
            "The equal-partnership checklist: scores per group, change since last round, "
            "and the action list."
        ),
        "Checklistrapport",
    ),
    DocumentKind.PROCESS: KindInfo(
        N_("Process letter"),
        N_(
            "A letter to the municipality and the housing association about how the "
            "process went: what went well, what each must do, what you do yourselves."
        ),
        "Procesbrief",
    ),
    DocumentKind.PROCESS_RVC: KindInfo(
        N_("Letter to the supervisory board"),
        N_("A short letter to the RvC: your view of the process and your request."),
        "Brief aan de RvC",
    ),
    DocumentKind.SURVEY: KindInfo(
        N_("Member survey"),
        N_("A paper questionnaire with tick boxes, for members without a computer."),
        "Enquete",
    ),
}


# ------------------------------------------------------------------ meeting details


def load_meeting(repo: Repository, round_id: str) -> Meeting:
    """The round's meeting details; empty ones when nothing was filled in yet."""
    data = repo.load_round_doc(round_id, KIND)
    return Meeting(round_id=round_id) if data is None else Meeting.model_validate(data)


def save_meeting(repo: Repository, meeting: Meeting) -> Meeting:
    checked = Meeting.model_validate(meeting.model_dump(mode="json"))
    repo.save_round_doc(checked.round_id, KIND, checked.model_dump(mode="json"))
    return checked


MEETING_FIELDS = frozenset({"date", "time", "place", "participants", "goal", "survey_return"})


def _check_length(value: object, limit: int = MAX_TEXT) -> None:
    if isinstance(value, str) and len(value) > limit:
        raise InvalidInput(
            N_("This text is too long. Keep it under {maximum} characters."),
            maximum=f"{limit:,}".replace(",", "."),
        )


def update_meeting(repo: Repository, round_id: str, **changes: Any) -> Meeting:
    """Change meeting fields (``date`` is a ``datetime.date`` or ``None``)."""
    unknown = set(changes) - MEETING_FIELDS
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    for name, value in changes.items():
        _check_length(value, 300 if name in ("time", "place") else MAX_TEXT)
    meeting = load_meeting(repo, round_id)
    return save_meeting(repo, Meeting.model_validate({**meeting.model_dump(), **changes}))


def set_speaker(repo: Repository, round_id: str, theme_position_id: str, name: str) -> Meeting:
    """Who speaks on a theme; an empty name removes the entry."""
    _check_length(name, 300)
    meeting = load_meeting(repo, round_id)
    speakers = {k: v for k, v in meeting.speakers.items() if k != theme_position_id}
    if name.strip():
        speakers[theme_position_id] = name
    return save_meeting(repo, meeting.model_copy(update={"speakers": speakers}))


def set_questions(repo: Repository, round_id: str, theme_position_id: str, text_: str) -> Meeting:
    """The questions to raise on a theme (one per line); empty text removes them."""
    _check_length(text_)
    meeting = load_meeting(repo, round_id)
    questions = {k: v for k, v in meeting.questions.items() if k != theme_position_id}
    if text_.strip():
        questions[theme_position_id] = text_
    return save_meeting(repo, meeting.model_copy(update={"questions": questions}))


# ------------------------------------------------------------------ gathering


def _round(repo: Repository, round_id: str) -> Round:
    found = rounds_service.get_round(repo, round_id)
    if found is None:
        raise InvalidInput(N_("There is no round {round}."), round=round_id)
    return found


def round_info(
    repo: Repository, round_id: str, today: dt.date | None = None, personal_data: bool = True
) -> RoundInfo:
    round_ = _round(repo, round_id)
    organisation = load_organisation(repo)
    return RoundInfo(
        organisation=organisation.name if organisation else "",
        round_title=round_.display_title(),
        year=round_.year,
        today=today or dt.date.today(),
        municipalities=tuple(round_.municipalities),
        housing_associations=tuple(round_.housing_associations),
        member_count=organisation.member_count if organisation else None,
        contact=contact_line(organisation.board) if organisation and personal_data else "",
    )


def theme_doc(item: ThemePosition) -> ThemeDoc:
    """A theme with its title, explanation, questions and hooks in the current language."""
    theme = get_theme(item.theme_id)
    if theme is None:
        return ThemeDoc(item, theme_title(item))
    return ThemeDoc(
        item,
        theme_title(item),
        why=text(theme.why),
        questions=tuple(text(q) for q in theme.questions),
        hooks=tuple(
            LegalHookText(text(h.text), h.basis == "wet", h.source, h.checked)
            for h in theme.hooks_for(current_regime())
        ),
    )


def position_doc(repo: Repository, round_id: str) -> PositionDoc:
    position = position_service.load_position(repo, round_id)
    return PositionDoc(
        position,
        [theme_doc(t) for t in ordered_themes(position)],
        [theme_doc(t) for t in top_priorities(position)],
    )


def checklist_doc(repo: Repository, round_id: str) -> ChecklistDoc:
    comparison = checklist_service.round_comparison(repo, round_id)
    previous = comparison.previous_round
    organisation = load_organisation(repo)
    return ChecklistDoc(
        content=checklist_content(),
        answers=checklist_service.load_checklist(repo, round_id),
        scores=comparison.scores,
        comparison=comparison.comparison,
        actions=checklist_service.all_actions_for_round(repo, round_id),
        previous_title=previous.display_title() if previous else "",
        previous_answers=checklist_service.load_checklist(repo, previous.id) if previous else None,
        board=tuple(organisation.board) if organisation else (),
    )


def survey_themes(repo: Repository, round_id: str) -> list[SurveyTheme]:
    """The round's themes in the board's own order; the whole catalogue when there are none."""
    position = position_service.load_position(repo, round_id)
    if position.themes:
        return [SurveyTheme(d.title, d.why) for d in map(theme_doc, position.themes)]
    return [SurveyTheme(text(t.title), text(t.why)) for t in theme_catalogue().themes]


# ------------------------------------------------------------------ building


def build_document(
    repo: Repository,
    kind: DocumentKind | str,
    round_id: str,
    today: dt.date | None = None,
    personal_data: bool = True,
) -> bytes:
    """Gather the data and build one document; returns the PDF bytes.

    ``personal_data=False`` leaves the meeting's participants out (they are
    often officials from outside the organisation), as the export does.
    """
    kind = DocumentKind(kind)
    apply_regime(repo)  # texts that differ per legal regime follow Instellingen
    info = round_info(repo, round_id, today, personal_data)
    if kind is DocumentKind.BRIEF:
        meeting = load_meeting(repo, round_id)
        if not personal_data:
            meeting = meeting.model_copy(update={"participants": ""})
        return build_brief(info, position_doc(repo, round_id), meeting)
    if kind in (DocumentKind.POSITION, DocumentKind.POSITION_PARTNERS):
        partner = kind is DocumentKind.POSITION_PARTNERS
        return build_position_paper(info, position_doc(repo, round_id), partner=partner)
    if kind is DocumentKind.CHECKLIST:
        return build_checklist_report(info, checklist_doc(repo, round_id))
    if kind is DocumentKind.PROCESS:
        return build_process_letter(info, checklist_doc(repo, round_id))
    if kind is DocumentKind.PROCESS_RVC:
        return build_rvc_letter(info, checklist_doc(repo, round_id))
    return build_survey(
        info, survey_themes(repo, round_id), load_meeting(repo, round_id).survey_return
    )


def page_count(data: bytes) -> int:
    """Pages of a PDF made by our builders (ReportLab writes one ``/Type /Page`` per page).

    Good enough for the "2 pages" message without a PDF reader in the app.
    """
    return len(re.findall(rb"/Type /Page\b(?!s)", data))


def file_name(kind: DocumentKind | str, round_: Round) -> str:
    """'Vergaderbrief 2027.pdf': safe on Windows, macOS and Linux."""
    stem = KINDS[DocumentKind(kind)].file_stem
    suffix = re.sub(r"[^0-9A-Za-z-]+", "-", round_.id).strip("-")
    return f"{stem} {suffix}.pdf"


def round_pdfs(repo: Repository, round_id: str, personal_data: bool = False) -> dict[str, bytes]:
    """Every document of the round by file name (for the export's documenten/ folder)."""
    round_ = _round(repo, round_id)
    pdfs: dict[str, bytes] = {}
    for kind in DocumentKind:
        try:
            pdfs[file_name(kind, round_)] = build_document(
                repo, kind, round_id, personal_data=personal_data
            )
        except InvalidInput:  # e.g. no process letter without checklist answers
            continue
    return pdfs


def write_pdf(data: bytes, target: Path) -> Path:
    """Write a PDF the user asked for (atomically: no half file on a crash)."""
    target = Path(target)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise InvalidInput(
            N_("The file could not be saved in {folder}: {reason}"),
            folder=str(target.parent),
            reason=exc.strerror or type(exc).__name__,
        ) from None
    return target


def save_in_documents_dir(
    repo: Repository, kind: DocumentKind | str, round_id: str, data: bytes
) -> Path:
    """Keep a made document in the data folder's ``documenten`` folder (to open it)."""
    return write_pdf(data, repo.paths.documents_dir / file_name(kind, _round(repo, round_id)))


def open_in_viewer(path: Path, runner: Callable[..., Any] | None = None) -> bool:
    """Open a PDF in the system's viewer (to print it); False when that is not possible.

    Windows: ``os.startfile``; macOS: ``open``; others: ``xdg-open``. The
    child is started, not waited for.
    """
    try:
        if sys.platform.startswith("win"):
            os.startfile(path)  # type: ignore[attr-defined,unused-ignore]
            return True
        command = ["open", str(path)] if sys.platform == "darwin" else ["xdg-open", str(path)]
        (runner or subprocess.Popen)(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        return True
    except (OSError, ValueError):
        return False


# ------------------------------------------------------------------ preview


def contents(repo: Repository, kind: DocumentKind | str, round_id: str) -> list[str]:
    """What the document will contain, in a few translated lines (for the view)."""
    kind = DocumentKind(kind)
    if kind in (DocumentKind.BRIEF, DocumentKind.POSITION, DocumentKind.POSITION_PARTNERS):
        doc = position_doc(repo, round_id)
        lines = [
            ngettext("{n} theme in your position", "{n} themes in your position", len(doc.themes))
        ]
        if kind is DocumentKind.BRIEF:
            meeting = load_meeting(repo, round_id)
            lines.append(
                ngettext(
                    "{n} theme in the brief", "{n} themes in the brief", len(brief_themes(doc))
                )
            )
            lines += brief_gaps(doc, meeting)
        else:
            lines.append(
                _("Adopted by the board.")
                if doc.position.adopted_on
                else _("Not yet adopted by the board: the paper says 'draft'.")
            )
        if not doc.themes:
            lines.append(_("Tip: first write your position in the section Position."))
        return lines
    if kind in (DocumentKind.CHECKLIST, DocumentKind.PROCESS, DocumentKind.PROCESS_RVC):
        doc_c = checklist_doc(repo, round_id)
        overall = doc_c.scores.overall
        if overall.answered == 0 and kind is not DocumentKind.CHECKLIST:
            return [
                _(
                    "The checklist has no answers yet, so no letter can be made. Answer the "
                    "checklist first."
                )
            ]
        lines = [
            _(
                "{answered} of {total} checklist items answered.",
                answered=overall.answered,
                total=overall.total,
            )
        ]
        if overall.percent is not None:
            lines.append(_("Score this round: {score}%.", score=overall.percent))
        if doc_c.previous_title:
            lines.append(_("Compared with {round}.", round=doc_c.previous_title))
        if kind is DocumentKind.CHECKLIST:
            lines.append(ngettext("{n} action", "{n} actions", len(doc_c.actions)))
        return lines
    themes = survey_themes(repo, round_id)
    return [ngettext("{n} theme to ask about", "{n} themes to ask about", len(themes))]


# ------------------------------------------------------------------ demo


def fill_demo_meeting(repo: Repository, round_: Round, previous: Round | None) -> None:
    """Meeting details for the demo's newest round (the set documents are shown with).

    Runs after the position filler, so speakers and questions attach to the
    demo's themes by their catalogue id.
    """
    if previous is None:
        return
    position = position_service.load_position(repo, round_.id)
    by_theme = {t.theme_id: t.id for t in position.themes}
    speakers = {
        "betaalbaarheid": "Anneke de Vries",
        "kwaliteit_duurzaamheid": "Joop Bakker",
        "beschikbaarheid": "Mehmet Yılmaz",
        "proces_samenwerking": "Anneke de Vries",
        "wonen_zorg": "Grażyna Kowalska",
    }
    questions = {
        "betaalbaarheid": "Welke huurverhoging rekent Het Anker voor 1 juli 2027?\n"
        "Hoeveel huurders kregen in 2025 een huurverlaging?",
        "beschikbaarheid": "Hoeveel sociale huurwoningen verkoopt Het Anker in 2027?",
    }
    meeting = Meeting(
        round_id=round_.id,
        date=dt.date(round_.year - 1, 9, 14),  # talks about the bid: autumn of Y-1
        time="19.30 uur",
        place="Gemeentehuis Noorderveen, zaal 2",
        participants="Anneke de Vries, voorzitter De Eendracht\n"
        "Mehmet Yılmaz, secretaris De Eendracht\n"
        "wethouder Wonen, gemeente Noorderveen\n"
        "directeur-bestuurder, Woonstichting Het Anker",
        goal="Het bod van Het Anker bespreken en onze eisen op tafel leggen.",
        speakers={by_theme[k]: v for k, v in speakers.items() if k in by_theme},
        questions={by_theme[k]: v for k, v in questions.items() if k in by_theme},
        survey_return="Bij het secretariaat, Dorpsstraat 12, Noorderveen, vóór 1 maart "
        f"{round_.year - 1}",
    )
    save_meeting(repo, meeting)
