import { statedPurpose } from '../shared/audit/stated-purpose';
import { auditTargets, valueAt } from './audit-targets';

const [c1, c2, c3] = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
];
const [v1, v2] = ['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'];

describe('audit targets', () => {
  it('reads nested paths', () => {
    expect(valueAt({ proefplaatsing: { candidateId: c1 } }, 'proefplaatsing.candidateId')).toBe(c1);
    expect(valueAt({ a: null }, 'a.b')).toBeUndefined();
    expect(valueAt('text', 'length')).toBeUndefined();
  });

  it('takes the candidate from the route for a single record', () => {
    expect(
      auditTargets(
        { resource: 'candidate-profile', action: 'read', candidateId: 'param:id', reason: 'x' },
        { id: c1 },
        { name: 'Ans' },
      ),
    ).toEqual({
      targets: [{ candidateIds: [c1], vacancyId: null, proposalId: null }],
      proposals: [],
      conversations: [],
    });
  });

  it('groups the candidates of a list by the vacancy they were shown for, each once', () => {
    const body = { entries: [{ candidateId: c1 }, { candidateId: c2 }, { candidateId: c1 }] };
    const { targets } = auditTargets(
      {
        resource: 'shortlist',
        action: 'read',
        list: 'entries',
        candidateId: 'candidateId',
        vacancyId: 'param:vacancyId',
      },
      { vacancyId: v1 },
      body,
    );
    expect(targets).toEqual([{ candidateIds: [c1, c2], vacancyId: v1, proposalId: null }]);

    const placements = [
      { candidateId: c1, vacancyId: v1 },
      { candidateId: c2, vacancyId: v2 },
      { candidateId: c3, vacancyId: v1 },
    ];
    const byVacancy = auditTargets(
      { resource: 'placement', action: 'read', list: true, candidateId: 'candidateId', vacancyId: 'vacancyId' },
      {},
      placements,
    ).targets;
    expect(byVacancy).toEqual([
      { candidateIds: [c1, c3], vacancyId: v1, proposalId: null },
      { candidateIds: [c2], vacancyId: v2, proposalId: null },
    ]);
  });

  it('leaves proposals to be looked up, since an employer does not see whose they are', () => {
    const result = auditTargets({ resource: 'proposal-profile', action: 'read', list: true, proposalId: 'id' }, {}, [
      { id: v1 },
      { id: v2 },
      { id: v1 },
    ]);
    expect(result).toEqual({ targets: [], proposals: [{ proposalId: v1 }, { proposalId: v2 }], conversations: [] });
  });

  it("leaves speeddate conversations to be looked up, from a list in each record of a list answer (an employer's events)", () => {
    const events = [{ conversations: [{ conversationId: v1 }, { conversationId: v2 }] }, { conversations: [] }, {}];
    const result = auditTargets(
      { resource: 'speeddate', action: 'read', list: 'conversations', conversationId: 'conversationId' },
      { employerId: c1 },
      events,
    );
    expect(result).toEqual({
      targets: [],
      proposals: [],
      conversations: [{ conversationId: v1 }, { conversationId: v2 }],
    });
  });

  it('counts the route candidate as seen even when the list is empty, and nothing for an empty list without one', () => {
    const spec = {
      resource: 'offer',
      action: 'read',
      list: true,
      candidateId: 'param:candidateId',
      vacancyId: 'vacancyId',
      reason: 'x',
    } as const;
    expect(auditTargets(spec, { candidateId: c1 }, []).targets).toEqual([
      { candidateIds: [c1], vacancyId: null, proposalId: null },
    ]);
    expect(
      auditTargets(
        { resource: 'shortlist', action: 'read', list: 'entries', candidateId: 'candidateId' },
        {},
        { status: 'pending' },
      ).targets,
    ).toEqual([]);
  });

  it('counts only records that carry the field named in onlyWith', () => {
    const spec = { resource: 'candidate-identity', action: 'read', proposalId: 'id', onlyWith: 'identity' } as const;
    expect(auditTargets(spec, {}, { id: v1 }).proposals).toEqual([]);
    expect(auditTargets(spec, {}, { id: v1, identity: { name: 'Ans' } }).proposals).toEqual([{ proposalId: v1 }]);
  });

  it('ignores ids that are not uuids', () => {
    expect(
      auditTargets({ resource: 'offer', action: 'read', list: true, candidateId: 'candidateId' }, {}, [
        { candidateId: 'x' },
        { candidateId: 7 },
      ]).targets,
    ).toEqual([]);
  });

  it('takes a stated purpose only as short printable text', () => {
    expect(statedPurpose('  check   of belastbaarheid ')).toBe('check of belastbaarheid');
    expect(statedPurpose('')).toBeNull();
    expect(statedPurpose('x'.repeat(201))).toBeNull();
    expect(statedPurpose('a\u0000b')).toBeNull();
    expect(statedPurpose(['a', 'b'])).toBeNull();
  });
});
