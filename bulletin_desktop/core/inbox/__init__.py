"""The inbox of submissions (来稿): received files and pasted text, their status, adoption."""
from .submissions import (
    STATUS_LABELS, InboxError, NewSubmission, Repeated, Submission, SubmissionRow, Unplaced, add_submissions, decline,
    get_submission, link_adoption, list_rows, reopen, set_unit,
)
from .withdrawals import Withdrawn

__all__ = [
    "STATUS_LABELS", "InboxError", "NewSubmission", "Repeated", "Submission", "SubmissionRow", "Unplaced", "add_submissions", "decline",
    "get_submission", "link_adoption", "list_rows", "reopen", "set_unit", "Withdrawn",
]
