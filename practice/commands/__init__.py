"""One module per `practice` sub-command; each exposes a click command named `command`."""
