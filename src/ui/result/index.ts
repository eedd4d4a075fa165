// The shared result components: the popup, the checklist page and the guard's dialog all show a CheckResult
// with these. Props in, callbacks out; styles in RESULT_CSS so they work inside a shadow root.
export { FindingList, orderFindings, type FindingListProps } from './FindingList';
export { LinkList, VERDICT_TONE, type LinkListProps } from './LinkList';
export { QuestionList, type QuestionAnswer, type QuestionListProps, type QuestionView } from './QuestionList';
export { BADGE_CSS } from './badge-css';
export { RESULT_CSS } from './result-css';
export { RESULT_STRINGS, type ResultStrings } from './result-strings';
