/**
 * Questions that invite a "no" or ask for a commitment: bad news early.
 *
 * These words mean something only inside a question (the `ask-for-the-no` rule looks at the
 * question parts of a statement): "any reason" in "Is there any reason you would not sign?" asks
 * for the no, in "for any reason, we hold the price" it does not. A negative inside such a
 * question ("would not", "never") is the point of it, not a denial.
 */
import type { Family } from '../types.js';

// What stopping a deal looks like as a verb.
const STOP = 'stop|stops|prevent|prevents|block|blocks|derail|derails|delay|delays|kill|kills|veto|refuse|refuses|object|oppose|overrule|reject|hold|holds';
// Asking them, in a yes/no question.
const AUX = 'will|would|can|could|are|is|do|does|shall|should|be';
// What committing looks like.
const COMMIT = 'sign|commit|agree|proceed|approve|accept|award|decide|choose|select|pick|hold|honour|honor|match|lock|guarantee|renew|extend';

export const questions: Family[] = [
  {
    tag: 'question-for-a-no',
    why: 'A question that lets the other side say no now rather than later.',
    groups: [
      {
        why: 'A role in our team, not a question to them: "the one who says no", "Says no on spec".',
        idiom: true,
        phrases: ['the one|person who say|says no', 'who say|says the no', 'say|says no on spec|specs|price|pricing|money|scope|terms|legal|custom|discounts'],
        examples: ['| The one who says no | Sunil Patil, Head of Production | Says no on spec: spindle power, probing |'],
      },
      {
        why: 'Asking what could stop the deal, or who could.',
        phrases: [
          'any reason', 'reason not to', 'reason why not', 'reason for you|them|him|her not to', `what … ${STOP}`, `what be stopping|preventing|blocking|holding`,
          `anything|anyone|anybody|someone|something … ${STOP}`, `anything|something … that|which would|could ${STOP}`, `anything|something in … … would|could ${STOP}`, `who … ${STOP}`, `who else … ${STOP}|say|sign|approve`, 'turn … down',
          // "Would the CBD exclusion stop you from moving to us?": what would keep them from the deal, asked outright.
          `${STOP}|keep you|them from`,
          // "Is there anything in our technical volume that would keep us from award?": asked of what would shut us out.
          'keep|keeps us|me from', `${STOP} us|me from`,
          // "Is there anything that would keep the board from voting the renewal on the 18th?": whoever it would keep from it.
          'that|which would|could keep|keeps … from',
          // "Is there any condition in your finance that would stop you waiving it?", "is that a reason for your IC to pass?"
          `any … that|which would|could ${STOP}`, 'a|any reason for … to pass|walk|decline|drop|refuse|withdraw',
          // "If the château holds at 23,80 €, do you sit out this campaign?": whether they stay out of it.
          'sit out', 'sit this|it out', 'stay out of',
          'rule … out', 'change … mind', 'get in the way', 'knock|knocks … back', 'pull|pulls out', 'back|backs out',
          // "Is a 10-year O&M term a problem for Acacia?", "If the approval slips past August, is this off for 2025?"
          'a problem|blocker|dealbreaker|showstopper for', 'an issue|obstacle for', 'be this|it|that|the deal off',
          // "Is take-or-pay at 100% a red line for you?", "If the fee lands above 2.70, is there still a deal for the board?"
          'a red|hard line for', 'a non starter|nonstarter for', 'be there still a deal', 'still a deal for',
          // "If we stay under € 2.500, is that a dead end for Hendriks? Better we know now."
          'a dead end|deadend for', 'be that|this|it a dead end', 'better we|i know now', 'rather know now', 'better to know now',
          // "I want the no now, not on 28 November".
          'want|hear|get the no now|today|early|first', 'want the no before',
          // "Is a three-year commitment at around a million outside what your Board will consider?", "Is … already off the table?":
          // asking whether the deal is out of their reach.
          'outside|beyond what … will|would|can|could|consider|accept|approve|fund|afford', 'off the table', 'out of the question', 'out of reach',
          // "…is there any real chance, or should we not take your time?": offering to stop now.
          'any|a real chance … or', 'not take|waste your time', 'waste your|their time', 'stand in the way', 'hold … back', 'say no', 'a no',
          // "will you tell me so I can stop?", "anything that would send you to Cognito regardless of price?".
          'so we|i can stop', 'send|push|drive you|them to', 'not go ahead', 'not proceed', 'not move forward',
          // "…or should we stop planning around it?", "anything that would still make you go with Hempel?".
          'or should|shall we|i stop', 'should|shall we|i stop plan|planning|chasing|waiting', 'make you|them go with', 'still make you|them choose|pick|go',
          // "…even after the trial, is that the end of it for you?": whether this ends it for them.
          'the end of it for you|them', 'the end of the road|line for you|them', 'be that|this|it the end of it', 'be that|this|it the end of the road|line',
          'no go', 'deal breaker', 'deal breakers', 'dealbreaker', 'dealbreakers', 'show stopper', 'showstopper', 'red flag', 'red flags',
          'blocker', 'blockers', 'obstacle', 'obstacles', 'concern', 'concerns', 'objection', 'objections',
          // "Reservation" shares its stem with "reserve": only where it is a doubt ("any reservations?"), not capacity reserved.
          'any reservation|reservations', 'reservation|reservations about|on|regarding|with', 'have|has … reservation|reservations',
          'hesitat*', 'doubt', 'doubts', 'worry|worries|worried',
          // Headings of a section of such questions: "Ask for the no", "Disqualifying questions".
          'disqualif*', 'for the|a no', 'invite|invites a no', 'yes or no',
        ],
        examples: ['Chloe, is there anything that would send you to Cognito regardless of price?', 'Is there any reason the board would not approve this on 28 March?', 'What could stop the other depots going live?', 'Is there anything in the 7% royalty that your IC would turn down outright?', 'Anyone besides CTO + CFO who can stop this?', 'Would the CBD exclusion stop you from moving to us?', 'Is there anything that would keep the board from voting the renewal on the 18th?', 'If the ROFR adds 14 days, is that a reason for your IC to pass?', 'If the château holds at 23,80 €, do you sit out this campaign?', 'Is take-or-pay at 100% a red line for you?', 'If the fee lands above 2.70, is there still a deal for the Aufsichtsrat on 12 Mar?'],
      },
      {
        why: 'Offering them the way out: walking away, stopping here, going elsewhere, telling us now.',
        phrases: [
          'walk away', 'stop here', 'stop now', 'part ways',
          // "Should we step out of the tender now rather than after the award?", "should we step aside now?".
          'should|shall we|i step|bow|pull out|aside|back|away', 'step|bow|pull out of the|this race|tender|process|running|bid',
          // "If indexation above CPI is off the table, does that end it for Castlegate?"
          'end it|this|things for', 'end the deal|talks|conversation', 'full stop', 'call it|this off', 'go elsewhere', 'go with someone|another', 'go with a|the competitor|other',
          'not a|the right|good fit', 'not a fit', 'not interested', 'not ready', 'not a|the priority',
          'still a|the|your|their|top priority', 'still … priority|committed|interested|funded|happening|relevant|preferred|favourite|favorite|planned', 'be … still … you|your … want|wants|need|needs', 'still in the running', 'still on track', 'still the plan', 'still going ahead',
          'tell us|me now', 'tell us|me before', 'rather know', 'rather hear', 'rather tell us', 'better to know', 'out of reach', 'beyond your|you', 'too early',
          'not the right time', 'is it a no', 'fair to say', 'firm|hard|clear|plain no', 'would you rather', 'any point',
          // A commitment word under a negative: "anything your legal team won't sign?", "if it isn't workable…".
          'not|never|cannot sign|accept|agree|approve|proceed|commit|work|possible|workable|feasible|doable|realistic|acceptable|meet|deliver|make|happen', 'unable to sign|accept|agree|approve|proceed|commit|meet|deliver', 'impossible', 'is there a scenario|chance|world|risk', 'what be the chance|chances',
          'decline|declines|refuse|refuses|reject|rejects',
          // "…will you tell me on the 20th, so I can sell to Thika straight away?": the no on a day, and our way out after it.
          'tell us|me on|by the', 'so i|we can sell|go|move|switch to',
          'workable', 'feasible', 'doable',
          // "Is 1 April realistic?", not "What's your realistic daily capacity?": realistic said of the plan, not a noun's measure.
          'be|seem|seems|sound|sounds realistic', 'be|seem|seems|sound|sounds that|this|it realistic', 'realistic ?|for|to|by',
          // "…is there a realistic way the Geschäftsleitung would still choose us, or should we save both of us the time?"
          'a|any realistic way|chance|prospect', 'save us|you|them|both … the|your|our? time', 'say so', 'tell us|me … now|today|tomorrow|week|monday|tuesday|wednesday|thursday|friday|early|straight|first|before|by|stage',
          'already … made|decided|chosen|selected|picked|shortlisted',
          // German plans: "spricht dann noch etwas gegen…?", "ja oder nein?", "grundsätzlich ausgeschlossen?".
          'ja oder nein', 'noch etwas', 'einen grund', 'gegen … spricht', 'spricht … gegen', 'ausgeschlossen', 'ausschlusskriterium', 'machbar',
          // "…that Halvorsen is unable to accept?": inability is a no they can say now.
          'unable to sign|accept|agree|approve|proceed|commit|meet|deliver', 'not able to sign|accept|agree|approve|proceed|commit|meet|deliver',
          // "…your lawyer has told you not to sign?", "is this still a go for you, or does it kill the January opening?"
          'not to sign|accept|agree|approve|proceed|commit', 'still a go', 'a go for you|them', 'kill|kills … deal|project|opening|plan|order',
          'nein sagen', 'kein deal', 'oder kein', 'ein nein', 'un non', 'un no', 'überhaupt', 'ueberhaupt', 'du tout',
          // Whether they want it at all: "Do you want to sell at all, or rather to the council?".
          'at all',
        ],
        examples: [
          'If €1.37 is out of reach for you, will you tell me now so I can go to Trans-Odra?',
          'Has that already been decided?',
          'Is this still a priority for this quarter?',
          'If we hold the Blended Rate at C$635, is Lease Work still work your partnership wants?',
          'Is there a realistic way the board would still choose us, or should we save both of us the time?',
          'Is there anything in the franchise agreement your lawyer has told you not to sign?',
          "Is there anything in the DPA that your legal team won't sign?",
          'If it turns out to be impossible on your side, would you rather we didn\'t start at all?',
          "Is there anything in the University's standard terms that Halvorsen is unable to accept?",
          'Herr Brenninger, ist das für Sie ein Nein?',
          'Do you want to sell to a developer at all?',
        ],
        not: ['Do they still run the nightly batch on the old cluster?', 'What is their budget for next year?', 'Who else is involved in the evaluation?'],
      },
      {
        why: "Questions that make a no easy, in German, French, Spanish, Portuguese and Italian: \"C'è qualcosa che…\", \"Gibt es etwas, das…\", \"Y a-t-il quelque chose qui…\", \"meglio saperlo adesso\".",
        phrases: ['c è qualcosa|qualcuno', 'meglio saperlo', 'dircelo', 'diteci', 'perdere tempo', 'vi crea problemi', 'rischio che', 'gibt es etwas|irgendetwas', 'spricht etwas dagegen', 'lieber jetzt|heute', 'zeit verschwenden', 'y a t il quelque chose|quelqu un', 'quelque chose qui', 'dites le nous', 'dites nous le', 'perdre du temps', 'hay algo|alguien', 'algo que les|le impida', 'nos deje|dejen|deja|dejaría|dejaria por fuera|afuera', 'rechazará|rechazaria|rechazaría|rechazan|rechazarían|rechazarian|rechazar', 'recusar*|rejeitar*|rejeita', '*難しい*', '*無理*', '*厳しい*', 'nos descarte|descarta|descartaría|descartaria', 'nos lo pueden|puede|podrían|podrian decir', 'nos deixa|deixe|deixaria de fora', 'nos podem dizer', 'podem nos dizer', 'perder el tiempo', 'díganoslo', 'diganoslo', 'há algo|alguém', 'ha algo', 'perder tempo', 'preferem dizer', 'nos digam', 'ein nein', 'un non', 'un no', 'um não', 'um nao'],
        examples: ['Si necesitamos la cesión del IRU, ¿es algo que vuestro jurídico rechazará de entrada?', '「部門別請求を追加費用なしで求めた場合、御社として難しいでしょうか？」', '¿Hay algún requisito de la oferta final que, si no lo cumplimos, nos deje por fuera?', 'Si el comité va a decidir solo por precio, ¿nos lo pueden decir antes del 14?', "C'è qualcosa nel disciplinare DOCG che vi crea problemi per la logistica?", "Gibt es etwas, das gegen einen Abschluss im Dezember spricht?"],
      },
      {
        why: "Asking what would put us out of the running: \"is there anything about our position that would put us behind the other bidders?\", \"would anything rule us out?\".",
        phrases: ['put|puts us behind|out', 'count|counts against us', 'rule|rules us out', 'knock|knocks us out', 'put us at a disadvantage', 'keep|keeps us|me out of|off', 'out of the running'],
        examples: ["Jo, is there anything about our position — chain-free, AIP, solicitor lined up — that would put us behind the other bidders?", 'If the clubs want a linear broadcaster regardless of price, is a streaming-only bid out of the running before we start?', "Is there anything that would rule us out before Friday?", "Is there anything about how we have run Lanark's files that would keep us out of the three, whatever the rate?"],
      },
    ],
  },
  {
    tag: 'commitment-ask',
    why: 'Asking for a concrete yes or a commitment, which also surfaces a no.',
    groups: [
      {
        why: 'Our own signing as the condition of a logistics question asks them for nothing: "What lead time does the crew need if we sign by 28 February?".',
        idiom: true,
        phrases: ['if|once|when we|i sign|signed by|before|on'],
        examples: ['What lead time does the splicing crew need for Hearst if we sign by 28 February?'],
      },
      {
        why: 'A yes/no question that asks them to commit: "will you sign…", "are you prepared to…".',
        phrases: [
          `${AUX} you|they … ${COMMIT}`, `${AUX} you|they … go ahead`, `${AUX} you|they … move forward`, `${AUX} you|they … partner with`, `${AUX} you|they … place|issue the? order|po`, `${AUX} that|this|it work for you|them|both`, `${AUX} you|they prepared|willing|ready|able to`,
          `${AUX} we good|ok|okay|set|clear to`, 'good to go', 'do we have a deal', 'have a deal', 'can we count on', 'can we agree',
          // "What would it take to sign by June?" asks for the deal; "what would it take to put a coordinator on nights?" asks how.
          'what would it take … sign|signing|commit|committing|agree|yes|award|decide|close|proceed|order|deal|business|go', 'how do you see … sign|signing|commit|committing|deciding',
          'introduce us', 'introduction to', 'sign by', 'decide by', 'decision by', 'commit by',
          // With the other side named rather than "you": "will Halvorsen commit in writing to…?".
          'will|would|can|could|shall … commit|sign|accept|approve|confirm|proceed',
        ],
        examples: [
          'Will you commit to the joint roadmap?',
          'Can you introduce us to the CFO before the 20th?',
          'If we sign for three years, will you hold the 2025 rates?',
          'What would it take to sign by June?',
          'If we can agree the commercial terms on 6 November, will Halvorsen commit in writing to installation by 28 February?',
        ],
        not: ['What is their budget for next year?', 'How many users do they plan to add?', 'What would it take on your side to put a coordinator on site for nights?'],
      },
    ],
  },
];
