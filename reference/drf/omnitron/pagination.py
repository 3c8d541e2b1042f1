"""Omnitron's page-number pagination: `page` and `limit` (at most 100), as DRF's PageNumberPagination does it."""
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response


class LimitPageNumberPagination(PageNumberPagination):
    """`?page=N&limit=M` with the `{count, next, previous, results}` envelope."""

    page_size = 10
    page_size_query_param = "limit"
    max_page_size = 100


class BareListPagination(LimitPageNumberPagination):
    """The same pages, answered as a bare JSON array (the inserts/updates endpoints document an array)."""

    def get_paginated_response(self, data):
        return Response(data)
