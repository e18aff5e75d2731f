//! # xinwen — typed facts from Chinese news
//!
//! `xinwen` (新闻) reads Chinese news text and returns **who** (people, their titles and
//! organizations), **which** organizations and places, **what figures** (money, counts,
//! percentages, compute capacity, with normalised values and what they measure) and
//! **when** (dates resolved against the publication date), as owned, serde-serialisable
//! structs. Everything runs offline on embedded dictionaries.
//!
//! ```
//! use xinwen::{Extractor, FigureKind};
//!
//! let extractor = Extractor::new()?;
//! let facts = extractor.extract(
//!     "2024-09-28 12:37:09\n海松资本执行董事李阳表示，去年该行业融资超300亿元。",
//! );
//! let person = &facts.persons[0];
//! assert_eq!(person.name, "李阳");
//! assert_eq!(person.roles[0].title, "执行董事");
//! assert_eq!(person.roles[0].organization.as_deref(), Some("海松资本"));
//! let money = facts.figures.iter().find(|f| f.kind == FigureKind::Money).unwrap();
//! assert_eq!(money.value, 3e10);
//! assert_eq!(money.unit.as_deref(), Some("CNY"));
//! let last_year = facts.dates.iter().find(|d| d.text == "去年").unwrap();
//! assert_eq!(last_year.value.as_deref(), Some("2023"));
//! # Ok::<(), xinwen::Error>(())
//! ```
//!
//! The pipeline: [jieba-rs](https://docs.rs/jieba-rs) segmentation with POS tags
//! (`segment`) → the recognisers of a registry, one per kind (`extract::{date, figure}`
//! and the name recognisers `extract::{title, location, organization, person}`) → one
//! arbiter that decides between overlapping candidates from a declared priority table →
//! linking (`link`) → the [`model`] types. [`Options::only`] selects kinds (dates alone
//! need no segmentation). ARCHITECTURE.md in the repository describes the stages.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod arbiter;
mod batch;
mod calendar;
mod chars;
mod date_value;
mod departments;
mod dict;
mod error;
mod extract;
mod extractor;
mod found;
mod hash;
mod lexicon;
mod link;
mod matcher;
pub mod model;
pub mod number;
mod options;
mod packed_words;
mod pipeline;
mod registry;
mod script;
mod segment;
#[cfg(test)]
mod test_support;
mod unit;
mod word_set;
mod word_tables;

pub use calendar::DateTime;
pub use date_value::{DatePrecision, DateValue};
pub use dict::DictionaryKind;
pub use error::{Error, Result};
pub use extractor::{Builder, Extractor};
pub use model::*;
pub use options::Options;
pub use registry::{Kind, Kinds};
