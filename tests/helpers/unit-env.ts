/**
 * The configuration a unit test needs before it imports a handler or a module that reads config():
 * placeholder values (no resource is reached; clients are mocked or faked at their boundary).
 */
export function setUnitEnv(extra: Record<string, string> = {}): void {
  Object.assign(process.env, {
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    APP_ORIGIN: 'https://chikitsa360.example',
    TABLE_NAME: 't',
    RECORDINGS_BUCKET: 'b',
    DOCUMENTS_BUCKET: 'd',
    MEDIA_BUCKET: 'm',
    USER_POOL_ID: 'ap-south-1_x',
    USER_POOL_CLIENT_ID: 'c',
    ...extra,
  });
}
