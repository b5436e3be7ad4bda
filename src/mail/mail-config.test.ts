import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors.js';
import { describeMailConfig, readMailConfig } from './mail-config.js';

const FROM = 'Văn phòng UBND tỉnh <vpubnd@dongthap.gov.vn>';

describe('readMailConfig', () => {
  it('disables mail when DIEMCAU_SMTP_URL is not set', () => {
    expect(readMailConfig({})).toEqual({ enabled: false, publicUrl: null, reason: 'not_configured' });
    expect(readMailConfig({ DIEMCAU_SMTP_URL: '  ', DIEMCAU_PUBLIC_URL: 'https://hoinghi.example.vn/' })).toEqual({
      enabled: false,
      publicUrl: 'https://hoinghi.example.vn',
      reason: 'not_configured',
    });
  });

  it('reads smtp:// with percent-encoded credentials and the defaults', () => {
    const config = readMailConfig({ DIEMCAU_SMTP_URL: 'smtp://vp%40dongthap:p%C3%A1ss%3Aw@mail.dongthap.gov.vn', DIEMCAU_MAIL_FROM: FROM });
    expect(config).toEqual({
      enabled: true,
      publicUrl: null,
      from: FROM,
      attachPdf: 'auto',
      smtp: {
        host: 'mail.dongthap.gov.vn',
        port: 587,
        secure: false,
        auth: { user: 'vp@dongthap', pass: 'páss:w' },
        tls: 'auto',
        rejectUnauthorized: true,
        timeoutMs: 30_000,
        poolSize: 3,
        ratePerSecond: null,
      },
    });
  });

  it('reads smtps:// (port 465, TLS from the start) and every option', () => {
    const config = readMailConfig({
      DIEMCAU_SMTP_URL: 'smtps://127.0.0.1',
      DIEMCAU_MAIL_FROM: 'noreply@example.vn',
      DIEMCAU_SMTP_TLS: 'Required',
      DIEMCAU_SMTP_TLS_REJECT_UNAUTHORIZED: 'false',
      DIEMCAU_SMTP_TIMEOUT_MS: '5000',
      DIEMCAU_SMTP_POOL_SIZE: '5',
      DIEMCAU_SMTP_RATE_PER_SECOND: '10',
      DIEMCAU_MAIL_PDF: 'never',
    });
    if (!config.enabled) throw new Error('expected enabled');
    expect(config.smtp).toMatchObject({
      host: '127.0.0.1',
      port: 465,
      secure: true,
      auth: null,
      tls: 'required',
      rejectUnauthorized: false,
      timeoutMs: 5000,
      poolSize: 5,
      ratePerSecond: 10,
    });
    expect(config.attachPdf).toBe('never');
    expect(describeMailConfig(config)).toEqual({ enabled: true, from: 'noreply@example.vn', server: 'smtps://127.0.0.1:465' });
  });

  it('never shows the password', () => {
    const config = readMailConfig({ DIEMCAU_SMTP_URL: 'smtp://u:secret@h.example:25', DIEMCAU_MAIL_FROM: 'a@b.vn' });
    expect(JSON.stringify(describeMailConfig(config))).not.toContain('secret');
    expect(describeMailConfig(readMailConfig({}))).toEqual({ enabled: false, from: null, server: null });
  });

  it('lists every bad variable at once, in both languages', () => {
    let error: unknown;
    try {
      readMailConfig({
        DIEMCAU_SMTP_URL: 'http://mail.example.vn',
        DIEMCAU_SMTP_TLS: 'maybe',
        DIEMCAU_SMTP_TIMEOUT_MS: '-1',
        DIEMCAU_SMTP_POOL_SIZE: '0',
        DIEMCAU_SMTP_TLS_REJECT_UNAUTHORIZED: 'no',
        DIEMCAU_PUBLIC_URL: 'ftp://x',
        DIEMCAU_MAIL_PDF: 'always',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    const domain = error as DomainError;
    expect(domain.code).toBe('config.invalid');
    expect(domain.fields.map((f) => f.path).sort()).toEqual(
      [
        '/DIEMCAU_MAIL_FROM',
        '/DIEMCAU_MAIL_PDF',
        '/DIEMCAU_PUBLIC_URL',
        '/DIEMCAU_SMTP_POOL_SIZE',
        '/DIEMCAU_SMTP_TIMEOUT_MS',
        '/DIEMCAU_SMTP_TLS',
        '/DIEMCAU_SMTP_TLS_REJECT_UNAUTHORIZED',
        '/DIEMCAU_SMTP_URL',
      ].sort(),
    );
    expect(domain.localized.vi).toContain('DIEMCAU_SMTP_URL');
  });

  it('refuses a sender that is not an address', () => {
    expect(() => readMailConfig({ DIEMCAU_SMTP_URL: 'smtp://h.example', DIEMCAU_MAIL_FROM: 'Văn phòng' })).toThrow(DomainError);
  });
});
