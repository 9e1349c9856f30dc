import { Package } from 'datapackage';
const pkg = await Package.load('http://127.0.0.1:3109/data/datapackage.json');
console.log(pkg.valid, pkg.errors.map(String));
for (const r of pkg.resources) {
  try {
    const rows = await r.read({ keyed: true, relations: true });
    console.log(r.name, rows.length, Object.keys(rows[0] ?? {})[0]);
  } catch (e) {
    console.log(r.name, 'ERR', String(e).slice(0, 200), e.errors?.slice(0, 2).map(String));
  }
}
