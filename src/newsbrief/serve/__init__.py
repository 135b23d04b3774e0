"""``newsbrief serve``: the corpus store over HTTP (JSON API) and as web pages.

``api.create_app`` builds the FastAPI app; ``web`` holds the server-rendered pages; ``guard``
the request limits, access rules and security headers; ``errors`` the one JSON error shape.
"""
