// Parses Stripe's form encoding (bodies and query strings): `a[b]=1` nests, `a[0]=x&a[1]=y` makes
// arrays, as the stripe SDK writes them.

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

export function parseStripeForm(text: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const [name, ...rest] = key.split("[");
    if (!name) continue;
    const segments = [name, ...rest.map((segment) => segment.replace(/\]$/, ""))];
    let node: FormObject = root;
    segments.forEach((segment, index) => {
      const last = index === segments.length - 1;
      const slot = segment === "" ? String(Object.keys(node).length) : segment;
      if (last) {
        node[slot] = value;
        return;
      }
      const next = node[slot];
      node = next !== undefined && typeof next === "object" && !Array.isArray(next) ? next : (node[slot] = {});
    });
  }
  return arraysFromIndexes(root) as FormObject;
}

/** Objects whose keys are 0..n-1 become arrays. */
function arraysFromIndexes(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const entries = Object.entries(value).map(([key, inner]) => [key, arraysFromIndexes(inner)] as const);
  const indexed = entries.length > 0 && entries.every(([key], index) => key === String(index));
  return indexed ? entries.map(([, inner]) => inner) : Object.fromEntries(entries);
}
