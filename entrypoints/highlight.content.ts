import { takeScriptInput } from '../lib/extension/api';
import { showInPage } from '../lib/page/highlight';

// Injected on demand when the reader clicks a key point or a quotation in the popup; the text
// to find was set just before by the background. Returns whether the page still has it.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const text = takeScriptInput();
    return typeof text === 'string' && showInPage(document, text);
  },
});
