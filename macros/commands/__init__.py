"""Editor and CI commands, one module each, run as `python -m macros COMMAND`.

Each module has HELP (one line) and `register(parser)`, which adds its options and sets `run`.
"""
