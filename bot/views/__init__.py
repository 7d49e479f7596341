"""What people see: Block Kit messages and modals built with ``slack_sdk.models``, the
yearly figures as text and as a workbook. Pure: data in, blocks or bytes out."""
