//! Which addresses a feed may be read from. A coordinator types a feed's address,
//! so without a check she could make the server ask something on its own network
//! (a database's web port, a router, the cloud's metadata service at
//! 169.254.169.254) and show her the answer. Only public addresses are read: every
//! address a host name resolves to is checked, when the feed is added and again
//! at each reading, and the connection is made only to addresses checked for it
//! ([`CheckedResolver`]), so a name that resolves elsewhere a moment later (DNS
//! rebinding) is not followed. `PERILINK_FEEDS_ALLOW_PRIVATE=1` lifts the check,
//! for tests and local development whose feeds are on 127.0.0.1.

use hyper_util::client::legacy::connect::dns::Name;
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::pin::Pin;
use std::task::{Context, Poll};

/// Whether an address is on the public internet, as far as a feed may be: not
/// loopback, private, link-local, shared (carrier NAT), multicast, reserved or
/// unspecified, nor an IPv6 address that stands for one of those.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        // 100.64.0.0/10: shared address space behind carrier NAT.
        || (a == 100 && (64..128).contains(&b))
        // 192.0.0.0/24: protocol assignments.
        || (a == 192 && b == 0 && c == 0)
        // 198.18.0.0/15: benchmarking.
        || (a == 198 && (b == 18 || b == 19))
        // 240.0.0.0/4: reserved.
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let s = ip.segments();
    let embedded = |hi: u16, lo: u16| Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
    // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) reach the IPv4 address inside.
    if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
        return is_public_v4(embedded(s[6], s[7]));
    }
    if s[0] == 0x2002 {
        return is_public_v4(embedded(s[1], s[2]));
    }
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        // ::/96, IPv4-compatible (deprecated).
        || s[..6] == [0, 0, 0, 0, 0, 0]
        // fc00::/7: unique local.
        || (s[0] & 0xfe00) == 0xfc00
        // fe80::/10: link-local; fec0::/10: site-local (deprecated).
        || (s[0] & 0xffc0) == 0xfe80
        || (s[0] & 0xffc0) == 0xfec0
        // 2001:db8::/32: documentation.
        || (s[0] == 0x2001 && s[1] == 0x0db8))
}

/// Why a feed's address is not read, in words for the coordinator.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

fn refused(host: &str, ip: IpAddr) -> Refused {
    if host.trim_matches(['[', ']']) == ip.to_string() {
        Refused(format!(
            "{host} is a private or local network address; PeriLink reads only feeds on the public internet"
        ))
    } else {
        Refused(format!(
            "{host} leads to {ip}, a private or local network address; PeriLink reads only feeds on the public internet"
        ))
    }
}

/// Which addresses feeds may be read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// `PERILINK_FEEDS_ALLOW_PRIVATE`: any address, for tests and development.
    pub allow_private: bool,
}

impl Policy {
    /// Checks every address `host` stands for.
    pub fn check(&self, host: &str, addrs: &[SocketAddr]) -> Result<(), Refused> {
        if self.allow_private {
            return Ok(());
        }
        match addrs.iter().find(|a| !is_public(a.ip())) {
            Some(bad) => Err(refused(host, bad.ip())),
            None => Ok(()),
        }
    }

    /// Checks a feed's address: an address written as a number at once, a name
    /// by every address it resolves to now. A name that does not resolve now is
    /// let by: each reading checks again, and connects only to checked addresses.
    pub async fn check_url(&self, url: &url::Url) -> Result<(), Refused> {
        if self.allow_private {
            return Ok(());
        }
        let port = url.port_or_known_default().unwrap_or(80);
        match url.host() {
            None => Err(Refused("the address has no host".into())),
            Some(url::Host::Ipv4(ip)) => self.check(&ip.to_string(), &[SocketAddr::new(ip.into(), port)]),
            Some(url::Host::Ipv6(ip)) => self.check(&ip.to_string(), &[SocketAddr::new(ip.into(), port)]),
            Some(url::Host::Domain(name)) => match tokio::net::lookup_host((name, port)).await {
                Ok(addrs) => self.check(name, &addrs.collect::<Vec<_>>()),
                Err(_) => Ok(()),
            },
        }
    }
}

/// Resolves a feed's host name and hands the connector only addresses that pass
/// the [`Policy`]: if any address the name resolves to is refused, none is used.
#[derive(Clone, Copy, Debug)]
pub struct CheckedResolver {
    pub policy: Policy,
}

type Resolving = Pin<Box<dyn Future<Output = Result<std::vec::IntoIter<SocketAddr>, std::io::Error>> + Send>>;

impl tower::Service<Name> for CheckedResolver {
    type Response = std::vec::IntoIter<SocketAddr>;
    type Error = std::io::Error;
    type Future = Resolving;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, name: Name) -> Self::Future {
        let policy = self.policy;
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            policy.check(&host, &addrs).map_err(std::io::Error::other)?;
            Ok(addrs.into_iter())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_private_and_metadata_addresses_are_not_public() {
        for ip in [
            "127.0.0.1",
            "127.8.9.10",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.254",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "255.255.255.255",
            "224.0.0.1",
            "::1",
            "::",
            "fd00::1",
            "fc12:3456::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "64:ff9b::a00:1",
            "2002:a00:1::1",
        ] {
            assert!(!is_public(ip.parse().unwrap()), "{ip}");
        }
        for ip in [
            "8.8.8.8",
            "172.32.0.1",
            "81.2.69.160",
            "2a00:1450:4009:81f::200e",
            "::ffff:8.8.8.8",
        ] {
            assert!(is_public(ip.parse().unwrap()), "{ip}");
        }
    }

    #[tokio::test]
    async fn a_feed_on_a_private_address_is_refused_unless_allowed() {
        let strict = Policy { allow_private: false };
        for bad in [
            "http://127.0.0.1:8080/openreferral",
            "http://localhost/openreferral",
            "http://[::1]/openreferral",
            "http://169.254.169.254/latest",
            "https://10.0.0.5/feed",
        ] {
            let url = url::Url::parse(bad).unwrap();
            let why = strict.check_url(&url).await.unwrap_err();
            assert!(why.0.contains("private or local network address"), "{bad}: {why}");
        }
        let open = Policy { allow_private: true };
        let url = url::Url::parse("http://127.0.0.1:8080/openreferral").unwrap();
        assert!(open.check_url(&url).await.is_ok());
    }
}
