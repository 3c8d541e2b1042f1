"""OMS cancellation reasons: list, detail and pull_from_omnitron."""
from django.db import transaction
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import CancellationReason
from .omnitron import fetch_omnitron_reasons
from .serializers import CancellationReasonSerializer

COPIED_FIELDS = ["cancellation_type", "subject", "extra_information_needed", "ordering", "is_active"]


class CancellationReasonViewSet(viewsets.ReadOnlyModelViewSet):
    """The reasons pulled so far, and the action that pulls them."""

    queryset = CancellationReason.objects.all()
    serializer_class = CancellationReasonSerializer

    @action(detail=False, methods=["get"])
    def pull_from_omnitron(self, request, *args, **kwargs):
        with transaction.atomic():
            for reason in fetch_omnitron_reasons():
                CancellationReason.objects.update_or_create(
                    omnitron_id=reason["id"], defaults={field: reason[field] for field in COPIED_FIELDS}
                )
        return Response(status=status.HTTP_200_OK)
