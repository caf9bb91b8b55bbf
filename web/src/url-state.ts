// The view lives in the URL: filters, the open tab, the open event or document. A view is a link.
import { useEffect, useState } from 'preact/hooks';
import { parseState, toSearch, type ViewState } from './view-state.js';

export { filterParams, parseState, type Tab, toSearch, type ViewState } from './view-state.js';

/** The state, and a setter that records each change in the browser history. */
export function useViewState(): [ViewState, (patch: Partial<ViewState>, replace?: boolean) => void] {
  const [state, setState] = useState(() => parseState(location.search));
  useEffect(() => {
    const onPop = () => setState(parseState(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const update = (patch: Partial<ViewState>, replace = false) => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      const url = `${location.pathname}${toSearch(next)}`;
      if (replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      return next;
    });
  };
  return [state, update];
}
