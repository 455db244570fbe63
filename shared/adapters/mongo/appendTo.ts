/** Adds `value` to the group under `key`, which it creates when missing (what goes to each list). */
export function appendTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}
