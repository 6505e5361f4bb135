/** The S3 emulator (s3rver), in-process, bound to loopback, with the recordings, documents and media buckets. */
import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';

export interface S3Emulator {
  endpoint: string;
  server: S3rver;
  stop(): Promise<void>;
}

/** Browsers upload recording chunks and documents straight to the buckets with a presigned POST. */
const corsFor = (origin: string) => `<?xml version="1.0" encoding="UTF-8"?>
<CORSConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <CORSRule>
    <AllowedOrigin>${origin}</AllowedOrigin>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

export async function startS3(options: {
  port: number;
  dir: string;
  buckets: readonly string[];
  siteOrigin: string;
}): Promise<S3Emulator> {
  mkdirSync(options.dir, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    directory: options.dir,
    silent: true,
    vhostBuckets: false,
    configureBuckets: options.buckets.map((name) => ({ name, configs: [corsFor(options.siteOrigin)] })),
  });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    server,
    stop: () => server.close() as Promise<void>,
  };
}
