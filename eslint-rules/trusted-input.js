/**
 * ESLint rule `kc/trusted-input`: in code that runs in web pages (the content script), every
 * handler of an input event must be wrapped in `trusted(...)` (src/card/trusted-input.ts), so
 * that events a page script dispatches never drive our UI. Checked forms:
 * - `target.addEventListener('pointermove', trusted(handler), options)`;
 * - Preact props such as `onClick={trusted(handler)}`;
 * - `target.onclick = ...` is refused outright (one handler slot the page can also write).
 * A handler for an event type that is not a string literal must be wrapped too (whatever the
 * type turns out to be).
 */

/** Events a page can forge that carry the reader's intent: pointer, mouse, key, focus, form. */
const INPUT_EVENT =
  /^(?:(?:pointer|mouse|touch|key|drag|composition)\w*|click|dblclick|auxclick|contextmenu|focus|blur|focusin|focusout|wheel|drop|input|beforeinput|change|submit|select|copy|cut|paste)$/;

const GUARD = 'trusted';

/** @param {import('estree').Node | null | undefined} node */
const isGuarded = (node) =>
  node?.type === 'CallExpression' &&
  node.callee.type === 'Identifier' &&
  node.callee.name === GUARD;

/** @param {import('estree').Node | undefined} node */
function literalType(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** `onClick` -> `click`, `onPointerDownCapture` -> `pointerdown`; undefined if not a handler. */
function jsxEventOf(name) {
  const match = /^on([A-Z]\w*?)(?:Capture)?$/.exec(name);
  return match?.[1]?.toLowerCase();
}

/** @type {import('eslint').Rule.RuleModule} */
export const trustedInput = {
  meta: {
    type: 'problem',
    docs: { description: 'Input-event handlers in page-reachable code must check isTrusted.' },
    schema: [],
    messages: {
      unguarded:
        "Wrap the '{{type}}' handler in trusted(...): a page can dispatch this event itself.",
      dynamicType:
        'Wrap this handler in trusted(...), or give a string literal event type that can be checked.',
      property: "Use addEventListener('{{type}}', trusted(...)) instead of an on{{type}} property.",
    },
  },
  create(context) {
    return {
      CallExpression(node) {
        const { callee } = node;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
        if (callee.property.name !== 'addEventListener') return;
        const [typeArg, handler] = node.arguments;
        const type = literalType(typeArg);
        if (isGuarded(handler)) return;
        if (type === undefined) {
          context.report({ node, messageId: 'dynamicType' });
        } else if (INPUT_EVENT.test(type)) {
          context.report({ node: handler ?? node, messageId: 'unguarded', data: { type } });
        }
      },
      JSXAttribute(node) {
        if (node.name.type !== 'JSXIdentifier') return;
        const type = jsxEventOf(node.name.name);
        if (!type || !INPUT_EVENT.test(type)) return;
        const value = node.value;
        const expression = value?.type === 'JSXExpressionContainer' ? value.expression : undefined;
        if (!isGuarded(expression)) {
          context.report({ node, messageId: 'unguarded', data: { type } });
        }
      },
      AssignmentExpression(node) {
        const { left } = node;
        if (left.type !== 'MemberExpression' || left.property.type !== 'Identifier') return;
        const match = /^on([a-z]+)$/.exec(left.property.name);
        if (match?.[1] && INPUT_EVENT.test(match[1])) {
          context.report({ node, messageId: 'property', data: { type: match[1] } });
        }
      },
    };
  },
};

/** Files that run in web pages: the content script and everything it imports from src/. */
export const PAGE_REACHABLE_FILES = [
  'entrypoints/content/**/*.{ts,tsx}',
  'src/card/**/*.{ts,tsx}',
  'src/content/**/*.{ts,tsx}',
  'src/debug/**/*.{ts,tsx}',
  'src/highlight/**/*.{ts,tsx}',
  'src/page/**/*.{ts,tsx}',
];
