"""The words the code compares, each declared once as a StrEnum.

A StrEnum equals its string, so the rows, audit events and Slack values written before
these existed read the same: no migration.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    """Where a step or a checklist item stands (an item is never paused)."""

    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"
    PAUSED = "paused"


#: Statuses in which a step or checklist item needs nothing more.
FINISHED = (Status.DONE, Status.NOT_APPLICABLE)


class Reason(StrEnum):
    """What an audit event holds where someone typed a reason: only that one was given.
    Events written before 0.2.0 hold the words themselves."""

    GIVEN = "given"


@dataclass(frozen=True)
class Given:
    """A reason someone typed, in an audit event's detail on its way to the trail: the
    event records :attr:`Reason.GIVEN` and the words are kept beside it, to go with the
    case when it is purged. Not JSON, so one that missed the way fails loudly."""

    words: str


class Decision(StrEnum):
    """The safeguarding partners' decision after the rapid review."""

    LCSPR = "lcspr"
    NATIONAL = "national"
    NO_REVIEW = "no_review"

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]


_DECISION_LABELS = {
    Decision.LCSPR: "Commission a local child safeguarding practice review",
    Decision.NATIONAL: "Recommend a national review to the Panel",
    Decision.NO_REVIEW: "No review",
}


class AuditAction(StrEnum):
    """What an audit event records."""

    INCIDENT_LOGGED = "incident_logged"
    POSTED = "posted"
    ACCESS_REFUSED = "access_refused"
    STEP_DONE = "step_done"
    STEP_REOPENED = "step_reopened"
    STEP_NOT_APPLICABLE = "step_not_applicable"
    STEP_PAUSED = "step_paused"
    STEP_RESUMED = "step_resumed"
    STEP_ASSIGNED = "step_assigned"
    STEP_SNOOZED = "step_snoozed"
    ITEM_SNOOZED = "item_snoozed"
    PUBLICATION_PLANNED = "publication_planned"
    CHECKLIST_ITEM_UPDATED = "checklist_item_updated"
    CASE_CLOSED = "case_closed"
    CASE_REOPENED = "case_reopened"
    CASE_EDITED = "case_edited"
    DEADLINES_RECOMPUTED = "deadlines_recomputed"
    CASE_PURGED = "case_purged"
    REVIEW_SIGNED_OFF = "review_signed_off"
    REVIEW_SENT = "review_sent"
    PANEL_ANSWERED = "panel_answered"
    PANEL_REPLY_SENT = "panel_reply_sent"
    PANEL_CORRESPONDENCE = "panel_correspondence"
    REVIEW_SENT_UNDONE = "review_sent_undone"
    PANEL_DECIDED = "panel_decided"
    LEARNING_RECORDED = "learning_recorded"
    PROGRESS_CHECKED = "progress_checked"
    DELAY_TOLD = "delay_told"
    TARGET_PASSED = "target_passed"
    PROCEEDINGS_RECORDED = "proceedings_recorded"
    PROCEEDINGS_EXPECTED_CHANGED = "proceedings_expected_changed"
    PROCEEDINGS_CONCLUDED = "proceedings_concluded"
    PROCEEDINGS_REMOVED = "proceedings_removed"
    # The register of recommendations and improvement actions (bot/usecases/improvement.py).
    RECOMMENDATION_ADDED = "recommendation_added"
    ACTION_ADDED = "action_added"
    ACTION_DONE = "action_done"
    ACTION_NOT_TAKEN_FORWARD = "action_not_taken_forward"
    ACTION_ASSURED = "action_assured"
    ACTION_REOPENED = "action_reopened"
    ACTION_SNOOZED = "action_snoozed"
    # A national or thematic review, whose register has no case (bot/usecases/improvement.py).
    NATIONAL_REVIEW_RECORDED = "national_review_recorded"
    # A person's private calendar feed (bot/usecases/calendar_feed.py): its address made
    # or revoked.
    CALENDAR_FEED_CREATED = "calendar_feed_created"
    CALENDAR_FEED_REVOKED = "calendar_feed_revoked"


class CalendarVerb(StrEnum):
    """What may follow ``/incident calendar`` (nothing: the feed of one's own deadlines)."""

    NEW = "new"  # a new address, of the same kind of feed
    ALL = "all"  # a new address, of the partnership's whole calendar
    STOP = "stop"


class FeedRevoked(StrEnum):
    """Why a calendar feed's address stopped working (its audit event says which)."""

    REPLACED = "replaced"  # a new address was asked for
    STOPPED = "stopped"  # the person turned the feed off
    LEFT = "left"  # its owner was no longer one of the partnership at a request


class StepVerb(StrEnum):
    """The choices of a step's menu on the case card, and the forms they open."""

    DONE = "done"
    PLAN = "plan"
    ASSIGN = "assign"
    NOT_APPLICABLE = "not_applicable"
    PAUSE = "pause"
    RESUME = "resume"
    UNDO = "undo"

    @property
    def label(self) -> str:
        """The menu option's text ("done" has one per step, in the card's builder)."""
        return _STEP_LABELS[self]


_STEP_LABELS = {
    StepVerb.DONE: "Record as done…",
    StepVerb.PLAN: "Set publication date…",
    StepVerb.ASSIGN: "Assign owner…",
    StepVerb.NOT_APPLICABLE: "Not applicable…",
    StepVerb.PAUSE: "Pause…",
    StepVerb.RESUME: "Resume…",
    StepVerb.UNDO: "Undo",
}

#: What the step verbs that need only a reason set a step's status to.
STEP_VERB_STATUS = {
    StepVerb.NOT_APPLICABLE: Status.NOT_APPLICABLE,
    StepVerb.PAUSE: Status.PAUSED,
    StepVerb.RESUME: Status.OPEN,
}


class ItemVerb(StrEnum):
    """The choices of a checklist item's menu."""

    DONE = "done"
    DONE_ON = "done_on"  # done on an earlier day, asked by a form (catching up after the fact)
    NOT_APPLICABLE = "not_applicable"
    UNDO = "undo"
    ASSIGN = "assign"
    NOTE = "note"

    @property
    def label(self) -> str:
        """The menu option's text (a note's depends on whether there is one)."""
        return _ITEM_LABELS[self]


_ITEM_LABELS = {
    ItemVerb.DONE: "Mark done",
    ItemVerb.DONE_ON: "Mark done on an earlier date…",
    ItemVerb.NOT_APPLICABLE: "Not applicable…",
    ItemVerb.UNDO: "Undo",
    ItemVerb.ASSIGN: "Assign owner…",
    ItemVerb.NOTE: "Add a note…",
}

#: What the checklist verbs that take effect at once set an item's status to.
ITEM_VERB_STATUS = {ItemVerb.DONE: Status.DONE, ItemVerb.UNDO: Status.OPEN}
