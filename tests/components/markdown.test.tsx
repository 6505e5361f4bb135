/**
 * What the page makes of a tip's Markdown (components/Markdown.tsx): only the known elements, text as
 * text, and links only to https with their three attributes.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Block, Markdown } from '../../web/src/components/Markdown.tsx';

afterEach(cleanup);

const elements = (root: Element) => [...root.querySelectorAll('*')];

describe('Markdown', () => {
  it('creates only the known elements; text goes in as text nodes', () => {
    const source = [
      '## Stay hydrated',
      'Drink **water** and *rest*; see `ORS` <script>alert(1)</script>.',
      '- [WHO](https://www.who.int) and [bad](javascript:alert(1))',
      '1. <b>one</b>',
    ].join('\n\n');
    const { container } = render(<Markdown source={source} testid="md" />);
    const root = container.querySelector('[data-testid="md"]') as HTMLElement;
    const created = elements(root).map((e) => e.tagName.toLowerCase());
    expect(new Set(created)).toEqual(
      new Set(['h2', 'p', 'strong', 'em', 'code', 'ul', 'li', 'a', 'span', 'ol']),
    );
    expect(created).not.toContain('script');
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.textContent).toContain('[bad](javascript:alert(1))');
    expect(root.textContent).toContain('<b>one</b>');

    const links = root.querySelectorAll('a');
    expect(links).toHaveLength(1);
    const link = links[0] as HTMLAnchorElement;
    expect(
      Object.fromEntries(
        [...link.attributes].filter((a) => a.name !== 'class').map((a) => [a.name, a.value]),
      ),
    ).toEqual({
      href: 'https://www.who.int/',
      rel: 'noopener noreferrer',
      target: '_blank',
    });
    // The only attributes ever set are a link's three (and every element's class).
    for (const e of elements(root))
      if (e.tagName !== 'A')
        expect([...e.attributes].map((a) => a.name).filter((n) => n !== 'class')).toEqual([]);
    expect(link.textContent).toBe('WHO (opens in a new tab)');
  });

  it('refuses a hand-made tree with an unsafe link, keeping its text', () => {
    const { container } = render(
      <Block
        block={{
          type: 'paragraph',
          children: [
            { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'click' }] },
          ],
        }}
      />,
    );
    expect(elements(container).map((e) => e.tagName.toLowerCase())).toEqual(['p']);
    expect(container.textContent).toBe('click');
  });
});
