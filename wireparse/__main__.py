"""``python -m wireparse``: the same as the ``wireparse`` command."""

from .launch import main

main()
