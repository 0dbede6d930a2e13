import type { DigestSpeaker } from '../lib/digest';

const KIND_LABEL = { organization: 'organisation', unnamed: 'unnamed source', person: null } as const;

export function SpeakerList({ speakers, mentioned }: { speakers: readonly DigestSpeaker[]; mentioned: readonly { name: string }[] }) {
  return (
    <section aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">Who said what</h2>
      {speakers.length === 0 ? (
        <p class="empty">Nobody is quoted directly in this article.</p>
      ) : (
        <ul class="speakers">
          {speakers.map((speaker) => (
            <li key={speaker.name} data-testid="speaker" class="speaker">
              <p class="speaker-line">
                <span class="speaker-name" data-testid="speaker-name">{speaker.name}</span>
                {speaker.role && (
                  <span class="speaker-role" data-testid="speaker-role">{speaker.role}</span>
                )}
                {KIND_LABEL[speaker.kind] && <span class="speaker-kind">{KIND_LABEL[speaker.kind]}</span>}
              </p>
              <ul class="quotes">
                {speaker.quotes.map((quote) => (
                  <li key={`${quote.paragraph}:${quote.start}`} data-testid="quote" class="quote">
                    “{quote.text}”
                  </li>
                ))}
              </ul>
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
