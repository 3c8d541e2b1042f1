"""django-filter FilterSets of the Omnitron lists."""
import django_filters

from .models import SalesChannelCancellationRequestImage, SalesChannelFailedIntegration


class CancellationRequestImageFilter(django_filters.FilterSet):
    """`cancellation_request`, `uploaded_by`, and `attributes[key]=value` (every given key must match)."""

    class Meta:
        model = SalesChannelCancellationRequestImage
        fields = ["cancellation_request", "uploaded_by"]

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        for key, value in self.data.items():
            # deepObject style: `attributes[color]=red`; a key with a further bracket is not one of ours.
            if key.startswith("attributes[") and key.endswith("]"):
                name = key[len("attributes["):-1]
                if name and "[" not in name:
                    queryset = queryset.filter(**{f"attributes__{name}": value})
        return queryset


class FailedIntegrationFilter(django_filters.FilterSet):
    """`channel` (exact)."""

    class Meta:
        model = SalesChannelFailedIntegration
        fields = ["channel"]
