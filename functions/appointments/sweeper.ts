// Placeholder so the infrastructure can be built and tested before issue #4 lands; it is replaced by
// the real handler in that issue. Invoking it fails loudly rather than pretending to work.
export const handler = async (): Promise<never> => {
  throw new Error('Not implemented yet: arrives with issue #4');
};
