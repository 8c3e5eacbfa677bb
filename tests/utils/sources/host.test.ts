import { describe, expect, it } from 'vitest';
import { normaliseHost, parentHost, registrableDomain, splitUrl } from '../../../utils/sources/host';

describe('normaliseHost', () => {
  it.each([
    ['WWW.Example.COM', 'example.com'],
    ['www1.example.com', 'example.com'],
    ['m.www.example.com', 'example.com'],
    ['amp.example.co.uk', 'example.co.uk'],
    ['user:pw@example.com:8080', 'example.com'],
    ['example.com.', 'example.com'],
    ['www.com', 'www.com'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['localhost', null],
    ['[::1]', null],
    ['exa mple.com', null],
    ['a..b.com', null],
    ['', null],
  ])('%j → %j', (input, host) => expect(normaliseHost(input)).toBe(host));
});

describe('splitUrl', () => {
  it('splits scheme-less and http(s) URLs, lowercasing the path and dropping query and fragment', () => {
    expect(splitUrl('HTTPS://Www.CNN.com/Politics/X?utm=1#top')).toEqual({
      host: 'cnn.com',
      path: '/politics/x',
    });
    expect(splitUrl('cnn.com')).toEqual({ host: 'cnn.com', path: '/' });
    expect(splitUrl('file:///etc/passwd')).toBeNull();
  });
});

describe('parentHost', () => {
  it('walks up to the registrable domain and never to a public suffix', () => {
    const walk = (host: string) => {
      const hosts = [host];
      for (
        let next = parentHost(host, registrableDomain(host));
        next;
        next = parentHost(next, registrableDomain(host))
      ) {
        hosts.push(next);
      }
      return hosts;
    };
    expect(walk('a.b.news.bbc.co.uk')).toEqual([
      'a.b.news.bbc.co.uk',
      'b.news.bbc.co.uk',
      'news.bbc.co.uk',
      'bbc.co.uk',
    ]);
    expect(walk('abc.net.au')).toEqual(['abc.net.au']);
    expect(walk('co.uk')).toEqual(['co.uk']);
  });
});
