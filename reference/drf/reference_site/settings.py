"""Settings of the DRF reference target: a plain Django 3.2 + DRF 3.14 project on PostgreSQL.

The database comes from the environment (scripts/drf/start sets it to a throwaway cluster); nothing here is secret.
"""
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SECRET_KEY = os.environ.get("DRF_SECRET_KEY", "reference-target-not-a-secret")
DEBUG = os.environ.get("DRF_DEBUG") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "omnitron",
    "oms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]

ROOT_URLCONF = "reference_site.urls"
WSGI_APPLICATION = "reference_site.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DRF_DB_NAME", "reference"),
        "USER": os.environ.get("DRF_DB_USER", "postgres"),
        "PASSWORD": os.environ.get("DRF_DB_PASSWORD", ""),
        "HOST": os.environ.get("DRF_DB_HOST", "127.0.0.1"),
        "PORT": os.environ.get("DRF_DB_PORT", "5432"),
        # Keep a thread's connection between requests: PostgreSQL forks a backend per connection.
        "CONN_MAX_AGE": int(os.environ.get("DRF_DB_CONN_MAX_AGE", "60")),
    }
}

DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en-us"
USE_I18N = True

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "omnitron.pagination.LimitPageNumberPagination",
    "PAGE_SIZE": 10,
}

# Where pull_from_omnitron reads Omnitron's reasons; empty: the embedded copy (oms/omnitron_reasons.json).
OMNITRON_REASONS_URL = os.environ.get("DRF_OMNITRON_REASONS_URL", "")
OMNITRON_TOKEN = os.environ.get("DRF_OMNITRON_TOKEN", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}},
}
