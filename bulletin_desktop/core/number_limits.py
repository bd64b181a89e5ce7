"""How large the numbers the clerk sets may be, wherever they are set or typed (the model,
the command line's arguments, an issue named on the command line). No imports: the command
line's parser reads this before anything else loads."""

ISSUE_NUMBER_MAX = 99999
"""An issue's running number is 1 to this (第1期 … 第99999期), wherever it is set."""
YEAR_NUMBER_MAX = 9999
"""A number within a year (2026年第6期) is 1 to this."""
SPECIAL_NUMBER_MAX = 99999
PRINT_COPIES_MAX = 999999
"""The print run printed （共印N份） is 1 to this."""
SQLITE_INTEGER_MAX = 2 ** 63 - 1
"""The largest id the archive can hold: a larger number names nothing in it."""
