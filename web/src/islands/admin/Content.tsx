/** Content: the public site's services, health tips and patient stories, one tab each. */
import { m } from '../../paraglide/messages.js';
import Services from './Services.tsx';
import Stories from './Stories.tsx';
import Tips from './Tips.tsx';
import { ViewHeader, ViewTabs } from './ui.tsx';

const TABS = ['services', 'tips', 'stories'] as const;
type Tab = (typeof TABS)[number];
const label = (t: Tab) =>
  t === 'services' ? m.admin_services() : t === 'tips' ? m.nav_health_tips() : m.admin_stories();

export default function Content() {
  return (
    <>
      <ViewHeader title={m.admin_nav_content()} description={m.admin_content_intro()} />
      <ViewTabs
        label={m.admin_nav_content()}
        values={TABS}
        labelOf={label}
        param="tab"
        clear={['stories']}
        testid="content-tabs"
      >
        {(tab) => (tab === 'services' ? <Services /> : tab === 'tips' ? <Tips /> : <Stories />)}
      </ViewTabs>
    </>
  );
}
