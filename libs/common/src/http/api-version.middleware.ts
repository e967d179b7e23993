import type { NextFunction, Request, Response } from 'express';

export const API_VERSION = '1.0.0';
export const API_VERSION_HEADER = 'API-Version';

/** API Design Rules: every response states the full API version. */
export function apiVersionHeader(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader(API_VERSION_HEADER, API_VERSION);
  next();
}
