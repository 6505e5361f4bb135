/**
 * Closes a menu the way people expect: on Escape (focus back to its button), on a click outside `root`
 * and when focus leaves `root`. Returns the function that stops listening. Shared by the header's
 * custom element (islands/header/header.ts) and the user menu (a Preact effect).
 */
export function onDismiss(root: HTMLElement, close: (returnFocus: boolean) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close(true);
  };
  const onClick = (e: MouseEvent) => {
    if (e.target instanceof Node && !root.contains(e.target)) close(false);
  };
  const onFocusOut = (e: FocusEvent) => {
    if (e.relatedTarget instanceof Node && !root.contains(e.relatedTarget)) close(false);
  };
  root.addEventListener('keydown', onKey);
  root.addEventListener('focusout', onFocusOut);
  document.addEventListener('click', onClick);
  return () => {
    root.removeEventListener('keydown', onKey);
    root.removeEventListener('focusout', onFocusOut);
    document.removeEventListener('click', onClick);
  };
}
