import { buildDigest } from '../../../lib/text/digest';
import { articleFromText } from '../../../lib/text/article-text';

/** The key points of plain-text paragraphs. */
export const points = (paragraphs: string[], length: 'short' | 'long' = 'long', title = '') =>
  buildDigest(articleFromText(paragraphs.join('\n\n'), { title }), length).keyPoints;

/** A wire story with the clutter pages leave in it: a dateline, "Read more", captions, "Advertisement". */
export const SENATE_STORY = articleFromText(
  [
    'WASHINGTON (AP) — The Senate voted 68 to 32 on Tuesday to pass a $1.2 trillion infrastructure bill that would rebuild roads, bridges and rail lines across the country.',
    'The bill now goes to the House, where Speaker Nancy Pelosi has said she will hold a vote before the end of the month.',
    'Read more',
    'Workers repair a bridge in Ohio on Monday (AP Photo/Tony Dejak)',
    'The Senate chamber is seen on Tuesday before the vote on the infrastructure bill in Washington. (Getty Images)',
    'In this photo taken on Monday, senators walk to the chamber for the vote on the infrastructure bill in Washington.',
    'She said the measure was long overdue and that the country could not wait any longer for repairs.',
    'The package includes $110 billion for roads and bridges, $66 billion for passenger and freight rail and $65 billion for broadband internet.',
    'Supporters said the spending would create hundreds of thousands of jobs over the next decade.',
    'Critics argued that the bill would add to the federal deficit and that parts of it were not paid for.',
    'Advertisement',
    'The Senate vote was the largest bipartisan margin for a major spending bill in years.',
    'Several Republicans who voted for the bill said they had been persuaded by the needs of their home states.',
  ].join('\n\n'),
  { title: 'Senate passes $1.2 trillion infrastructure bill' },
);
