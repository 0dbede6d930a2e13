import { open } from 'node:fs/promises';
import { MAX_INPUT_BYTES, MAX_NESTING_DEPTH, tooBig, UnreadableInput } from './source';
import { parseArgs } from 'node:util';
import { digestToMarkdown, digestToText } from '../lib/text/format';
import type { TimedDigest } from './digest-file';
import { DEFAULT_TIME_LIMIT_SECONDS, PageDigester } from './page-digester';
import { DIGEST_LENGTHS, isDigestLength } from '../lib/contracts';
import { catalogLocale } from '../lib/locale';
import english from '../public/_locales/en/messages.json';

const FORMATS = ['json', 'text', 'markdown'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (value: unknown): value is Format => FORMATS.includes(value as Format);

const USAGE = `Usage: gist digest FILE.html... [--url URL] [--length ${DIGEST_LENGTHS.join('|')}] [--format ${FORMATS.join('|')}] [--time-limit SECONDS] [--explain]
       gist digest --text FILE.txt...
       gist digest -            (read one document from standard input)

--explain adds "explain" to the JSON: for every quotation, the attribution steps tried and the one
that chose its speaker, with the confidence; for every sentence not chosen as a key point, why.

Several files give one JSON object per line, in input order.
A page is decoded by the charset it declares. Inputs over ${MAX_INPUT_BYTES / 1024 / 1024} MB, and pages that nest
elements more than ${MAX_NESTING_DEPTH} deep, are refused before they are digested; a page that takes longer
than --time-limit (default ${DEFAULT_TIME_LIMIT_SECONDS} s) is given up with a one-line reason.`;

function fail(message: string): never {
  process.stderr.write(`gist: ${message}\n`);
  process.exit(1);
}

/** A mistake in the command line itself: one line, exit status 2, as Unix tools do. */
function usageError(message: string): never {
  process.stderr.write(`gist: ${message} (gist --help for usage)\n`);
  process.exit(2);
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        length: { type: 'string', default: 'short' },
        format: { type: 'string', default: 'json' },
        text: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        'time-limit': { type: 'string', default: String(DEFAULT_TIME_LIMIT_SECONDS) },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    usageError(reason(error));
  }
}

/** Reads a file (or standard input), refusing one over the size limit before reading it whole. */
async function readBytes(file: string): Promise<Buffer> {
  if (file !== '-') {
    const handle = await open(file);
    try {
      const { size } = await handle.stat();
      if (size > MAX_INPUT_BYTES) throw new UnreadableInput(tooBig(size));
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) throw new UnreadableInput(tooBig(size));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The command line speaks English: the extension's English messages label its copies. */
const ENGLISH = catalogLocale(english);

function render(digest: TimedDigest, format: Format): string {
  if (format === 'text') return digestToText(digest, ENGLISH);
  if (format === 'markdown') return digestToMarkdown(digest, ENGLISH);
  return JSON.stringify(digest);
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(argv);
  const [command, ...files] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (command !== 'digest') usageError(`unknown command "${command}"`);
  if (files.length === 0) usageError('no input: give FILE... or - for standard input');
  const { length, format } = values;
  if (!isDigestLength(length)) usageError(`--length must be ${DIGEST_LENGTHS.join(', ')}, not "${length}"`);
  if (!isFormat(format)) usageError(`--format must be ${FORMATS.join(', ')}, not "${format}"`);
  const timeLimit = Number(values['time-limit']);
  if (!(timeLimit > 0 && timeLimit <= 86_400)) usageError(`--time-limit must be a number of seconds, not "${values['time-limit']}"`);
  const options = { url: values.url, length, text: values.text, explain: values.explain };
  const digester = new PageDigester(timeLimit);
  const digestOf = async (file: string) => digester.digest(await readBytes(file), options);

  if (files.length === 1) {
    const file = files[0]!;
    let output: string;
    try {
      output = render(await digestOf(file), format);
    } catch (error) {
      fail(`${file}: ${reason(error)}`);
    }
    process.stdout.write(format === 'json' ? output + '\n' : output);
  } else {
    for (const file of files) {
      let line: string;
      try {
        const digest = await digestOf(file);
        line = format === 'json' ? JSON.stringify({ file, ...digest }) : render(digest, format);
      } catch (error) {
        line = JSON.stringify({ file, error: reason(error) });
      }
      process.stdout.write(line + '\n');
    }
  }
  await digester.close();
}

main(process.argv.slice(2)).catch((error: unknown) => fail(reason(error)));
