import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One structured logger per process. Level from POWERTOOLS_LOG_LEVEL (the local twin's tests set
 * SILENT). Never log tokens, cookies, request bodies or secrets: log ids and outcomes.
 */
export const logger = new Logger({ serviceName: 'chikitsa360' });
