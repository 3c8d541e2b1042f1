"""Omnitron models: sales channels, their cancellation request images and failed integrations."""
from django.db import models


class StarterModel(models.Model):
    """Omnitron's base model: creation and modification times."""

    created_date = models.DateTimeField(auto_now_add=True)
    modified_date = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Channel(models.Model):
    """A sales channel; everything below lives inside one."""

    name = models.CharField(max_length=255)


class SalesChannelCancellationRequestImage(StarterModel):
    """An image attached to a cancellation request, and when the channel last integrated it."""

    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, related_name="cancellation_request_images")
    cancellation_request = models.IntegerField()
    image = models.URLField(max_length=500)
    description = models.TextField(blank=True)
    attributes = models.JSONField(default=dict, blank=True)
    uploaded_by = models.IntegerField()
    # Null: never sent to the channel; older than modified_date: changed since it was sent.
    integrated_date = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]


class SalesChannelFailedIntegration(models.Model):
    """An object that failed to integrate with a channel, with its retry bookkeeping."""

    REASON_TYPES = [("mapping", "Mapping"), ("remote", "Remote"), ("channel_app", "Channel app")]

    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, related_name="failed_integrations")
    version_date = models.DateTimeField(db_index=True)
    reason_type = models.CharField(max_length=15, choices=REASON_TYPES)
    is_active = models.BooleanField(default=True)
    content_type = models.IntegerField()
    object_id = models.IntegerField()
    expiration_date = models.DateTimeField(null=True, blank=True)
    retry_count = models.PositiveIntegerField(default=1)
    max_retry_count = models.PositiveIntegerField(default=1)
    retry_interval = models.PositiveIntegerField(default=0)
    integration_action = models.IntegerField(null=True, blank=True)
    log_id = models.IntegerField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
