"""An unexpected error in a handler shows a calm Dutch message, no traceback,
and is still reported to the tests."""

from __future__ import annotations

import asyncio

import flet as ft

from tests.views.harness import Harness
from views.errors import install_friendly_errors


def test_handler_error_becomes_friendly_message() -> None:
    def broken() -> None:
        raise RuntimeError("boom")

    def main(page: ft.Page) -> None:
        install_friendly_errors(page)
        page.add(ft.Button("Kapot", key="broken", on_click=broken))

    async def run() -> None:
        h = Harness()
        await h.mount(main)
        await h.click(h.one(ft.Button, key="broken"))
        errors = h.errors()
        assert len(errors) == 1 and "boom" in errors[0]  # tests still see it
        from flet.messaging.protocol import MessageAction

        assert not [m for m in h.conn.messages if m.action == MessageAction.SESSION_CRASHED]
        snack = h.all(ft.SnackBar)
        assert snack and "Je eerdere werk is veilig" in snack[0].content.value
        # forget this deliberate error so later tests start clean
        from views.errors import RECORDED_ERRORS

        RECORDED_ERRORS.clear()

    asyncio.run(run())
