"""OMS's copy of Omnitron's cancellation reasons."""
from django.db import models


class CancellationReason(models.Model):
    """A cancellation reason pulled from Omnitron; `omnitron_id` is its id there."""

    cancellation_type = models.CharField(max_length=32)
    created_date = models.DateTimeField(auto_now_add=True)
    modified_date = models.DateTimeField(auto_now=True)
    omnitron_id = models.IntegerField(unique=True)
    subject = models.CharField(max_length=255)
    extra_information_needed = models.BooleanField(default=False)
    ordering = models.IntegerField(default=100)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["id"]
