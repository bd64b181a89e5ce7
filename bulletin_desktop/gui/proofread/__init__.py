"""Proofreading in the window: squiggles in the entry editor, the findings dock, the clean-up
banner and the 校对 step before export. Loaded when the first issue is shown, never at start-up."""
