import { useState } from 'preact/hooks';
import type { DigestSpeaker, QuoteRef, SourceBalance } from '../lib/contracts';
import { t, tCount, uiLocale } from '../lib/extension/i18n';
import { percent } from '../lib/locale';
import { quoteForDisplay } from '../lib/text/display';
import { languageName, readsAttribution } from '../lib/text/languages';

const kindLabel = (kind: DigestSpeaker['kind']) => (kind === 'organization' ? t('kindOrganization') : kind === 'unnamed' ? t('kindUnnamed') : null);
const speakerId = (index: number) => `speaker-${index}`;

function BalanceLine({ balance }: { balance: SourceBalance }) {
  const speakers = tCount('speakerCount', balance.speakers);
  const unnamed = balance.speakers - balance.named;
  const named = unnamed > 0 ? tCount('unnamedCount', unnamed) : '';
  const share = balance.speakers > 1 ? t('topShare', percent(uiLocale(), balance.topShare), balance.quotations) : '';
  return (
    <p class="balance" data-testid="balance">
      {speakers}
      {named}
      {share}
    </p>
  );
}

/** Goes to a speaker's quotations in the list below and opens them. */
function jumpTo(index: number) {
  const target = document.getElementById(speakerId(index));
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

/**
 * "Who is quoted": one compact line per speaker (name, role, number of quotations), each a link to
 * that speaker's quotations, so the first screen shows everyone who speaks.
 */
export function SpeakerStrip({ speakers, balance }: { speakers: readonly DigestSpeaker[]; balance: SourceBalance }) {
  if (speakers.length === 0) return null;
  return (
    <section class="who" aria-labelledby="who-heading">
      <h2 id="who-heading">{t('whoIsQuoted')}</h2>
      <BalanceLine balance={balance} />
      <ul class="strip">
        {speakers.map((speaker, index) => (
          <li key={speaker.name} data-testid="strip-speaker">
            <a
              href={`#${speakerId(index)}`}
              onClick={(event) => {
                event.preventDefault();
                jumpTo(index);
              }}
            >
              {speaker.name}
            </a>
            {speaker.role && <span class="speaker-role">{speaker.role}</span>}
            <span class="quote-count">{tCount('quotationCount', speaker.quotes.length)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function QuoteItem({ quote, onShow }: { quote: QuoteRef; onShow: (text: string) => void }) {
  return (
    <li data-testid="quote" class="quote">
      {/* A quotation over paragraphs is found in the page by its first one. */}
      <button type="button" class="in-page" title={t('showInPage')} onClick={() => onShow(quote.text.slice(0, quote.end - quote.start))}>
        {t('quoted', quoteForDisplay(quote))}
      </button>
    </li>
  );
}

/** One speaker's quotations: the first, and the rest on request. */
function SpeakerQuotes({ speaker, index, lang, onShow }: { speaker: DigestSpeaker; index: number; lang: string | undefined; onShow: (text: string) => void }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? speaker.quotes : speaker.quotes.slice(0, 1);
  const more = speaker.quotes.length - 1;
  return (
    <li data-testid="speaker" class="speaker" id={speakerId(index)} tabIndex={-1}>
      <p class="speaker-line">
        <span class="speaker-name" data-testid="speaker-name">
          {speaker.name}
        </span>
        {speaker.role && (
          <span class="speaker-role" data-testid="speaker-role">
            {speaker.role}
          </span>
        )}
        {kindLabel(speaker.kind) && <span class="speaker-kind">{kindLabel(speaker.kind)}</span>}
      </p>
      <ul class="quotes" lang={lang}>
        {shown.map((quote) => (
          <QuoteItem key={`${quote.paragraph}:${quote.start}`} quote={quote} onShow={onShow} />
        ))}
      </ul>
      {more > 0 && (
        <button type="button" class="link" data-testid="more-quotes" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('fewerQuotes') : tCount('moreQuotes', more)}
        </button>
      )}
    </li>
  );
}

interface SpeakerListProps {
  speakers: readonly DigestSpeaker[];
  unattributed: readonly QuoteRef[];
  mentioned: readonly string[];
  /** The page's language: where attribution does not read it, every quotation is unattributed, and the reader is told why. */
  lang: string | null;
  /** Shows a quotation in the page. */
  onShow: (text: string) => void;
}

/**
 * Every speaker's quotations; then, collapsed, the quotations Gist found but could not give to
 * anyone with confidence (never under a guessed name); then the people only mentioned.
 */
export function SpeakerList({ speakers, unattributed, mentioned, lang, onShow }: SpeakerListProps) {
  return (
    <section aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t('whoSaidWhat')}</h2>
      {speakers.length === 0 && unattributed.length === 0 && <p class="empty">{t('nobodyQuoted')}</p>}
      {speakers.length > 0 && (
        <ul class="speakers">
          {speakers.map((speaker, index) => (
            <SpeakerQuotes key={speaker.name} speaker={speaker} index={index} lang={lang ?? undefined} onShow={onShow} />
          ))}
        </ul>
      )}
      {unattributed.length > 0 && lang && !readsAttribution(lang) && (
        <p class="meta" data-testid="attribution-unread">
          {t('attributionUnread', languageName(lang, uiLocale().language))}
        </p>
      )}
      {unattributed.length > 0 && (
        <details class="unattributed" data-testid="unattributed">
          <summary>{t('unattributedQuotes', unattributed.length)}</summary>
          <ul class="quotes" lang={lang ?? undefined}>
            {unattributed.map((quote) => (
              <QuoteItem key={`${quote.paragraph}:${quote.start}`} quote={quote} onShow={onShow} />
            ))}
          </ul>
        </details>
      )}
      {mentioned.length > 0 && (
        <p class="mentioned" data-testid="mentioned">
          {t('alsoMentioned', mentioned.join(', '))}
        </p>
      )}
    </section>
  );
}
