/**
 * A step's Markdown as HTML, safely: markdown-it with raw HTML off, links only http(s) and mailto,
 * opened outside the app (a new window the host hands to the system browser).
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
md.validateLink = (url: string) => /^(https?:|mailto:)/i.test(url.trim());
const defaultLink =
  md.renderer.rules.link_open ??
  ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
md.renderer.rules.link_open = (tokens, i, options, env, self) => {
  tokens[i].attrSet('target', '_blank');
  tokens[i].attrSet('rel', 'noopener noreferrer');
  return defaultLink(tokens, i, options, env, self);
};

export const renderMarkdown = (text: string): string => md.render(text);
