"""The views that features declare by name, as ``"module:Component"``.

A feature's descriptor lives in ``app/`` and so never imports views: its
navigation section and its Overzicht card are named as strings and imported
here, when the shell or Overzicht is built (design §10: adding a feature is
one line in ``FEATURES``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from app.features import FEATURES


def component_of(path: str) -> Callable[..., Any]:
    """The component named ``"views.bod:BodSection"``."""
    module_name, _sep, attribute = path.partition(":")
    component: Callable[..., Any] = getattr(importlib.import_module(module_name), attribute)
    return component


def overview_panels() -> list[Callable[[], Any]]:
    """The features' cards on Overzicht, in FEATURES order."""
    return [component_of(f.overview_panel) for f in FEATURES if f.overview_panel]
