import { useLayoutEffect, useRef } from 'preact/hooks';
import { echarts } from '../charts.js';

type Chart = ReturnType<typeof echarts.init>;

/** An ECharts instance bound to a div: created once, resized with it, disposed with it. */
export function useChart(): { ref: { current: HTMLDivElement | null }; chart: () => Chart | null } {
  const ref = useRef<HTMLDivElement | null>(null);
  const inst = useRef<Chart | null>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    inst.current = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    const ro = new ResizeObserver(() => inst.current?.resize());
    ro.observe(ref.current);
    return () => {
      ro.disconnect();
      inst.current?.dispose();
      inst.current = null;
    };
  }, []);
  return { ref, chart: () => inst.current };
}
