"""practice: rehearse informational interviews out loud, offline."""

__version__ = "0.1.0"
