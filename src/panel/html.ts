// The page's HTML shell: strict CSP (nothing by default, the script by nonce, styles from the extension), the
// initial state in an escaped data- attribute so the first paint needs no round trip. Document text is never
// written here: the page sets it with textContent.
import { escapeHtml as escapeAttribute } from '../core/escape';
import type { InitialData } from '../protocol';

export interface ShellParts {
  readonly cspSource: string;
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly initial: InitialData;
}

export function renderShell(p: ShellParts): string {
  // Our own policy text (single quotes are fine inside a double-quoted attribute); the webview's source and the
  // nonce contain no double quotes.
  const csp = [
    "default-src 'none'",
    `style-src ${p.cspSource}`,
    `img-src ${p.cspSource}`,
    `font-src ${p.cspSource}`,
    `script-src 'nonce-${p.nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(p.styleUri)}">
<title>Newsline</title>
</head>
<body data-initial="${escapeAttribute(JSON.stringify(p.initial))}">
<main id="app" aria-live="polite" aria-busy="false"></main>
<div id="status" class="status" role="status" aria-live="polite"></div>
<script nonce="${escapeAttribute(p.nonce)}" src="${escapeAttribute(p.scriptUri)}"></script>
</body>
</html>`;
}
