"""The Qt side: windows, views, the worker thread, undo commands, theme."""
