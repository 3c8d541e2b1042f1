"""App configuration."""
from django.apps import AppConfig


class OmnitronConfig(AppConfig):
    """The omnitron app."""

    name = "omnitron"
