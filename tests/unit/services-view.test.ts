import { describe, expect, it } from 'vitest';
import { activeServices, toHealthTip } from '../../functions/content/content.ts';

const stored = (serviceId: string, icon: string, displayOrder: number, active = true) => ({
  serviceId,
  name: `Service ${serviceId}`,
  description: '',
  icon,
  displayOrder,
  active,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('the public services view', () => {
  it('gives only icon names the web can draw: an unknown stored name reads as the stethoscope', () => {
    const view = activeServices(
      {
        service: [stored('a', 'heart', 1), stored('b', 'rocket', 2), stored('c', 'eye', 3, false)],
      } as Parameters<typeof activeServices>[0],
      'en',
    );
    expect(view.map((s) => [s.id, s.icon])).toEqual([
      ['a', 'heart'],
      ['b', 'stethoscope'],
    ]);
  });

  it("gives a Hindi page the admin's Hindi text, and English (marked so) where there is none", () => {
    const services = {
      service: [
        { ...stored('a', 'heart', 1), nameHi: 'दिल की जाँच', descriptionHi: '' },
        stored('b', 'eye', 2),
      ],
    } as Parameters<typeof activeServices>[0];
    expect(activeServices(services, 'hi').map((s) => [s.name, s.description, s.lang])).toEqual([
      ['दिल की जाँच', '', { name: 'hi', description: 'en' }],
      ['Service b', '', { name: 'en', description: 'en' }],
    ]);
    // An English page never shows the Hindi version.
    expect(activeServices(services, 'en').map((s) => [s.name, s.lang.name])).toEqual([
      ['Service a', 'en'],
      ['Service b', 'en'],
    ]);
  });

  it('reads a health tip in Hindi where the admin wrote it, per field', () => {
    const tip = {
      tipId: 't',
      title: 'Drink water',
      content: 'Eight glasses a day.',
      titleHi: 'पानी पिएँ',
      featured: false,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    } as Parameters<typeof toHealthTip>[0];
    expect(toHealthTip(tip, 'hi')).toMatchObject({
      title: 'पानी पिएँ',
      content: 'Eight glasses a day.',
      lang: { title: 'hi', content: 'en' },
    });
    expect(toHealthTip(tip, 'en')).toMatchObject({
      title: 'Drink water',
      lang: { title: 'en', content: 'en' },
    });
  });
});
