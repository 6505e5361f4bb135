// Bundling shim (lib/stacks/node-function.ts aliases `@aws-sdk/lib-dynamodb` here). ElectroDB's
// src/client.js runs `require("@aws-sdk/lib-dynamodb")` when it loads, for the commands of the wrapper
// it builds around a raw document client. A `require` of an ES module makes esbuild turn that module and
// everything it imports (the whole DynamoDB client, @smithy/core, @aws-sdk/core) into lazily initialised
// wrappers, which defeats tree shaking and initialises every package in full at cold start: ~60 KB and
// ~25 ms in every function. functions/core/clients.ts hands ElectroDB that wrapper ready-made
// (`electroClient`, built with the module it imports as `#aws-sdk/lib-dynamodb`, a name the alias does
// not touch), so ElectroDB never reads this module; if a raw client ever reaches it, the first command
// fails loudly here instead of half-working.
module.exports = new Proxy(
  {},
  {
    get(_target, name) {
      if (typeof name === 'symbol' || name === '__esModule') return undefined;
      throw new Error(
        `@aws-sdk/lib-dynamodb.${name} is not bundled for ElectroDB: pass electroClient() from functions/core/clients.ts as the ElectroDB client, not a DynamoDB document client.`,
      );
    },
  },
);
