// Who meets whom: actors as nodes, contacts as edges weighted by their number, for the filtered events.
import { useEffect, useMemo } from 'preact/hooks';
import { escapeHtml } from '../charts.js';
import { type CompactEvent, network } from '../model.js';
import { useChart } from './useChart.js';

const KIND_COLOR: Record<string, string> = { person: '#1b6ca8', state: '#2a9d8f', organization: '#e9a03b' };
const MAX_NODES = 150;

export function NetworkChart(props: {
  events: CompactEvent[];
  onPair: (a: string, b: string) => void;
  onActor: (key: string) => void;
}) {
  const { ref, chart } = useChart();
  const net = useMemo(() => {
    const n = network(props.events);
    const nodes = n.nodes.sort((a, b) => b.contacts - a.contacts).slice(0, MAX_NODES);
    const keep = new Set(nodes.map((x) => x.key));
    return {
      nodes,
      edges: n.edges.filter((e) => keep.has(e.a) && keep.has(e.b)),
      dropped: n.nodes.length - nodes.length,
    };
  }, [props.events]);

  useEffect(() => {
    const c = chart();
    if (!c) return;
    const names = new Map(net.nodes.map((n) => [n.key, n.name]));
    c.setOption(
      {
        animationDurationUpdate: 300,
        tooltip: {
          formatter: (p: {
            dataType: string;
            data: { name?: string; value?: number; source?: string; target?: string };
          }) =>
            p.dataType === 'edge'
              ? `${escapeHtml(names.get(p.data.source ?? '') ?? '')} — ${escapeHtml(names.get(p.data.target ?? '') ?? '')}<br>${p.data.value} contact${p.data.value === 1 ? '' : 's'} · click to list them`
              : `<b>${escapeHtml(p.data.name ?? '')}</b><br>${p.data.value} contact${p.data.value === 1 ? '' : 's'}`,
        },
        series: [
          {
            type: 'graph',
            layout: 'force',
            roam: true,
            zoom: 0.7,
            draggable: true,
            force: { repulsion: 220, edgeLength: [60, 180], gravity: 0.08 },
            label: {
              show: true,
              position: 'right',
              fontSize: 11,
              formatter: (p: { data: { label: string } }) => p.data.label,
            },
            labelLayout: { hideOverlap: true },
            emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
            data: net.nodes.map((n) => ({
              id: n.key,
              name: n.name,
              label: n.name,
              value: n.contacts,
              symbolSize: 8 + 4 * Math.sqrt(n.contacts),
              itemStyle: { color: KIND_COLOR[n.kind] ?? '#888' },
            })),
            links: net.edges.map((e) => ({
              source: e.a,
              target: e.b,
              value: e.events.length,
              lineStyle: {
                width: 1 + 1.6 * Math.log2(e.events.length),
                color: '#9aa5b1',
                opacity: 0.8,
                curveness: 0.08,
              },
            })),
          },
        ],
      },
      { notMerge: true },
    );
    c.off('click');
    c.on('click', (p) => {
      const d = (p.data ?? {}) as { id?: string; source?: string; target?: string };
      if (p.dataType === 'edge' && d.source && d.target) props.onPair(d.source, d.target);
      else if (p.dataType === 'node' && d.id) props.onActor(d.id);
    });
    ref.current?.setAttribute('data-nodes', String(net.nodes.length));
    ref.current?.setAttribute('data-edges', String(net.edges.length));
  }, [net]);

  return (
    <div>
      <div
        class="chart network-chart"
        ref={ref}
        style={{ height: '640px' }}
        role="img"
        aria-label="Network of contacts"
      />
      {net.dropped > 0 && (
        <p class="muted">
          Showing the {net.nodes.length} actors with the most contacts; {net.dropped} more are hidden. Narrow the
          filters to see them.
        </p>
      )}
    </div>
  );
}
