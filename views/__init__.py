"""The Flet UI: shell (navigation), one module per section, shared widgets and
observable UI state. Talks to app.services only."""
