/**
 * The Lambda bundles replace a few modules (`bundleAliases` in lib/stacks/node-function.ts, the one list
 * of the shims and their reasons) and trim their source maps to cut cold starts. Every other suite runs
 * the functions unbundled, so these check the replacements against the real modules, and the trimmed map.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { projectRoot } from '../../lib/stacks/node-function.ts';
import { setUnitEnv } from '../helpers/unit-env.ts';

const require = createRequire(import.meta.url);
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('ElectroDB gets its client wrapper from us (lib/bundling/electrodb-lib-dynamodb.cjs)', () => {
  beforeAll(() => setUnitEnv());

  it("is ElectroDB's own wrapper around our document client, so ElectroDB never reads its own lib-dynamodb require", async () => {
    const { electroClient, documentClient } = await import('../../functions/core/clients.ts');
    const lib = await import('#aws-sdk/lib-dynamodb');
    const electro = require('electrodb/src/client.js') as {
      identifyClientVersion(client: unknown): string;
      DocumentClientVersions: { electro: string };
    };
    const client = electroClient() as unknown as { client: unknown; lib: { GetCommand: unknown } };
    expect(electro.identifyClientVersion(client)).toBe(electro.DocumentClientVersions.electro);
    expect(client.client).toBe(documentClient());
    expect(client.lib.GetCommand).toBe(lib.GetCommand);
  });

  it('the bundle stub refuses loudly if a raw client ever reaches ElectroDB', () => {
    const stub = require(path.join(projectRoot, 'lib/bundling/electrodb-lib-dynamodb.cjs'));
    expect(() => new stub.GetCommand({})).toThrow(/electroClient/);
  });

  it('no function imports @aws-sdk/lib-dynamodb by that name (bundles alias it to the stub)', () => {
    const offenders = files(path.join(projectRoot, 'functions')).filter((f) =>
      /from\s+['"]@aws-sdk\/lib-dynamodb['"]|import\(\s*['"]@aws-sdk\/lib-dynamodb['"]/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

describe('credential chain of the bundles (lib/bundling/credential-provider-node.mjs)', () => {
  // By URL: Node loads the shim itself, as esbuild would bundle it.
  const shim = async () =>
    (await import(
      /* @vite-ignore */ pathToFileURL(path.join(projectRoot, 'lib/bundling/credential-provider-node.mjs'))
        .href
    )) as { defaultProvider: (init?: object) => () => Promise<Record<string, unknown>> };

  it("takes the role's credentials from the environment, as Lambda provides them", async () => {
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'token',
    });
    const credentials = await (await shim()).defaultProvider()();
    expect(credentials).toMatchObject({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'token',
    });
  });

  it("resolves exactly what the SDK's own default chain resolves in Lambda's environment", async () => {
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'token',
    });
    const { defaultProvider } = await import('@aws-sdk/credential-provider-node');
    expect(await (await shim()).defaultProvider()()).toEqual(await defaultProvider()());
  });

  it('fails with a clear error when there are none (no profile files, SSO or instance metadata)', async () => {
    for (const name of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    ])
      delete process.env[name];
    await expect((await shim()).defaultProvider()()).rejects.toThrow(/AWS_ACCESS_KEY_ID/);
  });
});

describe('ElectroDB validates our models with a required-only validator (lib/bundling/jsonschema.cjs)', () => {
  type Validation = { errors: unknown[] };
  type Validate = (instance: unknown, schema: unknown) => Validation;
  type ValidatorClass = { new (): { validate: Validate }; prototype: { validate: Validate } };
  const real = require('jsonschema') as { Validator: ValidatorClass };
  const { Validator: Shim } = require(path.join(projectRoot, 'lib/bundling/jsonschema.cjs')) as {
    Validator: ValidatorClass;
  };
  const shim = new Shim();

  beforeEach(() => setUnitEnv());

  it('every model is valid under the real jsonschema, and the shim gives the same verdict on every call ElectroDB makes', async () => {
    const calls: { instance: unknown; schema: unknown; valid: boolean }[] = [];
    const validate = real.Validator.prototype.validate;
    real.Validator.prototype.validate = function (this: unknown, instance, schema, ...rest: unknown[]) {
      const result = validate.call(this, instance, schema, ...(rest as []));
      calls.push({ instance, schema, valid: result.errors.length === 0 });
      return result;
    };
    let entities: string[];
    try {
      // A fresh Service (not the process's cached one), so every entity is validated here.
      vi.resetModules();
      const { db } = await import('../../functions/core/db/index.ts');
      entities = Object.keys(db().entities);
    } finally {
      real.Validator.prototype.validate = validate;
    }
    // Every entity the code declares is in the one Service, so every model was validated above.
    const declared = files(path.join(projectRoot, 'functions')).reduce(
      (n, f) => n + (readFileSync(f, 'utf8').match(/new Entity\(/g)?.length ?? 0),
      0,
    );
    expect(entities).toHaveLength(declared);
    // ElectroDB tries each model as a beta model, then as a v1 model: one valid verdict per entity.
    expect(calls.filter((c) => c.valid)).toHaveLength(declared);
    // And asks of each Entity instance the Service joins whether it is a model: never.
    expect(calls.filter((c) => !c.valid).length).toBeGreaterThan(declared);
    for (const { instance, schema, valid } of calls) {
      expect(shim.validate(instance, schema).errors.length === 0).toBe(valid);
    }
  });

  // The 60 s limit: esbuild bundles the whole Service (SDK, ElectroDB), ~2 s idle, far more on a busy box.
  it('a bundle built as CDK builds it carries the shim, not jsonschema, and builds the same Service', async () => {
    const esbuild = await import('esbuild');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { esbuildOptions, BUNDLE_FILE } = await import('../../lib/stacks/node-function.ts');
    const out = mkdtempSync(path.join(tmpdir(), 's28-jsonschema-'));
    const { entryPoints: _, ...options } = esbuildOptions('functions/core/db/index.ts', out);
    const { metafile } = await esbuild.build({
      ...options,
      stdin: {
        contents:
          "import { db } from './functions/core/db/index.ts'; export const entities = Object.keys(db().entities);",
        resolveDir: projectRoot,
        sourcefile: 'service-entry.ts',
        loader: 'ts',
      },
      metafile: true,
      logLevel: 'error',
    });
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((f) => f.includes('node_modules/jsonschema/'))).toBe(false);
    expect(inputs).toContain('lib/bundling/jsonschema.cjs');
    vi.resetModules();
    const { db } = await import('../../functions/core/db/index.ts');
    const bundled = (await import(/* @vite-ignore */ pathToFileURL(path.join(out, BUNDLE_FILE)).href)) as {
      entities: string[];
    };
    expect(bundled.entities).toEqual(Object.keys(db().entities));
  }, 60_000);
});

describe('the source map keeps only our own code (lib/bundling/trim-source-map.mjs)', () => {
  it('maps every position in our code as the full map does, and no position in a package to a file', async () => {
    const esbuild = await import('esbuild');
    const { SourceMap } = await import('node:module');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { esbuildOptions, finishBundle, BUNDLE_FILE } = await import('../../lib/stacks/node-function.ts');
    const { isPackageSource } = await import('../../lib/bundling/trim-source-map.mjs');
    // A small entry that bundles a package (zod) with our own code.
    const out = mkdtempSync(path.join(tmpdir(), 's27-trim-'));
    await esbuild.build({ ...esbuildOptions('functions/core/config.ts', out), logLevel: 'error' });
    const mapFile = path.join(out, `${BUNDLE_FILE}.map`);
    const full = JSON.parse(readFileSync(mapFile, 'utf8'));
    finishBundle(out);
    const trimmed = JSON.parse(readFileSync(mapFile, 'utf8'));
    expect(full.sources.some(isPackageSource)).toBe(true);
    expect(trimmed.sources.some(isPackageSource)).toBe(false);
    expect(trimmed.sources.length).toBeGreaterThan(0);

    const fullMap = new SourceMap(full);
    const trimmedMap = new SourceMap(trimmed);
    const lines = readFileSync(path.join(out, BUNDLE_FILE), 'utf8').split('\n');
    let ours = 0;
    let theirs = 0;
    lines.forEach((text, line) => {
      // Every 7th column: thousands of positions, inside and between mappings.
      for (let column = 0; column < text.length; column += 7) {
        const expected = fullMap.findEntry(line, column);
        const actual = trimmedMap.findEntry(line, column);
        const source = 'originalSource' in expected ? expected.originalSource : undefined;
        if (source && !isPackageSource(source)) {
          ours++;
          expect(actual).toEqual(expected);
        } else {
          theirs++;
          expect('originalSource' in actual ? actual.originalSource : undefined).toBeUndefined();
        }
      }
    });
    expect(ours).toBeGreaterThan(50);
    expect(theirs).toBeGreaterThan(50);
  });
});
