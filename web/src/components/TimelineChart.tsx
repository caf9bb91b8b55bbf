// Contacts on a time axis: one lane per actor or country, shape by mode, colour by status.
// Wheel or pinch zooms from years down to days; a click on a mark opens the event's dossier.
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { escapeHtml } from '../charts.js';
import {
  type CompactEvent,
  formatDate,
  type Lane,
  MODE_LABEL,
  MODE_SYMBOL,
  MODES,
  markDay,
  STATUS_COLOR,
  STATUSES,
} from '../model.js';
import { useChart } from './useChart.js';

const DAY = 86_400_000;
const ZOOMS: Array<[string, number | null]> = [
  ['year', 365],
  ['quarter', 92],
  ['month', 31],
  ['week', 8],
  ['everything', null],
];

export function TimelineChart(props: { lanes: Lane[]; onOpen: (id: string) => void }) {
  const { ref, chart } = useChart();
  const { lanes, onOpen } = props;
  const height = Math.max(220, lanes.length * 44 + 110);

  // the span of the drawn marks, for the zoom buttons
  const span = useMemo(() => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const l of lanes)
      for (const e of l.events) {
        const d = markDay(e.date);
        if (!d) continue;
        const t = Date.parse(d);
        if (t < lo) lo = t;
        if (t > hi) hi = t;
      }
    return lo <= hi ? { lo, hi } : null;
  }, [lanes]);
  const zoom = (days: number | null) => {
    const c = chart();
    if (!c || !span) return;
    if (days === null) c.dispatchAction({ type: 'dataZoom', start: 0, end: 100 });
    else c.dispatchAction({ type: 'dataZoom', startValue: span.hi - days * DAY, endValue: span.hi + 2 * DAY });
  };

  useLayoutEffect(() => {
    const c = chart();
    if (!c) return;
    const byId = new Map<string, CompactEvent>();
    // one series per status and mode: a fixed symbol and colour each (ECharts' fast path), and the
    // legend, which lists series names, shows each status once and toggles all its modes
    const series = STATUSES.flatMap((status) =>
      MODES.map((mode) => {
        const data: Array<[number, number, string]> = [];
        lanes.forEach((lane, i) => {
          for (const e of lane.events) {
            if (e.status !== status || e.mode !== mode) continue;
            const day = markDay(e.date);
            if (!day) continue;
            byId.set(e.id, e);
            data.push([Date.parse(day), i, e.id]);
          }
        });
        return {
          type: 'scatter' as const,
          name: status,
          data,
          symbol: MODE_SYMBOL[mode],
          symbolSize: 12,
          large: true,
          largeThreshold: 300,
          itemStyle: { color: STATUS_COLOR[status], opacity: 0.85 },
          emphasis: { scale: 1.6 },
          cursor: 'pointer',
        };
      }),
    ).filter((s) => s.data.length);
    c.setOption(
      {
        animation: false,
        grid: { left: 170, right: 24, top: 36, bottom: 64 },
        legend: { top: 4, left: 170, icon: 'circle', data: [...new Set(series.map((s) => s.name))] },
        tooltip: {
          trigger: 'item',
          formatter: (p: { data: [number, number, string] }) => {
            const e = byId.get(p.data[2]);
            if (!e) return '';
            return `<b>${escapeHtml(formatDate(e.date))}</b> · ${escapeHtml(MODE_LABEL[e.mode])} · ${escapeHtml(e.status)}<br>${e.participants
              .map((x) => escapeHtml(x.name))
              .join(', ')}<br><small>${e.reports} report${e.reports === 1 ? '' : 's'} · click for the dossier</small>`;
          },
        },
        xAxis: {
          type: 'time',
          // a margin either side so that the first and last marks are not cut by the axis
          min: (v: { min: number; max: number }) => v.min - Math.max(3 * DAY, (v.max - v.min) * 0.02),
          max: (v: { min: number; max: number }) => v.max + Math.max(3 * DAY, (v.max - v.min) * 0.02),
          splitLine: { show: true, lineStyle: { color: '#eef0f3' } },
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: lanes.map((l) => l.label),
          axisLabel: { width: 150, overflow: 'truncate', fontSize: 12 },
          splitLine: { show: true, lineStyle: { color: '#f3f4f6' } },
        },
        dataZoom: [
          { type: 'inside', xAxisIndex: 0, minValueSpan: 3 * DAY, filterMode: 'weakFilter' },
          {
            type: 'slider',
            xAxisIndex: 0,
            minValueSpan: 3 * DAY,
            height: 22,
            bottom: 12,
            filterMode: 'weakFilter',
            showDataShadow: false,
          },
        ],
        series,
      },
      { notMerge: true },
    );
    const onClick = (p: { data?: unknown }) => {
      const d = p.data as [number, number, string] | undefined;
      if (d?.[2]) onOpen(d[2]);
    };
    c.off('click');
    c.on('click', onClick);
    // an empty chart is drawn while the events load (it readies the chart library meanwhile)
    if (lanes.length) {
      ref.current?.setAttribute('data-marks', String(series.reduce((n, s) => n + s.data.length, 0)));
      // where the most isolated mark of a one-day contact is drawn (pixels in the chart), and its day:
      // lets a test click a mark that no other covers
      const marks = series.flatMap((x, k) =>
        x.data.filter((d) => byId.get(d[2])?.date.precision === 'day').map((d) => ({ t: d[0], lane: d[1], k })),
      );
      marks.sort((a, b) => a.lane - b.lane || a.t - b.t);
      let best: { t: number; lane: number; k: number } | null = null;
      let bestGap = -1;
      marks.forEach((m, i) => {
        const prev = marks[i - 1]?.lane === m.lane ? m.t - marks[i - 1].t : Number.POSITIVE_INFINITY;
        const next = marks[i + 1]?.lane === m.lane ? marks[i + 1].t - m.t : Number.POSITIVE_INFINITY;
        const gap = Math.min(prev, next);
        if (gap > bestGap) {
          bestGap = gap;
          best = m;
        }
      });
      if (best) {
        const { t, lane, k } = best;
        const [x, y] = c.convertToPixel({ seriesIndex: k }, [t, lane]) as number[];
        ref.current?.setAttribute(
          'data-day-mark',
          `${Math.round(x)},${Math.round(y)},${new Date(t).toISOString().slice(0, 10)}`,
        );
      }
      performance.mark('parley:timeline-drawn');
    }
  }, [lanes, onOpen]);

  return (
    <div class="timeline">
      {span && (
        <fieldset class="zoom">
          <legend class="muted">Show the last</legend>
          {ZOOMS.map(([label, days]) => (
            <button type="button" key={label} class="secondary" onClick={() => zoom(days)}>
              {label}
            </button>
          ))}
        </fieldset>
      )}
      <div
        class="chart timeline-chart"
        ref={ref}
        style={{ height: `${height}px` }}
        role="img"
        aria-label="Timeline of contacts"
      />
    </div>
  );
}
