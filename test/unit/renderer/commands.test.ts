import { describe, expect, it } from 'vitest';
import { shortcutFor, type CommandName } from '../../../src-renderer/state/commands.ts';

type Fake = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  target?: unknown;
};
const key = (e: Fake) =>
  shortcutFor({
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    target: null,
    ...e,
  } as unknown as KeyboardEvent);
const textField = { tagName: 'INPUT', type: 'text', isContentEditable: false, closest: () => null };
const canvas = {
  tagName: 'DIV',
  isContentEditable: false,
  closest: (s: string) => (s === '[data-editor-keys]' ? {} : null),
};
const runsList = {
  tagName: 'INPUT',
  type: 'checkbox',
  isContentEditable: false,
  closest: () => null,
};

describe('shortcutFor', () => {
  it.each<[string, Fake, CommandName | null]>([
    ['Ctrl+Z undoes', { key: 'z', ctrlKey: true }, 'undo'],
    ['Ctrl+Shift+Z redoes', { key: 'Z', ctrlKey: true, shiftKey: true }, 'redo'],
    ['Cmd+Y redoes', { key: 'y', metaKey: true }, 'redo'],
    [
      'Ctrl+S saves, even from a text field',
      { key: 's', ctrlKey: true, target: textField },
      'save-lab',
    ],
    ['Ctrl+Enter trains', { key: 'Enter', ctrlKey: true }, 'train'],
    ['Delete deletes on the canvas', { key: 'Delete', target: canvas }, 'delete'],
    ['Backspace in a text field stays in the field', { key: 'Backspace', target: textField }, null],
    [
      'Ctrl+Z in a text field is the field’s own undo',
      { key: 'z', ctrlKey: true, target: textField },
      null,
    ],
    ['arrows move the selection', { key: 'ArrowDown', target: canvas }, 'select-next'],
    ['Alt+Up reorders', { key: 'ArrowUp', altKey: true, target: canvas }, 'move-up'],
    ['Shift+Left nudges', { key: 'ArrowLeft', shiftKey: true, target: canvas }, 'nudge-left'],
    ['Delete in the runs list does not touch layers', { key: 'Delete', target: runsList }, null],
    ['/ finds a layer', { key: '/' }, 'focus-palette'],
    ['a plain letter does nothing', { key: 'x', target: canvas }, null],
  ])('%s', (_label, event, expected) => {
    expect(key(event)).toBe(expected);
  });
});
