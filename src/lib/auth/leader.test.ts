import { describe, expect, it } from 'vitest';
import { electLeader } from './leader';
import { FakeLocks } from './testing/fakes';

const tick = () => new Promise((ok) => setTimeout(ok, 0));

describe('electLeader', () => {
	it('lets exactly one tab lead; when it leaves, the next takes over', async () => {
		const locks = new FakeLocks();
		const log: string[] = [];
		const tab = (name: string) =>
			electLeader(locks, 'leader', () => {
				log.push(`${name} leads`);
				return () => log.push(`${name} stops`);
			});
		const leaveA = tab('A');
		const leaveB = tab('B');
		const leaveC = tab('C');
		await tick();
		expect(log).toEqual(['A leads']);
		leaveA();
		await tick();
		await tick();
		expect(log).toEqual(['A leads', 'A stops', 'B leads']);
		// C leaves while waiting: it never leads.
		leaveC();
		leaveB();
		await tick();
		await tick();
		expect(log).toEqual(['A leads', 'A stops', 'B leads', 'B stops']);
	});
});
