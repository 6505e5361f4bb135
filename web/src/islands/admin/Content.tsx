/** Content: the public site's services, health tips, patient stories and doctors' rating comments, one tab each (each its own chunk). */
import { m } from '../../paraglide/messages.js';
import { Chunk, type Loader } from './drawers.tsx';
import { Header, ViewTabs } from './ui.tsx';

const TABS = {
  services: [m.admin_services, () => import('./Services.tsx')],
  tips: [m.nav_health_tips, () => import('./Tips.tsx')],
  stories: [m.admin_stories, () => import('./Stories.tsx')],
  ratings: [m.admin_ratings, () => import('./Ratings.tsx')],
} satisfies Record<string, [() => string, Loader]>;
type Tab = keyof typeof TABS;

export default function Content() {
  return (
    <>
      <Header title={m.admin_nav_content()} intro={m.admin_content_intro()} />
      <ViewTabs
        label={m.admin_nav_content()}
        values={Object.keys(TABS) as Tab[]}
        labelOf={(t) => TABS[t][0]()}
        param="tab"
        clear={['stories']}
        testid="content-tabs"
      >
        {(tab) => <Chunk key={tab} load={TABS[tab][1]} />}
      </ViewTabs>
    </>
  );
}
