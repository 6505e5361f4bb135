/** The site's links to one appointment's pages (plain strings: the room's script uses them without Preact). */
export const appointmentHref = (id: string) => `/appointments/view/?id=${encodeURIComponent(id)}`;
export const payHref = (id: string) => `/appointments/pay/?id=${encodeURIComponent(id)}`;
export const roomHref = (id: string) => `/room/?id=${encodeURIComponent(id)}`;
