import { describe, expect, it } from 'vitest';
import { demoDoctors } from '../../lib/local/seed.ts';
import { ApiClient, type ErrorBody } from '../helpers/api.ts';

const api = new ApiClient();

describe('platform basics on the local twin', () => {
  it('reports every dependency healthy', async () => {
    const res = await api.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    for (const dep of ['table', 'bucket', 'mailbox', 'identity'])
      expect(res.body.dependencies[dep].status).toBe('ok');
  });

  it('serves the home page data: active services, featured verified doctors, featured tips and testimonials', async () => {
    const res = await api.get('/api/home');
    expect(res.status).toBe(200);
    const featured = demoDoctors.filter((d) => d.featured).map((d) => `Dr. ${d.firstName} ${d.lastName}`);
    expect(res.body.featuredDoctors.map((d: { name: string }) => d.name).sort()).toEqual(featured.sort());
    expect(res.body.featuredDoctors[0]).not.toHaveProperty('email');
    expect(res.body.services.map((s: { displayOrder: number }) => s.displayOrder)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(res.body.healthTips.length).toBeGreaterThan(0);
    expect(res.body.testimonials.every((t: { featured: boolean }) => t.featured)).toBe(true);
  });

  it('answers an unknown API route with 404 and a wrong method with 405, in the error shape', async () => {
    const missing = await api.get<ErrorBody>('/api/does-not-exist');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const wrongMethod = await api.request<ErrorBody>('DELETE', '/api/home');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });

  it('sends the security headers the CDN sends in production', async () => {
    const res = await api.get('/api/home');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
  });
});
