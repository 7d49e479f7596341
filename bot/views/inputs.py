"""The inputs every small form is made of (a date, a text checked by the confidentiality
guard, a choice), and the modal that carries them, so that every form reads its answers
the same way (:class:`bot.views.case_forms.Submitted`: each input's element is
``ACTION``, and the modal's metadata names its verb and target)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from slack_sdk.models.blocks import (
    Block,
    DatePickerElement,
    InputBlock,
    Option,
    PlainTextInputElement,
    RadioButtonsElement,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.views.text import LABEL, cut
from bot.views.values import form_metadata

#: The action id of every input's element: a form's answers are read by block id.
ACTION = "value"
#: Slack's limits: an input's label, radio buttons and a static select's options.
_INPUT_LABEL = 2000
_RADIO_OPTIONS = 10
_SELECT_OPTIONS = 100
#: What every text input says, since what is typed is shown in the channel.
_NO_NAMES = "No names or other identifying details: roles only."


def form_modal(
    callback_id: str, *, verb: str, target: int, title: str, blocks: list[Block]
) -> View:
    """A small form: ``verb`` done to ``target`` (a step, an item, a case), read back from
    its metadata when it is submitted."""
    return View(
        type="modal",
        callback_id=callback_id,
        private_metadata=form_metadata(verb, target),
        title=title,
        submit="Save",
        close="Cancel",
        blocks=blocks,
    )


def date_input(
    block_id: str, label: str, initial: date | None, *, optional: bool = False
) -> InputBlock:
    return InputBlock(
        block_id=block_id,
        label=cut(label, _INPUT_LABEL),
        optional=optional,
        element=DatePickerElement(
            action_id=ACTION, initial_date=initial.isoformat() if initial else None
        ),
    )


def text_input(
    block_id: str,
    label: str,
    max_length: int,
    *,
    initial: str | None = None,
    placeholder: str | None = None,
    multiline: bool = True,
) -> InputBlock:
    return InputBlock(
        block_id=block_id,
        label=cut(label, _INPUT_LABEL),
        hint=_NO_NAMES,
        element=PlainTextInputElement(
            action_id=ACTION,
            multiline=multiline,
            max_length=max_length,
            initial_value=initial,
            placeholder=placeholder,
        ),
    )


def choice_input(
    block_id: str,
    label: str,
    options: Sequence[tuple[str, str]],
    initial: str | None = None,
    *,
    select: bool = False,
) -> InputBlock:
    """Radio buttons, or (``select``) a menu, of (value, text) pairs, as many as Slack
    shows; ``initial`` (a value) is chosen already, and so is the only choice there is."""
    most = _SELECT_OPTIONS if select else _RADIO_OPTIONS
    shown = [Option(value=v, label=cut(t, LABEL)) for v, t in options[:most]]
    first = next((o for o in shown if o.value == initial), shown[0] if len(shown) == 1 else None)
    if select:
        element: StaticSelectElement | RadioButtonsElement = StaticSelectElement(
            action_id=ACTION, options=shown, initial_option=first
        )
    else:
        element = RadioButtonsElement(action_id=ACTION, options=shown, initial_option=first)
    return InputBlock(block_id=block_id, label=cut(label, _INPUT_LABEL), element=element)
