// orval's configuration for the matrix: a fetch client in one file (in the directory it runs in; a
// relative target would be read from this file's), its URLs on the live server.
// (CommonJS: orval 7.13 reads no default export from an ES module.)
module.exports = {
  persistly: {
    input: { target: process.env.PERSISTLY_SPEC },
    output: { target: `${process.cwd()}/client.ts`, client: "fetch", mode: "single", baseUrl: process.env.PERSISTLY_URL },
  },
};
