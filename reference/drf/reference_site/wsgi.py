"""WSGI entry point of the DRF reference target."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reference_site.settings")
django_application = get_wsgi_application()


def application(environ, start_response):
    """Django's application, without a body on HEAD responses.

    Django 3.2 renders HEAD like GET and leaves dropping the body to the server; production servers (gunicorn,
    uWSGI) do, but the development server this target runs on does not, which corrupts a kept-alive connection.
    """
    result = django_application(environ, start_response)
    if environ.get("REQUEST_METHOD") != "HEAD":
        return result
    close = getattr(result, "close", None)
    if close is not None:
        close()
    return []
