/**
 * Every internal link and navigation goes through pageHref, so the Hindi pages (/hi/…, issue 16) can
 * keep a reader in their language by changing this one function. Until they land it returns the path.
 */
export const pageHref = (path: string) => path;

/** The site's links to one appointment's pages (plain strings: the room's script uses them without Preact). */
export const appointmentHref = (id: string) => pageHref(`/appointments/view/?id=${encodeURIComponent(id)}`);
export const payHref = (id: string) => pageHref(`/appointments/pay/?id=${encodeURIComponent(id)}`);
export const roomHref = (id: string) => pageHref(`/room/?id=${encodeURIComponent(id)}`);
