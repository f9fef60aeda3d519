"""The Afspraken section: the agreements register and who signed it."""

from views.afspraken.section import AfsprakenSection

__all__ = ["AfsprakenSection"]
