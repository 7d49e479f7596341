"""What ``/incident calendar`` and App Home's calendar button show: the feed's address
(shown once: only its hash is kept), what a feed is, and how to turn feeds on."""

from __future__ import annotations

from slack_sdk.models.blocks import Block, ContextBlock, MarkdownTextObject, SectionBlock
from slack_sdk.models.views import View

from bot.domain.calendar import london_date
from bot.usecases.read_models import FeedState, feed_address
from bot.views.text import day

#: The command's words after ``calendar``.
COMMANDS = (
    "*/incident calendar new* gives you a new address (the old one stops working), "
    "*/incident calendar all* one for the partnership's whole calendar, "
    "*/incident calendar stop* turns your feed off."
)


def _what(whole_partnership: bool) -> str:
    holds = (
        "every open step, checklist item and improvement action of the partnership"
        if whole_partnership
        else "your open steps, checklist items and improvement actions"
    )
    return (
        f"It holds {holds} as all-day events on their due dates, each with the case "
        "reference, the step and a link to the case card (never the summary), and follows "
        "every change. Keep the address to yourself: whoever has it can read the feed."
    )


def feed_blocks(public_url: str, token: str, *, whole_partnership: bool) -> list[Block]:
    """The new address, as https:// and webcal://, and how to subscribe to it."""
    https = feed_address(public_url, token)
    webcal = "webcal://" + https.removeprefix("https://")
    return [
        SectionBlock(
            text=MarkdownTextObject(
                text=(
                    "*Your calendar feed* (shown only now: copy it)\n"
                    f"`{https}`\n\nOr open <{webcal}|this webcal link> to subscribe at once."
                )
            )
        ),
        SectionBlock(
            text=MarkdownTextObject(
                text=(
                    "In Outlook: *Add calendar* → *Subscribe from web*, paste the address. "
                    "In Google Calendar: *Other calendars* → *From URL*.\n"
                    + _what(whole_partnership)
                )
            )
        ),
        ContextBlock(elements=[MarkdownTextObject(text=COMMANDS)]),
    ]


def feed_modal(public_url: str, token: str, *, whole_partnership: bool) -> View:
    """The new address, from App Home's button."""
    blocks = feed_blocks(public_url, token, whole_partnership=whole_partnership)
    return View(type="modal", title="Calendar feed", close="Close", blocks=blocks)


def feed_state_text(state: FeedState) -> str:
    """A person who has a feed asks for it again: its address cannot be shown twice."""
    what = "the partnership's whole calendar" if state.whole_partnership else "your deadlines"
    made = day(london_date(state.created_at))
    return (
        f"You have a calendar feed of {what}, made on {made}. Its address was shown only "
        "when it was made; if you no longer have it, ask for a new one.\n" + COMMANDS
    )


#: Without SAFEGUARDING_PUBLIC_URL no address can be given.
FEEDS_OFF = (
    "Calendar feeds are not turned on. An administrator turns them on by setting "
    "SAFEGUARDING_PUBLIC_URL to the https:// address at which people's calendars reach this "
    "bot's HTTP port (see the README, “Your deadlines in Outlook”)."
)
