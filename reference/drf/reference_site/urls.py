"""URL patterns: Omnitron's sales-channel routes and the OMS cancellation-reason service."""
from django.urls import include, path

urlpatterns = [
    path("", include("omnitron.urls")),
    path("api/v1/oms/", include("oms.urls")),
]

# JSON bodies for 400 and 500, as DRF's "Generic Error Views" suggest for an API-only project; 404 stays Django's.
handler400 = "rest_framework.exceptions.bad_request"
handler500 = "rest_framework.exceptions.server_error"
