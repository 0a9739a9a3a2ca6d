// kubb's configuration for the matrix: types and a fetch client per operation, in ./client of the
// directory it runs in. `dataReturnType: "full"` hands back the status with the body (by default a call
// returns the body alone, and a 409's body would arrive as if it were the 200's). No formatter.
import { defineConfig } from "@kubb/core";
import { pluginOas } from "@kubb/plugin-oas";
import { pluginTs } from "@kubb/plugin-ts";
import { pluginClient } from "@kubb/plugin-client";

export default defineConfig({
  root: process.cwd(),
  input: { path: process.env.PERSISTLY_SPEC },
  output: { path: "./client", clean: true, format: false },
  plugins: [pluginOas(), pluginTs(), pluginClient({ client: "fetch", dataReturnType: "full" })],
});
