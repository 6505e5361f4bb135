/** Content: the public site's services, health tips and patient stories, one tab each. */
import { h, replaceChildren } from '../../lib/dom.ts';
import type { ViewContext } from './console.ts';
import { servicesPanel } from './content-services.ts';
import { testimonialsPanel } from './content-testimonials.ts';
import { tipsPanel } from './content-tips.ts';
import { tabs, viewHeader } from './ui.ts';

type Tab = 'services' | 'tips' | 'stories';
const panels: Record<Tab, (ctx: ViewContext, container: HTMLElement) => void> = {
  services: servicesPanel,
  tips: tipsPanel,
  stories: testimonialsPanel,
};

export function contentView(ctx: ViewContext) {
  const initial = ctx.params.get('tab') as Tab | null;
  const start: Tab = initial && Object.hasOwn(panels, initial) ? initial : 'services';
  const body = h('div');
  const t = tabs<Tab>({
    label: 'Content',
    options: [
      { value: 'services', label: 'Services' },
      { value: 'tips', label: 'Health tips' },
      { value: 'stories', label: 'Patient stories' },
    ],
    value: start,
    testid: 'content-tabs',
    onChange: (value) => {
      ctx.setParams({ tab: value === 'services' ? null : value, stories: null });
      show(value);
    },
  });
  const tabpanel = t.panel(body);
  ctx.root.append(
    viewHeader('Content', 'What patients see on the public site: services, health tips and patient stories.'),
    h('div', { class: 'mt-6' }, t.el, tabpanel),
  );
  const show = (tab: Tab) => {
    replaceChildren(body);
    panels[tab](ctx, body);
  };
  show(start);
}
