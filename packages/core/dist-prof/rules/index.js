import askForTheNo from './ask-for-the-no.js';
import bestAndFinal from './best-and-final.js';
import commonGround from './common-ground.js';
import concessionLadder from './concession-ladder.js';
import concessionTrade from './concession-trade.js';
import counterpartAlternative from './counterpart-alternative.js';
import desperation from './desperation.js';
import frontmatter from './frontmatter.js';
import hiddenConstraint from './hidden-constraint.js';
import openingNumber from './opening-number.js';
import paperProcess from './paper-process.js';
import placeholder from './placeholder.js';
import priceChallengeResponse from './price-challenge-response.js';
import qualification from './qualification.js';
import relationshipConcession from './relationship-concession.js';
import targetOutcome from './target-outcome.js';
import unverifiedAssumption from './unverified-assumption.js';
import walkAwayAlternative from './walk-away-alternative.js';
import walkAwayMargin from './walk-away-margin.js';
import walkAwayPoint from './walk-away-point.js';
/** Every negolint rule, in id order. */
export const rules = [
    askForTheNo,
    bestAndFinal,
    commonGround,
    concessionLadder,
    concessionTrade,
    counterpartAlternative,
    desperation,
    frontmatter,
    hiddenConstraint,
    openingNumber,
    paperProcess,
    placeholder,
    priceChallengeResponse,
    qualification,
    relationshipConcession,
    targetOutcome,
    unverifiedAssumption,
    walkAwayAlternative,
    walkAwayMargin,
    walkAwayPoint,
];
//# sourceMappingURL=index.js.map