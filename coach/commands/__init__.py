"""Subcommands of ``coach``: one module each, found by ``coach.cli``.

A command module defines ``NAME``, ``HELP``, ``configure(parser)`` and
``run(args) -> int``. Heavy imports (Qt, reportlab) go inside ``run``.
"""
