"""The one error type the core raises for bad input."""


class InputError(ValueError):
    """Bad input from the user: the message is one line, fit to show as it is.

    The message names what was wrong and where (file, row, column) when that is known.
    """
