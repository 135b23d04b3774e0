"""newsbrief: turn many news articles about the same events into one cited, trustworthy brief."""

__version__ = "0.1.0"
