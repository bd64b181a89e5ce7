"""The submissions inbox dock. Imported when the clerk first opens it, never at start-up."""
