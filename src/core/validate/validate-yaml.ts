/**
 * Validates a parsed YAML file against the schema of its kind and maps every ajv error onto the
 * YAML node it is about: the key of an unknown key (with a did-you-mean), the key of the parent
 * of a missing required key, the value of a bad value. Ranges never run to the end of the file.
 */
import type { ErrorObject } from 'ajv/dist/2020';
import type { FileKind } from '../load/load-workspace';
import type { Diagnostic, Range } from '../model/diagnostic';
import type { ParsedYaml, YamlPath } from '../parse/parse-yaml';
import { rangeOf } from '../parse/parse-yaml';
import { didYouMean } from '../text/did-you-mean';
import { t } from '../text/messages';
import { validatorFor } from './schemas';

/** Schema diagnostics of one parsed file; none when the file has no data (syntax errors). */
export function validateYaml(kind: FileKind, parsed: ParsedYaml): Diagnostic[] {
  if (parsed.value === undefined || parsed.value === null) return [];
  const validate = validatorFor(kind);
  if (validate(parsed.value)) return [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const diagnostic = toDiagnostic(parsed, error);
    if (!diagnostic) continue;
    const key = `${diagnostic.code}|${diagnostic.range.start.line}:${diagnostic.range.start.column}|${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** `/unsur/0/code` → `['unsur', 0, 'code']` (JSON Pointer unescaped; digits become indexes). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function toDiagnostic(parsed: ParsedYaml, error: ErrorObject): Diagnostic | undefined {
  const path = pointerToPath(error.instancePath);
  const where = path.length === 0 ? t('schema.root') : displayPath(path);
  const at = (code: string, range: Range, message: string, data?: Record<string, unknown>): Diagnostic => {
    const diagnostic: Diagnostic = { code, severity: 'error', message, file: parsed.file, range };
    if (data) diagnostic.data = data;
    return diagnostic;
  };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
      // The failing branch (`then`/`else`) reports the detail.
      return undefined;
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const properties = Object.keys((error.parentSchema?.['properties'] as Record<string, unknown> | undefined) ?? {});
      const suggestion = didYouMean(key, properties);
      const hint = suggestion ? t('did-you-mean', { suggestion }) : '';
      const allowed = properties.length > 0 ? t('schema.allowed', { values: properties.join(', ') }) : '';
      return at(
        'schema.unknown-key',
        rangeOf(parsed, [...path, key], 'key'),
        t('schema.unknown-key', { key, hint: hint || allowed }),
        suggestion ? { suggestion } : undefined,
      );
    }
    case 'propertyNames': {
      return undefined;
    }
    case 'required': {
      const key = String(params['missingProperty']);
      return at('schema.required', rangeOf(parsed, path, 'key'), t('schema.required', { key, where }), { key });
    }
    case 'type': {
      const expected = String(params['type']).split(',').map(typeName).join(' / ');
      return at('schema.type', valueRange(parsed, path), t('schema.type', { where, expected, actual: typeName(typeOf(error.data)) }));
    }
    case 'enum': {
      const allowed = ((params['allowedValues'] as unknown[] | undefined) ?? []).map(String);
      const value = String(error.data);
      const suggestion = didYouMean(value, allowed);
      return at(
        'schema.enum',
        valueRange(parsed, path),
        t('schema.enum', { where, value, values: allowed.join(', '), hint: suggestion ? t('did-you-mean', { suggestion }) : '' }),
        suggestion ? { suggestion } : undefined,
      );
    }
    case 'format':
      return at(
        'schema.format',
        valueRange(parsed, path),
        t('schema.format', { where, value: String(error.data), format: String(params['format']) }),
      );
    case 'pattern': {
      const propertyName = error.propertyName;
      return propertyName !== undefined
        ? at('schema.key-pattern', rangeOf(parsed, [...path, propertyName], 'key'), t('schema.key-pattern', { key: propertyName, where }))
        : at('schema.pattern', valueRange(parsed, path), t('schema.pattern', { where, value: String(error.data) }));
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return at(
        'schema.range',
        valueRange(parsed, path),
        t(`schema.${error.keyword}`, { where, value: String(error.data), limit: String(params['limit']) }),
      );
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'uniqueItems':
      return at('schema.size', valueRange(parsed, path), t(`schema.${error.keyword}`, { where, limit: Number(params['limit'] ?? 0) }));
    default:
      return at('schema.invalid', valueRange(parsed, path), t('schema.invalid', { where, detail: error.message ?? error.keyword }));
  }
}

/** `['unsur', 0, 'options']` → `unsur[0].options`, as a person would name it. */
export function displayPath(path: YamlPath): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function valueRange(parsed: ParsedYaml, path: YamlPath): Range {
  return rangeOf(parsed, path, 'value');
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function typeName(type: string): string {
  return t(`schema.type.${type}`);
}
