import { render } from 'preact';
import { App } from './app.js';

export function mount(el: HTMLElement): void {
  render(<App />, el);
}
