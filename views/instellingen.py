"""Instellingen: language, text size, contrast, the data folder, backups.

Every choice is stored at once in the data folder (no save button) and
applied to the whole UI through AppState: a new language rebuilds every
screen, a new text size zooms everything (views/theme.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import flet as ft

from app.i18n import _, format_date, set_language
from app.services import settings as settings_service
from app.services.errors import user_message
from models.settings import TEXT_SIZES
from views.a11y import locale_configuration, spoken_as
from views.context import use_app_state, use_services
from views.form_parts import action_button
from views.regime_card import RegimeCard
from views.theme import apply_theme
from views.widgets import GAP, SectionHeader, card, run_save

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


def _when(created: dt.datetime) -> str:
    """'14 maart 2027, 20:15:07' for a backup's moment (seconds: two backups
    made within one minute must not look the same)."""
    return _("{date}, {time}", date=format_date(created.date()), time=created.strftime("%H:%M:%S"))


def _message(text: str, key: str, error: bool = False) -> ft.Control:
    return ft.Text(
        text,
        size=16,
        color=ft.Colors.ERROR if error else ft.Colors.PRIMARY,
        visible=bool(text),
        key=key,
    )


@ft.component
def AppearanceCards() -> ft.Control:
    services = use_services()
    state = use_app_state()
    page = ft.context.page

    def store(**changes: object) -> None:
        """Settings follow the data; a read-only window only applies them here."""
        if not state.read_only:
            try:
                services.settings.update_settings(**changes)
            except Exception as exc:
                state.mark_save_failed(user_message(exc))
                return
            state.mark_saved()

    def language_changed(e: ft.Event[ft.RadioGroup]) -> None:
        language = e.control.value or "nl"
        if language == state.language:
            return
        if state.read_only:
            set_language(language)  # a read-only window applies it here only
        elif not run_save(state, lambda: services.settings.change_language(language)):
            return
        page.locale_configuration = locale_configuration(language)  # <html lang>, Flutter's words
        state.language = language  # rebuilds every screen (views/theme.Zoom)

    def size_changed(e: ft.Event[ft.RadioGroup]) -> None:
        scale = float(e.control.value or 1.0)
        store(text_scale=scale)
        apply_theme(page, state.high_contrast, scale)
        state.text_scale = scale
        page.update()

    def contrast_changed(e: ft.Event[ft.Switch]) -> None:
        high = bool(e.control.value)
        store(high_contrast=high)
        apply_theme(page, high, state.text_scale)
        state.high_contrast = high
        page.update()

    language = card(
        ft.RadioGroup(
            ft.Row(
                [
                    ft.Radio(value=code, label=name, key=f"language-{code}")
                    for code, name in LANGUAGE_NAMES.items()
                ],
                spacing=24,
            ),
            value=state.language,
            on_change=language_changed,
            key="settings-language",
        ),
        title=_("Language"),
    )
    sizes = card(
        ft.RadioGroup(
            ft.Row(
                [
                    ft.Radio(value=str(factor), label=_(label), key=f"text-size-{factor}")
                    for factor, label in TEXT_SIZES
                ],
                spacing=24,
                wrap=True,
            ),
            value=str(state.text_scale),
            on_change=size_changed,
            key="settings-text-size",
        ),
        ft.Text(
            _("Everything in the app grows with it: text, buttons and fields."),
            size=16,
        ),
        title=_("Text size"),
    )
    contrast = card(
        ft.Row(
            [
                ft.Switch(
                    label=_("High contrast (black text on white)"),
                    value=state.high_contrast,
                    on_change=contrast_changed,
                    key="settings-contrast",
                )
            ]
        ),
        title=_("Contrast"),
    )
    return ft.Column([language, sizes, contrast], spacing=GAP)


@ft.component
def DataFolderCard() -> ft.Control:
    services = use_services()
    folder: Path = services.data_dir
    note, set_note = ft.use_state("")

    def open_it() -> None:
        if settings_service.open_folder(folder):
            set_note("")
        else:
            set_note(
                _(
                    "This computer cannot open the folder from here. Open it yourself in your "
                    "file manager; this is where it is: {path}",
                    path=str(folder),
                )
            )

    return card(
        ft.Text(_("All your work is kept in this folder:"), size=16),
        ft.Text(str(folder), size=16, weight=ft.FontWeight.BOLD, key="data-folder"),
        ft.Row(
            [
                action_button(
                    _("Open data folder"),
                    ft.Icons.FOLDER_OPEN_OUTLINED,
                    open_it,
                    "settings-open-folder",
                )
            ]
        ),
        _message(note, "data-folder-note"),
        ft.Text(
            _(
                "Keep a copy of this folder somewhere else too, for example on a USB stick. "
                "To use another folder, start Aan Tafel with --data-dir."
            ),
            size=15,
            color=ft.Colors.ON_SURFACE_VARIANT,
        ),
        title=_("Data folder"),
    )


@ft.component
def BackupCard() -> ft.Control:
    """Make a backup now; every rotating backup in a row with its own button
    (a plain list instead of a menu: easier to read and to reach)."""
    services = use_services()
    state = use_app_state()
    page = ft.context.page
    note, set_note = ft.use_state(("", False))
    _version, set_version = ft.use_state(0)
    entries = services.settings.backups()

    def backup_now() -> None:
        try:
            made = services.settings.backup_now()
        except Exception as exc:
            set_note((user_message(exc), True))
            return
        if made is None:
            set_note((_("Your newest backup already holds exactly this data."), False))
        else:
            set_note((_("A backup was made."), False))
        set_version(_version + 1)

    def really_restore(entry: settings_service.BackupEntry) -> None:
        page.pop_dialog()
        try:
            services.settings.restore(entry.path)
        except Exception as exc:
            set_note((user_message(exc), True))
            return
        latest = services.rounds.latest_round()
        state.round_id = latest.id if latest else None
        state.data_changed()
        state.mark_saved()
        set_note(
            (
                _(
                    "The backup of {when} was put back. Your data from just before is kept as "
                    "a backup too.",
                    when=_when(entry.created),
                ),
                False,
            )
        )
        set_version(_version + 1)

    def confirm_restore(entry: settings_service.BackupEntry) -> None:
        page.show_dialog(
            ft.AlertDialog(
                modal=True,
                title=ft.Text(_("Put back the backup of {when}?", when=_when(entry.created))),
                content=ft.Text(
                    _(
                        "Your data is replaced by the data of that moment. Aan Tafel first "
                        "makes a backup of your data as it is now, so you can go back."
                    ),
                ),
                actions=[
                    ft.TextButton(
                        _("Cancel"), on_click=lambda: page.pop_dialog(), key="restore-cancel"
                    ),
                    ft.FilledButton(
                        _("Put back"),
                        on_click=lambda: really_restore(entry),
                        key="restore-confirm",
                    ),
                ],
            )
        )

    def restore_handler(entry: settings_service.BackupEntry) -> Callable[[], None]:
        # a factory, not a defaulted lambda: Flet passes the event as first argument
        return lambda: confirm_restore(entry)

    rows: list[ft.Control]
    if entries:
        rows = [ft.Text(_("Backups you can put back, newest first:"), size=16)]
        rows += [
            ft.Row(
                [
                    ft.Text(_when(entry.created), size=16, width=300, key=f"backup-{i}-when"),
                    ft.OutlinedButton(
                        # heard as "Terugzetten: reservekopie van ..." (each one differs)
                        content=spoken_as(
                            _("Put back"),
                            _("Put back: the backup of {when}", when=_when(entry.created)),
                        ),
                        icon=ft.Icons.RESTORE,
                        on_click=restore_handler(entry),
                        key=f"restore-{i}",
                        disabled=state.read_only,
                    ),
                ],
                spacing=GAP,
                wrap=True,
                vertical_alignment=ft.CrossAxisAlignment.CENTER,
            )
            for i, entry in enumerate(entries)
        ]
    else:
        rows = [ft.Text(_("There are no backups yet."), size=16, key="no-backups")]
    message, is_error = note
    return card(
        ft.Text(
            _(
                "Aan Tafel makes a backup by itself each time you open the app; the last 10 "
                "are kept. Put one back when something went wrong."
            ),
            size=16,
        ),
        ft.Row(
            [
                action_button(
                    _("Make a backup now"),
                    ft.Icons.SAVE_OUTLINED,
                    backup_now,
                    "settings-backup-now",
                    main=True,
                    disabled=state.read_only,
                )
            ]
        ),
        _message(message, "backup-note", error=is_error),
        *rows,
        title=_("Backups"),
    )


@ft.component
def InstellingenSection() -> ft.Control:
    return ft.Column(
        [
            SectionHeader(
                _("Settings"),
                _(
                    "Here you make the app easy to read and use for you: language, text size "
                    "and contrast. You also find where your data is kept, and you can make or "
                    "put back a backup. Settings are stored with your data."
                ),
                "settings",
            ),
            AppearanceCards(),
            RegimeCard(),
            DataFolderCard(),
            BackupCard(),
        ],
        spacing=GAP,
        scroll=ft.ScrollMode.AUTO,
        expand=True,
    )


__all__: list[str] = ["InstellingenSection"]
