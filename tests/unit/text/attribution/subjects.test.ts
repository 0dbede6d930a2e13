import { describe, expect, it } from 'vitest';
import { attribute, DOCTORS_GROUP, speakerNames, speakerOf, speakersWithCues } from '../../support/attribution';

describe('the subject after the verb (subjectAfter)', () => {
  describe('is never a phrase or a clause', () => {
    it.each([
      ['“in a statement”', 'Maria Lopez welcomed the result. “We are delighted with the vote,” said in a statement the party.'],
      ['a “that” clause after the verb', 'On Monday, the newspaper, the voice of the party, warned that there is “absolutely no room for compromise at all”.'],
    ])('%s', (_name, text) => {
      for (const name of speakerNames(text)) expect(name).not.toMatch(/^(?:in|that)\b/iu);
    });

    it('a clause after the verb is no plural that merely ends in s: “The police said that there is…”', () => {
      const text = 'The police said that there is “no reason to believe anyone else was involved”.';
      expect(speakerNames(text)).not.toContain('that there is');
    });
  });

  describe('is never the object of the verb', () => {
    it.each([
      ['a name', 'Jane Smith, a spokeswoman, said Uber would appeal the ruling.\n\n“We are committed to keeping riders safe,” she said.'],
      ['a name after a role', 'Jane Smith, a spokeswoman, said union leader Tom Hale had resigned.\n\n“We are committed to keeping riders safe,” she said.'],
    ])('%s with a verb after it opens what was said (“said Uber would appeal”)', (_name, text) => {
      expect(speakerOf(text)).toEqual({ 'We are committed': 'Jane Smith' });
    });

    it('a possessive after “said” opens the object (“said Yoon’s …”)', () => {
      const text =
        'Lee Jae-myung is the opposition leader. Lee, the Democratic Party leader, said Yoon’s “unconstitutional and illegal declaration of martial law” had caused chaos.';
      expect(speakerOf(text)).toEqual({ 'unconstitutional and illegal': 'Lee Jae-myung' });
    });
  });

  it('is the person a name and a role describe, whatever that name is (“said Kyiv resident…”, “Trump adviser … said”)', () => {
    expect(speakerOf('“It was a terrible night,” said Kyiv resident Svitlana Onofryichuk, 55, who worked there.')).toEqual({
      'It was a': 'Svitlana Onofryichuk',
    });
    expect(speakerOf('“We are ready,” said Apple spokeswoman Jane Smith.')).toEqual({ 'We are ready,': 'Jane Smith' });
    expect(speakerOf('Donald Trump spoke first. Trump adviser Kellyanne Conway said: “We are ready for this fight.”')).toEqual({
      'We are ready': 'Kellyanne Conway',
    });
  });

  it('is a name after the verb with a comma, a full stop, a phrase or a date after it', () => {
    expect(speakerOf('“We will appeal,” said Jane Smith, who leads the union.')).toEqual({ 'We will appeal,': 'Jane Smith' });
    expect(speakerOf('“We will appeal,” said union leader Jane Smith on Monday.')).toEqual({ 'We will appeal,': 'Jane Smith' });
    expect(speakerOf('“We will fight this,” said union president Linda Okafor May 3, speaking outside the plant.')).toEqual({
      'We will fight': 'Linda Okafor',
    });
  });

  it('is the person after a nationality and a trade: “said Kenyan runner Eliud Kipchoge”', () => {
    expect(speakerOf('“It was a great race for all of us,” said Kenyan runner Eliud Kipchoge.')).toEqual({ 'It was a': 'Eliud Kipchoge' });
  });

  it('is never a name across a preposition: “said the manager of boxer Anna Hale” is the manager', () => {
    expect(speakerNames('“We will appeal the ruling,” said the manager of boxer Anna Hale.')).not.toContain('Anna Hale');
  });

  describe('a name between “the” and a noun only says which one', () => {
    it('“added the Barcelona defender” is a defender, never “Barcelona”', () => {
      const text = '“We are in a process where players are coming into the team,” added the Barcelona defender.';
      expect(speakerNames(text)).toEqual(['the Barcelona defender']);
    });

    it('“said the Pentagon in a statement” is still the Pentagon', () => {
      expect(speakerNames('“We are reviewing the report and will respond in time,” said the Pentagon in a statement.')).toEqual(['Pentagon']);
    });

    it('“said the Pentagon yesterday” is the Pentagon', () => {
      expect(speakersWithCues('“We are reviewing the report and will respond in time,” said the Pentagon yesterday.')).toEqual([['Pentagon', 'said X']]);
    });
  });
});

describe('the subject before the verb (subjectBefore)', () => {
  it('a name with an apposition between it and the verb', () => {
    expect(speakerOf('Wang Yi, China’s top diplomat, said “the relationship is beginning to stabilize.”')).toEqual({ 'the relationship is': 'Wang Yi' });
  });

  it('a pronoun with its auxiliary contracted (“he’d shout”), while a capitalised auxiliary is a name (“Will said”)', () => {
    const text = 'Matiullah Matie dressed in local style. “Salaam u alikum,” he’d shout, and the soldiers would answer the same way.';
    expect(speakerOf(text)).toEqual({ 'Salaam u alikum,': 'Matiullah Matie' });
    expect(speakerOf('Anna Smith met him at the door. “Hello there, my friend,” Will said.')).toEqual({ 'Hello there, my': 'Will' });
  });

  describe('a name before two descriptions or a clause, and a “he said” after it', () => {
    it.each([
      [
        'a role of a body, then what the body is',
        'The United States used a missile testing site at Cape Canaveral for its earliest flights. James Causey, executive director of the Global Spaceport Alliance, an international association for launch sites, told Rest of World the demand is growing. “Today, it is not that bad,” he said.',
        'James Causey',
      ],
      [
        'a relative clause after the role',
        'Gerhard Müller criticized the choice of speakers. Sister Sharon Holland, the head of the LCWR, who incidentally was the only sister on the stage without a religious habit, told reporters that there were still hard feelings. “I’m concerned about those who may still be angry,” she said.',
        'Sharon Holland',
      ],
    ])('%s', (_name, text, speaker) => {
      expect(speakerNames(text)).toEqual([speaker]);
    });
  });

  describe('a name inside a phrase is not the subject', () => {
    it('the apposition ends in a body (“in NASA’s Science Mission Directorate”)', () => {
      const text =
        '“We saw a need to bring on more providers,” Steve Clarke, deputy associate administrator for exploration in NASA’s Science Mission Directorate, said in a call.';
      expect(speakerOf(text)).toEqual({ 'We saw a': 'Steve Clarke' });
    });

    it('the apposition ends in a place (“in Munich, Germany,”)', () => {
      const text =
        '“Numerical experiments of this kind pay off,” Dylan Nelson, a fellow at the Max Planck Institute in Munich, Germany, and co-author of the study, said in a statement.';
      expect(speakerOf(text)).toEqual({ 'Numerical experiments of': 'Dylan Nelson' });
    });

    it('an age and a home town: “Lucy, 32, of Upminster, east London, said:” is Lucy, not London', () => {
      const text = 'His mother Lucy, 32, of Upminster, east London, said: “He loves football and wants to play for Barcelona one day.”';
      expect(speakerNames(text)).toEqual(['Lucy']);
    });

    it('a journal named after a preposition', () => {
      const text = 'The authors of the research published in the journal JAMA Psychiatry argued that it had “important social benefits for many people”.';
      expect(speakerNames(text)).not.toContain('JAMA Psychiatry');
    });

    it('“the High Commissioner for Human Rights said”: the office, not the field', () => {
      const text = 'The United Nations High Commissioner for Human Rights said it did “not modify existing international law”.';
      expect(speakerNames(text)).not.toContain('Human Rights');
    });

    it('but the field of a role is: “director of research Steven Camarota said”', () => {
      const text = 'CIS director of research Steven Camarota said that the growth has “important implications for workers, schools and the environment”.';
      expect(speakerNames(text)).toEqual(['Steven Camarota']);
    });

    it('but an office between “of the” and the name is the title’s: “Secretary of the Treasury Janet Yellen said”', () => {
      expect(speakerNames('“Inflation is coming down faster than many expected,” Secretary of the Treasury Janet Yellen said.')).toEqual(['Janet Yellen']);
    });

    it('past a second description only the sentence’s opening name: “…dismissed Sam Altman, who…, and a spokesperson, who…, said” is not Altman', () => {
      const text =
        'The board dismissed chief executive Sam Altman, who had led the company since 2019, and a spokesperson, who declined to be named, said “the board stands by its decision.”';
      expect(speakerNames(text)).not.toContain('Sam Altman');
    });

    it('nor a body before a role and a name: “said NFL executive vice president Troy Vincent”', () => {
      expect(speakerNames('“We are reviewing the incident,” said NFL executive vice president Troy Vincent.')).toEqual(['Troy Vincent']);
    });

    it('nor the last of bodies joined by “and”, nor anyone else: the tail of a committee’s name', () => {
      const text =
        '“This raises serious concerns,” the House Select Committee on the Competition Between the United States and the Chinese Communist Party wrote.';
      expect(speakerNames(text)).toEqual([]);
    });

    it('but of two people joined by “and”, the second stands for both', () => {
      expect(speakerNames('“We will appeal this ruling at once,” John Smith and Mary Jones said.')).toEqual(['Mary Jones']);
    });

    it('nor a name after “what”: “to deliver what UiPath CEO Bob Enslin calls “…””', () => {
      const text =
        'UiPath, whose customers include Uber and Xerox, recently announced new features to deliver what UiPath CEO Bob Enslin calls “one-click digital transformation.”';
      expect(speakerNames(text)).toEqual(['Bob Enslin']);
    });

    it('and a relative clause’s subject is the speaker: “to which O’Malley interjected:”', () => {
      const text = 'Martin O’Malley and Hillary Clinton debated. She said her plans were strong, to which O’Malley interjected: “It’s just not true.”';
      expect(speakersWithCues(text)).toEqual([['Martin O’Malley', 'X said']]);
    });
  });

  it('a speech verb after “and” or “but” shares the subject before it: “Maria Lopez welcomed the vote and said: “…”” is Lopez', () => {
    expect(speakerOf('Maria Lopez welcomed the vote and said: “This is a good day for all of us.”')).toEqual({ 'This is a': 'Maria Lopez' });
    expect(speakerOf('John Smith read the result and then said “We will go on with the plan.”')).toEqual({ 'We will go': 'John Smith' });
  });

  it('“that” before a plural joins a clause and describes no one (“demand that Republican voters answer”)', () => {
    const text =
      'Chris Christie ran for president. Christie had the courage to demand that Republican voters answer the essential question: “Is this the type of conduct that we want from a president?”';
    expect(speakerNames(text)).toEqual(['Chris Christie']);
  });

  describe('a description is an unnamed speaker, never the last named person', () => {
    it.each([
      ['an insider', 'Jane Doe left the show in May. “She was never happy there,” an insider said.', 'insider'],
      ['one mother', 'The mayor, Tom Hale, visited the school. “We were terrified for our kids,” one mother said.', 'one mother'],
    ])('%s', (_name, text, unnamed) => {
      const speakers = attribute(text).speakers;
      expect(speakers.map((s) => [s.name, s.kind])).toEqual([[unnamed, 'unnamed']]);
    });

    it.each([
      ['The Prime Minister said the plan “will not back down from this fight at all”.', 'The Prime Minister'],
      [
        'The United Nations High Commissioner for Human Rights said the decision did “not modify existing international law at all”.',
        'The United Nations High Commissioner for Human Rights',
      ],
      [
        'A spokesperson for the British Foreign Office said settlements “are illegal under international law and an obstacle to peace”.',
        'spokesperson for the British Foreign Office',
      ],
    ])('a title or a role with its body: %s', (text, speaker) => {
      expect(attribute(text).speakers.map((s) => [s.name, s.kind])).toEqual([[speaker, 'unnamed']]);
    });

    it('“A source close to the club told The Sun:” is never “club”', () => {
      expect(speakerNames('A source close to the club told The Sun: “He has been unhappy for months now.”')).toEqual([]);
    });

    it('“A spokesman for the ministry said” is the spokesman', () => {
      expect(speakerNames('A spokesman for the ministry said “we have no comment on the report at this time”.')).toEqual(['spokesman for the ministry']);
    });

    it.each(['Russia', 'South Korea'])('“%s’s foreign ministry said”: a country owns the body it names', (country) => {
      expect(speakerNames(`${country}'s foreign ministry said “we will respond to this move in due course”.`)).toEqual([`${country}'s foreign ministry`]);
    });

    it('opening the sentence before a clause in commas: “One mother, who asked not to be named, said: “…”” is one mother', () => {
      expect(speakerOf('One mother, who asked not to be named, said: “My son is terrified to go to school.”')).toEqual({ 'My son is': 'One mother' });
      expect(speakerOf('A senior official, speaking on condition of anonymity, said the talks had “completely collapsed on Monday”.')).toEqual({
        'completely collapsed on': 'senior official',
      });
    });
  });
});

describe('a document speaks for whoever issued it, never under its own name', () => {
  it('“The tweet from Vulture magazine reads, “…”” is Vulture; “A statement from the Food Standards Agency said” is the agency', () => {
    const vulture = attribute('The tweet from Vulture magazine reads, “#Hamilton Chicago show interrupted by angry supporter.”').speakers;
    expect(vulture.map((s) => [s.name, s.kind])).toEqual([['Vulture', 'organization']]);
    expect(speakerOf('A statement from the Food Standards Agency said: “We advise the public not to take any tablets.”')).toEqual({
      'We advise the': 'Food Standards Agency',
    });
    expect(speakerOf('Amnesty International’s report said “the detainees were tortured in the prison”.')).toEqual({
      'the detainees were': 'Amnesty International',
    });
  });

  it('its issuer is read before it and after the verb: “the White House statement said”, “said a statement from Amnesty International”', () => {
    expect(speakerOf('“We reject these claims entirely,” the White House statement said.')).toEqual({ 'We reject these': 'White House' });
    expect(speakerOf('“We reject these claims entirely,” said a statement from Amnesty International.')).toEqual({
      'We reject these': 'Amnesty International',
    });
  });

  it('a document’s noun before a role and a name is the person’s field: “said study co-author Paul Expert”', () => {
    expect(speakerOf('By connecting “brain regions that don’t normally talk together,” said study co-author Paul Expert, a physicist.')).toEqual({
      'brain regions that': 'Paul Expert',
    });
  });

  it('a bare “the statement said” names no one called “statement”, and borrows no name', () => {
    const result = attribute('The ministry issued a statement on Monday. “We will not back down from our position,” the statement said.');
    expect(result.speakers).toEqual([]);
    expect(result.unattributed).toHaveLength(1);
  });

  it('“says the letter signed by seven physicians” is no speaker', () => {
    const text = [DOCTORS_GROUP, '“In our professional medical opinion, this is an emergency,” says the letter signed by seven physicians.'].join('\n\n');
    expect(attribute(text).speakers).toEqual([]);
  });

  it('“a statement from the Hale family” is not a person called Hale', () => {
    expect(speakerNames('“We are heartbroken by the loss,” said a statement from the Hale family.')).not.toContain('Hale');
  });
});
