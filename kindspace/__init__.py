"""kindspace: a private, offline companion for practising self-compassion."""

__version__ = "0.1.0"
APP_NAME = "kindspace"
