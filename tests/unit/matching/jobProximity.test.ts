import { buildJobProximity } from '../../../shared/domain/matching/jobProximity';
import { referenceJobs } from '../../support/referenceJobs';
import { loadRomeCatalog } from '../../../shared/adapters/reference/loadRomeCatalog';

const job = (romeCode: string, label: string, appellationCode: string | null = null) => ({
  appellationCode,
  romeCode,
  label,
});

describe('proximity between jobs (reference data)', () => {
  const truckDriver = job('N4101', 'Conducteur / Conductrice de poids lourd', '13132');

  it('ranks the levels from the same title to nothing related', () => {
    expect(referenceJobs.between(truckDriver, truckDriver).level).toBe('appellation');
    expect(
      referenceJobs.between(truckDriver, job('N4101', 'Chauffeur / Chauffeuse de poids lourd', '11989')).level,
    ).toBe('synonym');
    expect(referenceJobs.between(truckDriver, job('N4101', 'Camionneur / Camionneuse', '11660')).level).toBe('rome');
    expect(referenceJobs.between(truckDriver, job('N4102', 'Chauffeur / Chauffeuse VTC')).level).toBe('domaine');
    expect(referenceJobs.between(truckDriver, job('N1103', 'Préparateur / Préparatrice de commandes')).level).toBe(
      'grandDomaine',
    );
    expect(referenceJobs.between(truckDriver, job('K1302', 'Auxiliaire de vie')).level).toBe('unrelated');
  });

  it('knows the neighbouring trades advisers propose across the ROME letters, with the reason', () => {
    const foodLine = job('H2102', 'Conducteur / Conductrice de ligne de production alimentaire');
    const cook = referenceJobs.between(foodLine, job('G1602', 'Cuisinier / Cuisinière', '13861'));
    expect(cook.level).toBe('neighbour');
    expect(cook.reason).toMatch(/cuisiniers/);
    const officeCleaning = job('K2204', 'Agent / Agente de propreté de locaux');
    expect(referenceJobs.between(officeCleaning, job('G1603', 'Employé / Employée de cantine')).level).toBe(
      'neighbour',
    );
    expect(referenceJobs.between(job('A1203', 'Ouvrier paysagiste'), job('F1704', 'Manoeuvre de chantier')).level).toBe(
      'neighbour',
    );
  });

  it('reads ISCO groups: the same unit group is a neighbour, the same minor group a family', () => {
    // G1501 (hotel room staff) and K2204 (cleaning of premises) are both ISCO 9112.
    expect(referenceJobs.romeLevel('G1501', 'K2204').level).toBe('neighbour');
    // I1310 (industrial mechanics, 7233) and I1604 (car mechanics, 7231): group 723.
    expect(referenceJobs.romeLevel('I1310', 'I1604').level).toBe('family');
  });

  it('keeps near-misses that only share words or a letter far down', () => {
    // Security agent against cleaning agent: the same letter K, nothing closer.
    expect(referenceJobs.romeLevel('K2503', 'K2204').level).toBe('grandDomaine');
  });

  it('is symmetric, and a pair is related exactly when each code is in the other’s related list', () => {
    const codes = [...loadRomeCatalog().romes.keys()];
    for (const a of codes) {
      const related = new Set(referenceJobs.relatedRomeCodes(a));
      expect(related.has(a)).toBe(true);
      for (const b of codes) {
        const level = referenceJobs.romeLevel(a, b).level;
        if (level !== referenceJobs.romeLevel(b, a).level) throw new Error(`${a}/${b} not symmetric`);
        if (related.has(b) !== (level !== 'unrelated')) throw new Error(`${a}/${b}: related list disagrees`);
      }
    }
  });

  it('lets the advisers’ table take precedence and say why', () => {
    const jobs = buildJobProximity(
      [
        { code: 'A1203', iscoCode: '6113' },
        { code: 'F1704', iscoCode: '9312' },
        { code: 'N4101', iscoCode: '8332' },
      ],
      [{ romeA: 'F1704', romeB: 'A1203', reason: 'ouvriers de chantier vers les espaces verts' }],
    );
    expect(jobs.romeLevel('A1203', 'F1704')).toEqual({
      level: 'neighbour',
      reason: 'ouvriers de chantier vers les espaces verts',
    });
    expect(jobs.relatedRomeCodes('A1203')).toEqual(['A1203', 'F1704']);
    expect(jobs.romeLevel('A1203', 'N4101').level).toBe('unrelated');
  });
});
