//! The typed unit of a figure ([`Unit`]): currency, measure word, physical unit, compute
//! and markers, written as the JSON Lines contract's strings.

use serde::{Deserialize, Serialize};

/// What a [`Figure`](crate::Figure)'s value is counted in, typed. It serialises to (and reads as, through
/// `Deref<Target = str>`) the string of the JSON Lines contract: `CNY`, `家`, `km`,
/// `FLOPS`, `cards`, `ordinal`, `倍`.
///
/// ```
/// use xinwen::{Extractor, Unit};
///
/// let extractor = Extractor::new()?;
/// let facts = extractor.extract("公司去年营收3000万美元，门店增至120家，排名第二。");
/// let units: Vec<&Unit> = facts.figures.iter().filter_map(|f| f.unit.as_ref()).collect();
/// assert_eq!(units[0], &Unit::Currency("USD".into()));
/// assert_eq!(units[1], &Unit::Measure("家".into()));
/// assert_eq!(units[2], &Unit::Ordinal);
/// // The contract's string form, unchanged.
/// assert_eq!(units[0].as_str(), "USD");
/// assert_eq!(serde_json::to_string(units[2]).unwrap(), "\"ordinal\"");
/// assert_eq!(Unit::from("km"), Unit::Physical("km".into()));
/// # Ok::<(), xinwen::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// Money: the ISO 4217 code of the currency (`CNY`, `USD`).
    Currency(String),
    /// A count: the measure word (家, 个, 人次, 打).
    Measure(String),
    /// A physical quantity, normalised (`km`, `℃`, `kWh`, 斤), durations in UCUM
    /// (`a` years, `d` days, `wk` weeks).
    Physical(String),
    /// Compute capacity in floating-point operations per second (300P, E级).
    Flops,
    /// Compute capacity in integer operations per second (TOPS).
    Ops,
    /// A number of accelerator cards (万卡).
    Cards,
    /// An ordinal (第三, 十四届), kept as a number.
    Ordinal,
    /// A multiple (3倍).
    Times,
}

/// Chinese market units that a physical unit normalises to (its other forms are Latin
/// letters or symbols): what tells 斤 (a weight) from 家 (a measure word) in a string.
const MARKET_UNITS: &[&str] = &["斤", "亩", "两", "担"];

impl Unit {
    /// The string of the JSON Lines contract.
    pub fn as_str(&self) -> &str {
        match self {
            Unit::Currency(s) | Unit::Measure(s) | Unit::Physical(s) => s,
            Unit::Flops => "FLOPS",
            Unit::Ops => "OPS",
            Unit::Cards => "cards",
            Unit::Ordinal => "ordinal",
            Unit::Times => "倍",
        }
    }
}

impl From<&str> for Unit {
    /// Reads the contract's string back: the markers by name, three capitals as a
    /// currency code, Latin letters, symbols and market units (斤) as a physical unit, any
    /// other word as a measure word.
    fn from(s: &str) -> Unit {
        match s {
            "FLOPS" => Unit::Flops,
            "OPS" => Unit::Ops,
            "cards" => Unit::Cards,
            "ordinal" => Unit::Ordinal,
            "倍" => Unit::Times,
            _ if s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()) => {
                Unit::Currency(s.to_string())
            }
            _ if MARKET_UNITS.contains(&s)
                || s.chars().any(|c| !('\u{3400}'..='\u{9FFF}').contains(&c)) =>
            {
                Unit::Physical(s.to_string())
            }
            _ => Unit::Measure(s.to_string()),
        }
    }
}

impl std::ops::Deref for Unit {
    type Target = str;

    /// The contract's string, so that `figure.unit.as_deref() == Some("CNY")` reads as it
    /// did when the unit was a string.
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Unit, D::Error> {
        let s = String::deserialize(deserializer)?;
        Ok(Unit::from(s.as_str()))
    }
}
