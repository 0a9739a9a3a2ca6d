/** Sent as `X-Persistly-SDK` on every request. */
export const CLIENT_NAME = "@persistly/client";
export const CLIENT_VERSION = "0.3.0";
