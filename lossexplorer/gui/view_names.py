"""The window's views by the names `--view` and sessions use (Qt-free, so `--help` can list them)."""

VIEW_NAMES = ("fit", "landscape", "loss-shape", "noise", "physics", "worked", "validation")
