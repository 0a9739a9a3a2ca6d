// Tells Redocly what the specs' own extensions hold, so that `redocly bundle` keeps their $refs as
// references (moving shared ones into components) instead of inlining them, and lint checks them as schemas.
module.exports = function persistly() {
  return {
    id: "persistly",
    typeExtension: {
      oas3(types) {
        return {
          ...types,
          PersistlyEvents: { properties: {}, additionalProperties: "Schema" },
          Operation: { ...types.Operation, properties: { ...types.Operation.properties, "x-persistly-events": "PersistlyEvents" } },
        };
      },
    },
  };
};
