import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "techbridge.settings")
application = get_wsgi_application()

if os.environ.get("TECHBRIDGE_SEARCH_WARM", "1") == "1":
    # Each web process loads its resident search index in the background at start (the
    # first search would otherwise wait for it; it waits for the rest if it comes early).
    from techbridge.search.backends.resident import warm_in_background

    warm_in_background()
