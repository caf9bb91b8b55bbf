// The filtered contacts as a list, virtualised: only the rows in view are in the page.
import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { type CompactEvent, formatDate, MODE_LABEL, STATUS_COLOR } from '../model.js';

const ROW = 52;

export function EventList(props: { events: CompactEvent[]; onOpen: (id: string) => void; selected?: string | null }) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [virt] = useState(
    () =>
      new Virtualizer<HTMLDivElement, HTMLDivElement>({
        count: props.events.length,
        getScrollElement: () => scroller.current,
        estimateSize: () => ROW,
        overscan: 8,
        observeElementRect,
        observeElementOffset,
        scrollToFn: elementScroll,
        onChange: () => rerender(0),
      }),
  );
  virt.setOptions({
    ...virt.options,
    count: props.events.length,
    getScrollElement: () => scroller.current,
    onChange: () => rerender(0),
  });
  useEffect(() => virt._didMount(), []);
  useLayoutEffect(() => {
    if (props.events.length) performance.mark('parley:list-shown');
  }, [props.events.length > 0]);
  useEffect(() => {
    virt._willUpdate();
  });
  const items = virt.getVirtualItems();
  return (
    <div class="event-list" ref={scroller} data-count={props.events.length}>
      <div style={{ height: `${virt.getTotalSize()}px`, position: 'relative' }}>
        {items.map((it) => {
          const e = props.events[it.index];
          return (
            <button
              type="button"
              key={e.id}
              class={`event-row${props.selected === e.id ? ' selected' : ''}`}
              data-event={e.id}
              style={{ transform: `translateY(${it.start}px)`, height: `${ROW}px` }}
              onClick={() => props.onOpen(e.id)}
            >
              <span class="row-date">{formatDate(e.date)}</span>
              <span class={`mode-badge mode-${e.mode}`}>{MODE_LABEL[e.mode]}</span>
              <span class="row-who">{e.participants.map((p) => p.name).join(' · ')}</span>
              <span class="status-dot" style={{ background: STATUS_COLOR[e.status] }} title={e.status} />
              <span class="row-status">{e.status}</span>
              <span class="row-reports">
                {e.reports} report{e.reports === 1 ? '' : 's'}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
