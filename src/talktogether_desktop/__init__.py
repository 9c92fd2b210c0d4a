"""TalkTogether Desktop: an offline case file and practice-conversation analysis for couples therapists."""

__version__ = "0.1.0"
APP_NAME = "TalkTogether Desktop"
