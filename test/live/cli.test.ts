import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';

const FIX = join(__dirname, '..', 'fixtures', 'live');

async function zhide(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  const code = await main(args, { stdin: new PassThrough(), stdout, stderr });
  return { code, out, err };
}

const lines = (s: string) =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('zhide live', () => {
  it('prints one line per product with yuan decimal prices', async () => {
    const r = await zhide(['live', join(FIX, 'douyin', 'list-app.json')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const rows = lines(r.out);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      productKey: 'douyin:3436129527946972390',
      productId: '3436129527946972390',
      title: '三色显瘦高腰牛仔裤',
      price: { amount: '59.90', currency: 'CNY' },
      listPrice: { amount: '999.00', currency: 'CNY' },
      inStock: true,
      stock: 320,
      sales: 1532,
      shopId: '3494225',
      explaining: true,
      observedAt: '2024-06-10T06:13:20.000Z',
    });
  });

  it('uses the file time when the payload has no operate time, and --now over both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhide-live-'));
    const f = join(dir, 'p.json');
    writeFileSync(f, JSON.stringify({ data: { promotions: [{ product_id: '1', min_price: 100 }] } }));
    const mtime = new Date('2024-01-02T03:04:05Z');
    utimesSync(f, mtime, mtime);
    const r = await zhide(['live', f]);
    expect(lines(r.out)[0]?.observedAt).toBe('2024-01-02T03:04:05.000Z');
    const n = await zhide(['live', f, '--now', '2025-05-05T00:00:00Z']);
    expect(lines(n.out)[0]?.observedAt).toBe('2025-05-05T00:00:00.000Z');
  });

  it('reads several files, Kuaishou payloads, bridge messages and saved room pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhide-live-'));
    const msg = join(dir, 'msg.json');
    writeFileSync(
      msg,
      JSON.stringify({
        source: 'zhide-live',
        version: 1,
        url: 'https://live.douyin.com/live/promotions/pop/v3/?room_id=1',
        payload: JSON.stringify({ promotions: [{ product_id: '77', min_price: 990, price: 1990 }] }),
      }),
    );
    const r = await zhide([
      'live',
      join(FIX, 'kuaishou', 'shopcart.json'),
      msg,
      join(FIX, 'rooms', 'douyin-room.html'),
    ]);
    expect(r.code).toBe(0);
    const keys = lines(r.out).map((l) => [l.productKey, l.explaining]);
    expect(keys).toEqual([
      ['kuaishou:22334455667', true],
      ['kuaishou:22334455668', false],
      ['kuaishou:22334455669', false],
      ['douyin:77', true],
      ['douyin:3711111111111111121', true],
      ['douyin:3711111111111111112', false],
      ['douyin:3711111111111111199', false],
    ]);
  });

  it('reports missing, binary, malformed and empty files, keeps going, exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhide-live-'));
    const bin = join(dir, 'a.json');
    writeFileSync(bin, Buffer.from([0x7b, 0x00, 0x01, 0x02]));
    const bad = join(dir, 'b.json');
    writeFileSync(bad, '{"data": {"promotions": [');
    const none = join(dir, 'c.json');
    writeFileSync(none, '{"hello": "world"}');
    const r = await zhide(['live', join(dir, 'missing.json'), bin, bad, none, join(FIX, 'douyin', 'current.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing.json: no such file');
    expect(r.err).toContain('a.json: binary file');
    expect(r.err).toMatch(/b\.json: not JSON/);
    expect(r.err).toMatch(/c\.json: no live-room product data/);
    expect(lines(r.out).map((l) => l.productKey)).toEqual(['douyin:3436129527946970001']);
  });

  it('rejects payloads with more than 500 products', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhide-live-'));
    const f = join(dir, 'big.json');
    const promotions = Array.from({ length: 501 }, (_, i) => ({ product_id: String(i + 1), min_price: 100 }));
    writeFileSync(f, JSON.stringify({ data: { promotions } }));
    const r = await zhide(['live', f]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('more than 500 products');
  });

  it('needs at least one file', async () => {
    expect((await zhide(['live'])).code).toBe(2);
  });
});
