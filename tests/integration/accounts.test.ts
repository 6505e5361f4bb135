import { AdminGetUserCommand, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { createUserProfile } from '../../functions/accounts/profile.ts';
import { maskEmail } from '../../functions/accounts/session.ts';
import { cognito } from '../../functions/core/clients.ts';
import { config } from '../../functions/core/config.ts';
import { entities } from '../../functions/core/db/index.ts';
import { DEMO_PASSWORD, demoDoctors, demoPeople, ensureCognitoUser } from '../../lib/local/seed.ts';
import { readMailbox } from '../../lib/local/ses.ts';
import { totp } from '../../lib/local/totp.ts';
import { ApiClient, currentTwin, type ErrorBody } from '../helpers/api.ts';
import {
  latestCode,
  latestEmailTo,
  registerAndSignIn,
  signIn,
  TEST_PASSWORD,
  uniqueEmail,
} from '../helpers/users.ts';
import { until } from '../helpers/wait.ts';

const cognitoUserExists = (email: string) =>
  cognito()
    .send(new AdminGetUserCommand({ UserPoolId: config().USER_POOL_ID, Username: email }))
    .then(() => true)
    .catch(() => false);

describe('registration and sign-in', () => {
  it('takes a patient from registration through the emailed code to a session, profile edits and sign-out', async () => {
    const api = new ApiClient();
    const email = uniqueEmail('priya');
    const registered = await api.post('/api/auth/register', {
      email: email.toUpperCase(),
      password: TEST_PASSWORD,
      firstName: 'Priya',
      lastName: 'Nair',
      role: 'patient',
    });
    expect(registered.status).toBe(201);
    expect(registered.body.codeSentTo).toMatch(/^p\*\*\*@test\.chikitsa360\.local$/);

    const mail = await latestEmailTo(email, 'Verify your email');
    expect(mail.body.html).toContain('Hello Priya');

    const early = await api.post<ErrorBody>('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(early.status).toBe(403);
    expect(early.body.error.code).toBe('not_confirmed');

    const wrong = await api.post<ErrorBody>('/api/auth/confirm', { email, code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details?.code).toBeDefined();

    const code = await latestCode(email, 'Verify');
    expect((await api.post('/api/auth/confirm', { email, code })).status).toBe(200);
    // Confirming twice: real Cognito says NotAuthorized (→ 409 already_confirmed); the emulator says the
    // code expired (→ 400). Either way it is refused and the account stays confirmed.
    const again = await api.post<ErrorBody>('/api/auth/confirm', { email, code });
    expect([400, 409]).toContain(again.status);

    const login = await api.post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email, firstName: 'Priya', lastName: 'Nair', role: 'patient' });
    expect(Date.parse(login.body.sessionExpiresAt)).toBeGreaterThan(Date.now());
    const cookies = login.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    for (const c of cookies) {
      expect(c).toContain('HttpOnly');
      expect(c).toContain('SameSite=Strict');
    }
    expect(cookies.find((c) => c.startsWith('c360_refresh='))).toContain('Path=/api/auth');
    expect(JSON.stringify(login.body)).not.toMatch(/eyJ[\w-]+\./); // no token in any body

    const edited = await api.patch('/api/me', {
      phone: '098765 43210',
      address: '12 MG Road, Kochi',
      dateOfBirth: '1990-04-12',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.user).toMatchObject({
      phone: '+919876543210',
      address: '12 MG Road, Kochi',
      dateOfBirth: '1990-04-12',
    });
    const cleared = await api.patch('/api/me', { phone: '' });
    expect(cleared.body.user.phone).toBe('');
    expect((await api.get('/api/me')).body.user.address).toBe('12 MG Road, Kochi');

    expect((await api.post('/api/auth/logout')).status).toBe(204);
    expect(api.cookies.size).toBe(0);
    expect((await api.get('/api/me')).status).toBe(401);
  });

  it('registers a doctor as unverified, with an editable doctor profile (fee in rupees stored as paise)', async () => {
    const doctor = await registerAndSignIn('doctor', { firstName: 'Kiran', lastName: 'Rao' });
    const me = await doctor.client.get('/api/me');
    expect(me.body.user.role).toBe('doctor');
    expect(me.body.user.doctorProfile.verificationStatus).toBe('pending');

    const updated = await doctor.client.patch('/api/me/doctor-profile', {
      specialty: 'cardiology',
      registrationNumber: 'KMC/12345',
      experienceYears: 7,
      feeRupees: 750.5,
      languages: ['English', 'Kannada'],
      available: true,
      bio: 'Heart health.',
    });
    expect(updated.status, updated.text).toBe(200);
    expect(updated.body.user.doctorProfile).toMatchObject({
      specialty: 'cardiology',
      feePaise: 75050,
      verificationStatus: 'pending',
      // The shared twin charges 18% on the consultation: ₹750.50 + ₹135.09.
      price: { basePaise: 75_050, gstPaise: 13_509, totalPaise: 88_559 },
      taxRules: { consultation: 'taxable', platformFeePaise: 0, ratePercent: 18 },
    });

    const { data } = await entities().user.get({ userId: doctor.userId }).go();
    expect(data?.listedSpecialty).toBeUndefined(); // unverified doctors are not in the directory index
    expect(data?.directory).toBe('doctor-pending');
  });

  it('answers a registration for a known email exactly as for a new one, and tells the owner by email', async () => {
    const register = (email: string) =>
      new ApiClient().post('/api/auth/register', {
        email,
        password: 'Other@Pass2026',
        firstName: 'Dup',
        lastName: 'Licate',
        role: 'patient',
      });
    const known = demoPeople.patient.email;
    const fresh = uniqueEmail('p');
    const [forKnown, forFresh] = [await register(known), await register(fresh)];
    expect(forKnown.status).toBe(201);
    expect(forFresh.status).toBe(201);
    // Nothing in the answer depends on whether the account existed.
    expect(forKnown.body).toEqual({ email: known, codeSentTo: maskEmail(known) });
    expect(forFresh.body).toEqual({ email: fresh, codeSentTo: maskEmail(fresh) });
    expect(Object.fromEntries(forKnown.headers)).toMatchObject({
      'content-type': forFresh.headers.get('content-type'),
    });

    const told = await latestEmailTo(known, 'You already have');
    expect(told.body.text).toContain('/login/?email=');
    // Nothing changed: the old password still works, the one sent with the registration does not.
    expect(
      (await new ApiClient().post('/api/auth/login', { email: known, password: DEMO_PASSWORD })).status,
    ).toBe(200);
    expect(
      (await new ApiClient().post('/api/auth/login', { email: known, password: 'Other@Pass2026' })).status,
    ).toBe(401);

    // Registering again before verifying (the code got lost) sends a new code instead.
    await latestCode(fresh, 'Verify');
    expect((await register(fresh)).status).toBe(201);
    const codes = (await readMailbox(currentTwin().mailboxUrl)).filter(
      (e) => e.destination.to.includes(fresh) && e.subject.includes('Verify'),
    );
    expect(codes).toHaveLength(2);
  });

  it('signs in with the demo accounts and rejects a wrong password without saying which part was wrong', async () => {
    const patient = await signIn(demoPeople.patient.email);
    expect(patient.role).toBe('patient');
    const doctor = await signIn(demoDoctors[0]!.email);
    expect(doctor.role).toBe('doctor');
    const admin = await signIn(demoPeople.admin.email);
    expect(admin.role).toBe('admin');

    const bad = await new ApiClient().post<ErrorBody>('/api/auth/login', {
      email: demoPeople.patient.email,
      password: 'Wrong@123',
    });
    const unknown = await new ApiClient().post<ErrorBody>('/api/auth/login', {
      email: uniqueEmail('nobody'),
      password: 'Wrong@123',
    });
    expect(bad.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(bad.body.error.message).toBe(unknown.body.error.message);
  });

  it('refreshes the session from the refresh cookie, and refuses without it', async () => {
    const user = await signIn(demoPeople.patient.email);
    const before = user.client.cookies.get('c360_session')!.value;
    // A new token differs only if its iat (whole seconds) differs: wait for the next second.
    const signedInSecond = Math.floor(Date.now() / 1000);
    await until(() => Math.floor(Date.now() / 1000) > signedInSecond, { what: 'the next second' });
    const refreshed = await user.client.post('/api/auth/refresh');
    expect(refreshed.status, refreshed.text).toBe(200);
    expect(user.client.cookies.get('c360_session')!.value).not.toBe(before);
    expect((await user.client.get('/api/me')).status).toBe(200);

    const anonymous = await new ApiClient().post<ErrorBody>('/api/auth/refresh');
    expect(anonymous.status).toBe(401);
  });

  it('resets a forgotten password with the emailed code, answering the same whether or not the account exists', async () => {
    const user = await registerAndSignIn('patient');
    const api = new ApiClient();
    const forgot = await api.post('/api/auth/forgot-password', { email: user.email });
    const forgotUnknown = await api.post('/api/auth/forgot-password', { email: uniqueEmail('ghost') });
    expect(forgot.status).toBe(202);
    expect(forgotUnknown.status).toBe(202);
    expect(forgotUnknown.body).toEqual(forgot.body);

    const code = await latestCode(user.email, 'Reset');
    const weak = await api.post<ErrorBody>('/api/auth/reset-password', {
      email: user.email,
      code,
      password: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details?.password).toContain('Use at least 8 characters.');
    const wrongCode = await api.post('/api/auth/reset-password', {
      email: user.email,
      code: '000000',
      password: 'Naya@Pass99',
    });
    expect(wrongCode.status).toBe(400);
    expect(
      (await api.post('/api/auth/reset-password', { email: user.email, code, password: 'Naya@Pass99' }))
        .status,
    ).toBe(200);
    expect((await api.post('/api/auth/login', { email: user.email, password: 'Naya@Pass99' })).status).toBe(
      200,
    );
  });
});

describe('bad input changes nothing', () => {
  const valid = { password: TEST_PASSWORD, firstName: 'Asha', lastName: 'Kumar', role: 'patient' };

  it.each([
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['a weak password', { password: 'password' }, 'password'],
    ['a 10 kB first name', { firstName: 'A'.repeat(10_000) }, 'firstName'],
    ['markup in a name', { lastName: '<script>alert(1)</script>' }, 'lastName'],
    ['an admin self-registration', { role: 'admin' }, 'role'],
  ])('rejects %s with a 400 naming the field, and creates no account', async (_label, change, field) => {
    const email = uniqueEmail('bad');
    const res = await new ApiClient().post<ErrorBody>('/api/auth/register', { email, ...valid, ...change });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.details ?? {})).toContain(field);
    expect(await cognitoUserExists((change as { email?: string }).email ?? email)).toBe(false);
  });

  // The public client id is in every page's network traffic: anyone can call Cognito's SignUp without
  // our API. The PreSignUp trigger applies the same schema, so such a sign-up is refused too.
  it.each([
    ['CR/LF in a name (header injection into email subjects)', { given_name: 'Asha\r\nBcc: x@evil.example' }],
    ['markup in a name', { family_name: '<img src=x onerror=alert(1)>' }],
    ['a 1,500-character name', { given_name: 'A'.repeat(1_500) }],
    ['an empty name', { family_name: '' }],
    ['a name padded with spaces', { given_name: ' Asha ' }],
    ['a malformed email attribute', { email: 'not-an-email' }],
    ['an admin role', { 'custom:role': 'admin' }],
    ['no role', { 'custom:role': undefined }],
  ])('refuses a SignUp sent straight to Cognito with %s, and stores nothing', async (_label, change) => {
    const email = uniqueEmail('direct');
    const attributes: Record<string, string | undefined> = {
      email,
      given_name: 'Asha',
      family_name: 'Kumar',
      'custom:role': 'patient',
      ...change,
    };
    const attempt = cognito().send(
      new SignUpCommand({
        ClientId: config().USER_POOL_CLIENT_ID,
        Username: email,
        Password: TEST_PASSWORD,
        UserAttributes: Object.entries(attributes)
          .filter((entry): entry is [string, string] => entry[1] !== undefined)
          .map(([Name, Value]) => ({ Name, Value })),
      }),
    );
    await expect(attempt).rejects.toMatchObject({ name: 'UserLambdaValidationException' });
    expect(await cognitoUserExists(email)).toBe(false);
  });

  it('accepts a direct SignUp that meets the API rules (names in any script)', async () => {
    const email = uniqueEmail('direct-ok');
    await cognito().send(
      new SignUpCommand({
        ClientId: config().USER_POOL_CLIENT_ID,
        Username: email,
        Password: TEST_PASSWORD,
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'given_name', Value: 'प्रिया' },
          { Name: 'family_name', Value: "D'Souza-Nair" },
          { Name: 'custom:role', Value: 'patient' },
        ],
      }),
    );
    expect(await cognitoUserExists(email)).toBe(true);
  });

  it('lists every password rule that is broken', async () => {
    const res = await new ApiClient().post<ErrorBody>('/api/auth/register', {
      ...valid,
      email: uniqueEmail('pw'),
      password: 'abc',
    });
    expect(res.body.error.details?.password).toEqual([
      'Use at least 8 characters.',
      'Add an upper-case letter.',
      'Add a number.',
      'Add a symbol, such as @ or #.',
    ]);
  });

  it('rejects a future birth date, a bad phone, a negative fee and unknown fields, leaving the profile as it was', async () => {
    const doctor = await registerAndSignIn('doctor');
    const before = (await doctor.client.get('/api/me')).body.user;
    const future = new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10);
    const cases: [string, unknown, string][] = [
      ['/api/me', { dateOfBirth: future }, 'dateOfBirth'],
      ['/api/me', { phone: '12345' }, 'phone'],
      ['/api/me', { role: 'admin' }, ''],
      ['/api/me/doctor-profile', { feeRupees: -100 }, 'feeRupees'],
      ['/api/me/doctor-profile', { specialty: 'astrology' }, 'specialty'],
      ['/api/me/doctor-profile', { feeRupees: 500.555 }, 'feeRupees'],
    ];
    for (const [path, body, field] of cases) {
      const res = await doctor.client.patch<ErrorBody>(path, body);
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(Object.keys(res.body.error.details ?? {}).join(), JSON.stringify(body)).toContain(field);
    }
    expect((await doctor.client.get('/api/me')).body.user).toEqual(before);
  });

  it('answers a body that is not JSON with a 400', async () => {
    const res = await new ApiClient().request<ErrorBody>('POST', '/api/auth/login', undefined, {
      raw: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/not valid JSON/);
  });
});

describe('request forgery and token tampering', () => {
  it('refuses a state-changing request from another origin, or with no Origin at all', async () => {
    const user = await signIn(demoPeople.patient.email);
    const evil = await user.client.request<ErrorBody>(
      'PATCH',
      '/api/me',
      { address: 'pwned' },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(evil.status).toBe(403);
    const noOrigin = new ApiClient(undefined, null);
    for (const [k, v] of user.client.cookies) noOrigin.cookies.set(k, v);
    expect((await noOrigin.patch('/api/me', { address: 'pwned' })).status).toBe(403);
    expect((await user.client.get('/api/me')).body.user.address).not.toBe('pwned');
  });

  it('treats a tampered or foreign token as no session', async () => {
    const user = await signIn(demoPeople.patient.email);
    const token = user.client.cookies.get('c360_session')!.value;
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admins'] })).toString('base64url')}.${signature}`;
    const api = new ApiClient();
    api.cookies.set('c360_session', { value: forged, path: '/' });
    expect((await api.get('/api/me')).status).toBe(401);
    api.cookies.set('c360_session', { value: 'garbage', path: '/' });
    expect((await api.get('/api/me')).status).toBe(401);
  });
});

// The twin's Cognito emulator applies the real pool's per-account limits (lib/local/account-limits.ts;
// the lockout's exact timing is unit-tested on a moved clock). These go through our API.
describe('per-account limits on passwords, codes and code emails', () => {
  const mailsTo = async (address: string) =>
    (await readMailbox(currentTwin().mailboxUrl)).filter((e) => e.destination.to.includes(address)).length;

  it('locks an account after five wrong passwords (429), without changing the answer for the first five', async () => {
    const user = await registerAndSignIn('patient');
    const attempt = () =>
      new ApiClient().post<ErrorBody>('/api/auth/login', { email: user.email, password: 'Wrong@123' });
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401);
    // Locked 1 s, then 2 s, 4 s …: a further attempt meets a lock long before the locks could be waited out.
    let locked: Awaited<ReturnType<typeof attempt>> | undefined;
    for (let i = 0; i < 8 && !locked; i++) {
      const answer = await attempt();
      if (answer.status === 429) locked = answer;
      else expect(answer.status).toBe(401);
    }
    expect(locked?.body.error.message).toMatch(/Too many failed sign-ins/);
  });

  it('refuses every code after five wrong ones, even the right one, and the account stays unverified', async () => {
    const email = uniqueEmail('codes');
    const api = new ApiClient();
    const registered = await api.post('/api/auth/register', {
      email,
      password: TEST_PASSWORD,
      firstName: 'Code',
      lastName: 'Guesser',
      role: 'patient',
    });
    expect(registered.status).toBe(201);
    const code = await latestCode(email, 'Verify');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++)
      expect((await api.post('/api/auth/confirm', { email, code: wrong })).status).toBe(400);
    const right = await api.post<ErrorBody>('/api/auth/confirm', { email, code });
    expect(right.status).toBe(429);
    const login = await api.post<ErrorBody>('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(login.body.error.code).toBe('not_confirmed');
  });

  it('emails at most five codes an hour per account, answering the sixth request the same way (no email)', async () => {
    const user = await registerAndSignIn('patient');
    const api = new ApiClient();
    const before = await mailsTo(user.email);
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(await api.post('/api/auth/forgot-password', { email: user.email }));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202, 202]);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    // The emulator sends before it answers: every email that will come is in the mailbox now.
    expect(await mailsTo(user.email)).toBe(before + 5);
  });
});

describe('two-step sign-in (TOTP)', () => {
  it('lets anyone turn it on with an authenticator app; then every sign-in asks for the code', async () => {
    const user = await registerAndSignIn('patient');
    const setup = await user.client.post('/api/auth/mfa/setup');
    expect(setup.status, setup.text).toBe(200);
    expect(setup.body.otpauthUri).toMatch(
      /^otpauth:\/\/totp\/Chikitsa360%3A.*\?secret=[A-Z2-7]+&issuer=Chikitsa360/,
    );
    const secret: string = setup.body.secret;
    const wrong = await user.client.post<ErrorBody>('/api/auth/mfa/verify', {
      code: totp(secret, Date.now() - 10 * 60_000),
    });
    expect(wrong.status).toBe(400);
    const verified = await user.client.post('/api/auth/mfa/verify', { code: totp(secret) });
    expect(verified.status, verified.text).toBe(200);
    expect(verified.body.user.mfaEnabled).toBe(true);

    // The password alone no longer signs in: no session cookie until the code.
    const api = new ApiClient();
    const first = await api.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ mfaRequired: true });
    expect(api.cookies.has('c360_session')).toBe(false);
    expect((await api.get('/api/me')).status).toBe(401);
    const mismatch = await api.post<ErrorBody>('/api/auth/mfa', {
      code: totp(secret, Date.now() - 10 * 60_000),
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.details?.code).toBeDefined();
    const second = await api.post('/api/auth/mfa', { code: totp(secret) });
    expect(second.status, second.text).toBe(200);
    expect(second.body.user).toMatchObject({ email: user.email, mfaEnabled: true });
    expect((await api.get('/api/me')).status).toBe(200);
    // A session that began with the code renews like any other (the twin's Cognito stores its
    // refresh token, as the real pool does).
    const renewed = await api.post('/api/auth/refresh');
    expect(renewed.status, renewed.text).toBe(200);

    // Without the password step first (no pending sign-in), a code is not enough.
    const stranger = await new ApiClient().post<ErrorBody>('/api/auth/mfa', { code: totp(secret) });
    expect(stranger.status).toBe(401);
  });

  it('requires it of admins: every admin route answers 403 mfa_required until it is on', async () => {
    const email = uniqueEmail('admin');
    // Made as the seed makes the demo admin, but without turning on two-step sign-in.
    const userId = await ensureCognitoUser({ email, firstName: 'Meera', lastName: 'Iyer', role: 'admin' });
    await createUserProfile({ userId, email, firstName: 'Meera', lastName: 'Iyer', role: 'admin' });

    const admin = await signIn(email);
    for (const path of ['/api/admin/stats', '/api/admin/users', `/api/admin/users/${userId}`]) {
      const refused = await admin.client.get<ErrorBody>(path);
      expect(refused.status, path).toBe(403);
      expect(refused.body.error.code).toBe('mfa_required');
    }
    const setup = await admin.client.post('/api/auth/mfa/setup');
    expect((await admin.client.post('/api/auth/mfa/verify', { code: totp(setup.body.secret) })).status).toBe(
      200,
    );
    expect((await admin.client.get('/api/admin/stats')).status).toBe(200);

    // The seeded demo admin has it on: the password alone gets a challenge, not a session.
    const demo = await new ApiClient().post('/api/auth/login', {
      email: demoPeople.admin.email,
      password: DEMO_PASSWORD,
    });
    expect(demo.body).toEqual({ mfaRequired: true });
  });
});
