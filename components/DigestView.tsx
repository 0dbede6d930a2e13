import type { Ref } from 'preact';
import type { Digest, DigestLength } from '../lib/contracts';
import { mentionedPeople } from '../lib/text/display';
import { ArticleHeader } from './ArticleHeader';
import { CopyButtons, LengthSwitch, StatusMessage } from './Controls';
import { KeyPointList } from './KeyPointList';
import { t } from '../lib/extension/i18n';
import { SpeakerList, SpeakerStrip } from './SpeakerList';

interface DigestViewProps {
  digest: Digest;
  length: DigestLength | null;
  status: string | null;
  titleRef: Ref<HTMLHeadingElement>;
  /** What follows the key points: the view keeps it in place when the length changes. */
  restRef: Ref<HTMLDivElement>;
  onLength: (length: DigestLength) => void;
  onCopy: (format: 'text' | 'markdown') => void;
  onShow: (text: string) => void;
}

/**
 * The first screen: title, standfirst, meta; the toolbar (Key points heading, 3/5/7, Copy) that
 * stays in view; the key points; who is quoted; then every quotation.
 */
export function DigestView({ digest, length, status, titleRef, restRef, onLength, onCopy, onShow }: DigestViewProps) {
  return (
    <>
      <ArticleHeader digest={digest} titleRef={titleRef} />
      {digest.partial && (
        <p class="meta" data-testid="notes">
          {t('stoppedEarly')}
        </p>
      )}
      {digest.readWhileLoading && (
        <p class="meta" data-testid="read-while-loading">
          {t('readWhileLoading')}
        </p>
      )}
      {digest.shortened && (
        <p class="meta" data-testid="shortened">
          {t('quotationsShortened', digest.shortened.kept, digest.shortened.quotations, digest.shortened.quotesPerSpeaker)}
        </p>
      )}
      <div class="toolbar">
        <h2 id="key-points-heading">{t('keyPoints')}</h2>
        {length && <LengthSwitch value={length} onChange={onLength} />}
        <CopyButtons onCopy={onCopy} />
        <StatusMessage message={status} />
      </div>
      <KeyPointList points={digest.keyPoints} lang={digest.lang} onShow={onShow} />
      <div ref={restRef}>
        <SpeakerStrip speakers={digest.speakers} balance={digest.balance} />
        <SpeakerList
          speakers={digest.speakers}
          unattributed={digest.unattributedQuotes}
          mentioned={mentionedPeople(digest)}
          lang={digest.lang}
          onShow={onShow}
        />
      </div>
    </>
  );
}
