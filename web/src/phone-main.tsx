/**
 * The entry of the phone and hall pages (web/phone.html): the confirmation, the delegate
 * view, the check-in screen, the operator console, the big screen and the link page, which
 * a delegate or a hall opens on a weak link. It is built a second time on Preact instead of
 * React DOM (vite.config.ts: about 50 kB less to download before the page shows), without
 * the editor and with react-router's declarative mode (PhoneApp.tsx). The server sends
 * phone.html for those addresses (src/server/plugins/page-preloads.ts).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.js';
import './styles/base.css';
import { PhoneApp } from './PhoneApp.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PhoneApp />
  </StrictMode>,
);
