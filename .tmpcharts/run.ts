import {renderChart} from './c';
import * as fs from 'node:fs';
fs.writeFileSync('/tmp/bilan/col.png', renderChart({type: 'COLUMN', title: 'Globalement, êtes-vous satisfait(e) de cette animation ?', labels: ['1','2','3','4','5'], values: [100,192,697,2022,1989], series: 'Nombre', width: 600, height: 300, options: {}}));
fs.writeFileSync('/tmp/bilan/bar.png', renderChart({type: 'BAR', title: 'Quelle animation avez-vous suivie ?', labels: ['Conférence : les fossiles du Vercors – 07/10 20:00 – Saint-Martin-d\'Hères','Rencontre avec des chercheurs : le numérique responsable – 02/10 20:00 – Vienne','Atelier','Autres (381)'], values: [65,65,61,4371], series: 'Nombre', width: 600, height: 210, options: {}}));
