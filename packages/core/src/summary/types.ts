/**
 * The plan summary: what a plan says about the deal's numbers and how ready it is, as plain
 * JSON. `negolint report`, the language server's `negolint/planSummary` request and the VS Code
 * panel all read this one shape; `docs/plan-summary.md` documents it field by field.
 *
 * The shape is versioned by {@link PLAN_SUMMARY_VERSION}: a field is only ever added within a
 * version; renaming, removing or changing the meaning of one raises it.
 */

/** The version of the {@link PlanSummary} shape. */
export const PLAN_SUMMARY_VERSION = 1;

/** An amount the plan states, as written and as a number. */
export interface SummaryAmount {
  value: number;
  /** ISO code (`USD`, `EUR`, `GBP`, `CHF`…), `¢` or `GBp` for hundredths; absent for a bare number. */
  currency?: string;
  /** `''` for none, else `year`, `month`, `user/month`, `hour`, `total`… */
  unit: string;
  /** As the plan writes it: `$310k / year`, `€400.000`. */
  text: string;
  /** 1-based line and column of the amount. */
  line: number;
  column: number;
  /** Where the number was found: a heading's section, a labelled line, a table row, a frontmatter key or a sentence. */
  source: 'heading' | 'label' | 'table' | 'frontmatter' | 'sentence';
  /** The words that named it: `Walk-away`, `Their budget`, `most they can pay`. */
  label: string;
  /**
   * Whether it can be compared with the plan's reference amount (our walk-away point, else
   * our first stated position): same kind, currency and unit. Amounts that are not comparable
   * are never placed on one scale or subtracted.
   */
  comparable: boolean;
}

/** A difference between two comparable amounts. */
export interface SummaryDifference {
  value: number;
  /** In the plan's money and unit: `$10,000`, `€50,000 per year`. */
  text: string;
  /** Percent of the first of the two amounts (our walk-away point for the zone), rounded. */
  percent: number;
}

/** Room between two of our numbers. */
export type SummaryRoom =
  /** `ok`: the second is beyond the first in our favour; `inverted`: it is on the wrong side (`value` is how far). */
  | { status: 'ok' | 'inverted'; difference: SummaryDifference }
  /** One of the two is not stated as an amount. */
  | { status: 'missing'; reason: string }
  /** Both are stated, in different currencies or units. */
  | { status: 'not-comparable'; reason: string };

/** The zone of possible agreement between our walk-away point and theirs. */
export interface SummaryZone {
  /** `overlap`: a price both can accept exists; `none`: the limits do not meet; `unknown`: the plan does not say enough. */
  status: 'overlap' | 'none' | 'unknown';
  /** One sentence: why the status is what it is. */
  reason: string;
  /** Which of their numbers the zone was read from: an estimate of their walk-away point, or their budget. */
  theirLimit?: 'walk-away' | 'budget';
  /** With `overlap`: the lowest and highest price both can accept. */
  low?: SummaryAmount;
  high?: SummaryAmount;
  /** With `overlap`: how wide the zone is. */
  width?: SummaryDifference;
  /** With `none`: how far apart the limits are. */
  gap?: SummaryDifference;
}

/** One enabled rule's verdict on the plan. */
export interface SummaryRule {
  ruleId: string;
  /** The configured severity. */
  severity: 'warn' | 'error';
  /** `met`: nothing reported; `not-met`: findings; `not-applicable`: nothing for the rule to judge (no concessions planned, no budget stated…). */
  status: 'met' | 'not-met' | 'not-applicable';
  description: string;
  /** The rule's documentation. */
  url: string;
  findings: { line: number; column: number; severity: 'error' | 'warning'; message: string }[];
}

/** What one plan says about the deal, and how ready it is. Plain JSON. */
export interface PlanSummary {
  /** Always {@link PLAN_SUMMARY_VERSION} for this shape. */
  schemaVersion: typeof PLAN_SUMMARY_VERSION;
  /** The file, as the caller named it. */
  filePath?: string;
  /** The deal's name: the frontmatter `title`, else the first heading, else the file name. */
  title: string;
  /** The other party, when the plan names it (frontmatter `counterpart`, `customer`, `account`…). */
  counterpart?: string;
  side: 'seller' | 'buyer';
  /** How the side was found: said in the plan, set in the config, read from the plan's words, or the default (seller). */
  sideSource: 'stated' | 'config' | 'inferred' | 'default';
  /** Currency and unit of the reference amount (our walk-away point, else our first stated position). */
  currency?: string;
  unit?: string;
  ours: {
    walkAway?: SummaryAmount;
    target?: SummaryAmount;
    opening?: SummaryAmount;
    /** A buyer's own budget for the deal. */
    budget?: SummaryAmount;
  };
  theirs: {
    /** A seller's view of the customer's budget (the largest stated amount comparable with our walk-away point). */
    budget?: SummaryAmount;
    /** Our estimate of their walk-away point: their ceiling as a buyer, their floor as a supplier. */
    walkAway?: SummaryAmount;
    /** What they opened with or quoted. */
    opening?: SummaryAmount;
    /** What they do without us, in the plan's words (shortened), and a price if it names one. */
    alternative?: { text: string; line: number; amount?: SummaryAmount };
  };
  zone: SummaryZone;
  room: {
    /** From our walk-away point to our target. */
    walkAwayToTarget: SummaryRoom;
    /** From our target to our opening. */
    targetToOpening: SummaryRoom;
  };
  readiness: {
    /** Rules met out of the rules that apply (`met / (met + notMet)`), 0–1; 1 when none apply. */
    score: number;
    met: number;
    notMet: number;
    notApplicable: number;
    /** Every enabled rule, in rule order. */
    rules: SummaryRule[];
  };
  /** Findings by severity, as `negolint` reports them. */
  errors: number;
  warnings: number;
}
