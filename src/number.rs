//! Numbers as people write and read them ("7,5" or "7.5"), with integer arithmetic only.
//!
//! `core`'s float formatter and parser cost the recipient's download about 5 KB brotli; every
//! number this check shows or reads is an amount of hours, weeks, months or years, so two decimals
//! and fifteen digits are plenty.

/// The number with at most two decimals (rounded half away from zero), no trailing zeros, and
/// `decimal` as the separator: `number::format(7.5, ',')` is "7,5".
pub fn format(n: f64, decimal: char) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "inf" } else { "-inf" }.into();
    }
    let cents = (n.abs() * 100.0).round();
    // From 9e13 on (far beyond any number of hours or months) only the whole part is shown.
    let cents = if cents < 9.0e15 {
        cents as u64
    } else {
        return whole(n);
    };
    let mut text = String::new();
    if n < 0.0 && cents != 0 {
        text.push('-');
    }
    text.push_str(&(cents / 100).to_string());
    let fraction = cents % 100;
    if fraction != 0 {
        text.push(decimal);
        text.push(char::from(b'0' + (fraction / 10) as u8));
        if fraction % 10 != 0 {
            text.push(char::from(b'0' + (fraction % 10) as u8));
        }
    }
    text
}

fn whole(n: f64) -> String {
    debug_assert!(n.abs() >= 1.0, "only large numbers come here");
    // Large numbers: exact digits of the integer part, from the float's own bits (a mantissa
    // times a power of two) doubled in decimal, so no 128-bit formatter is linked.
    let bits = n.abs().trunc().to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let (mut value, doublings) = if exponent < 0 {
        (mantissa >> -exponent, 0)
    } else {
        (mantissa, exponent)
    };
    // Decimal digits, least significant first.
    let mut digits = Vec::new();
    while value > 0 {
        digits.push((value % 10) as u8);
        value /= 10;
    }
    for _ in 0..doublings {
        let mut carry = 0;
        for d in digits.iter_mut() {
            let twice = *d * 2 + carry;
            *d = twice % 10;
            carry = twice / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
    }
    let mut text = String::from(if n < 0.0 { "-" } else { "" });
    text.extend(digits.iter().rev().map(|d| char::from(b'0' + d)));
    text
}

const POWERS_OF_TEN: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// Reads digits with at most one decimal separator ("." or ","), an optional sign, at most fifteen
/// digits. Anything else ("1e3", "7,5,0", "", "12 uur") is `None`.
pub fn parse(raw: &str) -> Option<f64> {
    let text = raw.trim();
    let (negative, text) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut decimals: Option<u32> = None;
    for b in text.bytes() {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if digits > 15 {
                    return None;
                }
                mantissa = mantissa * 10 + u64::from(b - b'0');
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                }
            }
            b'.' | b',' if decimals.is_none() => decimals = Some(0),
            _ => return None,
        }
    }
    if digits == 0 {
        return None;
    }
    // Both operands are exact (below 2^53 and 10^15), so one division rounds correctly.
    let value = mantissa as f64 / POWERS_OF_TEN[decimals.unwrap_or(0) as usize];
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_people_write() {
        for (n, text) in [
            (8.0, "8"),
            (7.5, "7,5"),
            (0.25, "0,25"),
            (2.0 / 3.0, "0,67"),
            (-1.5, "-1,5"),
            (-0.001, "0"),
            (12.999, "13"),
            (1e20, "100000000000000000000"),
            (-1e20, "-100000000000000000000"),
            (9.0e13, "90000000000000"),
            (123_456_789_012_345_680.0, "123456789012345680"),
            (f64::MAX, &format!("{:.0}", f64::MAX)),
            (2f64.powi(70), "1180591620717411303424"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-inf"),
        ] {
            assert_eq!(format(n, ','), text, "{n}");
        }
        assert_eq!(format(7.5, '.'), "7.5");
    }

    #[test]
    fn reads_as_people_write() {
        for (text, n) in [
            ("8", Some(8.0)),
            (" 7,5 ", Some(7.5)),
            ("7.5", Some(7.5)),
            ("0,1", Some(0.1)),
            (".5", Some(0.5)),
            ("12.", Some(12.0)),
            ("-3", Some(-3.0)),
            ("+3", Some(3.0)),
            ("123456789012345", Some(123456789012345.0)),
            ("1234567890123456", None),
            ("", None),
            ("-", None),
            (",", None),
            ("1e3", None),
            ("7,5,0", None),
            ("12 uur", None),
            ("NaN", None),
            ("inf", None),
        ] {
            assert_eq!(parse(text), n, "{text:?}");
        }
    }

    #[test]
    fn agrees_with_the_standard_parser_on_decimals() {
        for whole in [0u64, 1, 7, 40, 168, 99999] {
            for fraction in ["0", "05", "1", "25", "333", "999999"] {
                let text = format!("{whole}.{fraction}");
                assert_eq!(parse(&text), text.parse::<f64>().ok(), "{text}");
            }
        }
    }
}
