import { describe, expect, it } from 'vitest';
import { localeRedirect } from '../../functions/contract/site-locale.ts';

const go = (path: string, acceptLanguage?: string, choice?: string) =>
  localeRedirect(path, choice, acceptLanguage, ['hi']);

describe('localeRedirect: the first visit follows Accept-Language, a choice wins', () => {
  it('sends a browser that ranks Hindi first to the same page under /hi/', () => {
    expect(go('/', 'hi-IN,hi;q=0.9,en;q=0.8')).toBe('/hi/');
    expect(go('/doctors/view/', 'hi')).toBe('/hi/doctors/view/');
    // Hindi ranked above English by q, wherever it is written; unknown languages do not count.
    expect(go('/doctors/', 'en;q=0.5,mr,hi;q=0.8')).toBe('/hi/doctors/');
  });

  it('leaves English readers, and browsers that name neither language, on the English page', () => {
    expect(go('/', 'en-IN,en;q=0.9,hi;q=0.8')).toBeNull();
    expect(go('/', 'en-US')).toBeNull();
    expect(go('/', 'ta-IN,fr;q=0.5')).toBeNull();
    expect(go('/', undefined)).toBeNull();
    expect(go('/', '*')).toBeNull();
    // A tie goes to the language named first; q=0 means "not this one"; junk is skipped.
    expect(go('/', 'en,hi')).toBeNull();
    expect(go('/', 'hi;q=0,en;q=0.1')).toBeNull();
    expect(go('/', 'hi;q=abc,en;q=0.2')).toBeNull();
  });

  it("follows the reader's own choice over their browser", () => {
    expect(go('/doctors/', 'hi', 'en')).toBeNull();
    expect(go('/doctors/', 'en', 'hi')).toBe('/hi/doctors/');
    expect(go('/doctors/', 'hi', 'xx')).toBeNull();
  });

  it('never moves the API, the WebSocket, assets, files or a page already in a language', () => {
    for (const path of [
      '/api/doctors',
      '/api/me',
      '/ws',
      '/_astro/index.abc.js',
      '/favicon.svg',
      '/404.html',
    ])
      expect(go(path, 'hi')).toBeNull();
    expect(go('/hi/', 'hi')).toBeNull();
    expect(go('/hi', 'hi')).toBeNull();
    expect(go('/hi/doctors/', 'en', 'hi')).toBeNull();
  });

  it('runs from its own source alone (the CloudFront Function inlines it with toString)', () => {
    const standalone = new Function(`return ${localeRedirect.toString()}`)() as typeof localeRedirect;
    expect(standalone('/login/', undefined, 'hi', ['hi'])).toBe('/hi/login/');
  });
});
