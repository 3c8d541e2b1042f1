"""Loads the seed rows and creates the API user whose token the suite sends."""
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from rest_framework.authtoken.models import Token


class Command(BaseCommand):
    """`manage.py seed_reference --token KEY`: idempotent."""

    help = "Load the seed fixture and create the API user with the given token."

    def add_arguments(self, parser):
        parser.add_argument("--token", action="append", default=[], help="API key to accept (repeatable)")

    def handle(self, *args, **options):
        call_command("loaddata", "seed", verbosity=0)
        tokens = options["token"] or ["conformance-dev-token"]
        user_model = get_user_model()
        for index, key in enumerate(tokens):
            user, _ = user_model.objects.get_or_create(username=f"api-user-{index + 1}")
            Token.objects.filter(user=user).exclude(key=key).delete()
            Token.objects.get_or_create(user=user, key=key)
        self.stdout.write(f"seeded; {len(tokens)} token(s)")
