// The filter bar: actors, lanes, dates, mode, status, source and evidence text. Every change goes to the URL.
import { useState } from 'preact/hooks';
import { MODE_LABEL, MODES, STATUSES } from '../model.js';
import type { ViewState } from '../url-state.js';

function Chips(props: {
  label: string;
  values: string[];
  placeholder: string;
  name: string;
  onChange: (v: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const v = draft.trim();
    if (v && !props.values.includes(v)) props.onChange([...props.values, v]);
    setDraft('');
  };
  return (
    <label class="field chips">
      <span>{props.label}</span>
      <div class="chip-box">
        {props.values.map((v) => (
          <span class="chip" key={v}>
            {v}
            <button
              type="button"
              aria-label={`Remove ${v}`}
              onClick={() => props.onChange(props.values.filter((x) => x !== v))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          name={props.name}
          value={draft}
          placeholder={props.placeholder}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          onBlur={add}
        />
      </div>
    </label>
  );
}

export function Filters(props: { state: ViewState; update: (p: Partial<ViewState>) => void }) {
  const { state, update } = props;
  const [between, setBetween] = useState(state.between);
  const [text, setText] = useState(state.text);
  const [source, setSource] = useState(state.source);
  return (
    <form
      class="filters"
      onSubmit={(e) => {
        e.preventDefault();
        update({ between: between.trim(), text: text.trim(), source: source.trim() });
      }}
    >
      <Chips
        label="Actors (all of)"
        name="actor"
        values={state.actors}
        placeholder="Zelenskyy, Q3052772, the French President…"
        onChange={(actors) => update({ actors })}
      />
      <Chips
        label="Lanes"
        name="lane"
        values={state.lane}
        placeholder={state.lanes === 'country' ? 'busiest countries' : 'busiest actors'}
        onChange={(lane) => update({ lane })}
      />
      <label class="field">
        <span>Between</span>
        <input
          name="between"
          value={between}
          placeholder="2022-01..2022-03-15"
          onInput={(e) => setBetween((e.target as HTMLInputElement).value)}
          onBlur={() => between.trim() !== state.between && update({ between: between.trim() })}
        />
      </label>
      <label class="field">
        <span>Mode</span>
        <select
          name="mode"
          value={state.mode}
          onChange={(e) => update({ mode: (e.target as HTMLSelectElement).value })}
        >
          <option value="">any</option>
          {MODES.map((m) => (
            <option value={m} key={m}>
              {MODE_LABEL[m]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Status</span>
        <select
          name="status"
          value={state.status}
          onChange={(e) => update({ status: (e.target as HTMLSelectElement).value })}
        >
          <option value="">any</option>
          {STATUSES.map((s) => (
            <option value={s} key={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Source</span>
        <input
          name="source"
          value={source}
          placeholder="publisher or attribution"
          onInput={(e) => setSource((e.target as HTMLInputElement).value)}
          onBlur={() => source.trim() !== state.source && update({ source: source.trim() })}
        />
      </label>
      <label class="field">
        <span>Evidence text</span>
        <input
          name="text"
          value={text}
          placeholder="words in a report"
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
          onBlur={() => text.trim() !== state.text && update({ text: text.trim() })}
        />
      </label>
      <label class="field">
        <span>Lanes by</span>
        <select
          name="lanes"
          value={state.lanes}
          onChange={(e) => update({ lanes: (e.target as HTMLSelectElement).value as ViewState['lanes'] })}
        >
          <option value="actor">actor</option>
          <option value="country">country</option>
        </select>
      </label>
      <div class="field buttons">
        <button type="submit">Apply</button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setBetween('');
            setText('');
            setSource('');
            update({ actors: [], lane: [], between: '', mode: '', status: '', source: '', text: '', pair: null });
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
