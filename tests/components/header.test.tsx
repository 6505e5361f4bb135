/**
 * The header as Base.astro builds it (static markup) with its custom element (islands/header/header.ts):
 * the menu button, closing the panel, the language switch keeping the page, and the signed-in part
 * hydrated only where the browser holds a session mark.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import HeaderMenu from '../../web/src/islands/header/HeaderMenu.tsx';
import { LanguageSwitch } from '../../web/src/islands/header/LanguageSwitch.tsx';
import { MenuToggle } from '../../web/src/islands/header/MenuToggle.tsx';
import { EXPIRY_KEY } from '../../web/src/lib/session-mark.ts';

const me = {
  id: 'u1',
  email: 'kavya@example.com',
  firstName: 'Kavya',
  lastName: 'Rao',
  role: 'doctor',
  locale: 'en',
};

/** The header's markup as the build renders it (signed out), then connected, so the element runs. */
async function mountHeader(pathname = '/doctors/') {
  const host = document.createElement('c360-header');
  render(
    <>
      <LanguageSwitch pathname={pathname} />
      <MenuToggle />
      <div id="site-menu" class="site-menu" data-open="false" />
    </>,
    host,
  );
  // The signed-in part is an island (components/Island.astro): rendered signed out, with its props.
  const island = document.createElement('c360-island');
  island.dataset.island = 'HeaderMenu';
  island.dataset.props = JSON.stringify({ pathname });
  render(<HeaderMenu pathname={pathname} />, island);
  host.querySelector('#site-menu')?.append(island);
  const outside = document.createElement('button');
  document.body.append(host, outside);
  await import('../../web/src/islands/header/header.ts');
  const toggle = host.querySelector<HTMLButtonElement>('#menu-toggle');
  const panel = host.querySelector<HTMLElement>('#site-menu');
  if (!toggle || !panel) throw new Error('header markup missing');
  return { host, toggle, panel, outside };
}

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fetchMock = vi.fn(async (input: string) => {
    const path = new URL(input, 'http://localhost').pathname;
    const body = path === '/api/me' ? { user: me } : {};
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  document.body.innerHTML = '';
  window.localStorage.clear();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the header element', () => {
  it('opens and closes the menu panel: button, Escape (focus back), a click outside', async () => {
    const { toggle, panel, outside } = await mountHeader();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.dataset.open).toBe('true');
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.dataset.open).toBe('false');
    expect(document.activeElement).toBe(toggle);
    toggle.click();
    outside.click();
    expect(panel.dataset.open).toBe('false');
    // A signed-out visitor loads no session: no request at all.
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks a visitor, not a signed-in user, to join as a doctor', async () => {
    const joinLink = (host: HTMLElement) => host.querySelector('nav a[href="/register/?role=doctor"]');
    const signedOut = await mountHeader();
    await vi.waitFor(() =>
      expect(signedOut.host.querySelector('[data-testid="sign-in-link"]')).not.toBeNull(),
    );
    expect(joinLink(signedOut.host)).not.toBeNull();
    document.body.innerHTML = '';
    window.localStorage.setItem(EXPIRY_KEY, new Date(Date.now() + 30 * 60_000).toISOString());
    const signedIn = await mountHeader();
    await vi.waitFor(() =>
      expect(signedIn.host.querySelector('[data-testid="user-menu-button"]')).not.toBeNull(),
    );
    expect(joinLink(signedIn.host)).toBeNull();
  });

  it('links to this page in the other language, query and fragment kept, and remembers the choice', async () => {
    window.history.replaceState(null, '', '/doctors/?q=anita#results');
    const { host } = await mountHeader();
    const link = host.querySelector<HTMLAnchorElement>('[data-testid="language-hi"]');
    expect(new URL(link?.href ?? '').pathname + new URL(link?.href ?? '').search).toBe(
      '/hi/doctors/?q=anita',
    );
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, search: '?q=anita', hash: '#results' });
    link?.click();
    await vi.waitFor(() => expect(assign).toHaveBeenCalledOnce());
    expect(new URL(assign.mock.calls[0]?.[0] as string).pathname).toBe('/hi/doctors/');
    expect(document.cookie).toContain('c360_locale=hi');
    expect(link?.getAttribute('aria-disabled')).toBe('true');
    // Signed out: no profile to save.
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('hydrates the signed-in menu where a session may exist: the doctor gets Today and Availability', async () => {
    window.localStorage.setItem(EXPIRY_KEY, new Date(Date.now() + 30 * 60_000).toISOString());
    const { host } = await mountHeader();
    await vi.waitFor(() => expect(host.querySelector('[data-testid="user-menu-button"]')).not.toBeNull());
    expect(host.querySelector('[data-testid="sign-in-link"]')).toBeNull();
    for (const testid of ['nav-my-appointments', 'nav-today', 'nav-availability'])
      expect(host.querySelector(`[data-testid="${testid}"]`), testid).not.toBeNull();
    expect(host.querySelector('[data-testid="user-menu-button"]')?.textContent).toContain('Kavya');
  });
});
