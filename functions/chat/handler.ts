// Placeholder so the WebSocket API can be built before issue #6 lands; it refuses every connection.
export const handler = async (): Promise<{ statusCode: number; body: string }> => ({
  statusCode: 501,
  body: 'The consultation room arrives with issue #6',
});
