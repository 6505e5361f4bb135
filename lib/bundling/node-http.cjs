// Bundling shim (lib/stacks/node-function.ts aliases `node:http` here). An ESM `import … from
// 'node:http'` makes Node build the module's ESM facade, which reads every export, including the lazy
// getters that load undici (WebSocket, fetch's classes): about 70 ms on every cold start, for a
// module the functions use only in the AWS SDK's instance-metadata credential provider, which Lambda
// never reaches. `require` returns the same module object without the facade.
// biome-ignore lint/style/useNodejsImportProtocol: the bundles alias 'node:http' to this very file
module.exports = require('http');
