/** The SES v2 emulator; its mailbox viewer is at the endpoint's `/`, its JSON store at `/store`. */
import type { Server } from 'node:http';
import sesModule from 'aws-ses-v2-local';

type StartSes = (config: { host: string; port: number }) => Promise<Server>;
// The package is CommonJS with a default export; through ESM interop it is one `.default` deeper.
const startSesServer = ((sesModule as unknown as { default?: StartSes }).default ??
  sesModule) as unknown as StartSes;

export interface SesEmulator {
  endpoint: string;
  stop(): Promise<void>;
}

/** The emulator answers GetAccount (our health probe) from this variable, as a sandbox-free account. */
const LOCAL_ACCOUNT = {
  DedicatedIpAutoWarmupEnabled: false,
  Details: {
    AdditionalContactEmailAddresses: [],
    ContactLanguage: 'EN',
    MailType: 'TRANSACTIONAL',
    ReviewDetails: { CaseId: 'local', Status: 'GRANTED' },
    UseCaseDescription: 'Chikitsa360 local twin',
    WebsiteURL: 'http://127.0.0.1',
  },
  EnforcementStatus: 'HEALTHY',
  ProductionAccessEnabled: true,
  SendingEnabled: true,
  SendQuota: { Max24HourSend: 50000, MaxSendRate: 14, SentLast24Hours: 0 },
  SuppressionAttributes: { SuppressedReasons: [] },
};

export async function startSes(options: { port: number }): Promise<SesEmulator> {
  process.env.AWS_SES_ACCOUNT = JSON.stringify(LOCAL_ACCOUNT);
  const server = await startSesServer({ host: '127.0.0.1', port: options.port });
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

export interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  /** Files sent with it (a receipt PDF), their content base64. */
  attachments?: { filename?: string; contentType: string; content: string; size: number }[];
  at: number;
}

/** Everything in the local mailbox (tests read verification codes and receipts from here). */
export async function readMailbox(endpoint: string): Promise<StoredEmail[]> {
  const response = await fetch(`${endpoint}/store`);
  const { emails } = (await response.json()) as { emails: StoredEmail[] };
  return emails;
}
