//! The public result types: everything [`Extractor::extract`](crate::Extractor::extract)
//! returns. All are owned, `Clone`, `Debug` and serde-serialisable.

use serde::{Deserialize, Serialize};

use crate::date_value::DateValue;
pub use crate::unit::Unit;

/// Where a mention sits in the input text: byte offsets (for slicing the `&str`) and
/// char offsets (Unicode scalar values, as most annotation tools count), both end-exclusive.
///
/// Every byte offset is on a char boundary of the text it was taken from, so
/// `&text[span.byte_start..span.byte_end]` never panics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the mention.
    pub byte_start: usize,
    /// One past the last byte of the mention.
    pub byte_end: usize,
    /// First char (Unicode scalar) of the mention.
    pub char_start: usize,
    /// One past the last char of the mention.
    pub char_end: usize,
}

impl Span {
    /// The byte range, for slicing the text the span came from.
    pub fn bytes(&self) -> std::ops::Range<usize> {
        self.byte_start..self.byte_end
    }

    /// The char range.
    pub fn chars(&self) -> std::ops::Range<usize> {
        self.char_start..self.char_end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.byte_start <= other.byte_start && other.byte_end <= self.byte_end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.byte_start < other.byte_end && other.byte_start < self.byte_end
    }
}

/// One occurrence of something in the text: the text as written and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mention {
    /// The text as written at this place.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// A person and everything the text says about them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// The name as written (its longest form in the text).
    pub name: String,
    /// Every mention of the person, in text order.
    pub mentions: Vec<Mention>,
    /// The titles the text gives the person, each with the organization it belongs to.
    pub roles: Vec<Role>,
}

/// A title a person holds, with the organization it belongs to when the text names one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Role {
    /// The title, e.g. `董事长`.
    pub title: String,
    /// The organization's name as written at the place the role is stated.
    pub organization: Option<String>,
    /// Whether the text states it as a past office (曾任, 原, 前任, 免去…职务).
    #[serde(default)]
    pub former: bool,
}

/// What an organization is, as far as its name tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OrganizationKind {
    /// A company, group or other business.
    Company,
    /// A bank, securities firm, insurer, exchange or other financial institution.
    Financial,
    /// An investment fund or capital firm.
    Fund,
    /// A government body: ministry, bureau, court, people's government.
    Government,
    /// A party organ: 党委, 省委, 纪委.
    Party,
    /// A university, school or research institute.
    Academic,
    /// A newspaper, broadcaster, news agency or other media outlet.
    Media,
    /// An association, federation, foundation or other non-governmental body.
    Association,
    /// A hospital or clinic.
    Medical,
    /// A sports team or club.
    Team,
    /// Anything else.
    Other,
}

/// An organization, with every name the text uses for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    /// The fullest name the text gives.
    pub name: String,
    /// What kind of organization the name says it is.
    pub kind: OrganizationKind,
    /// Short names the text defines or uses for it (以下简称…), fullest name excluded.
    pub aliases: Vec<String>,
    /// Every mention, under any of its names, in text order.
    pub mentions: Vec<Mention>,
}

/// What kind of place a location is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LocationKind {
    /// A country.
    Country,
    /// A province, autonomous region or municipality of China, or a state abroad.
    Province,
    /// A prefecture-level city or a major world city.
    City,
    /// A county, district or county-level city.
    County,
    /// A region: 华东地区, 中原, 长三角.
    Region,
    /// Anything else.
    Other,
}

/// A place, with every mention of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The name as first written.
    pub name: String,
    /// What kind of place it is.
    pub kind: LocationKind,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FigureKind {
    /// An amount of money; `unit` is the ISO 4217 currency code.
    Money,
    /// A number of things; `unit` is the measure word (家, 个, 只…).
    Count,
    /// A percentage, in percent points (15% → 15, 六成 → 60, 八折 → 80).
    Percentage,
    /// A change in percentage points (个百分点).
    PercentagePoint,
    /// Compute capacity in FLOP/s (240P → 2.4e17), or a number of accelerator cards.
    Compute,
    /// Any other number, so that nothing numeric is lost.
    Number,
}

impl FigureKind {
    /// The name used in the JSON Lines contract.
    pub fn as_str(self) -> &'static str {
        EntityType::from(self).as_str()
    }
}

/// How sure the text is about a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualifier {
    /// 超, 超过, 逾, 余, 多, 以上: the true figure is larger.
    MoreThan,
    /// 近, 约, 左右, 大约: roughly this figure.
    Approximately,
    /// 不到, 不足, 以下: the true figure is smaller.
    LessThan,
}

/// A number with what it measures: money, a count, a percentage, compute capacity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// What the figure counts.
    pub kind: FigureKind,
    /// The text as written, qualifiers included (`超300亿元`).
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// The normalised value: money in units of the currency, percentages in percent
    /// points, compute in FLOP/s. For a range, the lower bound.
    pub value: f64,
    /// The value as an exact decimal string (no binary rounding), e.g. `"4370000000000"`.
    pub exact: String,
    /// The upper bound of a range (`10亿至20亿元`).
    pub value_max: Option<f64>,
    /// What the value is counted in: an ISO 4217 code for money, the measure word for
    /// counts, `FLOPS` or `cards` for compute, a physical unit or `ordinal` for numbers.
    /// Serialised as that string (see [`Unit`]).
    pub unit: Option<Unit>,
    /// More than, approximately, less than.
    pub qualifier: Option<Qualifier>,
    /// What the figure measures, as written (总资产, 上市公司, 智算中心).
    pub subject: Option<String>,
    /// Whose figure it is, when the clause names it: an organization (总资产3500亿元 of
    /// 河南投资集团), a state body named by its kind (政府, 国会), or a country or city
    /// for its public accounts (某国外汇储备 → that country). The name as written; it is
    /// usually, but not always, also in `organizations` or `locations`.
    pub holder: Option<String>,
}

/// The part of a day a date mentions (9月27日晚 → evening).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PartOfDay {
    /// 凌晨.
    EarlyMorning,
    /// 早上, 上午, 早.
    Morning,
    /// 中午.
    Noon,
    /// 下午.
    Afternoon,
    /// 晚, 晚上, 傍晚.
    Evening,
    /// 夜, 深夜, 半夜.
    Night,
}

/// A date or time expression and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// The text as written.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// ISO 8601 at the precision the text gives (`2023`, `2024-09`, `2024-09-27`,
    /// `2024-09-27T20:00`), a range as `START/END` (`2023/2025`, `2024-09-27/2024-09-29`).
    /// Named periods are spans of days: a quarter (`2024-07-01/2024-09-30`), 上半年, 年底
    /// (November–December), 上旬, a week, a decade. Relative expressions are resolved
    /// against the reference date (去年 → `2023`, 三年前 → `2021`, 近三年 → `2021/2024`).
    /// When the year cannot be known (no reference date), it is written `XXXX`
    /// (`XXXX-09-27`), and a time of day alone is `T14:30`. `None` for vague expressions
    /// (近年来, 目前), for relative ones without a reference date (去年), and for days of
    /// the lunar calendar (春节, 腊月初八), which are found but not converted.
    pub value: Option<String>,
    /// Whether the value was resolved against the reference date (去年, 三年前).
    pub relative: bool,
    /// Whether the expression names no definite time (近年来, 当前, 未来).
    pub vague: bool,
    /// The part of the day, when given (晚 → evening).
    pub part_of_day: Option<PartOfDay>,
    /// Whether this is the article's own dateline (its publication date-time).
    pub published: bool,
}

impl DateMention {
    /// The value as typed fields (precision, first and last moment, open ends), read
    /// from [`DateMention::value`]; `None` when there is no value or its year is
    /// unknown (`XXXX-09-27`). Not serialized: the JSON form stays the string.
    ///
    /// ```
    /// let x = xinwen::Extractor::new()?;
    /// let opts = xinwen::Options::default().with_reference_date("2024-09-28".parse()?);
    /// let got = x.extract_with("去年9月，公司迁入新址。", &opts);
    /// let v = got.dates[0].resolved().unwrap();
    /// assert_eq!(v.precision, xinwen::DatePrecision::Month);
    /// assert_eq!(v.start.unwrap().to_string(), "2023-09-01");
    /// assert_eq!(v.end.unwrap().to_string(), "2023-09-30");
    /// # Ok::<(), xinwen::Error>(())
    /// ```
    pub fn resolved(&self) -> Option<DateValue> {
        DateValue::parse(self.value.as_deref()?)
    }
}

/// A (person, title, organization) fact the text states.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Relation {
    /// The person's name.
    pub person: String,
    /// The title, e.g. `副总经理`.
    pub title: String,
    /// The organization as written where the fact is stated; `None` when the text names none.
    pub organization: Option<String>,
    /// Whether the text states it as a past office (曾任, 原, 前任, 免去…职务).
    #[serde(default)]
    pub former: bool,
    /// Which frame of the text stated it, so that a link can be audited.
    #[serde(default)]
    pub evidence: Evidence,
}

/// The frame a [`Relation`] was read from (serialised in snake case).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// A byline or dateline: 本报讯（记者 王某）, 某某网记者王某.
    Byline,
    /// Titles written before the name: 星海集团董事长兼总经理王某.
    #[default]
    TitleBeforeName,
    /// A title written right after the name: 王某教授, 王某总监.
    TitleAfterName,
    /// An apposition after the name: 王某，星海集团董事长，表示….
    Apposition,
    /// An office verb or appointment frame: 王某出任星海集团总裁, 聘任王某为总经理.
    Appointment,
    /// A resignation frame, a past office: 王某辞去星海集团董事职务, 王某卸任总裁.
    Resignation,
    /// A title shared by a list of names: 副市长王某、李某和赵某.
    SharedTitle,
}

/// A short name the text defines or uses for an organization.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Alias {
    /// The full name (河南投资集团有限公司).
    pub full: String,
    /// The short name (河南投资集团).
    pub short: String,
}

/// A byline or editor line: who wrote, edited or checked the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Byline {
    /// The role as written: 记者, 责编, 审校, 通讯员…
    pub role: String,
    /// The people named for the role.
    pub names: Vec<String>,
    /// The outlet named in the byline, if any.
    pub organization: Option<String>,
    /// Where the byline is.
    pub span: Span,
}

/// The type of an entry in the flat [`Extraction::entities`] view; the names are those
/// of the JSON Lines contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityType {
    /// A person's name.
    Person,
    /// A job title.
    Title,
    /// An organization.
    Organization,
    /// A place.
    Location,
    /// A date or time.
    Date,
    /// Money.
    Money,
    /// A count.
    Count,
    /// A percentage.
    Percentage,
    /// A change in percentage points.
    PercentagePoint,
    /// Compute capacity.
    Compute,
    /// Any other number.
    Number,
}

impl EntityType {
    /// The name used in the JSON Lines contract.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Title => "title",
            EntityType::Organization => "organization",
            EntityType::Location => "location",
            EntityType::Date => "date",
            EntityType::Money => "money",
            EntityType::Count => "count",
            EntityType::Percentage => "percentage",
            EntityType::PercentagePoint => "percentage_point",
            EntityType::Compute => "compute",
            EntityType::Number => "number",
        }
    }
}

impl From<FigureKind> for EntityType {
    fn from(kind: FigureKind) -> Self {
        match kind {
            FigureKind::Money => EntityType::Money,
            FigureKind::Count => EntityType::Count,
            FigureKind::Percentage => EntityType::Percentage,
            FigureKind::PercentagePoint => EntityType::PercentagePoint,
            FigureKind::Compute => EntityType::Compute,
            FigureKind::Number => EntityType::Number,
        }
    }
}

/// One entry of the flat, position-ordered view of an [`Extraction`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// What it is.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The text as written.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// Everything extracted from one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// People, in order of first mention.
    pub persons: Vec<Person>,
    /// Organizations, in order of first mention.
    pub organizations: Vec<Organization>,
    /// Every title mention, in text order.
    pub titles: Vec<Mention>,
    /// Places, in order of first mention.
    pub locations: Vec<Location>,
    /// Money, counts, percentages, compute and other numbers, in text order.
    pub figures: Vec<Figure>,
    /// Dates and times, in text order.
    pub dates: Vec<DateMention>,
    /// (person, title, organization) facts, in text order, without repeats.
    pub relations: Vec<Relation>,
    /// Short names and the full names they stand for.
    pub aliases: Vec<Alias>,
    /// Bylines and editor lines.
    pub bylines: Vec<Byline>,
    /// The publication date-time found in the text (its dateline), ISO 8601.
    pub published: Option<String>,
}

impl Extraction {
    /// How many entities [`Extraction::entities`] lists: every mention of every person,
    /// organization and place, every title, figure and date.
    ///
    /// ```
    /// let extractor = xinwen::Extractor::new()?;
    /// let extraction = extractor.extract("2023年营收3500亿元。");
    /// assert_eq!(extraction.entity_count(), extraction.entities().len());
    /// # Ok::<(), xinwen::Error>(())
    /// ```
    pub fn entity_count(&self) -> usize {
        self.persons.iter().map(|p| p.mentions.len()).sum::<usize>()
            + self.titles.len()
            + self
                .organizations
                .iter()
                .map(|o| o.mentions.len())
                .sum::<usize>()
            + self
                .locations
                .iter()
                .map(|l| l.mentions.len())
                .sum::<usize>()
            + self.figures.len()
            + self.dates.len()
    }

    /// Every mention of every kind, ordered by position (then by type), as one flat list.
    ///
    /// ```
    /// let extractor = xinwen::Extractor::new()?;
    /// let extraction = extractor.extract("2023年营收3500亿元。");
    /// let kinds: Vec<&str> = extraction.entities().iter().map(|e| e.entity_type.as_str()).collect();
    /// assert_eq!(kinds, ["date", "money"]);
    /// # Ok::<(), xinwen::Error>(())
    /// ```
    pub fn entities(&self) -> Vec<Entity> {
        let mut out = Vec::new();
        let mut push = |entity_type: EntityType, m: &Mention| {
            out.push(Entity {
                entity_type,
                text: m.text.clone(),
                span: m.span,
            })
        };
        for p in &self.persons {
            p.mentions.iter().for_each(|m| push(EntityType::Person, m));
        }
        for t in &self.titles {
            push(EntityType::Title, t);
        }
        for o in &self.organizations {
            o.mentions
                .iter()
                .for_each(|m| push(EntityType::Organization, m));
        }
        for l in &self.locations {
            l.mentions
                .iter()
                .for_each(|m| push(EntityType::Location, m));
        }
        for f in &self.figures {
            out.push(Entity {
                entity_type: f.kind.into(),
                text: f.text.clone(),
                span: f.span,
            });
        }
        for d in &self.dates {
            out.push(Entity {
                entity_type: EntityType::Date,
                text: d.text.clone(),
                span: d.span,
            });
        }
        out.sort_by(|a, b| {
            (a.span.byte_start, a.span.byte_end, a.entity_type).cmp(&(
                b.span.byte_start,
                b.span.byte_end,
                b.entity_type,
            ))
        });
        out
    }
}
