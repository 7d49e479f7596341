"""What the tests share: the fake Slack Web API and Socket Mode server, signed requests,
the running bot, seeded cases, and the forms and controls as a test drives them."""
