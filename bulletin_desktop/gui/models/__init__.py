"""Qt item models and the in-memory document the window edits."""
