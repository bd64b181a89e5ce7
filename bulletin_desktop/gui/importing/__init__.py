"""Importing past bulletins in the window: File → 导入…, files dropped on the window, the
review dialog for one file, progress and a report for many. Loaded on first use, except
``drop``, which the window installs at start-up and which needs only QtCore."""
