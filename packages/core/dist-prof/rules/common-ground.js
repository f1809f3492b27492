import { defineRule } from '../engine/rule.js';
import { extraPhrasesOptions } from '../engine/schema.js';
import { insertSectionFix } from '../engine/fixes.js';
import { negatedAt, phraseRegex, wordRegex, allMatches } from '../engine/language.js';
// Word families for "we already share this": shared goals, settled issues, alignment.
// Every gap is bounded, so the patterns stay linear.
const SUBJECT = String.raw `(?:we|they|both(?: of us| sides| parties| teams| companies)?|the (?:customer|client|supplier|vendor|parties|other side)|all (?:sides|parties))`;
const COMMON_GROUND = new RegExp([
    String.raw `common (?:ground|goals?|interests?|objectives?|aims?|priorit(?:y|ies)|purpose|cause)`,
    String.raw `(?:shared|mutual|joint) (?:goals?|interests?|objectives?|aims?|priorit(?:y|ies)|concerns?|ground|vision|understanding|benefits?|outcomes?|agenda|success)`,
    String.raw `mutually (?:agreed|beneficial|acceptable|aligned)`,
    String.raw `in common`,
    String.raw `(?:we|they|both(?: of us| sides| parties)?|all of us) (?:also |already |clearly |fully )?share (?:a|an|the|this|one|their|our|that) (?:goals?|interests?|objectives?|aims?|priorit(?:y|ies)|concerns?|views?|deadline|timeline|ambition)`,
    String.raw `(?:on )?the same (?:page|side|goals?|outcome|objectives?|interests?)`,
    String.raw `(?:both|all) (?:sides|parties|teams|companies|of us)(?: already| really| clearly)? (?:want|wants|need|needs|agree|agreed|care|cares|share|benefit|prefer|gain|win|like)`,
    String.raw `we both (?:want|need|agree|agreed|care|share|benefit|prefer|like)`,
    String.raw `(?:like|as do|just like) us`,
    String.raw `(?:already|previously|tentatively|verbally|informally|provisionally|largely|broadly) (?:agreed|settled|resolved|accepted|aligned|confirmed|closed|locked)`,
    String.raw `agreed (?:so far|to date|in principle|upon|last (?:week|month|quarter|call|meeting|round|time))`,
    String.raw `${SUBJECT}(?: have| 've| had| all| both| already| broadly| fully| largely)? (?:agreed|agree|settled|resolved|closed out|locked (?:in|down)|nailed down)`,
    String.raw `(?:has|have|had) (?:already )?been (?:agreed|settled|resolved|accepted|locked)`,
    String.raw `(?:is|are|was|were) (?:already |now |all |broadly |fully )?(?:agreed|settled|resolved|locked in)`,
    String.raw `(?:we(?: are|'re)|they(?: are|'re)|both (?:sides|parties)(?: are)?|already|fully|broadly|closely|well) aligned`,
    String.raw `(?:alignment|aligned|consensus) (?:on|about|around)`,
    String.raw `(?:agreed|settled|resolved|closed) (?:issues|points|items|terms|topics)`,
    String.raw `no longer (?:in dispute|an issue|open|contested)`,
    String.raw `not in dispute`,
    String.raw `(?:where|what) we (?:already )?agree`,
].join('|'), 'iu');
const COMMON_GROUND_ALL = wordRegex(COMMON_GROUND.source);
// "Nothing is agreed until everything is agreed" and "yet to agree" say the opposite;
// "if they agree to a 3-year term" and "aim to reach alignment on" are hopes, not ground.
const EXTRA_NEGATION = /\b(?:nothing|none|nobody|no one|not yet|yet to|hardly|lack of|lacks?|until|if|unless|once|whether|provided|assuming|hope|hoping|aim|aiming|try|trying|seek|seeking|reach|expect|want to|need to)\b[^.;:!?]{0,40}$/i;
const NOTHING_AGREED = /nothing is (?:agreed|settled) until/i;
function affirms(text, re) {
    if (NOTHING_AGREED.test(text))
        return false;
    for (const m of allMatches(text, re)) {
        const index = m.index;
        if (negatedAt(text, index))
            continue;
        const clause = text.slice(Math.max(0, index - 60), index);
        if (EXTRA_NEGATION.test(clause.slice(clause.search(/[^.;]*$/))))
            continue;
        return true;
    }
    return false;
}
export default defineRule({
    meta: {
        id: 'common-ground',
        severity: 'warn',
        description: 'The plan names the common ground: shared goals and issues already agreed.',
        principle: 'Every negotiation has open issues, but it also has ground both sides already stand on. Naming what is shared and what is already settled builds trust and gives the hard conversation a foundation: "we have closed three of four issues; let us solve the last one together".',
        seeds: ['001'],
        fix: 'Add a "Common ground" section (or a `Already agreed:` line, or a table row) listing the goals both sides share and the issues already settled, e.g. "We already agreed on the SLA and the three-year term".',
        details: 'The rule is satisfied by a heading, label or table row named common ground, shared goals, already agreed, agreed so far, where we align, areas of agreement…, or by any sentence that names common ground: "we already agreed on the SLA", "both sides want a go-live before Q3", "three of four issues are settled", "we are aligned on scope", "shared interest in…". Negated sentences ("we have not agreed on anything yet", "nothing is agreed until everything is agreed") and questions do not count. Missing → one finding at the title, with a fix that inserts a skeleton section.',
        options: extraPhrasesOptions('More phrases that name common ground in your team\'s wording, e.g. "handshake on".'),
        defaultOptions: { extraPhrases: [] },
        examples: {
            invalid: [
                {
                    title: 'Only positions, nothing shared',
                    code: '# Acme renewal\n\n## Walk-away point\n\n$310k ARR.\n\n## Target\n\n$420k ARR.\n',
                },
                {
                    title: 'A buyer plan that says nothing is agreed yet',
                    code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n**Target:** €950.000\n\nWe have not agreed on anything with Globex so far.\n',
                },
            ],
            valid: [
                {
                    title: 'A common-ground section',
                    code: '# Acme renewal\n\n## Common ground\n\n- Both sides want the migration finished before Q3.\n- The SLA (99.9%) is already agreed.\n\n## Walk-away point\n\n$310k ARR.\n',
                },
                {
                    title: 'A sentence in the context',
                    code: '# Initech services deal\n\n**Target:** £180k\n**Walk-away:** £140k\n\nWe already agreed on the scope and the start date last week; price is the last open issue.\n',
                },
            ],
        },
    },
    check({ plan, report, options }) {
        if (plan.has('common-ground'))
            return;
        const extra = options.extraPhrases.filter((p) => p.trim()).length > 0 ? phraseRegex(options.extraPhrases.filter((p) => p.trim())) : undefined;
        const names = (s) => !s.isQuestion && (affirms(s.text, COMMON_GROUND_ALL) || (extra !== undefined && affirms(s.text, extra)));
        if (plan.statements.some(names))
            return;
        report('No common ground: name the goals both sides share and the issues already agreed, to build on them.', undefined, {
            fix: insertSectionFix(plan, 'Insert a "Common ground" section', 'Common ground', plan.side === 'buyer'
                ? '- Already agreed: <issues settled with the supplier so far>\n- Shared goals: <what we and the supplier both want>'
                : '- Already agreed: <issues settled with the customer so far>\n- Shared goals: <what we and the customer both want>', ['concessions', 'price-challenge', 'constraints', 'opening', 'target', 'walk-away']),
        });
    },
});
//# sourceMappingURL=common-ground.js.map