// No pattern backtracks super-linearly (issue 22), by recheck's static ReDoS analysis (support/growth.ts): every date
// rule's pattern, from the rule table, and every regex literal in the markup, header, web-page and timeline code,
// read from the source files, so a new rule or pattern is judged without a word here. recheck takes seconds to
// minutes a pattern: its verdicts on the patterns as written are kept in support/redos-verdicts.json, and a new or
// changed pattern is pending until NEWSLINE_GROWTH_RECORD=1 with this file judges and records it (some take
// gigabytes: give node --max-old-space-size=3000, and mocha -g to judge a few at a time). A pattern recheck finds super-linear passes only where a guard bounds what it
// reads, named in GUARDED; growth-doubling.test.ts times the guarded step.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { RULES } from '../../src/core/temporal/rules/index';
import { knownVerdict, REPO_ROOT, saveVerdicts, type Verdict } from './support/growth';

/** The code that reads markup and builds the timeline, whose regex literals are judged. */
const PATTERN_FILES = ['src/core/text.ts', 'src/core/markup-scan.ts', 'src/core/markdown-scan.ts', 'src/core/header.ts', 'src/core/header-page.ts', 'src/core/timeline.ts', 'src/core/timestamp-line.ts', ...fs.readdirSync(path.join(REPO_ROOT, 'src/core/html')).map((f) => `src/core/html/${f}`)];

/** Patterns recheck finds super-linear, and the guard that bounds what each reads. */
const GUARDED: Record<string, string> = {
  // text.ts CDATA: "<![CDATA[" repeated, no "]]>" after them.
  [String.raw`<!\[CDATA\[[\s\S]*?\]\]>`]: "matchesUpTo(part, CDATA, ']]>') scans only up to the last ']]>', so every section it starts closes at the first one after it",
  // notText.ts FURNITURE_TEXT, copyright lines: "©" then a long white space run.
  [String.raw`(?:©|\bcopyright\b)\s*(?:@|\(c\))?\s*(?:19|20)\d\d\b|\ball rights reserved\b`]: 'tested only on blocks of at most MAX_FURNITURE_CHARS (300) characters',
  // notText.ts FURNITURE_TEXT, "photos ©" credits: "photo by" then a long white space run.
  [String.raw`\b(?:photos?|images?|pictures?|photographs?)\s*(?:by\s*)?:?\s*©`]: 'tested only on blocks of at most MAX_FURNITURE_CHARS (300) characters',
  // notText.ts HOVER_CARD: one long class name holding "hover" many times.
  [String.raw`(^|\s)(?:[\w-]*(?:hover|rollover|popover|tooltip)[\w-]*[-_](?:block|card|content|body|panel|popup|box)|hover-?card|popover|tooltip)($|\s)`]: 'tested only on class and id names of at most MAX_HOVER_NAMES_CHARS (1,000) characters',
  // header.ts withoutTags: "<" repeated.
  [String.raw`<[^>]*>`]: "run only up to the last '>' (endOfLast), so every tag it starts closes",
  // header.ts PUBLISHED_LINE: "<" and white space repeated on one line.
  [String.raw`^[ \t>*_#-]*(?:<[^>]+>\s*)*(?:originally\s+)?(?:published|updated|posted|first published|last updated|date)\b[:\s]*(?:on\s+)?([^\r\n]{4,80})$`]: 'run on the 6,000 characters around the article\'s start (HEAD_LENGTH each side)',
  // timestamp-line.ts: a word's closing brackets and stops, ")" repeated before another character.
  [String.raw`^[([:"]+|[)\]:."]+$`]: 'run on the words of a line of at most 160 characters (isTimestampLine returns first for longer ones)',
};

/** Patterns recheck finds super-linear that no guard bounds yet (issue 22 is open for them): pending, not passed. */
const KNOWN: Record<string, string> = {
};

interface Literal {
  readonly where: string;
  readonly re: RegExp;
}

/** Every regex literal in `file`, with its line. */
function literalsOf(file: string): Literal[] {
  const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const slash = literal.lastIndexOf('/');
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      out.push({ where: `${file}:${line}`, re: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** A test's title, with recheck's attack when the pattern is a known one (pending). */
function titled(title: string, re: RegExp): string {
  return KNOWN[re.source] === undefined ? title : `${title}: known super-linear on ${KNOWN[re.source]}`;
}

function expectSafe(test: Mocha.Context, name: string, re: RegExp): void {
  const verdict: Verdict | undefined = knownVerdict(name, re);
  // Not judged yet: NEWSLINE_GROWTH_RECORD=1 judges it and records its verdict for every run.
  if (verdict === undefined) test.skip();
  if (KNOWN[re.source] !== undefined && verdict.status === 'vulnerable') test.skip();
  const guard = GUARDED[re.source];
  if (guard !== undefined) {
    assert.strictEqual(verdict.status, 'vulnerable', `${name} is listed in GUARDED (${guard}) but recheck finds it ${verdict.status}: take it off`);
    return;
  }
  assert.strictEqual(verdict.status, 'safe', `${name} /${re.source}/${re.flags}: ${JSON.stringify(verdict)}`);
}

describe('growth: recheck finds no super-linear backtracking', function () {
  this.timeout(0);
  // Patterns judged in this run; all of them (no mocha -g) lets the recorded file drop those no longer written.
  let run = 0;
  beforeEach(() => void run++);
  after(function () {
    saveVerdicts(run === this.test?.parent?.total());
  });

  describe(`every date rule's pattern (${RULES.length})`, () => {
    for (const rule of RULES) it(titled(rule.name, rule.pattern), function () {
      expectSafe(this, `rule ${rule.name}`, rule.pattern);
    });
  });

  for (const file of PATTERN_FILES) {
    const literals = literalsOf(file);
    describe(`every regex literal in ${file} (${literals.length})`, () => {
      for (const { where, re } of literals) it(titled(`${where} /${re.source.slice(0, 60)}${re.source.length > 60 ? '…' : ''}/`, re), function () {
        expectSafe(this, where, re);
      });
    });
  }

  it('finds the patterns it judges', () => {
    assert.ok(RULES.length >= 90);
    assert.ok(literalsOf('src/core/markdown-scan.ts').some((l) => l.re.source.startsWith('\\]\\([^()]*')), "the Markdown link's rest is read from markdown-scan.ts");
  });
});
