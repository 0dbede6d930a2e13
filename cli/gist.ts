import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { KEY_POINT_COUNTS, type DigestLength } from '../lib/digest';
import { digestToMarkdown, digestToText } from '../lib/format';
import { digestSource, type TimedDigest } from './digest-file';

const USAGE = `Usage: gist digest FILE.html... [--url URL] [--length short|medium|long] [--format json|text|markdown]
       gist digest --text FILE.txt...
       gist digest -            (read one document from standard input)

Several files give one JSON object per line, in input order.`;

type Format = 'json' | 'text' | 'markdown';

function fail(message: string): never {
  process.stderr.write(`gist: ${message}\n`);
  process.exit(1);
}

async function readSource(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function render(digest: TimedDigest, format: Format): string {
  if (format === 'text') return digestToText(digest);
  if (format === 'markdown') return digestToMarkdown(digest);
  return JSON.stringify(digest);
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      length: { type: 'string', default: 'short' },
      format: { type: 'string', default: 'json' },
      text: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...files] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (command !== 'digest') fail(`unknown command "${command}"\n${USAGE}`);
  if (files.length === 0) fail('no input: give FILE... or - for standard input');
  if (!(values.length! in KEY_POINT_COUNTS)) fail(`--length must be short, medium or long, not "${values.length}"`);
  if (!['json', 'text', 'markdown'].includes(values.format!)) fail(`--format must be json, text or markdown, not "${values.format}"`);
  const format = values.format as Format;
  const options = { url: values.url, length: values.length as DigestLength, text: values.text };

  if (files.length === 1) {
    const file = files[0]!;
    let output: string;
    try {
      output = render(digestSource(await readSource(file), options), format);
    } catch (error) {
      fail(`${file}: ${reason(error)}`);
    }
    process.stdout.write(format === 'json' ? output + '\n' : output);
    return;
  }
  for (const file of files) {
    let line: string;
    try {
      const digest = digestSource(await readSource(file), options);
      line = format === 'json' ? JSON.stringify({ file, ...digest }) : render(digest, format);
    } catch (error) {
      line = JSON.stringify({ file, error: reason(error) });
    }
    process.stdout.write(line + '\n');
  }
}

main(process.argv.slice(2)).catch((error: unknown) => fail(reason(error)));
