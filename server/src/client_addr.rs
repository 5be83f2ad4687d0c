//! Who is calling, by network address, for the limits on sign-in, sign-up, codes
//! and reset links.
//!
//! The socket's peer is the client, unless the peer is one of the reverse proxies
//! named in `PERILINK_TRUSTED_PROXIES`. Only then is the forwarding header
//! (`X-Forwarded-For`, or `Forwarded` if `PERILINK_FORWARDED_HEADER=forwarded`)
//! believed, and only as far as it was written by trusted proxies: reading its hops
//! from the right (the nearest proxy's entry is last), the client is the first hop
//! that is not itself a trusted proxy. Anything left of that hop was written by the
//! client and could say anything. A hop that is not an address (`unknown`, an
//! obfuscated name) stops the walk at the last address a trusted proxy vouched for.

use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// A block of addresses: an address and how many leading bits must match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl Cidr {
    /// Parses `10.0.0.0/8`, `2001:db8::/32`, or a bare address (one host).
    pub fn parse(text: &str) -> Result<Cidr, String> {
        let text = text.trim();
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let network: IpAddr = address
            .parse()
            .map_err(|_| format!("`{text}` is not an IP address or CIDR block"))?;
        let network = network.to_canonical();
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(p) => p
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= max)
                .ok_or_else(|| format!("`{text}` has a prefix length that is not 0 to {max}"))?,
        };
        if masked(network, prefix) != network {
            return Err(format!(
                "`{text}` has bits set past its prefix length; did you mean `{}/{prefix}`?",
                masked(network, prefix)
            ));
        }
        Ok(Cidr { network, prefix })
    }

    /// How many leading bits must match: 0 is every address.
    pub fn prefix(&self) -> u8 {
        self.prefix
    }

    /// Whether `address` is in this block (an IPv4 address written as IPv6,
    /// `::ffff:a.b.c.d`, counts as the IPv4 address).
    pub fn contains(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        address.is_ipv4() == self.network.is_ipv4() && masked(address, self.prefix) == self.network
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

fn masked(address: IpAddr, prefix: u8) -> IpAddr {
    match address {
        IpAddr::V4(v4) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
            IpAddr::V4((u32::from(v4) & mask).into())
        }
        IpAddr::V6(v6) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
            IpAddr::V6((u128::from(v6) & mask).into())
        }
    }
}

/// Which header the trusted proxies write the client's address in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For: client, proxy1, proxy2` (nginx, Caddy, HAProxy, most
    /// load balancers).
    #[default]
    XForwardedFor,
    /// `Forwarded: for=client, for=proxy1` (RFC 7239).
    Forwarded,
}

impl ForwardedHeader {
    /// Parses `x-forwarded-for` or `forwarded`.
    pub fn parse(text: &str) -> Result<ForwardedHeader, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "" | "x-forwarded-for" => Ok(ForwardedHeader::XForwardedFor),
            "forwarded" => Ok(ForwardedHeader::Forwarded),
            other => Err(format!("expected x-forwarded-for or forwarded, got `{other}`")),
        }
    }
}

/// The reverse proxies whose forwarding header is believed, and which header.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies {
    pub blocks: Vec<Cidr>,
    pub header: ForwardedHeader,
}

impl TrustedProxies {
    /// Parses a comma-separated list of CIDR blocks; empty trusts nobody.
    pub fn parse(list: &str, header: ForwardedHeader) -> Result<TrustedProxies, String> {
        let blocks = list
            .split(',')
            .filter(|part| !part.trim().is_empty())
            .map(Cidr::parse)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(TrustedProxies { blocks, header })
    }

    /// Whether `address` is a trusted proxy.
    pub fn trusts(&self, address: IpAddr) -> bool {
        self.blocks.iter().any(|block| block.contains(address))
    }

    /// The client's address for a request that came from `peer` with `headers`.
    pub fn client_address(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.trusts(peer) {
            return peer;
        }
        let hops = match self.header {
            ForwardedHeader::XForwardedFor => header_values(headers, "x-forwarded-for")
                .flat_map(|v| v.split(',').map(str::to_owned).collect::<Vec<_>>())
                .collect::<Vec<_>>(),
            ForwardedHeader::Forwarded => header_values(headers, "forwarded")
                .flat_map(|v| forwarded_for(&v))
                .collect::<Vec<_>>(),
        };
        let mut client = peer;
        for hop in hops.iter().rev() {
            let Some(address) = hop_address(hop) else {
                return client;
            };
            client = address;
            if !self.trusts(address) {
                return address;
            }
        }
        client
    }
}

fn header_values<'a>(headers: &'a HeaderMap, name: &'static str) -> impl Iterator<Item = String> + 'a {
    headers
        .get_all(name)
        .iter()
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

/// The `for=` value of each element of a `Forwarded` header, in order; an element
/// without one is a hop with no address.
fn forwarded_for(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(|element| {
            element
                .split(';')
                .filter_map(|pair| pair.split_once('='))
                .find(|(name, _)| name.trim().eq_ignore_ascii_case("for"))
                .map(|(_, value)| value.trim().trim_matches('"').to_owned())
                .unwrap_or_default()
        })
        .collect()
}

/// The address in one hop: `192.0.2.1`, `192.0.2.1:4711`, `2001:db8::1`, or
/// `[2001:db8::1]:4711`; `None` for anything else.
fn hop_address(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim().trim_matches('"');
    if let Ok(address) = hop.parse::<IpAddr>() {
        return Some(address.to_canonical());
    }
    if let Ok(socket) = hop.parse::<SocketAddr>() {
        return Some(socket.ip().to_canonical());
    }
    let bracketed = hop.strip_prefix('[')?.split(']').next()?;
    bracketed.parse::<IpAddr>().ok().map(|a| a.to_canonical())
}

/// The calling client's address, as the limits count it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        // Served without connection info (a test calling the router directly),
        // every caller counts as one.
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip())
            .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        Ok(ClientAddr(
            state.config.trusted_proxies.client_address(peer, &parts.headers),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn headers(name: &'static str, values: &[&'static str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(name, HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn cidr_blocks_and_bare_addresses_parse_and_match() {
        let block = Cidr::parse(" 10.0.0.0/8 ").unwrap();
        assert!(block.contains(ip("10.200.1.2")));
        assert!(!block.contains(ip("11.0.0.1")));
        assert!(block.contains(ip("::ffff:10.1.2.3")), "IPv4 written as IPv6");
        let host = Cidr::parse("192.0.2.7").unwrap();
        assert_eq!(host.to_string(), "192.0.2.7/32");
        assert!(host.contains(ip("192.0.2.7")) && !host.contains(ip("192.0.2.8")));
        let v6 = Cidr::parse("2001:db8::/32").unwrap();
        assert!(v6.contains(ip("2001:db8:1::5")) && !v6.contains(ip("2001:db9::5")));
        assert!(!v6.contains(ip("10.0.0.1")));
        assert!(Cidr::parse("0.0.0.0/0").unwrap().contains(ip("203.0.113.9")));
    }

    #[test]
    fn bad_blocks_are_refused_with_the_reason() {
        for bad in [
            "10.0.0.0/33",
            "10.0.0/8",
            "proxy.local",
            "10.0.0.0/x",
            "::/129",
            "",
        ] {
            assert!(Cidr::parse(bad).is_err(), "{bad}");
        }
        let err = Cidr::parse("10.1.2.3/8").unwrap_err();
        assert!(err.contains("10.0.0.0/8"), "{err}");
        assert_eq!(
            TrustedProxies::parse("10.0.0.0/8, ,127.0.0.1", ForwardedHeader::default())
                .unwrap()
                .blocks
                .len(),
            2
        );
        assert!(TrustedProxies::parse("10.0.0.0/8,nonsense", ForwardedHeader::default()).is_err());
        assert_eq!(
            ForwardedHeader::parse("Forwarded"),
            Ok(ForwardedHeader::Forwarded)
        );
        assert!(ForwardedHeader::parse("x-real-ip").is_err());
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_its_headers_say() {
        let proxies = TrustedProxies::parse("10.0.0.0/8", ForwardedHeader::XForwardedFor).unwrap();
        let spoof = headers("x-forwarded-for", &["198.51.100.1"]);
        assert_eq!(
            proxies.client_address(ip("203.0.113.5"), &spoof),
            ip("203.0.113.5")
        );
        let nobody = TrustedProxies::default();
        assert_eq!(nobody.client_address(ip("10.0.0.1"), &spoof), ip("10.0.0.1"));
    }

    #[test]
    fn the_client_is_the_right_most_hop_that_is_not_a_trusted_proxy() {
        let proxies = TrustedProxies::parse("10.0.0.0/8", ForwardedHeader::XForwardedFor).unwrap();
        // The client wrote the first entry itself; the proxy appended the real one.
        let spoofed = headers("x-forwarded-for", &["1.2.3.4, 203.0.113.5"]);
        assert_eq!(
            proxies.client_address(ip("10.0.0.2"), &spoofed),
            ip("203.0.113.5")
        );
        // Two proxies, across two header lines.
        let chained = headers("x-forwarded-for", &["1.2.3.4, 203.0.113.5", "10.0.0.9"]);
        assert_eq!(
            proxies.client_address(ip("10.0.0.2"), &chained),
            ip("203.0.113.5")
        );
        // Every hop a proxy: the left-most is the best there is.
        let inside = headers("x-forwarded-for", &["10.0.0.7, 10.0.0.9"]);
        assert_eq!(proxies.client_address(ip("10.0.0.2"), &inside), ip("10.0.0.7"));
        // No header: the proxy itself.
        assert_eq!(
            proxies.client_address(ip("10.0.0.2"), &HeaderMap::new()),
            ip("10.0.0.2")
        );
        // Garbage stops the walk at the last address a proxy vouched for.
        let garbage = headers("x-forwarded-for", &["203.0.113.5, unknown, 10.0.0.9"]);
        assert_eq!(proxies.client_address(ip("10.0.0.2"), &garbage), ip("10.0.0.9"));
        // The other header is not read.
        let other = headers("forwarded", &["for=198.51.100.1"]);
        assert_eq!(proxies.client_address(ip("10.0.0.2"), &other), ip("10.0.0.2"));
    }

    #[test]
    fn forwarded_headers_with_ports_quotes_and_ipv6_are_read() {
        let proxies =
            TrustedProxies::parse("10.0.0.0/8,2001:db8:ffff::/48", ForwardedHeader::Forwarded).unwrap();
        let h = headers(
            "forwarded",
            &["for=1.2.3.4;proto=https, for=\"[2001:db8:cafe::17]:4711\";by=10.0.0.1, For=10.0.0.3:80"],
        );
        assert_eq!(
            proxies.client_address(ip("10.0.0.2"), &h),
            ip("2001:db8:cafe::17")
        );
        let no_for = headers("forwarded", &["for=203.0.113.5, proto=https"]);
        assert_eq!(proxies.client_address(ip("10.0.0.2"), &no_for), ip("10.0.0.2"));
        assert_eq!(hop_address(" 192.0.2.1:4711 "), Some(ip("192.0.2.1")));
        assert_eq!(hop_address("_hidden"), None);
    }
}
