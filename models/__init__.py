"""The domain of Aan Tafel: typed pydantic models and pure logic.

Nothing in this package does I/O or imports flet, tinydb or reportlab; the
layer test in tests/test_layers.py enforces that.
"""
