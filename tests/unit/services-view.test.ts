import { describe, expect, it } from 'vitest';
import { activeServices } from '../../functions/content/content.ts';

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
    const view = activeServices({
      service: [stored('a', 'heart', 1), stored('b', 'rocket', 2), stored('c', 'eye', 3, false)],
    } as Parameters<typeof activeServices>[0]);
    expect(view.map((s) => [s.id, s.icon])).toEqual([
      ['a', 'heart'],
      ['b', 'stethoscope'],
    ]);
  });
});
