/**
 * The header's menu button (below lg), rendered at build time. The header's element (header.ts) opens
 * and closes the panel by setting aria-expanded, which also swaps the icon and the button's name.
 */
import { Icon } from '../../components/Icon.tsx';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';

export function MenuToggle() {
  return (
    <button
      id="menu-toggle"
      type="button"
      class="group btn-ghost -mr-2 px-2.5 lg:hidden"
      aria-controls="site-menu"
      aria-expanded="false"
    >
      <Icon shape={I.menu} class="size-6 group-aria-expanded:hidden" />
      <Icon shape={I.x} class="hidden size-6 group-aria-expanded:block" />
      <span class="sr-only group-aria-expanded:hidden">{m.header_open_menu()}</span>
      <span class="sr-only hidden group-aria-expanded:inline">{m.header_close_menu()}</span>
    </button>
  );
}
