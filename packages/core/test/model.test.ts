/** The plan model: where facts come from, positions, sides and plan detection. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';

const model = (text: string) => lintText(text, { config: {} }).plan!;

describe('facts come from headings, labels, tables and frontmatter', () => {
  it('heading sections', () => {
    const p = model('# Deal\n\n## Walk-away point\n\nBelow $310k we walk.\n\n## Target\n\n$420k\n');
    const w = p.factsOf('walk-away')[0]!;
    expect(w.source).toBe('heading');
    expect(w.amounts[0]!.value).toBe(310000);
    expect(p.text.slice(w.amounts[0]!.start, w.amounts[0]!.end)).toBe('$310k');
  });
  it('a heading that carries its value', () => {
    const p = model('# Deal\n\n## Target: $240,000\n\n## Opening — $300,000\n');
    expect(p.factsOf('target')[0]!.amounts[0]!.value).toBe(240000);
    expect(p.factsOf('opening')[0]!.amounts[0]!.value).toBe(300000);
  });
  it('bold labels in one paragraph, list items with dashes', () => {
    const p = model('# Deal\n\n**Walk-away:** €280.000 per year\n**Target:** €340.000 per year\n\n- Opening offer — 120k\n');
    expect(p.factsOf('walk-away')[0]!.amounts[0]!).toMatchObject({ value: 280000, unit: 'year', currency: 'EUR' });
    expect(p.factsOf('target')[0]!.amounts[0]!.value).toBe(340000);
    expect(p.factsOf('opening')[0]!.amounts[0]!.value).toBe(120000);
  });
  it('table rows and column-wise tables', () => {
    const rows = model('# Deal\n\n| Position | Value |\n| --- | --- |\n| Bottom line | £95k |\n| Target | £120,000 |\n');
    expect(rows.factsOf('walk-away')[0]!.amounts[0]!.value).toBe(95000);
    const cols = model('# Deal\n\n| Walk-away | Target | Opening |\n| --- | --- | --- |\n| $1M | $1.3M | $1.5M |\n');
    expect(cols.factsOf('opening')[0]!.amounts[0]!.value).toBe(1500000);
  });
  it('Pandoc grid and simple tables are tables, a wrapped cell read as one', () => {
    const grid = model(
      '# Deal\n\n+-----------+-----------+----------------------+\n| Position  | Amount    | Basis                |\n+===========+===========+======================+\n| Opening   | 2 050 000 | Our current cost per |\n|           | kr        | endpoint             |\n+-----------+-----------+----------------------+\n| Walk-away | 2 600 000 | Highest price the    |\n| (ceiling) | kr        | CFO approved         |\n+-----------+-----------+----------------------+\n',
    );
    const w = grid.factsOf('walk-away')[0]!;
    expect(w.source).toBe('table');
    expect(w.amounts[0]!.value).toBe(2600000);
    expect(grid.rows.find((r) => !r.isHeader && r.cells[0]!.text.startsWith('Walk-away'))!.cells[0]!.text).toBe('Walk-away (ceiling)');
    const simple = model('# Deal\n\n  Step   We give      In exchange we get\n  ------ ------------ ------------------\n  1      +110 €/t     3 weeks of consignment stock\n  2      +50 €/t      Index clause both ways\n');
    const rows = simple.rows.filter((r) => !r.isHeader);
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1', '+110 €/t', '3 weeks of consignment stock'],
      ['2', '+50 €/t', 'Index clause both ways'],
    ]);
    expect(rows[0]!.header.map((c) => c.text)).toEqual(['Step', 'We give', 'In exchange we get']);
  });
  it('Google Docs lists with escaped markers are list items', () => {
    const p = model('# Deal\n\n**Concessions**\n\n\\- Step 1: –0,15 € per meal → a 2-year term\n\n\\- Also: free coffee service\n');
    expect(p.items.map((it) => it.text)).toEqual(['Step 1: –0,15 € per meal → a 2-year term', 'Also: free coffee service']);
  });
  it("a named owner's floor is ours on the seller side, their floor on the buyer side", () => {
    const seller = model("# Deal\n\nSide: seller\n\n- Credit's floor (walk-away): 185 bps. Below that we do not lend.\n- Target: 215 bps\n");
    expect(seller.factsOf('walk-away')[0]!.amounts[0]!).toMatchObject({ kind: 'percent', value: 1.85 });
    const buyer = model("# Deal\n\nSide: buyer\n\n- Levante's floor: 79,00 €/t\n- Ceiling: 88,00 €/t\n");
    expect(buyer.factsOf('walk-away').map((f) => f.label.text)).toEqual(['Ceiling']);
  });
  it('our own people by name: a roles section and the author', () => {
    const p = model('# Deal\n\nPrepared by Thabo Nkosi for the call.\n\n## Roles\n\n- **Agnieszka Wróbel** – lead. Speaks to Zanele only.\n- **Tomasz Lis (CEO)** – closer.\n\nTomasz offers the week. Zanele decides.\n');
    expect(['thabo', 'agnieszka', 'tomasz', 'lis'].every((w) => p.tags.isOurs(w))).toBe(true);
    expect(p.tags.isOurs('zanele')).toBe(false);
    const offers = p.statements.find((st) => st.text.startsWith('Tomasz offers'))!;
    expect(p.tags.speaker(offers)).toBe('we');
  });
  it('own amounts: a section does not own the numbers of a labelled line nested in it', () => {
    const p = model('# Deal\n\n## Opening offer\n\n$480k ARR, list price.\n\n**Value:** $1.2M saved a year\n\n| Lever | Amount |\n| --- | --- |\n| Target | $420k |\n\n## Walk-away point\n\n$310k\n');
    const opening = p.factsOf('opening')[0]!;
    expect(opening.amounts.map((a) => a.value)).toEqual([480000, 1200000, 420000]);
    expect(p.ownAmounts(opening).map((a) => a.value)).toEqual([480000]);
    expect(p.ownAmounts(p.factsOf('target')[0]!).map((a) => a.value)).toEqual([420000]);
    expect(p.ownAmounts(p.factsOf('walk-away')[0]!).map((a) => a.value)).toEqual([310000]);
  });
  it('frontmatter keys', () => {
    const p = model('---\nwalkAway: 310000\ntarget: 420000\ncurrency: USD\nside: buyer\n---\n\n# Deal\n');
    expect(p.factsOf('walk-away')[0]!.amounts[0]!).toMatchObject({ value: 310000, currency: 'USD' });
    expect(p.side).toBe('buyer');
  });
  it('setext headings and aliases from the vocabulary', () => {
    const text = 'Deal\n====\n\nSchmerzgrenze\n-------------\n\n€1,2M\n\nZiel\n----\n\n€1,5M\n';
    const r = lintText(text, { config: { vocabulary: { 'walk-away': ['Schmerzgrenze'], target: ['Ziel'] } } });
    expect(r.plan!.factsOf('walk-away')[0]!.amounts[0]!.value).toBe(1200000);
    expect(r.isPlan).toBe(true);
  });
});

describe('side', () => {
  it('defaults to seller and reads a Side: line', () => {
    expect(model('# D\n\n## Target\n\n1\n\n## Floor\n\n2\n').side).toBe('seller');
    expect(model('# D\n\nSide: buyer (we are purchasing)\n\n## Target\n\n1\n\n## Ceiling\n\n2\n').side).toBe('buyer');
  });
});

describe('plan detection', () => {
  it('needs two plan concepts, one about our position', () => {
    expect(model('# Notes\n\n## Target\n\nSomething.\n').isPlan).toBe(false);
    expect(model('# Notes\n\n## Timeline\n\nQ3\n\n## Budget\n\n$1M\n').isPlan).toBe(false);
    expect(model('# Deal\n\n## Target\n\n$1M\n\n## Concessions\n\n- 2%\n').isPlan).toBe(true);
  });
  it('frontmatter forces it either way', () => {
    expect(model('---\nnegolint: true\n---\n# Anything\n').isPlan).toBe(true);
    expect(model('---\nnegolint: false\n---\n# D\n\n## Target\n\n$1M\n\n## Walk-away\n\n$2M\n').isPlan).toBe(false);
  });
  it('headings that teach are not plan sections', () => {
    const guide = '# Negotiation guide\n\n## How to set your walk-away point\n\nYour walk-away point is the least you accept.\n\n## What is a BATNA?\n\nYou need one.\n';
    expect(model(guide).isPlan).toBe(false);
  });
  it('a handbook in the second person is not a plan even with plan headings', () => {
    const handbook = [
      '# Concessions',
      '',
      '## Walk-away point',
      '',
      'Before you meet the customer, you decide your walk-away point. You write it down and you tell your manager.',
      '',
      '## Target',
      '',
      'Your target should be ambitious. You will be surprised how often you get it if you ask for it.',
      '',
    ].join('\n');
    expect(model(handbook).isPlan).toBe(false);
  });
  it('a template keeps its fields to fill in; a plan with negolint\'s own skeletons is still a plan', () => {
    const plan = '# Acme renewal\n\n## Walk-away\n\n$310k.\n\n## Target\n\n$420k.\n\n## Opening\n\n$480k, our list price.\n';
    expect(model(plan).isPlan).toBe(true);
    const fields = '\n\nSupplier:: {{supplier}}\nCategory:: {{category}}\nSpend:: {{spend}}\nAsk:: {{ask}}\n';
    expect(model(plan + fields).isPlan).toBe(false);
    const blanks = '\n\n- [besoin 1]\n- [besoin 2]\n- [coût pour le client]\n- [date, lieu]\n- [concession 1]\n- [contrepartie 1]\n';
    expect(model(plan + blanks).isPlan).toBe(false);
    const skeletons = Array.from({ length: 8 }, (_, i) => `\n\n## Part ${i}\n\nWe do [fill in: step ${i}].`).join('');
    expect(model(plan + skeletons).isPlan).toBe(true);
  });
});

describe('positions', () => {
  it('reports missing facts at the title, not at line 1 of frontmatter', () => {
    const r = lintText('---\nnegolint: true\n---\n\n# Acme\n\n## Target\n\n$1M\n', { config: {} });
    const m = r.messages.find((x) => x.ruleId === 'walk-away-point')!;
    expect(m.line).toBe(5);
  });
  it('keeps offsets with a BOM and CRLF line endings', () => {
    const text = '\ufeff# Acme\r\n\r\n## Walk-away point\r\n\r\nFlexible.\r\n\r\n## Target\r\n\r\n$1M\r\n';
    const m = lintText(text, { config: {} }).messages.find((x) => x.ruleId === 'walk-away-point')!;
    expect(m.line).toBe(3);
  });
});

describe('malformed frontmatter', () => {
  const lint = (text: string) => lintText(text, { config: { extends: 'strict' } });
  it.each([
    ['unclosed quote', '---\nside: buyer\ncurrency: "EUR\n---\n', 3],
    ['a list where a map is expected', '---\n- buyer\n- EUR\n---\n', 2],
    ['a tab-indented map', '---\nside: buyer\n\tcurrency: EUR\n---\n', 3],
    ['an alias bomb', `---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n`, 2],
  ])('%s: a finding at the right line, and the rest is still linted', (_name, head, line) => {
    const r = lint(`${head}\n# Acme renewal\n\n## Target\n\n$420k ARR.\n\n## Opening offer\n\n$480k ARR, the list price for 400 seats.\n`);
    const fm = r.messages.filter((m) => m.ruleId === 'frontmatter');
    expect(fm).toHaveLength(1);
    expect(fm[0]!.line).toBe(line);
    expect(fm[0]!.message).not.toMatch(/at line \d/);
    // No walk-away point anywhere: the body is read without the frontmatter.
    expect(r.messages.some((m) => m.ruleId === 'walk-away-point')).toBe(true);
  });
  it('huge values are read, not choked on', () => {
    const r = lint(`---\nside: buyer\nnotes: ${'x'.repeat(1_000_000)}\nlist: [${Array.from({ length: 20_000 }, (_, i) => i).join(', ')}]\n---\n\n# Laptop refresh\n\n## Ceiling\n\n€1,2M\n\n## Target\n\n€980.000\n`);
    expect(r.plan!.side).toBe('buyer');
    expect(r.messages.filter((m) => m.ruleId === 'frontmatter')).toHaveLength(0);
  });
});


describe('a figure belongs to the position named right before it', () => {
  it('reads a brief\'s "Ask" paragraph as naming the walk-away and target, not as an opening of £14.20', async () => {
    const { ourPositions } = await import('../src/engine/plan/positions.js');
    const plan = model(
      '# Brief: fleet renewal\n\n**Ask**\n\nApprove a walk-away of £14.20 per vehicle per month on a three-year term, and give me authority to move from our £17.50 opening as far as £15.70 without coming back to you, against specific trades listed below. The aim is to land at £16.00. I would also like you on the call with their COO on 12 June if we get to final terms.\n\n**Our numbers**\n\n- Opening: £17.50 per vehicle per month, our published volume band.\n- Target: £16.00 per vehicle per month.\n- Walk-away: £14.20 per vehicle per month.\n',
    );
    const ours = ourPositions(plan);
    expect(ours.openings.map((p) => p.amount.value)).not.toContain(14.2);
    expect(ours.openings.map((p) => p.amount.value)).not.toContain(16);
    expect(ours.opening?.amount.value).toBe(17.5);
  });
});

describe('what the plan no longer says, and how chats and fast notes say it', () => {
  const amountsOf = (plan: ReturnType<typeof model>, concept: string) => plan.facts.filter((f) => f.concept === concept).flatMap((f) => plan.ownAmounts(f).map((a) => a.value));

  it('reads past struck-through figures to the current one', () => {
    const plan = model('# Rota renewal\n\n- Walk-away: ~~£8.20~~ £7.90 per seat per month.\n- Target: ~~£9.80~~ £9.50 per seat per month.\n');
    expect(amountsOf(plan, 'walk-away')).toEqual([7.9]);
    expect(amountsOf(plan, 'target')).toEqual([9.5]);
  });

  it("reads nothing from a reviewer's quoted notes or a paragraph that logs the edits, and keeps other quotes", () => {
    const plan = model(
      '# Sensor deal\n\n- Opening: USD 412,000. Reason: list less our standard 6%.\n\n> Coach (Sato): Step 3 was "free" in draft 1 at USD 450,000. — [resolved]\n\n> 💬 Bertrand: 165 000 € was too close to the floor. [resolved]\n\n> ✅ Walk-away agreed with finance: USD 360,000.\n\nChanges since v1 (review, 11 June): opening USD 450,000 struck.\n',
    );
    expect(amountsOf(plan, 'opening')).toContain(412000);
    expect(amountsOf(plan, 'opening')).not.toContain(450000);
    expect(amountsOf(plan, 'walk-away')).toEqual([360000]);
    expect(plan.statements.some((st) => /Coach|Bertrand|Changes since/.test(st.text))).toBe(false);
  });

  it("reads a transcript's lines past their timestamps, and prices said aloud at the plan's scale", () => {
    const plan = model(
      '# SunGrid inverters, voice note\n\nSide: buyer\n\n[00:00] Their quotation is two hundred and twelve million naira.\n[00:14] So. Our ceiling is one ninety-five.\n[00:31] Where I want to land: one hundred and sixty-five million naira.\n',
    );
    expect(plan.statements.some((st) => st.text.startsWith('['))).toBe(false);
    expect(amountsOf(plan, 'walk-away')).toEqual([195_000_000]);
  });

  it('reads nothing from a part marked as old, but keeps a title that only names the deal', () => {
    const plan = model('# Feed + archive renewal\n\n## Numbers\n\nOpening: €19.60 per unit, list price.\n\n## OLD — 2024 plan (for reference only)\n\nOpening: €18.90. Walk-away: €15.90.\n');
    expect(amountsOf(plan, 'opening')).toEqual([19.6]);
    expect(amountsOf(plan, 'walk-away')).toEqual([]);
  });

  it('takes a chat question and the next message as a label and its value', () => {
    const plan = model('# Teams chat: renewal prep\n\n**[09:47] Mirjam**\ngive-list?\n\n**[09:52] Lukas**\n- −CHF 7,000 if the 3-yr is signed by 30 May\n- weekend cover, no extra charge\n');
    const concessions = plan.facts.filter((f) => f.concept === 'concessions');
    expect(concessions.map((f) => f.label.text)).toEqual(['give-list?']);
    expect(concessions[0]!.value.text).toContain('weekend cover');
  });

  it('reads "q: … ⏎ a: …" written without a question mark as a question and its answer', () => {
    const plan = model('# Cleaning contract\n\nSide: buyer\n\nq: whats the max we pay\na: $21,500 a month, not a cent more\n');
    expect(amountsOf(plan, 'walk-away')).toEqual([21500]);
  });
});
