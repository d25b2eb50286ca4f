"""``python -m wireparse``: the same as the ``wireparse`` command."""

from .cli import main

main()
