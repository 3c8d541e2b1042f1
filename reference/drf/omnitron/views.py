"""Omnitron's sales-channel views: images (read-only) and failed integrations (CRUD), scoped by the URL's channel."""
from django.db.models import F, Q
from django.shortcuts import get_object_or_404
from rest_framework import viewsets
from rest_framework.decorators import action

from .filters import CancellationRequestImageFilter, FailedIntegrationFilter
from .models import Channel, SalesChannelCancellationRequestImage, SalesChannelFailedIntegration
from .pagination import BareListPagination
from .serializers import SalesChannelCancellationRequestImageSerializer, SalesChannelFailedIntegrationSerializer


class ChannelScopedMixin:
    """Limits the queryset to the channel named by `channel_id` in the URL."""

    def get_queryset(self):
        return super().get_queryset().filter(channel_id=self.kwargs["channel_id"])


class SalesChannelCancellationRequestImageViewSet(ChannelScopedMixin, viewsets.ReadOnlyModelViewSet):
    """List and detail, plus the integration views: never sent, changed since sent, and both."""

    queryset = SalesChannelCancellationRequestImage.objects.all()
    serializer_class = SalesChannelCancellationRequestImageSerializer
    filterset_class = CancellationRequestImageFilter

    def _bare_list(self, condition):
        self.pagination_class = BareListPagination
        self.queryset_condition = condition
        return self.list(self.request)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        condition = getattr(self, "queryset_condition", None)
        return queryset if condition is None else queryset.filter(condition)

    @action(detail=False, methods=["get"])
    def inserts(self, request, *args, **kwargs):
        return self._bare_list(Q(integrated_date__isnull=True))

    @action(detail=False, methods=["get"])
    def updates(self, request, *args, **kwargs):
        return self._bare_list(Q(integrated_date__isnull=False, modified_date__gt=F("integrated_date")))

    @action(detail=False, methods=["get"])
    def inserts_or_updates(self, request, *args, **kwargs):
        return self._bare_list(Q(integrated_date__isnull=True) | Q(modified_date__gt=F("integrated_date")))


class SalesChannelFailedIntegrationViewSet(ChannelScopedMixin, viewsets.ModelViewSet):
    """Failed integrations of one channel; writes always belong to the URL's channel."""

    queryset = SalesChannelFailedIntegration.objects.all()
    serializer_class = SalesChannelFailedIntegrationSerializer
    filterset_class = FailedIntegrationFilter

    def perform_create(self, serializer):
        channel = get_object_or_404(Channel, pk=self.kwargs["channel_id"])
        serializer.save(channel_id=channel.pk)

    def perform_update(self, serializer):
        serializer.save(channel_id=serializer.instance.channel_id)
