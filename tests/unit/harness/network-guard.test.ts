import { describe, expect, it } from 'vitest';
import { isLoopbackHost, leavesMachine } from '../../harness/network-guard';

describe('network guard', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['app.localhost', true],
    ['[::1]', true],
    ['128.0.0.1', false],
    ['10.0.0.1', false],
    ['192.168.1.1', false],
    ['127.0.0.1.evil.example', false],
    ['localhost.example.com', false],
  ])('treats host %s as loopback: %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });

  it.each([
    ['http://127.0.0.1:8080/page.html', false],
    ['http://localhost/x', false],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', false],
    ['data:text/plain,hi', false],
    ['blob:http://127.0.0.1/1234', false],
    ['about:blank', false],
    ['https://example.com/', true],
    ['http://192.0.2.1/probe', true],
    ['wss://example.com/socket', true],
    ['not a url', true],
  ])('says whether %s leaves the machine: %s', (url, expected) => {
    expect(leavesMachine(url)).toBe(expected);
  });
});
