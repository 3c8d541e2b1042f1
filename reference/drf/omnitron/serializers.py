"""Serializers of the Omnitron resources, fields in the order the published pages list them."""
from rest_framework import serializers

from .models import SalesChannelCancellationRequestImage, SalesChannelFailedIntegration


class SalesChannelCancellationRequestImageSerializer(serializers.ModelSerializer):
    """A cancellation request image (read-only endpoints)."""

    class Meta:
        model = SalesChannelCancellationRequestImage
        fields = [
            "id", "cancellation_request", "image", "description", "attributes", "uploaded_by",
            "created_date", "modified_date",
        ]


class SalesChannelFailedIntegrationSerializer(serializers.ModelSerializer):
    """A failed integration. `channel` is the channel's id; the view saves the URL's channel over it."""

    channel = serializers.IntegerField(source="channel_id")

    class Meta:
        model = SalesChannelFailedIntegration
        fields = [
            "pk", "channel", "version_date", "reason_type", "is_active", "content_type", "object_id",
            "expiration_date", "retry_count", "max_retry_count", "retry_interval", "integration_action", "log_id",
        ]
