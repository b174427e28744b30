"""The one error type users see.

Every failure a user can cause or meet is raised as a PracticeError whose message is a
single line saying what went wrong and what to do. The CLI catches it once, in `main`,
prints it and exits non-zero; nothing else may print a traceback at the user.
"""


class PracticeError(Exception):
    """A user-facing failure: `str(err)` is the one line shown, `exit_code` the status."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


class DiskFull(PracticeError):
    """Saving failed because the disk (or the user's quota) is full: the rehearsal records
    this as how the session ended, and the message says to free space."""
