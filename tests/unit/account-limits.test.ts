/**
 * The per-account limits the twin's Cognito emulator enforces (lib/local/account-limits.ts), on a
 * clock the test moves: the lockout's timing is checked here without waiting for time.
 */
import { describe, expect, it } from 'vitest';
import { AccountLimits, LIMITS } from '../../lib/local/account-limits.ts';

function clocked() {
  let now = 1_700_000_000_000;
  const limits = new AccountLimits(() => now);
  return { limits, advance: (ms: number) => (now += ms) };
}

describe('sign-in lockout (Cognito: 2^(n-5) s after the fifth wrong password, at most 15 minutes)', () => {
  it('allows five wrong passwords, then locks for 1 s, 2 s, 4 s … up to 15 minutes', () => {
    const { limits, advance } = clocked();
    for (let i = 0; i < 4; i++) {
      expect(limits.beforeSignIn('A@x.in')).toBeNull();
      limits.signInFailed('a@x.in');
    }
    expect(limits.beforeSignIn('a@x.in')).toBeNull();
    limits.signInFailed('a@x.in'); // the fifth
    for (const seconds of [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]) {
      expect(limits.beforeSignIn('a@x.in'), `locked for ${seconds} s`).toBe('password_attempts_exceeded');
      advance(seconds * 1000 - 1);
      expect(limits.beforeSignIn('a@x.in')).toBe('password_attempts_exceeded');
      advance(1);
      expect(limits.beforeSignIn('a@x.in')).toBeNull();
      limits.signInFailed('a@x.in');
    }
    // 2^10 s would be longer: the cap. Waiting it out is 15 minutes without an attempt, which forgets.
    expect(limits.beforeSignIn('a@x.in')).toBe('password_attempts_exceeded');
    advance(LIMITS.maxLockoutMs - 1);
    expect(limits.beforeSignIn('a@x.in')).toBe('password_attempts_exceeded');
    advance(1);
    expect(limits.beforeSignIn('a@x.in')).toBeNull();
  });

  it('counts attempts refused during a lock as activity: no reset while someone keeps trying', () => {
    const { limits, advance } = clocked();
    for (let i = 0; i < 9; i++) {
      advance(20_000);
      limits.signInFailed('a@x.in');
    }
    // Locked for 16 s; keep knocking every 10 minutes for an hour, each time after the lock ends.
    for (let i = 0; i < 6; i++) {
      advance(10 * 60_000);
      expect(limits.beforeSignIn('a@x.in')).toBeNull();
      limits.signInFailed('a@x.in');
      expect(limits.beforeSignIn('a@x.in')).toBe('password_attempts_exceeded');
    }
  });

  it('is per account, and a successful sign-in or 15 quiet minutes start the count again', () => {
    const { limits, advance } = clocked();
    for (let i = 0; i < 5; i++) limits.signInFailed('a@x.in');
    expect(limits.beforeSignIn('b@x.in')).toBeNull();
    advance(1000);
    limits.signInSucceeded('a@x.in');
    limits.signInFailed('a@x.in');
    expect(limits.beforeSignIn('a@x.in')).toBeNull();

    for (let i = 0; i < 4; i++) limits.signInFailed('c@x.in');
    advance(LIMITS.failureMemoryMs);
    limits.signInFailed('c@x.in'); // the count started again: this is the first
    expect(limits.beforeSignIn('c@x.in')).toBeNull();
  });
});

describe('codes', () => {
  it('refuses every code after 5 wrong ones, for 15 minutes; the right code before that clears the count', () => {
    const { limits, advance } = clocked();
    for (let i = 0; i < 4; i++) limits.codeFailed('a@x.in');
    limits.codeSucceeded('a@x.in');
    for (let i = 0; i < 4; i++) limits.codeFailed('a@x.in');
    expect(limits.beforeCodeCheck('a@x.in')).toBeNull();
    limits.codeFailed('a@x.in');
    expect(limits.beforeCodeCheck('a@x.in')).toBe('limit_exceeded');
    expect(limits.beforeCodeCheck('b@x.in')).toBeNull();
    advance(LIMITS.wrongCodeWindowMs - 1);
    expect(limits.beforeCodeCheck('a@x.in')).toBe('limit_exceeded');
    advance(1);
    expect(limits.beforeCodeCheck('a@x.in')).toBeNull();
  });

  it('sends 5 code emails per account per hour', () => {
    const { limits, advance } = clocked();
    for (let i = 0; i < 5; i++) {
      expect(limits.beforeCodeSend('a@x.in')).toBeNull();
      advance(60_000);
    }
    expect(limits.beforeCodeSend('a@x.in')).toBe('limit_exceeded');
    expect(limits.beforeCodeSend('b@x.in')).toBeNull();
    advance(LIMITS.codesSentWindowMs - 5 * 60_000);
    expect(limits.beforeCodeSend('a@x.in')).toBeNull(); // the first send left the hour
    expect(limits.beforeCodeSend('a@x.in')).toBe('limit_exceeded');
  });
});
