import ipaddr from 'ipaddr.js';

/**
 * SSRF guard: in production a webhook reaches only public unicast addresses, never loopback,
 * private, link-local, unique-local, carrier-grade NAT, multicast or reserved ones (IPv4-mapped
 * IPv6 addresses are judged as the IPv4 they carry). Tests and local runs allow loopback explicitly.
 */
export function isAllowedAddress(address: string, allowPrivate: boolean): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  if (range === 'unicast') return true;
  return allowPrivate && (range === 'loopback' || range === 'private' || range === 'uniqueLocal');
}
