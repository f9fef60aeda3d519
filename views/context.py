"""Contexts that inject the services and the UI state into components."""

from __future__ import annotations

import flet as ft

ServicesCtx = ft.create_context(None)
AppStateCtx = ft.create_context(None)
