"""Errors the command line reports as one clear line instead of a traceback."""


class UsageError(Exception):
    """Arguments or input the user can correct: exit code 2."""
