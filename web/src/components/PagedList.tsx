/**
 * A list that loads in pages: the Region states for the first page, the items, and a "Load more"
 * button while the API has a next cursor. After loading more, focus stays on "Load more" while there
 * is more (the keyboard user carries on where they were), else moves to the first new item.
 */
import { type ComponentChildren, Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Button } from './Button.tsx';
import { Region, type RegionProps } from './States.tsx';

export interface PagedListProps<T> extends Omit<RegionProps, 'children'> {
  items: readonly T[];
  itemKey: (item: T) => string;
  /** Renders the item's `<li>`. */
  renderItem: (item: T) => ComponentChildren;
  listClass: string;
  listTestid?: string;
  /** An <ol>: the order is what the list is about. */
  ordered?: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  moreLabel: ComponentChildren;
  moreBusyLabel: ComponentChildren;
  moreTestid?: string;
  /** What to focus in the first new item after "Load more" (a selector inside it). */
  focusSelector?: string;
}

export function PagedList<T>({
  items,
  itemKey,
  renderItem,
  listClass,
  listTestid,
  ordered,
  hasMore,
  loadingMore,
  onMore,
  moreLabel,
  moreBusyLabel,
  moreTestid = 'load-more',
  focusSelector = 'a, button',
  ...region
}: PagedListProps<T>) {
  const list = useRef<HTMLUListElement & HTMLOListElement>(null);
  const List = ordered ? 'ol' : 'ul';
  const more = useRef<HTMLButtonElement>(null);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || loadingMore || items.length <= from) return;
    focusFrom.current = null;
    if (hasMore) more.current?.focus();
    else list.current?.children[from]?.querySelector<HTMLElement>(focusSelector)?.focus();
  }, [items.length, loadingMore, focusSelector, hasMore]);
  return (
    <>
      <Region {...region}>
        <List class={listClass} data-testid={listTestid} ref={list}>
          {items.map((item) => (
            <Fragment key={itemKey(item)}>{renderItem(item)}</Fragment>
          ))}
        </List>
      </Region>
      {region.state === 'ready' && hasMore && (
        <div class="mt-8 flex justify-center">
          <Button
            variant="secondary"
            class="px-6"
            busy={loadingMore}
            busyLabel={moreBusyLabel}
            testid={moreTestid}
            buttonRef={more}
            onClick={() => {
              focusFrom.current = items.length;
              onMore();
            }}
          >
            {moreLabel}
          </Button>
        </div>
      )}
    </>
  );
}
