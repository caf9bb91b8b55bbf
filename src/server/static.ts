// Serves the built web app (dist/app): files by path, index.html for the app's own routes.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

// The app loads nothing from elsewhere and never runs inline script: article text cannot become code.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** The folder of the built app, beside the compiled server (dist/app). */
export function webRoot(): string {
  return fileURLToPath(new URL('../../app/', import.meta.url));
}

/**
 * A handler for everything outside /api: a file of the built app if one matches the path, otherwise
 * the app's index.html (its routes live in the URL). Answers false when no app was built.
 */
export function staticHandler(root = webRoot()) {
  const base = normalize(root);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, path));
    if (!file.startsWith(base.endsWith(sep) ? base : base + sep) && file !== base) return false;
    let target = file;
    const isFile = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!isFile) {
      // a missing asset is a 404; any other path is a route of the app
      if (path.startsWith('/assets/') || extname(path)) return false;
      target = join(base, 'index.html');
    }
    let body: Buffer;
    try {
      body = await readFile(target);
    } catch {
      return false;
    }
    const immutable = target.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
