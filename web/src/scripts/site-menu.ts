/** The header menu: below lg it is a panel toggled by #menu-toggle; from lg up it is always shown. */
const button = document.getElementById('menu-toggle');
const menu = document.getElementById('site-menu');

if (button && menu) {
  const [openIcon, closeIcon] = button.querySelectorAll('svg');
  const label = button.querySelector<HTMLElement>('[data-menu-label]');
  const desktop = window.matchMedia('(min-width: 64rem)');

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';

  const setOpen = (open: boolean, { returnFocus = false } = {}) => {
    button.setAttribute('aria-expanded', String(open));
    menu.dataset.open = String(open);
    openIcon?.classList.toggle('hidden', open);
    closeIcon?.classList.toggle('hidden', !open);
    if (label) label.textContent = (open ? button.dataset.labelClose : button.dataset.labelOpen) ?? '';
    if (!open && returnFocus) button.focus();
  };

  button.addEventListener('click', () => {
    const open = !isOpen();
    setOpen(open);
    if (open) menu.querySelector<HTMLElement>('a, button')?.focus();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen() && !desktop.matches) {
      event.preventDefault();
      setOpen(false, { returnFocus: true });
    }
  });

  // Close when focus or a click moves outside the header, so the panel never covers the page unasked.
  document.addEventListener('click', (event) => {
    if (
      isOpen() &&
      event.target instanceof Node &&
      !menu.contains(event.target) &&
      !button.contains(event.target)
    ) {
      setOpen(false);
    }
  });
  menu.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (isOpen() && next instanceof Node && !menu.contains(next) && !button.contains(next)) setOpen(false);
  });

  // Following an in-page link (e.g. /#how-it-works) should not leave the panel open.
  menu.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
  });

  desktop.addEventListener('change', () => setOpen(false));
}
