// /manifest.webmanifest: what makes the site installable. start_url and scope follow the base path,
// so a build under /atlas/ installs as /atlas/. The icons are public/favicon.svg drawn at 192 and
// 512 pixels (PNG, which every browser's install prompt accepts).
import type { APIRoute } from 'astro';
import { withBase } from '../lib/urls';
import { THEME_COLOR, BACKGROUND_COLOR } from '../lib/web-app';

export const GET: APIRoute = () => {
  const manifest = {
    name: 'ML Interview Atlas',
    short_name: 'Atlas',
    description: 'Machine-learning and LLM interview questions with answers, one page each, by topic and source.',
    start_url: withBase(''),
    scope: withBase(''),
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: withBase('icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: withBase('icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: withBase('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
