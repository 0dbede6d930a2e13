import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Panel } from '../../components/Panel';
import { localizeDocument } from '../../lib/extension/i18n';
import { createPopupClient, followActiveTab } from '../../lib/extension/popup-client';

localizeDocument(document, 'extName');

render(
  <Panel
    follow={(show, reload) => followActiveTab(browser, location.search, show, reload)}
    clientFor={(tabId) => createPopupClient(browser, tabId, navigator.clipboard)}
  />,
  document.getElementById('app')!,
);
