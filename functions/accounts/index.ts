/**
 * What other contexts may use of accounts: a user's profile, the directory a user is listed in, and the
 * check that signs an act with the user's password (and authenticator code).
 */
export { dependantOf, listDependants } from './dependants.ts';
export { directoryFor, disabledIs, getUser, sexOf, toMe } from './profile.ts';
export { confirmSignature, deleteSignIn } from './session.ts';
export { signatureBody } from './signature.ts';
