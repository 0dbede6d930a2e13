import { render } from 'preact';
import browser from 'webextension-polyfill';
import { SiteSettings } from '../../components/SiteSettings';
import { loadSettings, setSitePaused } from '../../lib/extension/storage';

render(
  <SiteSettings load={() => loadSettings(browser)} resume={(site) => setSitePaused(browser, site, false)} />,
  document.getElementById('app')!,
);
