"""Code generated from spec/openapi.server.json and spec/openapi.admin.json by openapi-python-client (never edited by hand; sdks/python/generate.py)."""
