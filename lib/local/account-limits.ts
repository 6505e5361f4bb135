/**
 * Per-account limits that the real Cognito user pool applies and cognito-local does not, enforced by
 * the twin's Cognito emulator (lib/local/cognito.ts) so the tests see them. Per IP, the WAF's rate rule
 * on /api/auth/* applies in the cloud (waf-stack.ts).
 *
 * - Sign-in (Cognito's documented lockout): after 5 consecutive wrong passwords the account is locked
 *   for 1 s, and each further wrong password doubles that (2^(n-5) s), up to 15 minutes. A sign-in
 *   during a lock fails with "Password attempts exceeded" and does not count. A successful sign-in,
 *   or 15 minutes without any attempt, starts the count again.
 * - Wrong codes (ConfirmSignUp, ConfirmForgotPassword): 5 wrong codes within 15 minutes, then every
 *   code is refused (LimitExceededException) until 15 minutes after the first of them. The right code
 *   before that clears the count.
 * - Codes sent (ResendConfirmationCode, ForgotPassword): 5 per account per hour, then
 *   LimitExceededException.
 * Cognito documents the sign-in lockout; for codes it publishes no numbers, and these are the twin's,
 * in line with the "Attempt limit exceeded" the real pool answers after a handful.
 */

export const LIMITS = {
  freeWrongPasswords: 5,
  maxLockoutMs: 15 * 60_000,
  /** No sign-in attempt for this long forgets the earlier failures. */
  failureMemoryMs: 15 * 60_000,
  wrongCodes: 5,
  wrongCodeWindowMs: 15 * 60_000,
  codesSent: 5,
  codesSentWindowMs: 60 * 60_000,
} as const;

export type LimitRefusal = 'password_attempts_exceeded' | 'limit_exceeded';

interface SignInState {
  failures: number;
  /** The last wrong password or refused attempt. */
  lastAttemptAt: number;
  lockedUntil: number;
}

const key = (account: string) => account.trim().toLowerCase();

export class AccountLimits {
  private readonly signIns = new Map<string, SignInState>();
  private readonly wrongCodes = new Map<string, number[]>();
  private readonly sends = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Null if a password may be tried now. */
  beforeSignIn(account: string): LimitRefusal | null {
    const state = this.signInState(account);
    if (!state || this.now() >= state.lockedUntil) return null;
    state.lastAttemptAt = this.now();
    return 'password_attempts_exceeded';
  }

  signInFailed(account: string) {
    const now = this.now();
    const state = this.signInState(account) ?? { failures: 0, lastAttemptAt: now, lockedUntil: 0 };
    state.failures += 1;
    state.lastAttemptAt = now;
    if (state.failures >= LIMITS.freeWrongPasswords)
      state.lockedUntil =
        now + Math.min(LIMITS.maxLockoutMs, 1000 * 2 ** (state.failures - LIMITS.freeWrongPasswords));
    this.signIns.set(key(account), state);
  }

  signInSucceeded(account: string) {
    this.signIns.delete(key(account));
  }

  /** Null if a code may be checked now. */
  beforeCodeCheck(account: string): LimitRefusal | null {
    return this.recent(this.wrongCodes, account, LIMITS.wrongCodeWindowMs).length >= LIMITS.wrongCodes
      ? 'limit_exceeded'
      : null;
  }

  codeFailed(account: string) {
    const recent = this.recent(this.wrongCodes, account, LIMITS.wrongCodeWindowMs);
    this.wrongCodes.set(key(account), [...recent, this.now()]);
  }

  codeSucceeded(account: string) {
    this.wrongCodes.delete(key(account));
  }

  /** Counts a code about to be sent; a refusal if the account had its share this hour. */
  beforeCodeSend(account: string): LimitRefusal | null {
    const recent = this.recent(this.sends, account, LIMITS.codesSentWindowMs);
    if (recent.length >= LIMITS.codesSent) return 'limit_exceeded';
    this.sends.set(key(account), [...recent, this.now()]);
    return null;
  }

  private signInState(account: string): SignInState | undefined {
    const state = this.signIns.get(key(account));
    if (
      state &&
      this.now() - state.lastAttemptAt >= LIMITS.failureMemoryMs &&
      this.now() >= state.lockedUntil
    ) {
      this.signIns.delete(key(account));
      return undefined;
    }
    return state;
  }

  private recent(log: Map<string, number[]>, account: string, windowMs: number): number[] {
    return (log.get(key(account)) ?? []).filter((at) => this.now() - at < windowMs);
  }
}
