"""Serializers of the OMS resources."""
from rest_framework import serializers

from .models import CancellationReason


class CancellationReasonSerializer(serializers.ModelSerializer):
    """A cancellation reason, fields as the OMS page's table lists them."""

    class Meta:
        model = CancellationReason
        fields = [
            "id", "cancellation_type", "created_date", "modified_date", "omnitron_id", "subject",
            "extra_information_needed", "ordering", "is_active",
        ]
