// Bundling shim for `@aws-sdk/lib-dynamodb`: why, and the test that proves it, are in `bundleAliases`
// (lib/stacks/node-function.ts). ElectroDB never reads this module (functions/core/clients.ts hands it
// its wrapper ready-made); if a raw client ever reaches it, the first command fails loudly here.
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
