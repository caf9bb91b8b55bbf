// The entry: a small script that starts loading the first view's events (boot.ts), then fetches the
// app itself, so that the database and the app's download work at the same time.
import './boot.js';
import './style.css';

import('./mount.js').then(({ mount }) => mount(document.getElementById('app')!));
