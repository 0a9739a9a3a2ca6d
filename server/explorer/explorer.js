// Both specs in one explorer; try-it-now calls the server that served the page. The specs are fetched
// in their try-it-now form (?for=explorer): no fixed idempotency key or event id to pre-fill.
const SAMPLE_STREAM_MS = 5000;

/** An event stream never ends; the explorer shows what arrived in its first seconds, then closes it. */
async function sampleStream(url, init) {
  const controller = new AbortController();
  const response = await fetch(url, { ...init, signal: controller.signal });
  if (!response.body || !(response.headers.get("content-type") ?? "").startsWith("text/event-stream")) return response;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const stop = setTimeout(() => controller.abort(), SAMPLE_STREAM_MS);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // aborted: the sample is complete
  } finally {
    clearTimeout(stop);
  }
  text += `\n: the explorer closed the stream after ${SAMPLE_STREAM_MS / 1000} s; a client keeps it open\n`;
  return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
}

window.explorer = SwaggerUIBundle({
  urls: [
    { url: "/openapi.sdk.json?for=explorer", name: "SDK surface (game clients)" },
    { url: "/openapi.server.json?for=explorer", name: "Server surface (studio backend)" },
  ],
  "urls.primaryName": new URLSearchParams(location.search).get("spec") === "server" ? "Server surface (studio backend)" : "SDK surface (game clients)",
  dom_id: "#explorer",
  deepLinking: true,
  displayOperationId: true,
  persistAuthorization: false,
  tryItOutEnabled: false,
  validatorUrl: null, // no call to validator.swagger.io
  requestInterceptor: (request) => {
    if (/\/events(\?|$)/.test(new URL(request.url, location.href).pathname)) request.userFetch = sampleStream;
    return request;
  },
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "StandaloneLayout",
});
