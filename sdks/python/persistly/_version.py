__version__ = "0.3.0"
# The info.version of the specs generated/ was made from (a test checks them): the server surface's
# contract, and the admin surface's (internal: it may change with any server release).
API_VERSION = "1.3.0"
ADMIN_API_VERSION = "0.2.0"
SDK_HEADER = f"persistly-python/{__version__}"
