"""Contexts that inject the services and the UI state into components.

Components read them through the typed hooks ``use_services()`` and
``use_app_state()``, never through ``ft.use_context`` directly: the contexts
default to None (there is nothing sensible to fall back on), and the hooks
turn a missing provider into a clear error instead of an AttributeError on
None somewhere inside a section.
"""

from __future__ import annotations

import flet as ft

from app.services.context import Services
from views.state import AppState

ServicesCtx: ft.ContextProvider[Services | None] = ft.create_context(None)
AppStateCtx: ft.ContextProvider[AppState | None] = ft.create_context(None)


def use_services() -> Services:
    """The services of this session (provided by ``views.shell.App``)."""
    services = ft.use_context(ServicesCtx)
    if services is None:
        raise RuntimeError("use_services() outside ServicesCtx: render the tree through App")
    return services


def use_app_state() -> AppState:
    """The UI state of this session (provided by ``views.shell.App``)."""
    state = ft.use_context(AppStateCtx)
    if state is None:
        raise RuntimeError("use_app_state() outside AppStateCtx: render the tree through App")
    return state
