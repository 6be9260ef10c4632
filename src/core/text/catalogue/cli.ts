import type { Catalogue } from './types';

export const cliMessages: Catalogue = {};
