/**
 * The known-device cookie, `diemcau_device` (services/accounts/known-devices.ts): set at each
 * successful sign-in, valid 90 days from it, httpOnly, SameSite=Strict, Secure over HTTPS,
 * and sent only to the sign-in routes (Path=/api/v1/auth). Sign-out keeps it: it is what lets
 * the owner back in while someone else is guessing at the account.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const DEVICE_COOKIE = 'diemcau_device';
const DEVICE_COOKIE_PATH = '/api/v1/auth';

export const readDeviceCookie = (request: FastifyRequest): string | null => request.cookies?.[DEVICE_COOKIE] || null;

export const setDeviceCookie = (request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string): void => {
  reply.setCookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: DEVICE_COOKIE_PATH,
    secure: request.protocol === 'https',
    expires: new Date(expiresAt),
  });
};
