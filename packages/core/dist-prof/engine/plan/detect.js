/**
 * Is this document a negotiation plan? Most Markdown is not, and the hardest
 * cases are sales handbooks that explain walk-away points and concessions in
 * general terms. A plan names at least two plan concepts, one of them about our
 * position, and speaks about a concrete deal ("we", "our", numbers) rather than
 * teaching the reader ("you", "your").
 */
import { allMatches } from '../matches.js';
const TEACHING_TITLE = /\b(?:guide|guidelines|handbook|playbook|policy|policies|faq|training|how to|how-to|checklist|template|best practices|primer|101|explained|introduction to|glossary|course|lesson|framework|methodology|tips)\b/i;
export function detectPlan(input) {
    const { frontmatter, concepts } = input;
    const fm = frontmatter?.data ?? {};
    const flag = fm['negolint'];
    if (flag === false || flag === 'off' || flag === 'ignore')
        return { isPlan: false, reason: 'opt-out', concepts };
    if (flag === true || flag === 'plan' || fm['type'] === 'negotiation-plan')
        return { isPlan: true, reason: 'frontmatter', concepts };
    if (input.force)
        return { isPlan: true, reason: 'config', concepts };
    if (concepts.length < 2 || !input.hasPosition)
        return { isPlan: false, reason: 'too-few-sections', concepts };
    // Documents that teach address the reader; plans speak for the team.
    let you = 0;
    let we = 0;
    for (const s of input.statements) {
        if (s.isQuestion || s.kind === 'heading')
            continue;
        // What a plan scripts for the customer ("tell them: 'you saved $1.1M'") is not addressed to the reader.
        const own = s.text.replace(/[“"«][^”"»]{0,400}[”"»]|(?<![\p{L}])'[^']{0,400}'(?![\p{L}])/gu, ' ');
        you += count(own, /\b(?:you|your|yours|you're|you'll|you've|yourself)\b/gi);
        we += count(own, /\b(?:we|our|ours|us|we're|we'll|we've|I|I'm|I'll|my)\b/g);
    }
    const concreteFacts = input.facts.filter((f) => f.amounts.some((a) => a.kind === 'money')).length;
    const fmTitle = typeof fm['title'] === 'string' ? fm['title'] : '';
    const titles = [input.title ?? '', fmTitle].filter(Boolean);
    if (titles.some((t) => TEACHING_TITLE.test(t)) && !(concreteFacts >= 3 && we > you)) {
        return { isPlan: false, reason: 'descriptive', concepts };
    }
    // Worked examples in a guide carry numbers too, so amounts do not outvote the voice.
    if (you >= 6 && you > 2 * we + 2)
        return { isPlan: false, reason: 'descriptive', concepts };
    return { isPlan: true, reason: 'sections', concepts };
}
function count(text, re) {
    let n = 0;
    for (const _ of allMatches(text, re))
        n++;
    return n;
}
//# sourceMappingURL=detect.js.map