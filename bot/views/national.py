"""A national or thematic review's register: the form that records the review (its title,
when it was published, a link to it) and the channel message that runs its improvement
actions, with the same menus and forms as a case card's *Improvement actions* section.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from slack_sdk.models.blocks import Block, MarkdownTextObject, SectionBlock
from slack_sdk.models.views import View

from bot.domain.forms import FieldErrors
from bot.domain.publication import page_url_problem
from bot.domain.words import AuditAction
from bot.views.case_forms import REASON_MAX, URL_BLOCK, Reading, Submitted, link_input
from bot.views.improvement import improvement_blocks
from bot.views.inputs import date_input, form_modal, text_input
from bot.views.text import cut, day, escape
from storage.models import ImprovementAction, NationalReview

NATIONAL_REVIEW_FORM = "national_review_form"
#: The form records a new review: no row is its target yet.
NEW = 0


def national_review_modal(today: date, title: str | None = None) -> View:
    """``/incident national [title]``: the review the partnership acts on, by its
    published title (as typed after the command, if it was: checked when it is saved)."""
    intro = SectionBlock(
        text=MarkdownTextObject(
            text="A national or thematic review of the Child Safeguarding Practice Review "
            "Panel, whose recommendations the partnership acts on without a local case. Its "
            "improvement actions are then recorded on the register this posts to the channel."
        )
    )
    blocks: list[Block] = [
        intro,
        text_input(
            "title",
            "The review's published title",
            REASON_MAX,
            initial=title,
            placeholder="For example: the Panel's national review of safeguarding in care homes.",
            multiline=False,
        ),
        date_input("published", "Published on", today),
        link_input("Link to the review (https://…)"),
    ]
    return form_modal(
        NATIONAL_REVIEW_FORM,
        verb=AuditAction.NATIONAL_REVIEW_RECORDED,
        target=NEW,
        title="National review",
        blocks=blocks,
    )


def register_message(
    review: NationalReview,
    actions: Sequence[ImprovementAction],
    agencies: Mapping[str, str],
    today: date,
) -> tuple[str, list[Block]]:
    """The register's message: the review, then its actions and their menus."""
    assert review.id is not None
    lines = [f":books: *{review.reference} · National review*", cut(escape(review.title), 300)]
    published = f"Published {day(review.published_on)}"
    lines.append(f"{published} · <{review.url}|the review>" if review.url else published)
    heading = SectionBlock(block_id="national", text=MarkdownTextObject(text="\n".join(lines)))
    section = improvement_blocks(review, [], actions, agencies, today, controls=True)
    return f"{review.reference}: national review", [heading, *section]


@dataclass(frozen=True)
class RecordNationalReview:
    """The review form's answer, named for its use case
    (:func:`bot.usecases.improvement.record_national_review`)."""

    title: str
    published_on: date
    url: str | None


def read_national_review(
    form: Submitted, *, today: date, allowed: Collection[str]
) -> RecordNationalReview | FieldErrors:
    """The review form as submitted: its title through the confidentiality guard, its
    date not in the future, its link checked as a publication's is; or its fields to fix."""
    reading = Reading(form, today=today, allowed=allowed)
    title = reading.free_text("title", REASON_MAX, missing="Give its title.")
    published = reading.past_date("published")
    url = form.text(URL_BLOCK) or None
    if url:
        reading.fail(URL_BLOCK, page_url_problem(url, allowed=allowed))
    if reading.errors or published is None:
        return reading.errors
    return RecordNationalReview(title, published, url)
