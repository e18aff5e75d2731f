//! The word tables of the linking rules, read once from `dictionaries/link_words.txt`
//! (relations, coreference, figure subjects) and `dictionaries/holder_words.txt` (figure
//! holders) into structs of plain slices, so that a rule reads `WORDS.leads` (one
//! `LazyLock` load), not a lookup by kind name per token. The files' headers say what
//! each kind is, with an example.

use std::sync::LazyLock;

use crate::chars::starts_with;
use crate::word_set::{CharBloom, WordSet};
use crate::word_tables::WordTables;

/// `dictionaries/link_words.txt`, embedded.
pub(super) const LINK_WORDS_TXT: (&str, &str) = (
    "link_words.txt",
    include_str!("../../dictionaries/link_words.txt"),
);

/// `dictionaries/holder_words.txt`, embedded.
pub(super) const HOLDER_WORDS_TXT: (&str, &str) = (
    "holder_words.txt",
    include_str!("../../dictionaries/holder_words.txt"),
);

/// The kinds of `link_words.txt`.
pub(super) const LINK_KINDS: &[&str] = &[
    "honorifics",
    "leads",
    "cause_ends",
    "office_qualifiers",
    "generic_company",
    "left_office_after",
    "resignation_papers",
    "office_clause_words",
    "company_offices",
    "office_verbs",
    "works_at",
    "serves_as",
    "resignation_verbs",
    "office_adverbs",
    "one",
    "one_of",
    "past_leads",
    "bodies_in_titles",
    "succeeds",
    "boards",
    "former_before",
    "appointing",
    "topic_honorifics",
    "government_titles",
    "title_qualifiers",
    "freelance",
    "body_endings",
    "glued_prepositions",
    "not_in_names",
    "outlet_ends",
    "dateline_ends",
    "own_outlets",
    "more_generic_references",
    "announces",
    "stops_after",
    "links_before",
    "change_verbs",
    "adverbs",
    "continuations",
];

/// The kinds of `holder_words.txt`.
pub(super) const HOLDER_KINDS: &[&str] = &[
    "state_account",
    "state_act",
    "before_figure",
    "opener",
    "not_holders",
    "receiver_marks",
    "receiver_modifiers",
    "giving",
    "source_verbs",
    "reporting_verbs",
    "object_marks",
    "members",
    "member_bodies",
    "state_bodies",
    "institutions",
    "not_one_body",
    "member_quantifiers",
    "prepositions",
    "to_receivers",
    "determiners",
    "attend",
    "others",
    "own_marks",
    "people",
    "company_words",
    "company_clause_openers",
    "continuing",
    "accounts",
    "unsaid_company",
    "price_units",
];

static LINK_TABLES: LazyLock<WordTables> =
    LazyLock::new(|| WordTables::embedded(LINK_WORDS_TXT, LINK_KINDS));

static HOLDER_TABLES: LazyLock<WordTables> =
    LazyLock::new(|| WordTables::embedded(HOLDER_WORDS_TXT, HOLDER_KINDS));

/// The lists of `link_words.txt`, one field per kind, each in file order.
pub(super) struct LinkWords {
    /// Forms of address written right after a name (王某先生, 李某女士).
    pub honorifics: &'static [&'static str],
    /// Words that open an office verb without changing it (将兼任, 拟聘任, 正式出任,
    /// 申请辞去, 于近日辞去). 不再 is part of a verb (不再担任) and is not listed.
    pub leads: &'static [&'static str],
    /// What a cause clause ends in (因个人原因, 由于工作调动, 因工作需要, 因年龄原因).
    pub cause_ends: &'static [&'static str],
    /// Qualifiers written between an office verb and the office (为新任董事长, 当选为新一届).
    pub office_qualifiers: &'static [&'static str],
    /// Generic words for the company under discussion that may close a linker when the
    /// organization extractor did not take them (辞去公司 + 副总经理职务), longest first.
    pub generic_company: &'static [&'static str],
    /// Words right after a name that end the office just named (董事长王某离职).
    pub left_office_after: &'static [&'static str],
    /// A resignation written as a document of the person (副总裁王某的书面辞职报告).
    pub resignation_papers: &'static [&'static str],
    /// Words in a clause before TITLE的NAME that make the title the name's office (时任
    /// 某办事处主任的王某, 身为馆长的李某), not a description (董事长的秘书王某 has none).
    pub office_clause_words: &'static [&'static str],
    /// Offices only a company has (董事长, 总经理, 财务总监, 董事会秘书, CEO).
    pub company_offices: &'static [&'static str],
    /// Verbs between a name and the office it holds (张三任星海集团总经理).
    pub office_verbs: &'static [&'static str],
    /// Verbs that name the employer only (黎某任职于某银行); the office follows in the next
    /// clause (，担任零售业务部总经理).
    pub works_at: &'static [&'static str],
    /// What joins that employer to the office after it (黎某任职于某银行，担任零售业务部总经理).
    pub serves_as: &'static [&'static str],
    /// Verbs between a name and an office the person leaves (王某辞去星海集团董事职务).
    pub resignation_verbs: &'static [&'static str],
    /// Adverbs before an office verb (目前担任, 曾任, 此前担任).
    pub office_adverbs: &'static [&'static str],
    /// Measure words that open a description of one person (一位著名画家).
    pub one: &'static [&'static str],
    /// Gaps between an organization and the title of one of its members (星海集团的一名工程师).
    pub one_of: &'static [&'static str],
    /// Leads that put the office verb after them in the past (她此前担任该行副行长).
    pub past_leads: &'static [&'static str],
    /// Bodies a title may open with (北京市人大 + 代表, 厂团委 + 书记, 全军计生办 + 主任).
    pub bodies_in_titles: &'static [&'static str],
    /// Verbs of taking over from someone, written before the one succeeded (何晓峰将接替
    /// 邹明担任总裁).
    pub succeeds: &'static [&'static str],
    /// Boards whose committees a name may go on to (星海科技董事会提名委员会).
    pub boards: &'static [&'static str],
    /// Words before an office that make it a past one (原董事长王某, 前任总经理, 曾任院长).
    pub former_before: &'static [&'static str],
    /// Verbs of appointing before 其 (聘任其为, 同意选举其为): 其 is the person named before.
    pub appointing: &'static [&'static str],
    /// Forms of address written between a name and its biography (赵某先生，1975年出生).
    pub topic_honorifics: &'static [&'static str],
    /// Titles of a government, whose holder's organization is the place written before
    /// them (某国总统, 某市市长, 某特区行政长官).
    pub government_titles: &'static [&'static str],
    /// Words that qualify a title rather than name its organization (中场球员, 资深编辑).
    pub title_qualifiers: &'static [&'static str],
    /// Trades practised on one's own account, whose holder no organization employs (出租车司机王某).
    pub freelance: &'static [&'static str],
    /// Endings of the names of bodies: a run of words ending so is a name even when the
    /// segmenter reads verbs inside it (某某留学中心, 某某出租公司).
    pub body_endings: &'static [&'static str],
    /// One-char prepositions jieba may read as nouns before a body (经公司总经理提名,
    /// 由集团董事长主持): never the first word of its name.
    pub glued_prepositions: &'static [&'static str],
    /// Verbs that are never part of a body's name (他所在公司的总经理).
    pub not_in_names: &'static [&'static str],
    /// Endings of the names of news outlets (理财周报, 某某网, 某某电视台).
    pub outlet_ends: &'static [&'static str],
    /// Words of a dateline that end the outlet's name (新华网北京5月1日电, 某某晚报讯).
    pub dateline_ends: &'static [&'static str],
    /// Outlets that stand for the writer's own paper, which the text does not name (本报讯).
    pub own_outlets: &'static [&'static str],
    /// Words that refer back to the organization under discussion besides those the
    /// organization extractor already reads as self references (公司, 本集团, 本行).
    pub more_generic_references: &'static [&'static str],
    /// Words after a name that make it the announcing company (星海集团公告, 某某公司发布公告称).
    pub announces: &'static [&'static str],
    /// Words that end the words after a count: a new clause or a preposition (３名学生与…).
    pub stops_after: &'static [&'static str],
    /// Link words between a subject and its figure (满载率为85%, 斥资约100万元).
    pub links_before: &'static [&'static str],
    /// Verbs of change between a quantity and its new value: the quantity is the subject,
    /// not the verb (油价一度回升到每桶20美元 → 油价; 出口增长8%).
    pub change_verbs: &'static [&'static str],
    /// Adverbs between a quantity and its change verb (油价一度回升, 利润将增长).
    pub adverbs: &'static [&'static str],
    /// Words that open a clause continuing the figure before it (营收为10亿元，同比增长20%;
    /// 管理着8个小区，其中6个…).
    pub continuations: &'static [&'static str],
}

/// The lists of `holder_words.txt`, one field per kind, each in file order.
pub(super) struct HolderWords {
    /// Public accounts of a state (外汇储备, 国债): the place written right before one
    /// holds its figure.
    pub state_account: &'static [&'static str],
    /// Verbs of a state's spending, giving or building right before the figure (拨款).
    pub state_act: &'static [&'static str],
    /// Words between such a verb and the figure (提供了约, 拨款共计).
    pub before_figure: &'static [&'static str],
    /// Words that may open a clause before a place as its subject (而某国…).
    pub opener: &'static [&'static str],
    /// Names (or parts of names: 胡润研究院, 深圳证券交易所) of bodies that publish, rate or
    /// list figures without holding them.
    pub not_holders: &'static [&'static str],
    /// Words right before an organization that make it the receiver or a partner (向某医院
    /// 捐赠, 对某公司投资, 与某公司签约).
    pub receiver_marks: &'static [&'static str],
    /// What may stand between a receiver mark and the receiver (对全资子公司某某投资, 向其
    /// 控股子公司某某增资): the receiver's tie to the giver.
    pub receiver_modifiers: &'static [&'static str],
    /// Verbs of giving after 为 + organization (为某公司提供50亿元授信, 为学校增加固定资产).
    pub giving: &'static [&'static str],
    /// Words right after an organization that make it the source of an estimate, not the
    /// figure's holder (某组织估计，…).
    pub source_verbs: &'static [&'static str],
    /// Verbs after a person that report what others hold (王某介绍，…).
    pub reporting_verbs: &'static [&'static str],
    /// Words before a person that make the person an object, not the actor who takes the
    /// figure away from the organization before (某公司为王某配备两名助理).
    pub object_marks: &'static [&'static str],
    /// Nouns of the members or staff of a body, written after it (星海集团员工, 某党议员).
    pub members: &'static [&'static str],
    /// Bodies a text names by their kind alone when it counts their members (7名政府成员,
    /// 议会的120名议员): the organization rules take none of them for a name.
    pub member_bodies: &'static [&'static str],
    /// Bodies of a state that a text names by their kind alone and that hold what they
    /// spend, own or seat (政府将为这一计划花费3000万美元, 要求国会拨款2亿美元).
    pub state_bodies: &'static [&'static str],
    /// Ends of names of institutions that the place rules may take for places (某某博物馆):
    /// the holder rules read them as organizations.
    pub institutions: &'static [&'static str],
    /// Words before such a body that make it many or unnamed (各国政府, 地方政府, 有关政府).
    pub not_one_body: &'static [&'static str],
    /// Words between 的 and the count of members (议会的其他4名议员, 的全体120名).
    pub member_quantifiers: &'static [&'static str],
    /// Prepositions whose object a figure inside their phrase counts (对20多个项目进行评议).
    pub prepositions: &'static [&'static str],
    /// Verbs of paying or helping whose object a count right after them counts (给付这80名
    /// 工人工资, 资助50名学生).
    pub to_receivers: &'static [&'static str],
    /// Words between such a verb and the count (给付这80名, 资助了50名).
    pub determiners: &'static [&'static str],
    /// Verbs of attending, after the people a count opening its clause counts (三十多位学者
    /// 参加了会议, 代表约300人与会).
    pub attend: &'static [&'static str],
    /// Class nouns of organizations: written before 的 and a figure, they name unnamed
    /// others who hold it (其他公司的700名工人, 欧盟国家的13家银行, 中小企业的35%).
    pub others: &'static [&'static str],
    /// Words before a class noun that make it the organization itself or its own part (本公司,
    /// 该公司, 旗下公司的…), not others.
    pub own_marks: &'static [&'static str],
    /// Nouns of a population a percentage can be a share of (60%的受访者认为…). A word
    /// ending in 人 counts too (以色列人, 年轻人).
    pub people: &'static [&'static str],
    /// Words that stand for the company the text is about when they open a clause, longest
    /// first (公司2024年实现营业收入…; 2024年，该公司研发投入…).
    pub company_words: &'static [&'static str],
    /// Adverbials that may open a clause before its subject (报告期内，公司…; 同时公司…).
    pub company_clause_openers: &'static [&'static str],
    /// Words that open a clause continuing the clause before it, with no subject of its own
    /// (…，同比增长8%; …，其中研发人员300人; …，占营业收入的12%).
    pub continuing: &'static [&'static str],
    /// A company's own accounts and acts: a clause that opens with one continues the
    /// company's clause before it (公司拟回购股份，回购资金总额不超过1亿元), and a sentence
    /// that opens with one leaves the company unsaid (营业收入12.3亿元，同比增长8%).
    pub accounts: &'static [&'static str],
    /// Predicates that open an announcement's sentence with the company left unsaid
    /// (实现营业收入12.3亿元; 拟以自有资金不超过2亿元回购股份), besides `accounts`.
    pub unsaid_company: &'static [&'static str],
    /// Units after 每 that make an amount a market price, which only an organization of its own
    /// clause holds (某组织减产，油价回升到每桶16美元 → none); 每股 and 每人 are not among them.
    pub price_units: &'static [&'static str],
}

/// The word lists of the relation, coreference and subject rules.
pub(super) static WORDS: LazyLock<LinkWords> = LazyLock::new(|| LinkWords {
    honorifics: LINK_TABLES.get("honorifics"),
    leads: LINK_TABLES.get("leads"),
    cause_ends: LINK_TABLES.get("cause_ends"),
    office_qualifiers: LINK_TABLES.get("office_qualifiers"),
    generic_company: LINK_TABLES.get("generic_company"),
    left_office_after: LINK_TABLES.get("left_office_after"),
    resignation_papers: LINK_TABLES.get("resignation_papers"),
    office_clause_words: LINK_TABLES.get("office_clause_words"),
    company_offices: LINK_TABLES.get("company_offices"),
    office_verbs: LINK_TABLES.get("office_verbs"),
    works_at: LINK_TABLES.get("works_at"),
    serves_as: LINK_TABLES.get("serves_as"),
    resignation_verbs: LINK_TABLES.get("resignation_verbs"),
    office_adverbs: LINK_TABLES.get("office_adverbs"),
    one: LINK_TABLES.get("one"),
    one_of: LINK_TABLES.get("one_of"),
    past_leads: LINK_TABLES.get("past_leads"),
    bodies_in_titles: LINK_TABLES.get("bodies_in_titles"),
    succeeds: LINK_TABLES.get("succeeds"),
    boards: LINK_TABLES.get("boards"),
    former_before: LINK_TABLES.get("former_before"),
    appointing: LINK_TABLES.get("appointing"),
    topic_honorifics: LINK_TABLES.get("topic_honorifics"),
    government_titles: LINK_TABLES.get("government_titles"),
    title_qualifiers: LINK_TABLES.get("title_qualifiers"),
    freelance: LINK_TABLES.get("freelance"),
    body_endings: LINK_TABLES.get("body_endings"),
    glued_prepositions: LINK_TABLES.get("glued_prepositions"),
    not_in_names: LINK_TABLES.get("not_in_names"),
    outlet_ends: LINK_TABLES.get("outlet_ends"),
    dateline_ends: LINK_TABLES.get("dateline_ends"),
    own_outlets: LINK_TABLES.get("own_outlets"),
    more_generic_references: LINK_TABLES.get("more_generic_references"),
    announces: LINK_TABLES.get("announces"),
    stops_after: LINK_TABLES.get("stops_after"),
    links_before: LINK_TABLES.get("links_before"),
    change_verbs: LINK_TABLES.get("change_verbs"),
    adverbs: LINK_TABLES.get("adverbs"),
    continuations: LINK_TABLES.get("continuations"),
});

/// The word lists of the figure-holder rules.
pub(super) static HOLDER: LazyLock<HolderWords> = LazyLock::new(|| HolderWords {
    state_account: HOLDER_TABLES.get("state_account"),
    state_act: HOLDER_TABLES.get("state_act"),
    before_figure: HOLDER_TABLES.get("before_figure"),
    opener: HOLDER_TABLES.get("opener"),
    not_holders: HOLDER_TABLES.get("not_holders"),
    receiver_marks: HOLDER_TABLES.get("receiver_marks"),
    receiver_modifiers: HOLDER_TABLES.get("receiver_modifiers"),
    giving: HOLDER_TABLES.get("giving"),
    source_verbs: HOLDER_TABLES.get("source_verbs"),
    reporting_verbs: HOLDER_TABLES.get("reporting_verbs"),
    object_marks: HOLDER_TABLES.get("object_marks"),
    members: HOLDER_TABLES.get("members"),
    member_bodies: HOLDER_TABLES.get("member_bodies"),
    state_bodies: HOLDER_TABLES.get("state_bodies"),
    institutions: HOLDER_TABLES.get("institutions"),
    not_one_body: HOLDER_TABLES.get("not_one_body"),
    member_quantifiers: HOLDER_TABLES.get("member_quantifiers"),
    prepositions: HOLDER_TABLES.get("prepositions"),
    to_receivers: HOLDER_TABLES.get("to_receivers"),
    determiners: HOLDER_TABLES.get("determiners"),
    attend: HOLDER_TABLES.get("attend"),
    others: HOLDER_TABLES.get("others"),
    own_marks: HOLDER_TABLES.get("own_marks"),
    people: HOLDER_TABLES.get("people"),
    company_words: HOLDER_TABLES.get("company_words"),
    company_clause_openers: HOLDER_TABLES.get("company_clause_openers"),
    continuing: HOLDER_TABLES.get("continuing"),
    accounts: HOLDER_TABLES.get("accounts"),
    unsaid_company: HOLDER_TABLES.get("unsaid_company"),
    price_units: HOLDER_TABLES.get("price_units"),
});

/// `text.ends_with(word)`, compared byte by byte in line (see [`starts_with`]): the words
/// of a list read from a file are not compared in line by the compiler as a `const`
/// list's were, and a call to `memcmp` per word cost more than the comparison.
#[inline]
pub(super) fn ends_with(text: &str, word: &str) -> bool {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    t.len() >= w.len() && t.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b)
}

/// `text.strip_prefix(word)`, compared in line (see [`ends_with`]).
#[inline]
pub(super) fn strip_prefix<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    if starts_with(text, word) {
        text.get(word.len()..)
    } else {
        None
    }
}

/// `text.strip_suffix(word)`, compared in line (see [`ends_with`]).
#[inline]
pub(super) fn strip_suffix<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    if ends_with(text, word) {
        text.get(..text.len() - word.len())
    } else {
        None
    }
}

/// Whether `word` is one of `words`, compared in line (see [`ends_with`]).
#[inline]
pub(super) fn is_in(words: &[&str], word: &str) -> bool {
    words
        .iter()
        .any(|w| w.len() == word.len() && starts_with(word, w))
}

/// A word list with a filter of its words' first chars, so that `contains` and
/// `prefix_of` rule out most words and texts with one load before any word is compared
/// (a `const` list was compared in line by the compiler; a list read from a file is not).
pub(super) struct WordList {
    words: &'static [&'static str],
    firsts: CharBloom,
}

impl WordList {
    fn new(words: &'static [&'static str]) -> Self {
        let mut firsts = CharBloom::default();
        for w in words {
            firsts.add_first(w);
        }
        WordList { words, firsts }
    }

    #[inline]
    fn may_start(&self, text: &str) -> bool {
        self.firsts.may_start(text)
    }

    /// Whether `word` is one of the words.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.may_start(word)
            && self
                .words
                .iter()
                .any(|w| w.len() == word.len() && starts_with(word, w))
    }

    /// The first word, in list order, that `text` starts with.
    #[inline]
    pub fn prefix_of(&self, text: &str) -> Option<&'static str> {
        if !self.may_start(text) {
            return None;
        }
        self.words.iter().copied().find(|w| starts_with(text, w))
    }
}

/// The lists that hot paths test membership in, indexed by first char.
pub(super) struct Indexes {
    /// `office_verbs` of `link_words.txt`.
    pub office_verbs: WordList,
    /// `resignation_verbs` of `link_words.txt`.
    pub resignation_verbs: WordList,
    /// `state_bodies` of `holder_words.txt` (tested on every token: the lengths of its
    /// words rule out most tokens before their first chars are read).
    pub state_bodies: WordSet,
    /// `members` of `holder_words.txt`.
    pub members: WordList,
    /// `company_words` of `holder_words.txt` (asked of every clause before a figure).
    pub company_words: WordList,
    /// `company_clause_openers` of `holder_words.txt`.
    pub company_clause_openers: WordList,
    /// `continuing` of `holder_words.txt`.
    pub continuing: WordList,
    /// `accounts` of `holder_words.txt`.
    pub accounts: WordList,
    /// `unsaid_company` of `holder_words.txt`.
    pub unsaid_company: WordList,
}

/// The indexed lists.
pub(super) static INDEX: LazyLock<Indexes> = LazyLock::new(|| Indexes {
    office_verbs: WordList::new(WORDS.office_verbs),
    resignation_verbs: WordList::new(WORDS.resignation_verbs),
    state_bodies: WordSet::new(HOLDER.state_bodies),
    members: WordList::new(HOLDER.members),
    company_words: WordList::new(HOLDER.company_words),
    company_clause_openers: WordList::new(HOLDER.company_clause_openers),
    continuing: WordList::new(HOLDER.continuing),
    accounts: WordList::new(HOLDER.accounts),
    unsaid_company: WordList::new(HOLDER.unsaid_company),
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        let link = WordTables::parse(LINK_WORDS_TXT, LINK_KINDS).expect("link_words.txt reads");
        assert_eq!(link.get("leads").first(), Some(&"近日"));
        let holder =
            WordTables::parse(HOLDER_WORDS_TXT, HOLDER_KINDS).expect("holder_words.txt reads");
        assert!(holder.get("state_act").contains(&"拨款"));
        assert_eq!(WORDS.office_verbs.first(), Some(&"是"));
        assert_eq!(HOLDER.accounts.first(), Some(&"营业收入"));
    }

    #[test]
    fn indexed_lists_agree_with_their_slices() {
        let list = &INDEX.office_verbs;
        for word in ["任", "担任", "获委任为", "委任", "任职", "", "A", "董事长"] {
            assert_eq!(
                list.contains(word),
                WORDS.office_verbs.contains(&word),
                "{word}"
            );
        }
        let members = &INDEX.members;
        for text in ["员工参加", "工作人员说", "委员会", "人员", ""] {
            let want = HOLDER.members.iter().copied().find(|m| text.starts_with(m));
            assert_eq!(members.prefix_of(text), want, "{text}");
        }
    }
}
