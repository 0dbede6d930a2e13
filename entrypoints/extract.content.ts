import { takeScriptInput } from '../lib/extension/api';
import { extractArticle } from '../lib/page/extract';

// Injected on demand by the background (scripting.executeScript), never declared in the
// manifest: Gist reads a page only when asked to. The returned value is the injection's result.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const force = takeScriptInput() === true;
    return extractArticle(document, { force, url: location.href });
  },
});
