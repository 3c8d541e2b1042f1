"""App configuration."""
from django.apps import AppConfig


class OmsConfig(AppConfig):
    """The oms app."""

    name = "oms"
