// Bundling shim for `@aws-sdk/credential-provider-node`: why, and the test that proves it, are in
// `bundleAliases` (lib/stacks/node-function.ts). The environment link, then the container link for a
// runtime that serves credentials from an endpoint, with the SDK's own memoisation; anything else is an
// error that names the missing variables.
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
