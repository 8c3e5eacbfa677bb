import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../utils/feeds/canonical-url';

describe('canonicalUrl', () => {
  it('removes tracking parameters, the fragment, default ports and host case', () => {
    expect(
      canonicalUrl(
        'HTTPS://WWW.Example.COM:443/News/Story.html?id=7&utm_source=rss&utm_medium=feed&fbclid=x#top',
      ),
    ).toBe('https://www.example.com/News/Story.html?id=7');
    expect(canonicalUrl('http://example.com:80/a?gclid=1&mc_cid=2&ocid=3&cmpid=4&smid=5')).toBe(
      'http://example.com/a',
    );
  });

  it('maps two tracking variants of one article to one key', () => {
    const a = canonicalUrl('https://news.example/a?utm_campaign=one');
    const b = canonicalUrl('https://news.example/a?ns_mchannel=rss&ITO=1490#comments');
    expect(a).toBe('https://news.example/a');
    expect(b).toBe(a);
  });

  it('keeps the parameters that identify the article, with their escaping', () => {
    expect(canonicalUrl('https://example.com/article.php?id=12&page=2')).toBe(
      'https://example.com/article.php?id=12&page=2',
    );
    expect(canonicalUrl('https://example.com/s?q=a%20b&utm_source=x')).toBe('https://example.com/s?q=a+b');
  });

  it('resolves relative links against a base', () => {
    expect(canonicalUrl('../world/story', 'https://example.com/feeds/rss.xml')).toBe(
      'https://example.com/world/story',
    );
  });

  it('refuses anything but http(s), and drops credentials', () => {
    for (const link of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'ftp://example.com/',
      'not a url',
      '',
    ]) {
      expect(canonicalUrl(link)).toBeUndefined();
    }
    expect(canonicalUrl('https://user:pass@example.com/a')).toBe('https://example.com/a');
  });
});
