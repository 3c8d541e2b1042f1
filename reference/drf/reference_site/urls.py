"""URL patterns: Omnitron's sales-channel routes, the OMS cancellation-reason service, and each one's schema."""
from django.urls import include, path
from rest_framework.schemas import get_schema_view

omnitron_patterns = [path("", include("omnitron.urls"))]
oms_patterns = [path("api/v1/oms/", include("oms.urls"))]

# The OpenAPI documents DRF generates for its own views (rest_framework.schemas.openapi), one per API: Omnitron and
# OMS are two services, each publishing its own schema. get_schema_view's defaults are kept: DRF's default
# authentication and permission classes (token + IsAuthenticated, so an anonymous GET is a 401) and, with
# public=False, only the endpoints the requesting user may call. YAML (OpenAPIRenderer) unless the client asks for
# application/vnd.oai.openapi+json or `?format=openapi-json`.
schema_patterns = [
    path(
        "api/schema/omnitron/",
        get_schema_view(
            title="Omnitron sales channel",
            description="Sales-channel cancellation request images and failed integrations.",
            version="1.0.0",
            patterns=omnitron_patterns,
        ),
        name="omnitron-schema",
    ),
    path(
        "api/schema/oms/",
        get_schema_view(
            title="OMS cancellation reasons",
            description="Cancellation reasons pulled from Omnitron.",
            version="1.0.0",
            patterns=oms_patterns,
        ),
        name="oms-schema",
    ),
]

urlpatterns = omnitron_patterns + oms_patterns + schema_patterns

# JSON bodies for 400 and 500, as DRF's "Generic Error Views" suggest for an API-only project; 404 stays Django's.
handler400 = "rest_framework.exceptions.bad_request"
handler500 = "rest_framework.exceptions.server_error"
