// Contacts on a time axis: one lane per actor or country, shape by mode, colour by status.
// Wheel or pinch zooms from years down to days; a click on a mark opens the event's dossier.
import { useEffect } from 'preact/hooks';
import { escapeHtml } from '../charts.js';
import {
  type CompactEvent,
  formatDate,
  type Lane,
  MODE_LABEL,
  MODE_SYMBOL,
  markDay,
  STATUS_COLOR,
  STATUSES,
} from '../model.js';
import { useChart } from './useChart.js';

const DAY = 86_400_000;

export function TimelineChart(props: { lanes: Lane[]; onOpen: (id: string) => void }) {
  const { ref, chart } = useChart();
  const { lanes, onOpen } = props;
  const height = Math.max(220, lanes.length * 44 + 110);

  useEffect(() => {
    const c = chart();
    if (!c) return;
    const byId = new Map<string, CompactEvent>();
    const series = STATUSES.map((status) => {
      const data: Array<[number, number, string, string]> = [];
      lanes.forEach((lane, i) => {
        for (const e of lane.events) {
          if (e.status !== status) continue;
          const day = markDay(e.date);
          if (!day) continue;
          byId.set(e.id, e);
          data.push([Date.parse(day), i, e.id, e.mode]);
        }
      });
      return {
        type: 'scatter' as const,
        name: status,
        data,
        symbol: (v: [number, number, string, string]) => MODE_SYMBOL[v[3] as keyof typeof MODE_SYMBOL],
        symbolSize: 12,
        itemStyle: { color: STATUS_COLOR[status], opacity: 0.85 },
        emphasis: { scale: 1.6 },
        cursor: 'pointer',
      };
    }).filter((s) => s.data.length);
    c.setOption(
      {
        animation: false,
        grid: { left: 170, right: 24, top: 36, bottom: 64 },
        legend: { top: 4, left: 170, data: series.map((s) => s.name) },
        tooltip: {
          trigger: 'item',
          formatter: (p: { data: [number, number, string, string] }) => {
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
          { type: 'slider', xAxisIndex: 0, minValueSpan: 3 * DAY, height: 22, bottom: 12, filterMode: 'weakFilter' },
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
    c.resize();
    ref.current?.setAttribute('data-marks', String(series.reduce((n, s) => n + s.data.length, 0)));
  }, [lanes, onOpen]);

  return (
    <div
      class="chart timeline-chart"
      ref={ref}
      style={{ height: `${height}px` }}
      role="img"
      aria-label="Timeline of contacts"
    />
  );
}
