/**
 * A verified doctor's name and registration number are what patients trust (issue 14, item 5):
 * changing either sends the doctor back to the verification queue, out of search, until an admin
 * has seen the change; their existing appointments stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import { demoPeople } from '../../lib/local/seed.ts';
import { ApiClient } from '../helpers/api.ts';
import { confirmedAppointment } from '../helpers/appointments.ts';
import { signIn, uniqueWord, verifiedDoctor } from '../helpers/users.ts';

const searchIds = async (q: string) =>
  (await new ApiClient().get(`/api/doctors?q=${q}`)).body.doctors.map((d: { id: string }) => d.id);

describe('a verified doctor who changes their name', () => {
  it('goes back to the verification queue, out of search, until an admin verifies the new name; appointments stay', async () => {
    const { doctor, patient, appointmentId } = await confirmedAppointment(24 * 60);
    const oldName = uniqueWord('Oldname');
    const newName = uniqueWord('Newname');
    expect((await doctor.client.patch('/api/me', { lastName: oldName })).status).toBe(200);
    // (That first rename queued them too; verified again, they are listed under the old name.)
    const admin = await signIn(demoPeople.admin.email);
    await admin.client.post(`/api/admin/doctors/${doctor.userId}/verification`, { decision: 'verify' });
    expect(await searchIds(oldName)).toEqual([doctor.userId]);

    const renamed = await doctor.client.patch('/api/me', { firstName: 'Someone', lastName: newName });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body.user).toMatchObject({ firstName: 'Someone', lastName: newName });
    expect(renamed.body.user.doctorProfile.verificationStatus).toBe('pending');
    expect(renamed.body.user.doctorProfile.verificationNote).toContain(`“Someone ${newName}”`);
    expect(renamed.body.user.doctorProfile.verificationNote).toContain(oldName);

    // Patients find them under neither name, and the profile page is gone.
    expect(await searchIds(oldName)).toEqual([]);
    expect(await searchIds(newName)).toEqual([]);
    expect((await new ApiClient().get(`/api/doctors/${doctor.userId}`)).status).toBe(404);
    const { data: item } = await entities().user.get({ userId: doctor.userId }).go();
    expect(item).toMatchObject({ directory: 'doctor-pending', verificationStatus: 'pending' });
    expect(item?.listedName).toBeUndefined();

    // The admin sees the change in the queue, with the note.
    const queue = await admin.client.get('/api/admin/users?directory=doctor-pending&limit=100');
    const queued = queue.body.users.find((u: { id: string }) => u.id === doctor.userId);
    expect(queued.doctorProfile.verificationNote).toContain(newName);

    // The booked consultation stays, under the name the patient booked.
    const booked = await patient.client.get(`/api/appointments/${appointmentId}`);
    expect(booked.body.appointment).toMatchObject({
      status: 'CONFIRMED',
      doctor: { name: `Dr. Rhea Menon` },
    });

    expect(
      (await admin.client.post(`/api/admin/doctors/${doctor.userId}/verification`, { decision: 'verify' }))
        .status,
    ).toBe(200);
    expect(await searchIds(newName)).toEqual([doctor.userId]);
    expect(await searchIds(oldName)).toEqual([]);
  });

  it('stays verified for changes patients do not see as identity, and a pending doctor stays pending', async () => {
    const doctor = await verifiedDoctor({ lastName: uniqueWord('Same') });
    const edited = await doctor.client.patch('/api/me', { address: '12 MG Road, Bengaluru 560001' });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.user.doctorProfile.verificationStatus).toBe('verified');
    // The same name sent again is not a change.
    const same = await doctor.client.patch('/api/me', { firstName: 'Test' });
    expect(same.body.user.doctorProfile.verificationStatus).toBe('verified');

    const renamed = await doctor.client.patch('/api/me', { firstName: 'Other' });
    expect(renamed.body.user.doctorProfile.verificationStatus).toBe('pending');
    const again = await doctor.client.patch('/api/me', { firstName: 'Third' });
    expect(again.status).toBe(200);
    expect(again.body.user.doctorProfile).toMatchObject({ verificationStatus: 'pending' });
  });

  it('goes back to the queue when the registration number changes, in one write with the change', async () => {
    const surname = uniqueWord('Regno');
    const doctor = await verifiedDoctor({ lastName: surname });
    expect(await searchIds(surname)).toEqual([doctor.userId]);
    const changed = await doctor.client.patch('/api/me/doctor-profile', { registrationNumber: 'NMC/99999' });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.user.doctorProfile).toMatchObject({
      registrationNumber: 'NMC/99999',
      verificationStatus: 'pending',
    });
    expect(await searchIds(surname)).toEqual([]);
  });
});
