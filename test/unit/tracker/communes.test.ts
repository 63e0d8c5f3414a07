import {COMMUNES} from '../../../src/generated/communes';
import {
  CommuneIndex,
  communeKey,
  normalizePostal,
} from '../../../src/tracker/communes';

const index = new CommuneIndex(COMMUNES, '38');
const code = (q: {insee?: string; postalCode?: string; name?: string}) => {
  const r = index.resolve(q);
  return r.ok ? r.commune.code : r.reason;
};

describe('communeKey', () => {
  it('ignores case, accents, hyphens, spaces and apostrophes, reads St as Saint', () => {
    expect(communeKey("Saint-Martin-d'Hères")).toBe('saintmartindheres');
    expect(communeKey("ST MARTIN D'HERES")).toBe('saintmartindheres');
    expect(communeKey('St-Martin-d’Hères')).toBe('saintmartindheres');
    expect(communeKey('Ste Agnès')).toBe('sainteagnes');
  });
  it('makes a leading article optional', () => {
    expect(communeKey('Le Pont-de-Claix')).toBe(communeKey('Pont de Claix'));
    expect(communeKey("L'Isle-d'Abeau")).toBe(communeKey('Isle d’Abeau'));
    expect(communeKey('Les Deux Alpes')).toBe('deuxalpes');
    expect(communeKey('La Tronche')).toBe('tronche');
  });
  it('drops a Cedex suffix', () => {
    expect(communeKey('Grenoble Cedex 9')).toBe('grenoble');
  });
  it('keeps "Le" when it is the whole name', () => {
    expect(communeKey('Le')).toBe('le');
  });
});

describe('CommuneIndex.resolve (Isère)', () => {
  it('holds the 512 official communes of Isère', () => {
    expect(index.size).toBe(512);
  });
  it('resolves by code INSEE first', () => {
    expect(code({insee: '38185', name: 'nimporte'})).toBe('38185');
  });
  it('resolves by postal code + name as people type it', () => {
    expect(code({postalCode: '38400', name: "St Martin d'Heres"})).toBe(
      '38421',
    );
    expect(code({postalCode: '38800', name: 'Le Pont de Claix'})).toBe('38317');
    expect(code({postalCode: '38800', name: 'pont-de-claix'})).toBe('38317');
    expect(code({postalCode: '38120', name: 'St-Egrève'})).toBe('38382');
    expect(code({postalCode: '38080', name: 'L’Isle d’Abeau'})).toBe('38193');
    expect(code({postalCode: '38700', name: 'Tronche'})).toBe('38516');
    expect(code({postalCode: '38860', name: 'Deux-Alpes'})).toBe('38253');
    expect(code({postalCode: '38200', name: 'vienne'})).toBe('38544');
  });
  it('falls back to a postal code that names a single commune', () => {
    // Typo in the name, but 38130 is Échirolles only.
    expect(code({postalCode: '38130', name: 'Echirole'})).toBe('38151');
    expect(code({postalCode: '38 000', name: ''})).toBe('38185');
  });
  it('refuses a postal code shared by several communes when the name matches none', () => {
    expect(code({postalCode: '38120', name: 'Saint-Martin'})).toBe('ambiguous');
  });
  it('refuses a name that contradicts a single-commune postal code', () => {
    // 38130 is Échirolles; "Grenoble" is another commune of the département.
    expect(code({postalCode: '38130', name: 'Grenoble'})).toBe('unknown');
  });
  it('says "outside" for a place of another département', () => {
    expect(code({postalCode: '14000', name: 'Caen'})).toBe('outside');
    expect(code({insee: '69382', name: 'Lyon'})).toBe('outside');
  });
  it('without postal code, resolves a name borne by one commune only', () => {
    expect(code({name: 'St Ismier'})).toBe('38397');
    expect(code({name: 'le versoud'})).toBe('38538');
    expect(code({name: 'Atlantis'})).toBe('unknown');
  });
  it('normalises postal codes', () => {
    expect(normalizePostal('38 000')).toBe('38000');
    expect(normalizePostal(1000)).toBe('01000');
    expect(normalizePostal('abc')).toBe('');
  });
});
