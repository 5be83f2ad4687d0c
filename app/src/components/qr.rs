//! `<QrCode/>`: a QR code drawn as SVG in the app, so a two-factor secret is never
//! sent to anyone else to be turned into a picture.

use leptos::prelude::*;
use qrcodegen::{QrCode as Code, QrCodeEcc};

/// Modules of quiet zone the standard asks for around the code.
const BORDER: i32 = 4;

/// The SVG path that draws every dark module of `text`'s QR code, and the code's
/// width in modules with its quiet zone; `None` if the text is too long for a QR
/// code.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    let code = Code::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::with_capacity((size * size * 4) as usize);
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + BORDER, y + BORDER));
            }
        }
    }
    Some((path, size + 2 * BORDER))
}

/// The QR code of `text`, black on white whatever the theme, left to right in
/// every language; `label` names it for screen readers.
#[component]
pub fn QrCode(text: String, label: Signal<String>) -> impl IntoView {
    qr_path(&text).map(|(path, width)| {
        view! {
            <svg class="qr-code" viewBox=format!("0 0 {width} {width}") role="img" aria-label=move || label.get()
                dir="ltr" shape-rendering="crispEdges" data-testid="totp-qr">
                <rect width=width height=width fill="#ffffff" />
                <path d=path fill="#000000" />
            </svg>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_authenticator_address_fits_in_a_qr_code_with_its_quiet_zone() {
        let uri = "otpauth://totp/PeriLink:midwife%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=PeriLink";
        let (path, width) = qr_path(uri).unwrap();
        assert!(path.starts_with('M'));
        // Version 1 is 21 modules; with four each side the picture is wider.
        assert!(width >= 21 + 8);
    }

    #[test]
    fn text_too_long_for_any_qr_code_is_refused() {
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }
}
