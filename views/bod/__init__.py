"""The Bod section: the corporation's bod per theme next to the inzet, and the talks."""

from views.bod.section import BodSection

__all__ = ["BodSection"]
