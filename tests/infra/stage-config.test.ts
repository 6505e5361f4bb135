import { describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/stacks/app.ts';
import { stageEnvironment } from '../../lib/stacks/environment.ts';
import { emailSender, loadStageConfig, UNCONFIGURED_APP_ORIGIN } from '../../lib/stage-config.ts';

const prodContext = {
  stage: 'prod',
  certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/test',
  razorpayKeyId: 'rzp_live_test',
};
const fromContext = (context: Record<string, string>) => loadStageConfig((key) => context[key]);

describe('stage configuration', () => {
  it('defaults to dev: Razorpay (the simulated gateway is local-only) and the offline transcriber', () => {
    const config = fromContext({});
    expect(config).toMatchObject({
      stage: 'dev',
      region: 'ap-south-1',
      paymentProvider: 'razorpay',
      transcriber: 'offline',
    });
    expect(config.appOrigin).toBe(UNCONFIGURED_APP_ORIGIN);
  });

  it('takes the origin from the domain, or from -c appOrigin', () => {
    expect(fromContext(prodContext).appOrigin).toBe('https://chikitsa360.in');
    expect(fromContext({ appOrigin: 'https://d111.cloudfront.net' }).appOrigin).toBe(
      'https://d111.cloudfront.net',
    );
    expect(() => fromContext({ appOrigin: 'https://d111.cloudfront.net/' })).toThrow(/bare https origin/);
    expect(() => fromContext({ appOrigin: 'http://example.org' })).toThrow(/bare https origin/);
  });

  it('refuses an unknown stage or provider', () => {
    expect(() => fromContext({ stage: 'staging' })).toThrow(/Unknown stage "staging"/);
    expect(() => fromContext({ transcriber: 'whisper' })).toThrow(/expected one of deepgram, offline/);
  });

  it('prod refuses simulated payments, the offline transcriber, and a missing certificate or key id', () => {
    expect(() => fromContext({ ...prodContext, paymentProvider: 'simulated' })).toThrow(/real payments/);
    expect(() => fromContext({ ...prodContext, transcriber: 'offline' })).toThrow(/real speech/);
    expect(() => fromContext({ ...prodContext, certificateArn: '' })).toThrow(/certificateArn/);
    expect(() => fromContext({ ...prodContext, razorpayKeyId: '' })).toThrow(/razorpayKeyId/);
    expect(fromContext(prodContext)).toMatchObject({ paymentProvider: 'razorpay', transcriber: 'deepgram' });
  });

  it('prod synth throws for simulated payments, before anything is built', () => {
    expect(() => buildApp({ context: { ...prodContext, paymentProvider: 'simulated' } })).toThrow(
      /Invalid configuration for stage "prod"[\s\S]*paymentProvider "simulated"/,
    );
  });

  it('prod synth throws for the offline transcriber too', () => {
    expect(() => buildApp({ context: { ...prodContext, transcriber: 'offline' } })).toThrow(
      /Invalid configuration for stage "prod"[\s\S]*transcriber "offline"/,
    );
  });

  it('takes the WAF rate limit on /api/auth/* from the stage, or from -c authRateLimit', () => {
    expect(fromContext({}).authRateLimit).toBe(100);
    expect(fromContext(prodContext).authRateLimit).toBe(500);
    expect(fromContext({ authRateLimit: '250' }).authRateLimit).toBe(250);
    expect(() => fromContext({ authRateLimit: '5' })).toThrow(/authRateLimit.*whole number from 10/);
    expect(() => fromContext({ authRateLimit: 'lots' })).toThrow(/authRateLimit/);
  });

  it('turns SMS reminders on only with both DLT ids, and hands them to every function', () => {
    expect(fromContext({}).sms).toBeUndefined();
    expect(stageEnvironment(fromContext({})).SMS_REMINDERS).toBeUndefined();
    const sms = { smsEntityId: '1101000000000000001', smsTemplateId: '1107000000000000001' };
    const withSms = fromContext({ ...sms, smsTemplateIdHi: '1107000000000000002', smsSenderId: 'CHKTSA' });
    expect(stageEnvironment(withSms)).toMatchObject({
      SMS_REMINDERS: 'true',
      SMS_ENTITY_ID: '1101000000000000001',
      SMS_TEMPLATE_ID: '1107000000000000001',
      SMS_TEMPLATE_ID_HI: '1107000000000000002',
      SMS_SENDER_ID: 'CHKTSA',
    });
    expect(() => fromContext({ smsEntityId: sms.smsEntityId })).toThrow(/both .*smsEntityId.*smsTemplateId/);
    expect(() => fromContext({ smsTemplateId: sms.smsTemplateId })).toThrow(/both/);
    expect(() => fromContext({ smsSenderId: 'CHKTSA' })).toThrow(/need "smsEntityId"/);
  });

  it('splits the sender into name, address and domain', () => {
    expect(emailSender(fromContext(prodContext))).toEqual({
      name: 'Chikitsa360',
      address: 'care@chikitsa360.in',
      domain: 'chikitsa360.in',
    });
  });
});
