"""OMS routes under /api/v1/oms/."""
from rest_framework.routers import DefaultRouter

from .views import CancellationReasonViewSet

router = DefaultRouter()
router.include_root_view = False
router.register("cancellation-reasons", CancellationReasonViewSet, basename="cancellation-reason")
urlpatterns = router.urls
