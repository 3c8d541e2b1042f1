"""Reads Omnitron's cancellation reasons: from OMNITRON_REASONS_URL when set, else the embedded copy.

The embedded copy (omnitron_reasons.json) stands in for an Omnitron installation, as the suite's embedded server
does, so the target runs without a second service.
"""
import json
import os
import urllib.request

from django.conf import settings

EMBEDDED = os.path.join(os.path.dirname(__file__), "omnitron_reasons.json")


def fetch_omnitron_reasons():
    """Every reason Omnitron lists, following `next` links of its paginated list."""
    if not settings.OMNITRON_REASONS_URL:
        with open(EMBEDDED, encoding="utf-8") as handle:
            return json.load(handle)
    reasons, url = [], settings.OMNITRON_REASONS_URL
    while url:
        request = urllib.request.Request(url, headers={"Accept": "application/json"})
        if settings.OMNITRON_TOKEN:
            request.add_header("Authorization", f"Token {settings.OMNITRON_TOKEN}")
        with urllib.request.urlopen(request, timeout=10) as response:
            page = json.load(response)
        reasons.extend(page["results"])
        url = page.get("next")
    return reasons
