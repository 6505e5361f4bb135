/** What other contexts may use of accounts: a user's profile, and the directory a user is listed in. */
export { directoryFor, disabledIs, getUser, toMe } from './profile.ts';
