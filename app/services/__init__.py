"""Use cases shared by the UI and the command line. Each module takes a
Repository and returns models; none of them knows about Flet."""
