/**
 * What a function's code actually calls, read from its bundle: esbuild builds the entry exactly as CDK
 * does but unminified, tree-shaking leaves only the code the entry can reach, and esbuild marks each
 * source file's part with a `// functions/…` comment. In our own code we find:
 * - ElectroDB calls (`<entity>.get(…)`, `.query.<pattern>(…)`, `.collections.<name>(…)`, …), turned into
 *   DynamoDB actions and the indexes their access patterns use (read from the entities themselves);
 * - AWS SDK commands (`…Command`) and the presigned POST;
 * - provider secrets by name (`secret('…')`, `requireSecret('…')`).
 * The access test compares this with lib/stacks/access.ts in both directions.
 */
import * as esbuild from 'esbuild';
import { resetConfigForTests } from '../../functions/core/config.ts';
import { esbuildOptions } from '../../lib/stacks/node-function.ts';

export interface CodeAccess {
  /** DynamoDB actions, e.g. GetItem, BatchGetItem, Query, … (Scan if anything could scan). */
  readonly tableActions: Set<string>;
  /** Indexes queried, by name; `table` for queries on the table's own key. */
  readonly indexes: Set<string>;
  /**
   * Queries through a variable (`entity.query.byDoctor(…)`) name the access pattern but not the entity:
   * each is the set of indexes it could be, and at least one of them must be granted.
   */
  readonly ambiguousQueries: { pattern: string; candidates: Set<string> }[];
  /** AWS SDK operations named in the code (SendEmail, StartExecution, PutObject, …). */
  readonly sdkOperations: Set<string>;
  readonly presignedPost: boolean;
  /** The buckets whose names the code reads: RECORDINGS, DOCUMENTS, MEDIA (`config().<X>_BUCKET`). */
  readonly bucketVariables: Set<string>;
  /** Secret names read (RAZORPAY_KEY_SECRET, …). */
  readonly secretNames: Set<string>;
}

type IndexMap = Record<string, Record<string, string>>;

let schemaCache: { patterns: IndexMap; collections: Record<string, string> } | undefined;

/** Every entity's access patterns → index name ('table' for the main key), from the ElectroDB models. */
async function schema() {
  if (schemaCache) return schemaCache;
  const saved = { ...process.env };
  Object.assign(process.env, {
    TABLE_NAME: 'analysis',
    APP_ORIGIN: 'https://analysis.invalid',
    RECORDINGS_BUCKET: 'analysis',
    DOCUMENTS_BUCKET: 'analysis',
    MEDIA_BUCKET: 'analysis',
    USER_POOL_ID: 'analysis',
    USER_POOL_CLIENT_ID: 'analysis',
  });
  resetConfigForTests();
  try {
    const { db } = await import('../../functions/core/db/index.ts');
    const service = db() as unknown as {
      entities: Record<string, { model: { indexes: Record<string, { index?: string }> } }>;
      collectionSchema: Record<string, { index?: string }>;
    };
    const patterns: IndexMap = {};
    for (const [entity, definition] of Object.entries(service.entities)) {
      patterns[entity] = Object.fromEntries(
        Object.entries(definition.model.indexes).map(([pattern, index]) => [pattern, index.index || 'table']),
      );
    }
    const collections = Object.fromEntries(
      Object.entries(service.collectionSchema).map(([name, collection]) => [
        name,
        collection.index || 'table',
      ]),
    );
    schemaCache = { patterns, collections };
    return schemaCache;
  } finally {
    process.env = saved;
    resetConfigForTests();
  }
}

const operationActions: Record<string, string> = {
  get: 'GetItem',
  create: 'PutItem',
  put: 'PutItem',
  patch: 'UpdateItem',
  update: 'UpdateItem',
  upsert: 'UpdateItem',
  delete: 'DeleteItem',
  remove: 'DeleteItem',
  check: 'ConditionCheckItem',
  scan: 'Scan',
  find: 'Scan',
  match: 'Scan',
};

/** Our own code in the entry's tree-shaken bundle, whitespace collapsed. */
async function ownCode(entry: string): Promise<string> {
  const options = esbuildOptions(entry, '/analysis');
  const result = await esbuild.build({
    ...options,
    minify: false,
    sourcemap: false,
    write: false,
    logLevel: 'error',
  });
  const sections = result.outputFiles[0]!.text.split(/^\/\/ (\S+)$/m);
  let code = '';
  for (let i = 1; i < sections.length; i += 2) {
    if (sections[i]!.startsWith('functions/')) code += sections[i + 1];
  }
  return code.replace(/\s+/g, ' ');
}

export async function codeAccess(entry: string): Promise<CodeAccess> {
  const { patterns, collections } = await schema();
  const code = await ownCode(entry);
  const entities = Object.keys(patterns).join('|');
  const tableActions = new Set<string>();
  const indexes = new Set<string>();
  const ambiguousQueries: CodeAccess['ambiguousQueries'] = [];

  const calls = new RegExp(
    `(?<![\\w$])(${entities}) ?\\. ?(${Object.keys(operationActions).join('|')}) ?\\( ?([^,)]*)`,
    'g',
  );
  for (const match of code.matchAll(calls)) {
    const [, , operation, argument] = match;
    const arg = argument!.trim();
    // Only get, put and delete take an array (a batch); the argument or its declaration shows which.
    const batchable = operation === 'get' || operation === 'put' || operation === 'delete';
    const batch =
      batchable &&
      (/^[\w$]+$/.test(arg)
        ? isArrayVariable(code, arg, match.index)
        : arg.startsWith('[') || /\.(map|flatMap)\(/.test(arg));
    const action = operationActions[operation!]!;
    tableActions.add(batch ? (operation === 'get' ? 'BatchGetItem' : 'BatchWriteItem') : action);
  }
  for (const match of code.matchAll(/query ?\. ?(\w+) ?\(/g)) {
    const pattern = match[1]!;
    const before = code.slice(Math.max(0, match.index - 40), match.index);
    const entity = new RegExp(`(${entities}) ?\\. ?$`).exec(before)?.[1];
    const candidates = entity
      ? [entity]
      : Object.keys(patterns).filter((name) => patterns[name]![pattern] !== undefined);
    if (!candidates.length) continue; // a variable named query, not an access pattern
    tableActions.add('Query');
    const possible = new Set(candidates.map((name) => patterns[name]![pattern]!));
    if (possible.size === 1) indexes.add([...possible][0]!);
    else ambiguousQueries.push({ pattern, candidates: possible });
  }
  for (const match of code.matchAll(/collections ?\. ?(\w+) ?\(/g)) {
    tableActions.add('Query');
    indexes.add(collections[match[1]!] ?? 'unknown collection');
  }

  const sdkOperations = new Set([...code.matchAll(/\b([A-Z][A-Za-z0-9]*?)Command\d*\b/g)].map((m) => m[1]!));
  const secretNames = new Set(
    [...code.matchAll(/\b(?:requireSecret|secret)\d* ?\( ?["'](\w+)["']/g)].map((m) => m[1]!),
  );
  return {
    tableActions,
    indexes,
    ambiguousQueries,
    sdkOperations,
    presignedPost: /\bcreatePresignedPost\d* ?\(/.test(code),
    bucketVariables: new Set(
      [...code.matchAll(/\bconfig\d* ?\( ?\) ?\. ?(\w+)_BUCKET\b/g)].map((m) => m[1]!),
    ),
    secretNames,
  };
}

/** `const keys = [ … ]` / `= xs.map(…)`: the nearest declaration of the name before its use decides. */
function isArrayVariable(code: string, name: string, usedAt: number): boolean {
  const escaped = name.replace(/\$/g, '\\$');
  const declarations = [
    ...code.slice(0, usedAt).matchAll(new RegExp(`(?:const|let|var) ${escaped} = `, 'g')),
  ];
  const nearest = declarations.at(-1);
  if (!nearest) return false; // a parameter: the callers in this code pass single keys
  const value = code.slice(nearest.index + nearest[0].length, nearest.index + nearest[0].length + 200);
  return /^(\[|[\w$.()]+\.(map|flatMap)\()/.test(value);
}
