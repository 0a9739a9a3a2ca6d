// Both specs in one explorer; try-it-now calls the server that served the page.
window.explorer = SwaggerUIBundle({
  urls: [
    { url: "/openapi.sdk.json", name: "SDK surface (game clients)" },
    { url: "/openapi.server.json", name: "Server surface (studio backend)" },
  ],
  "urls.primaryName": new URLSearchParams(location.search).get("spec") === "server" ? "Server surface (studio backend)" : "SDK surface (game clients)",
  dom_id: "#explorer",
  deepLinking: true,
  displayOperationId: true,
  persistAuthorization: false,
  tryItOutEnabled: false,
  validatorUrl: null, // no call to validator.swagger.io
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "StandaloneLayout",
});
