import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json';

const ROOT = resolve(import.meta.dirname, '../../..');

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extensions);
    return extensions.some((extension) => name.endsWith(extension)) ? [path] : [];
  });
}

/** Attributes a reader sees or hears; the others (class, data-testid, id, href…) are not prose. */
const VISIBLE_ATTRIBUTES = new Set([
  'title',
  'alt',
  'placeholder',
  'label',
  'value',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
]);

const HAS_WORDS = /\p{L}|["“”„«»]/u;
/** Prose in a string outside JSX: two words or more ("Copied the summary"), not an identifier or a class list of one. */
const PROSE = /\p{L}{2,}[\s,.:;!?]+\p{L}{2,}/u;

/** Not prose: class lists, test ids and other attributes the reader never sees. */
const isHiddenAttribute = (node: ts.Node) => ts.isJsxAttribute(node.parent) && !VISIBLE_ATTRIBUTES.has(node.parent.name.getText());

/**
 * What a file shows the reader without going through a message: text between JSX tags, visible
 * attributes written as literals, string literals among a JSX element's children (outside the
 * arguments of a call, where message keys and separators go), and prose in any other string.
 */
function hardCodedStrings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  /**
   * The literals an expression can render: both sides of ?:, ?? and ||, the right of &&; not a
   * comparison's operands, a call's arguments (message keys, separators) or nested JSX (visited itself).
   */
  const literalsOf = (node: ts.Node): ts.Node[] => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
    if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((span) => span.literal)];
    if (ts.isParenthesizedExpression(node) || ts.isJsxExpression(node)) return node.expression ? literalsOf(node.expression) : [];
    if (ts.isConditionalExpression(node)) return [...literalsOf(node.whenTrue), ...literalsOf(node.whenFalse)];
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return literalsOf(node.right);
      if ([ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(operator))
        return [...literalsOf(node.left), ...literalsOf(node.right)];
    }
    return [];
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node) && HAS_WORDS.test(node.text)) found.push(`${where(node)} text ${JSON.stringify(node.text.trim())}`);
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      for (const literal of literalsOf(node.initializer))
        if (HAS_WORDS.test(literal.getText())) found.push(`${where(literal)} attribute ${node.name.getText()}=${literal.getText()}`);
    }
    if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && node.expression) {
      for (const literal of literalsOf(node.expression)) if (HAS_WORDS.test(literal.getText())) found.push(`${where(literal)} child ${literal.getText()}`);
    }
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) &&
      PROSE.test(node.getText()) &&
      !isHiddenAttribute(node)
    ) {
      found.push(`${where(node)} string ${node.getText()}`);
    }
    node.getChildren().forEach(visit);
  };
  visit(file);
  return [...new Set(found)];
}

const UI_SOURCES = [...filesUnder(resolve(ROOT, 'components'), ['.ts', '.tsx']), ...filesUnder(resolve(ROOT, 'entrypoints'), ['.ts', '.tsx'])];
const PAGES = filesUnder(resolve(ROOT, 'entrypoints'), ['.html']);

describe('no interface string outside public/_locales', () => {
  it('finds what it looks for: text, visible attributes, literal children and prose strings', () => {
    const planted = `
      const status = 'Copied the summary.';
      export const View = () => (
        <p title="Show it" class="meta two" data-testid="plain id">
          Key points {'More quotes'} {t('copy')} {[a, b].join(' · ')} “{quote}”
          <b aria-label={open ? 'Close panel' : t('openPanel')} />
        </p>
      );`;
    expect(hardCodedStrings('planted.tsx', planted).map((finding) => finding.replace(/^planted\.tsx:\d+ /u, ''))).toEqual([
      "string 'Copied the summary.'",
      'attribute title="Show it"',
      'string "Show it"',
      'text "Key points"',
      "child 'More quotes'",
      "string 'More quotes'",
      'text "“"',
      'text "”"',
      "attribute aria-label='Close panel'",
      "string 'Close panel'",
    ]);
  });

  it('holds for every component and entry point', () => {
    expect(UI_SOURCES.length).toBeGreaterThan(10);
    const found = UI_SOURCES.flatMap((path) => hardCodedStrings(relative(ROOT, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it('holds for the extension pages’ HTML: only __MSG_ keys, which the manifest or the page translates', () => {
    expect(PAGES.length).toBe(3);
    for (const path of PAGES) {
      const text = readFileSync(path, 'utf8')
        .replace(/<!--[\s\S]*?-->/gu, '')
        .replace(/<[^>]*>/gu, ' ')
        .split(/\s+/u)
        .filter(Boolean);
      for (const word of text) expect({ page: relative(ROOT, path), word }).toMatchObject({ word: expect.stringMatching(/^__MSG_\w+__$/u) });
      for (const [, key] of readFileSync(path, 'utf8').matchAll(/__MSG_(\w+)__/gu)) expect(Object.keys(english)).toContain(key);
    }
  });

  it('uses every message of en/messages.json somewhere: none is left behind unused', () => {
    const sources = [...filesUnder(resolve(ROOT, 'lib'), ['.ts']), ...UI_SOURCES, ...PAGES, resolve(ROOT, 'wxt.config.ts')].map((path) =>
      readFileSync(path, 'utf8'),
    );
    const named = new Set<string>();
    const prefixes: string[] = [];
    for (const source of sources) {
      for (const [, key] of source.matchAll(/['"`](\w+)['"`]/gu)) named.add(key!);
      for (const [, key] of source.matchAll(/__MSG_(\w+)__/gu)) named.add(key!);
      // `length_${length}`: every key the template can make.
      for (const [, prefix] of source.matchAll(/`(\w+_)\$\{/gu)) prefixes.push(prefix!);
    }
    const unused = Object.keys(english).filter((key) => {
      const plural = /^(\w+)_(?:one|other)$/u.exec(key)?.[1];
      return !named.has(key) && !(plural && named.has(plural)) && !prefixes.some((prefix) => key.startsWith(prefix));
    });
    expect(unused).toEqual([]);
  });
});
