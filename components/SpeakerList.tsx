import type { DigestSpeaker, SourceBalance } from '../lib/digest';

const KIND_LABEL = { organization: 'organisation', unnamed: 'unnamed source', person: null } as const;

function BalanceLine({ balance }: { balance: SourceBalance }) {
  const speakers = `${balance.speakers} ${balance.speakers === 1 ? 'speaker' : 'speakers'}`;
  const unnamed = balance.speakers - balance.named;
  const named = unnamed > 0 ? `, ${unnamed} unnamed` : '';
  const share = balance.speakers > 1 ? ` · the most quoted has ${Math.round(balance.topShare * 100)}% of ${balance.quotations} quotations` : '';
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
      <h2 id="speakers-heading">Who said what</h2>
      {speakers.length > 0 && <BalanceLine balance={balance} />}
      {speakers.length === 0 ? (
        <p class="empty">Nobody is quoted directly in this article.</p>
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
                  {KIND_LABEL[speaker.kind] && <span class="speaker-kind">{KIND_LABEL[speaker.kind]}</span>}
                  <span class="quote-count" aria-label={`${speaker.quotes.length} quotations`}>{speaker.quotes.length}</span>
                </summary>
                <ul class="quotes">
                  {speaker.quotes.map((quote) => (
                    <li key={`${quote.paragraph}:${quote.start}`} data-testid="quote" class="quote">
                      {/* A quotation over paragraphs is found in the page by its first one. */}
                      <button type="button" class="in-page" title="Show in the page" onClick={() => onShow(quote.text.slice(0, quote.end - quote.start))}>
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
          Also mentioned: {mentioned.map((person) => person.name).join(', ')}
        </p>
      )}
    </section>
  );
}
