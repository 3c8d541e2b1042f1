"""Omnitron routes: images under /api/ and /api/v1/, failed integrations under /api/v1/."""
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from .views import SalesChannelCancellationRequestImageViewSet, SalesChannelFailedIntegrationViewSet

images = DefaultRouter()
images.include_root_view = False
images.register("cancellation_request_images", SalesChannelCancellationRequestImageViewSet, basename="image")

failed = DefaultRouter()
failed.include_root_view = False
failed.register("failed_integrations", SalesChannelFailedIntegrationViewSet, basename="failed-integration")

urlpatterns = [
    path("api/channel/<int:channel_id>/", include(images.urls)),
    path("api/v1/channel/<int:channel_id>/", include(images.urls)),
    path("api/v1/channel/<int:channel_id>/", include(failed.urls)),
]
