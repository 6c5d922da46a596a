/**
 * The editor's validation sentences in the user's language: worded from the message key and
 * parameters each issue carries (contract/issue-words.ts), as its English `message` is. Keras'
 * names, shapes and layer names stay as in code.
 */
import { wordIssue, type IssueWords } from '../../src-main/contract/issue-words.ts';

/** An issue's sentence in the interface's language (its English `message` for an unknown key). */
export function issueText(issue: Partial<IssueWords> & { message: string }): string {
  if (!issue.key || !issue.params) return issue.message;
  try {
    return wordIssue({ key: issue.key, params: issue.params });
  } catch {
    return issue.message;
  }
}
