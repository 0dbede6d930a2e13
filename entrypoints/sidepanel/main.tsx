import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Panel } from '../../components/Panel';
import { createPopupClient, followActiveTab } from '../../lib/extension/popup-client';

render(
  <Panel
    follow={(show, reload) => followActiveTab(browser, location.search, show, reload)}
    clientFor={(tabId) => createPopupClient(browser, tabId, navigator.clipboard)}
  />,
  document.getElementById('app')!,
);
