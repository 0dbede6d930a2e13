import { t } from './i18n';
import type { DigestSpeaker, SourceBalance } from '../lib/contracts';

const kindLabel = (kind: DigestSpeaker['kind']) => (kind === 'organization' ? t('kindOrganisation') : kind === 'unnamed' ? t('kindUnnamed') : null);

function BalanceLine({ balance }: { balance: SourceBalance }) {
  const speakers = balance.speakers === 1 ? t('speakerOne') : t('speakerMany', balance.speakers);
  const unnamed = balance.speakers - balance.named;
  const named = unnamed > 0 ? t('unnamedCount', unnamed) : '';
  const share = balance.speakers > 1 ? t('topShare', Math.round(balance.topShare * 100), balance.quotations) : '';
  return (
    <p class="balance" data-testid="balance">
      {speakers}
      {named}
      {share}
    </p>
  );
}

interface SpeakerListProps {
  speakers: readonly DigestSpeaker[];
  mentioned: readonly { name: string }[];
  balance: SourceBalance;
  /** Shows a quotation in the page. */
  onShow: (text: string) => void;
}

export function SpeakerList({ speakers, mentioned, balance, onShow }: SpeakerListProps) {
  return (
    <section aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t('whoSaidWhat')}</h2>
      {speakers.length > 0 && <BalanceLine balance={balance} />}
      {speakers.length === 0 ? (
        <p class="empty">{t('nobodyQuoted')}</p>
      ) : (
        <ul class="speakers">
          {speakers.map((speaker) => (
            <li key={speaker.name} data-testid="speaker" class="speaker">
              <details open>
                <summary class="speaker-line">
                  <span class="speaker-name" data-testid="speaker-name">{speaker.name}</span>
                  {speaker.role && (
                    <span class="speaker-role" data-testid="speaker-role">{speaker.role}</span>
                  )}
                  {kindLabel(speaker.kind) && <span class="speaker-kind">{kindLabel(speaker.kind)}</span>}
                  <span class="quote-count" aria-label={t('quotationCount', speaker.quotes.length)}>{speaker.quotes.length}</span>
                </summary>
                <ul class="quotes">
                  {speaker.quotes.map((quote) => (
                    <li key={`${quote.paragraph}:${quote.start}`} data-testid="quote" class="quote">
                      {/* A quotation over paragraphs is found in the page by its first one. */}
                      <button type="button" class="in-page" title={t('showInPage')} onClick={() => onShow(quote.text.slice(0, quote.end - quote.start))}>
                        “{quote.text}”
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      )}
      {mentioned.length > 0 && (
        <p class="mentioned" data-testid="mentioned">
          {t('alsoMentioned', mentioned.map((person) => person.name).join(', '))}
        </p>
      )}
    </section>
  );
}
