// Bundling shim (lib/stacks/node-function.ts aliases `@aws-sdk/credential-provider-node` here). Every SDK
// client's default credential chain tries, in order: environment variables, SSO, a shared ini profile, a
// credential process, a web-identity token file, then the container or instance metadata endpoint. The
// functions only ever run in Lambda, which hands them their role's credentials in AWS_ACCESS_KEY_ID,
// AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, so the first link always answers. The other links cost
// ~110 KB of every bundle (the SSO, SSO-OIDC, STS and sign-in clients), and because the chain loads them
// with `import()`, esbuild turns the SDK modules they share with our code into lazily initialised
// wrappers that initialise whole packages at cold start (~20 ms). This chain keeps the environment link
// and, for a runtime that serves credentials from a container endpoint instead, the container link,
// with the SDK's own memoisation (refreshed 5 minutes before expiry). Anything else is an error that
// names the missing variables. Only the bundles use this file: tests and the local twin run the SDK's
// own chain (and the twin gives it the same environment variables).
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { fromHttp } from '@aws-sdk/credential-provider-http';
import { CredentialsProviderError, chain } from '@smithy/core/config';
import {
  ENV_CMDS_FULL_URI,
  ENV_CMDS_RELATIVE_URI,
  fromContainerMetadata,
} from '@smithy/credential-provider-imds';
// By path: the package name itself is aliased to this file.
import { memoizeChain } from '../../node_modules/@aws-sdk/credential-provider-node/dist-es/runtime/memoize-chain.js';

/** As in @aws-sdk/credential-provider-node: credentials are refreshed 5 minutes before they expire. */
export const credentialsWillNeedRefresh = (credentials) => credentials?.expiration !== undefined;
export const credentialsTreatedAsExpired = (credentials) =>
  credentials?.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000;

export const defaultProvider = (init = {}) =>
  memoizeChain(
    [
      async () => fromEnv(init)(),
      async (identityProperties) => {
        if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
          return chain(fromHttp(init), fromContainerMetadata(init))(identityProperties);
        }
        throw new CredentialsProviderError(
          'No AWS credentials: a bundled function reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or a container credentials endpoint), as Lambda provides them.',
          { tryNextLink: false, logger: init.logger },
        );
      },
    ],
    credentialsTreatedAsExpired,
  );
