"""CLI commands of this room (see jointaudit.cli)."""


def register(sub) -> None:
    """Add this room's subcommands to the parser."""
