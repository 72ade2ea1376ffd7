import { describe, expect, it } from 'vitest';
import { createSkipCheck, SKIPPED_ELEMENTS } from '@/src/page/skip-rules';

/** A fresh document with `html` as its body, and the element marked `id="probe"` in it. */
function probeIn(html: string): { doc: Document; probe: Element } {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const probe = doc.getElementById('probe');
  if (!probe) throw new Error('fixture without #probe');
  return { doc, probe };
}

describe('createSkipCheck', () => {
  it.each([...SKIPPED_ELEMENTS])('skips a <%s> element and what is inside it', (name) => {
    const doc = document.implementation.createHTMLDocument('skip rules');
    const element = doc.createElement(name);
    const inner = doc.createElement('span');
    doc.body.append(element);
    // A template's children live in its content fragment, outside the document's tree.
    if (name !== 'template') element.append(inner);
    expect(createSkipCheck()(element)).toBe(true);
    if (name !== 'template') expect(createSkipCheck()(inner)).toBe(true);
  });

  it.each([
    ['<p id="probe">Almaty</p>', 'plain prose'],
    ['<div><section><p id="probe">Almaty</p></section></div>', 'nested prose'],
    ['<p contenteditable="false" id="probe">Almaty</p>', 'contenteditable="false"'],
    ['<p contenteditable="FALSE" id="probe">Almaty</p>', 'contenteditable="FALSE"'],
    ['<p contenteditable="inherit" id="probe">Almaty</p>', 'contenteditable="inherit"'],
    ['<p contenteditable="bogus" id="probe">Almaty</p>', 'an invalid value (the inherit state)'],
    ['<p contenteditable="truest" id="probe">Almaty</p>', 'a value that starts like "true"'],
    ['<p contenteditable="nottrue" id="probe">Almaty</p>', 'a value that ends like "true"'],
    ['<p contenteditable="falsely" id="probe">Almaty</p>', 'a value that starts like "false"'],
    ['<p role="button" id="probe">Almaty</p>', 'a role that is no text box'],
    ['<p role="textboxes" id="probe">Almaty</p>', 'a role that only starts like a text box'],
    ['<p role="" id="probe">Almaty</p>', 'an empty role'],
  ])('reads %s (%s)', (html) => {
    const { probe } = probeIn(html);
    expect(createSkipCheck()(probe)).toBe(false);
  });

  it.each([
    ['<div contenteditable id="probe">Almaty</div>', 'an empty contenteditable'],
    ['<div contenteditable="true" id="probe">Almaty</div>', 'contenteditable="true"'],
    ['<div contenteditable="True" id="probe">Almaty</div>', 'contenteditable="True"'],
    ['<div contenteditable="plaintext-only" id="probe">Almaty</div>', 'a plaintext-only editor'],
    ['<div contenteditable="PLAINTEXT-ONLY" id="probe">Almaty</div>', 'PLAINTEXT-ONLY'],
    ['<div contenteditable><p><b id="probe">Almaty</b></p></div>', 'text deep inside an editor'],
    [
      '<div contenteditable><span contenteditable="false" id="probe">Almaty</span></div>',
      'a non-editable island inside an editor (its text still sits in one)',
    ],
    ['<div role="textbox" id="probe">Almaty</div>', 'role="textbox"'],
    ['<div role="searchbox" id="probe">Almaty</div>', 'role="searchbox"'],
    ['<div role="combobox" id="probe">Almaty</div>', 'role="combobox"'],
    ['<div role=" TextBox " id="probe">Almaty</div>', 'a text box role with spaces and capitals'],
    ['<div role="textbox"><p><i id="probe">Almaty</i></p></div>', 'text deep inside a text box'],
    ['<select><option id="probe">Almaty</option></select>', 'an option'],
  ])('skips %s (%s)', (html) => {
    const { probe } = probeIn(html);
    expect(createSkipCheck()(probe)).toBe(true);
  });

  it('skips every element of a document in design mode, which makes the whole page an editor', () => {
    const { doc, probe } = probeIn('<p id="probe">Almaty</p>');
    const check = createSkipCheck();
    doc.designMode = 'on';
    expect(doc.designMode).toBe('on');
    expect(check(probe)).toBe(true);
    expect(check(doc.body)).toBe(true);
  });

  it('reads a document whose design mode is off', () => {
    const { doc, probe } = probeIn('<p id="probe">Almaty</p>');
    doc.designMode = 'off';
    expect(createSkipCheck()(probe)).toBe(false);
  });

  it.each([
    ['<div contenteditable><x-host id="host"></x-host></div>', true, 'a host inside an editor'],
    ['<div role="searchbox"><x-host id="host"></x-host></div>', true, 'a host inside a search box'],
    ['<div><x-host id="host"></x-host></div>', false, 'a host in prose'],
  ])('looks through a shadow root to its host: %s skipped is %s (%s)', (html, expected) => {
    const { doc } = probeIn(html.replace('id="host"', 'id="probe"'));
    const host = doc.getElementById('probe');
    if (!host) throw new Error('no host');
    const inner = doc.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(createSkipCheck()(inner)).toBe(expected);
  });

  it('remembers its answer for the rest of the pass, and a new check reads the page again', () => {
    const { probe } = probeIn('<p id="probe">Almaty</p>');
    const check = createSkipCheck();
    expect(check(probe)).toBe(false);
    probe.setAttribute('contenteditable', 'true');
    expect(check(probe)).toBe(false);
    expect(createSkipCheck()(probe)).toBe(true);
  });

  it('skips nothing for no element', () => {
    expect(createSkipCheck()(null)).toBe(false);
  });
});
