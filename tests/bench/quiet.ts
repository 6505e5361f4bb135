// Imported first by run.ts: the handlers run in the benchmark's process, and their Powertools logger
// reads its level when its module is evaluated. Request logs would cost CPU and bury the figures.
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
