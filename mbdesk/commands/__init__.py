"""Headless subcommands. Each module has ``register(subparsers)`` and sets ``func`` on its parser.

``func(args, ctx)`` gets the parsed arguments and a :class:`mbdesk.commands.context.CliContext`
and returns the process exit code.
"""
