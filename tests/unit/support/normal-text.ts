import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../lib/page/extract';
import { readFixture } from '../../corpus';

const harbor = extractArticle(new JSDOM(readFixture('harbor-article.html')).window.document, { force: true });
if (harbor.kind !== 'article') throw new Error('fixture');
const NORMAL = harbor.article.paragraphs.map((p) => p.text).join(' ');
/** About `words` words of real sentences, in one paragraph. */
export const normalText = (words: number) => Array.from({ length: Math.ceil(words / NORMAL.split(' ').length) }, () => NORMAL).join(' ');
