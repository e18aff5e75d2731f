//! Exact decimal arithmetic for the parser: a non-negative integer mantissa (decimal
//! digits) times a power of ten. Only what Chinese numerals need: addition and
//! multiplication by powers of ten, so values never pass through binary floating point.

/// Most significant digits a value may carry; more is reported as out of range.
pub(crate) const MAX_DIGITS: usize = 400;
/// Largest decimal exponent accepted (f64 ends near 1.8e308).
pub(crate) const MAX_EXPONENT: i64 = 330;

/// A non-negative decimal `mantissa × 10^exponent`; `digits` little-endian (ones first),
/// without trailing (most significant) zeros. Zero has no digits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Decimal {
    digits: Vec<u8>,
    exponent: i64,
}

/// The value left the range the parser represents (too many digits, too large a power).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Overflow;

impl Decimal {
    /// Zero.
    pub fn zero() -> Self {
        Decimal::default()
    }

    /// A single digit 0–9 times `10^exponent`.
    pub fn digit(d: u8, exponent: i64) -> Self {
        let mut out = Decimal {
            digits: vec![d % 10],
            exponent,
        };
        out.normalise();
        out
    }

    /// From ASCII integer digits and fraction digits (`"3500"`, `"25"` → 3500.25).
    pub fn from_parts(int: &str, frac: &str) -> Result<Self, Overflow> {
        let significant = int.trim_start_matches('0').len() + frac.len();
        if significant > MAX_DIGITS {
            return Err(Overflow);
        }
        let digits: Vec<u8> = int
            .bytes()
            .chain(frac.bytes())
            .rev()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect();
        let exponent = -i64::try_from(frac.len()).map_err(|_| Overflow)?;
        let mut out = Decimal { digits, exponent };
        out.normalise();
        Ok(out)
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// Multiply by `10^k`.
    pub fn shift(mut self, k: i64) -> Result<Self, Overflow> {
        if self.is_zero() {
            return Ok(self);
        }
        self.exponent = self.exponent.checked_add(k).ok_or(Overflow)?;
        self.check()?;
        Ok(self)
    }

    /// `self + other`.
    pub fn add(&self, other: &Decimal) -> Result<Decimal, Overflow> {
        if other.is_zero() {
            return Ok(self.clone());
        }
        if self.is_zero() {
            return Ok(other.clone());
        }
        let exponent = self.exponent.min(other.exponent);
        let a = self.aligned(exponent)?;
        let b = other.aligned(exponent)?;
        let mut digits = Vec::with_capacity(a.len().max(b.len()) + 1);
        let mut carry = 0u8;
        for i in 0..a.len().max(b.len()) {
            let sum = a.get(i).copied().unwrap_or(0) + b.get(i).copied().unwrap_or(0) + carry;
            digits.push(sum % 10);
            carry = sum / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
        let mut out = Decimal { digits, exponent };
        out.normalise();
        out.check()?;
        Ok(out)
    }

    /// The mantissa digits re-expressed at a lower exponent.
    fn aligned(&self, exponent: i64) -> Result<Vec<u8>, Overflow> {
        let pad = usize::try_from(self.exponent.checked_sub(exponent).ok_or(Overflow)?)
            .map_err(|_| Overflow)?;
        if pad.saturating_add(self.digits.len()) > 2 * MAX_DIGITS + MAX_EXPONENT as usize {
            return Err(Overflow);
        }
        let mut v = vec![0u8; pad];
        v.extend_from_slice(&self.digits);
        Ok(v)
    }

    /// Drop low zeros into the exponent and high zeros entirely.
    fn normalise(&mut self) {
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
        let low_zeros = self.digits.iter().take_while(|&&d| d == 0).count();
        if low_zeros > 0 {
            self.digits.drain(..low_zeros);
            self.exponent = self.exponent.saturating_add(low_zeros as i64);
        }
        if self.digits.is_empty() {
            self.exponent = 0;
        }
    }

    fn check(&self) -> Result<(), Overflow> {
        let magnitude = self.exponent.saturating_add(self.digits.len() as i64);
        if self.digits.len() > MAX_DIGITS
            || magnitude > MAX_EXPONENT
            || self.exponent < -MAX_EXPONENT - (MAX_DIGITS as i64)
        {
            return Err(Overflow);
        }
        Ok(())
    }

    /// The value as a plain decimal string (`"4370000000000"`, `"0.5"`, `"0"`).
    pub fn to_plain_string(&self, negative: bool) -> String {
        if self.is_zero() {
            return "0".to_string();
        }
        let mantissa: String = self
            .digits
            .iter()
            .rev()
            .map(|d| char::from(b'0' + d))
            .collect();
        let mut out = String::new();
        if negative {
            out.push('-');
        }
        if self.exponent >= 0 {
            out.push_str(&mantissa);
            out.extend(std::iter::repeat_n('0', self.exponent as usize));
        } else {
            let frac_len = self.exponent.unsigned_abs() as usize;
            if mantissa.len() > frac_len {
                let (int, frac) = mantissa.split_at(mantissa.len() - frac_len);
                out.push_str(int);
                out.push('.');
                out.push_str(frac);
            } else {
                out.push_str("0.");
                out.extend(std::iter::repeat_n('0', frac_len - mantissa.len()));
                out.push_str(&mantissa);
            }
        }
        out
    }
}

/// The magnitude of a scanned number.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Magnitude {
    /// An exact decimal.
    Exact(Decimal),
    /// A quotient (fractions such as 三分之一), as precise as f64 allows.
    Ratio(f64),
}

/// The f64 nearest a decimal.
pub(crate) fn decimal_f64(d: &Decimal) -> f64 {
    d.to_plain_string(false).parse().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_with_different_exponents() {
        let a = Decimal::from_parts("4", "37").unwrap().shift(12).unwrap();
        assert_eq!(a.to_plain_string(false), "4370000000000");
        let b = Decimal::from_parts("1", "5")
            .unwrap()
            .add(&Decimal::from_parts("0", "07").unwrap())
            .unwrap();
        assert_eq!(b.to_plain_string(false), "1.57");
        assert_eq!(
            Decimal::from_parts("0", "0001")
                .unwrap()
                .to_plain_string(true),
            "-0.0001"
        );
    }

    #[test]
    fn refuses_huge_values() {
        assert!(Decimal::digit(1, 0).shift(400).is_err());
        assert!(Decimal::from_parts(&"9".repeat(500), "").is_err());
    }
}
