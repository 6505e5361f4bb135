// Bundling shim for `node:http`: why is in `bundleAliases` (lib/stacks/node-function.ts).
// biome-ignore lint/style/useNodejsImportProtocol: the bundles alias 'node:http' to this very file
module.exports = require('http');
