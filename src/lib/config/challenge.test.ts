import { describe, expect, it } from 'vitest';
import { bearerChallengeParams } from './challenge';

describe('the WWW-Authenticate challenge (RFC 9110 §11.6.1, RFC 9728 §5.1)', () => {
	it('reads resource_metadata from a Bearer challenge among others, quoted or not', () => {
		expect(
			bearerChallengeParams(
				'Basic realm="mail", charset="UTF-8", Bearer realm="jmap", resource_metadata="https://r.example/.well-known/oauth-protected-resource"'
			)
		).toEqual({ realm: 'jmap', resource_metadata: 'https://r.example/.well-known/oauth-protected-resource' });
		expect(bearerChallengeParams('Bearer resource_metadata=https://r.example/m, error="invalid_token"')).toEqual({
			resource_metadata: 'https://r.example/m',
			error: 'invalid_token'
		});
		expect(bearerChallengeParams('bearer realm="a \\"quoted\\" one, with a comma"')).toEqual({
			realm: 'a "quoted" one, with a comma'
		});
	});

	it('finds no Bearer parameters where there is no Bearer challenge', () => {
		expect(bearerChallengeParams(null)).toBeUndefined();
		expect(bearerChallengeParams('Basic realm="mail"')).toBeUndefined();
		expect(bearerChallengeParams('Negotiate abc==, Basic realm="x"')).toBeUndefined();
	});
});
