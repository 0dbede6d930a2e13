import { providePageTool } from '../lib/extension/api';
import { highlightInPage } from '../lib/page/highlight';

// Injected on demand when the reader clicks a key point or a quotation in the popup.
export default defineUnlistedScript(() => providePageTool('highlight', (input) => highlightInPage(document, input)));
