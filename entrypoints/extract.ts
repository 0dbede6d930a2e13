import { providePageTool } from '../lib/extension/api';
import { extractInPage } from '../lib/page/in-page';

// Injected on demand by the background (scripting.executeScript), never declared in the
// manifest: Gist reads a page only when asked to.
export default defineUnlistedScript(() => providePageTool('extract', (input) => extractInPage(document, input)));
