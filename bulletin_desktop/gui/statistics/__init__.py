"""The adoption statistics view. Imported when the clerk first opens it, never at start-up;
Qt Charts is loaded only then."""
