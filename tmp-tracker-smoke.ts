import {Workspace} from './emulator';
const ws = new Workspace({now: new Date('2026-09-01T08:00:00+02:00'), locale: 'fr', user: 'coordination@territoire-de-sciences.fr'});
const ss = ws.createSpreadsheet('Suivi FDS 2026');
const form = {name: 'Fête de la science 2026', kind: 'fds', edition: '2026', startDate: '2026-10-02', endDate: '2026-10-12', departement: '38', teamEmails: 'a@tds.fr, b@tds.fr'};
for (let i = 0; i < 2; i++) {
const r = ws.callServer(ss, 'createOrUpdateTracker', [form]);
const {byMethod, ...rest} = r.counts as any;
console.log(r.error, rest, r.predictedSeconds); if (i===0) console.log(Object.entries(byMethod).sort((a:any,b:any)=>b[1]-a[1]).map(([k,v])=>k+":"+v).join(" "));
}
