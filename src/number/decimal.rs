//! Exact decimal arithmetic for the parser: a non-negative integer mantissa (decimal
//! digits) times a power of ten. Only what Chinese numerals need: addition and
//! multiplication by powers of ten, so values never pass through binary floating point.

/// Most significant digits a value may carry; more is reported as out of range.
pub(crate) const MAX_DIGITS: usize = 400;
/// Largest decimal exponent accepted (f64 ends near 1.8e308).
pub(crate) const MAX_EXPONENT: i64 = 330;

/// A non-negative decimal `mantissa × 10^exponent`, without trailing zeros in the
/// mantissa (they move into the exponent). Zero is `Small(0)` with exponent 0.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Decimal {
    mantissa: Mantissa,
    exponent: i64,
}

/// The mantissa: a machine integer while it has at most [`SMALL_DIGITS`] digits (every
/// number news writes), decimal digits beyond. One form per value, so derived equality
/// holds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mantissa {
    /// At most [`SMALL_DIGITS`] digits.
    Small(u64),
    /// More digits, little-endian (ones first), without high zeros.
    Big(Vec<u8>),
}

impl Default for Mantissa {
    fn default() -> Self {
        Mantissa::Small(0)
    }
}

/// Most digits a [`Mantissa::Small`] holds (every 19-digit number fits a u64).
const SMALL_DIGITS: usize = 19;

/// Powers of ten that fit a u64.
const POW10: [u64; 20] = {
    let mut out = [1u64; 20];
    let mut i = 1;
    while i < 20 {
        out[i] = out[i - 1] * 10;
        i += 1;
    }
    out
};

/// The number of decimal digits of `m` (0 for 0).
fn digit_count(m: u64) -> usize {
    m.checked_ilog10().map_or(0, |l| l as usize + 1)
}

/// The value overflowed the range the parser represents (too many digits, too large a power).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Overflow;

impl Decimal {
    /// Zero.
    pub fn zero() -> Self {
        Decimal::default()
    }

    /// A single digit 0–9 times `10^exponent`.
    pub fn digit(d: u8, exponent: i64) -> Self {
        Decimal::from_small(u64::from(d % 10), exponent)
    }

    /// The integer `m`, normalised: what `from_parts` reads from its digits.
    pub fn integer(m: u64) -> Self {
        Decimal::from_small(m, 0)
    }

    /// `m × 10^exponent`, normalised.
    fn from_small(mut m: u64, mut exponent: i64) -> Self {
        if m == 0 {
            return Decimal::zero();
        }
        while m.is_multiple_of(10) {
            m /= 10;
            exponent = exponent.saturating_add(1);
        }
        Decimal {
            mantissa: Mantissa::Small(m),
            exponent,
        }
    }

    /// From little-endian digits, normalised (small when they fit).
    fn from_digits(digits: Vec<u8>, exponent: i64) -> Self {
        let mut out = Decimal {
            mantissa: Mantissa::Big(digits),
            exponent,
        };
        out.normalise();
        out
    }

    /// From ASCII integer digits and fraction digits (`"3500"`, `"25"` → 3500.25).
    pub fn from_parts(int: &str, frac: &str) -> Result<Self, Overflow> {
        let int = int.trim_start_matches('0');
        let significant = int.len() + frac.len();
        if significant > MAX_DIGITS {
            return Err(Overflow);
        }
        let exponent = -i64::try_from(frac.len()).map_err(|_| Overflow)?;
        let all = int.bytes().chain(frac.bytes()).filter(u8::is_ascii_digit);
        if significant <= SMALL_DIGITS {
            let m = all.fold(0u64, |m, b| m * 10 + u64::from(b - b'0'));
            return Ok(Decimal::from_small(m, exponent));
        }
        let mut digits: Vec<u8> = all.map(|b| b - b'0').collect();
        digits.reverse();
        Ok(Decimal::from_digits(digits, exponent))
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        self.mantissa == Mantissa::Small(0)
    }

    /// The number of mantissa digits.
    fn len(&self) -> usize {
        match &self.mantissa {
            Mantissa::Small(m) => digit_count(*m),
            Mantissa::Big(d) => d.len(),
        }
    }

    /// The mantissa digits, little-endian.
    fn digits(&self) -> Vec<u8> {
        match &self.mantissa {
            Mantissa::Small(m) => {
                let mut m = *m;
                let mut out = Vec::with_capacity(SMALL_DIGITS);
                while m > 0 {
                    out.push((m % 10) as u8);
                    m /= 10;
                }
                out
            }
            Mantissa::Big(d) => d.clone(),
        }
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
        if let (Mantissa::Small(a), Mantissa::Small(b)) = (&self.mantissa, &other.mantissa) {
            // Both small: align and add in a u64 when it fits (3.5万 + 2千).
            let up = |m: u64, e: i64| {
                let pad = usize::try_from(e.checked_sub(exponent)?).ok()?;
                m.checked_mul(*POW10.get(pad)?)
            };
            if let Some(sum) = up(*a, self.exponent)
                .zip(up(*b, other.exponent))
                .and_then(|(a, b)| a.checked_add(b))
                .filter(|&s| digit_count(s) <= SMALL_DIGITS)
            {
                let out = Decimal::from_small(sum, exponent);
                out.check()?;
                return Ok(out);
            }
        }
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
        let out = Decimal::from_digits(digits, exponent);
        out.check()?;
        Ok(out)
    }

    /// The mantissa digits re-expressed at a lower exponent.
    fn aligned(&self, exponent: i64) -> Result<Vec<u8>, Overflow> {
        let pad = usize::try_from(self.exponent.checked_sub(exponent).ok_or(Overflow)?)
            .map_err(|_| Overflow)?;
        if pad.saturating_add(self.len()) > 2 * MAX_DIGITS + MAX_EXPONENT as usize {
            return Err(Overflow);
        }
        let mut v = vec![0u8; pad];
        v.extend_from_slice(&self.digits());
        Ok(v)
    }

    /// Drop low zeros into the exponent and high zeros entirely; a mantissa that fits
    /// becomes small.
    fn normalise(&mut self) {
        let Mantissa::Big(digits) = &mut self.mantissa else {
            *self = Decimal::from_small(self.small_mantissa(), self.exponent);
            return;
        };
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let low_zeros = digits.iter().take_while(|&&d| d == 0).count();
        if low_zeros > 0 {
            digits.drain(..low_zeros);
            self.exponent = self.exponent.saturating_add(low_zeros as i64);
        }
        if digits.len() <= SMALL_DIGITS {
            let m = digits
                .iter()
                .rev()
                .fold(0u64, |m, &d| m * 10 + u64::from(d));
            *self = Decimal::from_small(m, self.exponent);
        }
    }

    /// The mantissa of a small decimal (0 for a big one).
    fn small_mantissa(&self) -> u64 {
        match self.mantissa {
            Mantissa::Small(m) => m,
            Mantissa::Big(_) => 0,
        }
    }

    fn check(&self) -> Result<(), Overflow> {
        let len = self.len();
        let magnitude = self.exponent.saturating_add(len as i64);
        if len > MAX_DIGITS
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
        // The digits, most significant first, without a formatter for the small ones.
        let mut buffer = [0u8; SMALL_DIGITS + 1];
        let big: String;
        let mantissa: &str = match &self.mantissa {
            Mantissa::Small(m) => {
                let mut m = *m;
                let mut start = buffer.len();
                while m > 0 && start > 0 {
                    start -= 1;
                    if let Some(slot) = buffer.get_mut(start) {
                        *slot = b'0' + (m % 10) as u8;
                    }
                    m /= 10;
                }
                std::str::from_utf8(buffer.get(start..).unwrap_or_default()).unwrap_or_default()
            }
            Mantissa::Big(d) => {
                big = d.iter().rev().map(|d| char::from(b'0' + d)).collect();
                &big
            }
        };
        let frac_len = self.exponent.unsigned_abs() as usize;
        let len = usize::from(negative)
            + match self.exponent {
                0.. => mantissa.len() + frac_len,
                _ if mantissa.len() > frac_len => mantissa.len() + 1,
                _ => frac_len + 2,
            };
        let mut out = String::with_capacity(len);
        if negative {
            out.push('-');
        }
        if self.exponent >= 0 {
            out.push_str(mantissa);
            push_zeros(&mut out, self.exponent as usize);
        } else {
            if mantissa.len() > frac_len {
                let (int, frac) = mantissa.split_at(mantissa.len() - frac_len);
                out.push_str(int);
                out.push('.');
                out.push_str(frac);
            } else {
                out.push_str("0.");
                push_zeros(&mut out, frac_len - mantissa.len());
                out.push_str(mantissa);
            }
        }
        out
    }

    /// The f64 nearest the value, as `to_plain_string(negative).parse()` gives it. A
    /// mantissa up to 2^53 and a power of ten up to 10^22 are both exact in f64, so one
    /// multiplication or division rounds correctly: no string to build and parse
    /// (3.5万 = 35 × 10^3).
    pub fn to_f64(&self, negative: bool) -> Option<f64> {
        const EXACT_POWERS: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        let fast = match self.mantissa {
            Mantissa::Small(m) if m <= 1 << 53 => {
                let power = EXACT_POWERS.get(self.exponent.unsigned_abs() as usize);
                #[allow(clippy::cast_precision_loss)]
                let m = m as f64;
                power.map(|p| if self.exponent >= 0 { m * p } else { m / p })
            }
            _ => None,
        };
        match fast {
            Some(v) if self.is_zero() => Some(v),
            Some(v) => Some(if negative { -v } else { v }),
            None => self.to_plain_string(negative).parse().ok(),
        }
    }
}

/// ASCII digits read one at a time, kept on the stack while they are few (every numeral
/// news writes): the scanner reads one such run per literal, and a heap string per run
/// cost more than the reading.
#[derive(Debug, Clone)]
pub(crate) struct DigitBuf {
    inline: [u8; INLINE_DIGITS],
    len: usize,
    /// All the digits, once there are more than [`INLINE_DIGITS`].
    spill: Vec<u8>,
}

/// How many digits a [`DigitBuf`] holds without the heap.
const INLINE_DIGITS: usize = 32;

impl Default for DigitBuf {
    fn default() -> Self {
        DigitBuf {
            inline: [0; INLINE_DIGITS],
            len: 0,
            spill: Vec::new(),
        }
    }
}

impl DigitBuf {
    /// Append an ASCII digit.
    pub fn push(&mut self, digit: char) {
        let Ok(byte) = u8::try_from(digit) else {
            return;
        };
        if self.spill.is_empty()
            && let Some(slot) = self.inline.get_mut(self.len)
        {
            *slot = byte;
        } else {
            if self.spill.is_empty() {
                self.spill
                    .extend_from_slice(self.inline.get(..self.len).unwrap_or_default());
            }
            self.spill.push(byte);
        }
        self.len += 1;
    }

    /// The digits read.
    pub fn as_str(&self) -> &str {
        let bytes = if self.spill.is_empty() {
            self.inline.get(..self.len).unwrap_or_default()
        } else {
            &self.spill
        };
        std::str::from_utf8(bytes).unwrap_or_default()
    }

    /// How many digits.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether no digit was read.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Append `n` zeros, a slice at a time.
fn push_zeros(out: &mut String, mut n: usize) {
    const ZEROS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
    while n > 0 {
        let k = n.min(ZEROS.len());
        out.push_str(ZEROS.get(..k).unwrap_or_default());
        n -= k;
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
    d.to_f64(false).unwrap_or(f64::NAN)
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
    fn small_and_big_mantissas_agree() {
        // 19 digits stay small, 20 go big; sums across the two read the same.
        let nineteen = Decimal::from_parts(&"9".repeat(19), "").unwrap();
        let one = Decimal::digit(1, 0);
        let sum = nineteen.add(&one).unwrap();
        assert_eq!(sum, Decimal::digit(1, 19));
        assert_eq!(sum.to_plain_string(false), format!("1{}", "0".repeat(19)));
        let big = Decimal::from_parts(&"7".repeat(25), "5").unwrap();
        assert_eq!(big.to_plain_string(true), format!("-{}.5", "7".repeat(25)));
        let back = big.add(&Decimal::from_parts("0", "5").unwrap()).unwrap();
        assert_eq!(back.to_plain_string(false), format!("{}8", "7".repeat(24)));
        assert_eq!(
            Decimal::from_parts("0030", "500").unwrap(),
            Decimal::digit(3, 1).add(&Decimal::digit(5, -1)).unwrap()
        );
    }

    #[test]
    fn to_f64_is_the_parse_of_the_plain_string() {
        let cases = [
            ("0", ""),
            ("1", "57"),
            ("4", "37"),
            ("9007199254740993", ""),
            ("123456789012345678", "9"),
            ("0", "1"),
            ("0", "0000000000000000000000003"),
            ("3", "3333333333333333333333"),
            ("12345", "6789"),
            ("1", ""),
        ];
        for (int, frac) in cases {
            for shift in [-30, -22, -8, -1, 0, 1, 4, 8, 12, 22, 23, 40, 300] {
                let Ok(d) = Decimal::from_parts(int, frac).unwrap().shift(shift) else {
                    continue;
                };
                for negative in [false, true] {
                    let parsed: f64 = d.to_plain_string(negative).parse().unwrap();
                    let fast = d.to_f64(negative).unwrap();
                    assert_eq!(fast.to_bits(), parsed.to_bits(), "{int}.{frac}e{shift}");
                }
            }
        }
    }

    #[test]
    fn refuses_huge_values() {
        assert!(Decimal::digit(1, 0).shift(400).is_err());
        assert!(Decimal::from_parts(&"9".repeat(500), "").is_err());
    }
}
