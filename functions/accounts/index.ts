/**
 * What other contexts may use of accounts: a user's profile, the directory a user is listed in, and the
 * check that signs an act with the user's password (and authenticator code), and the rules for a
 * person's name and an email address (the contact form takes both from anyone).
 */
export { backfillUserIndexes } from './backfill.ts';
export { dependantOf, listDependants } from './dependants.ts';
export { findUsers, readLookupQuery, unindexUserLookup } from './lookup.ts';
export {
  type AdminProfileChanges,
  adminEditProfile,
  directoryFor,
  disabledIs,
  getUser,
  sexOf,
  toMe,
} from './profile.ts';
export { doctorProfileBody, email as emailAddress, fullName, updateMeBody } from './schemas.ts';
export { confirmSignature, deleteSignIn } from './session.ts';
export { signatureBody } from './signature.ts';
