"""URL patterns: Omnitron's sales-channel routes and the OMS cancellation-reason service."""
from django.urls import include, path

urlpatterns = [
    path("", include("omnitron.urls")),
    path("api/v1/oms/", include("oms.urls")),
]
