//! The words that end the name of a department, office or board of an organization
//! (财务部, 感染科, 研究所, 董事会). One table for two uses: the title extractor takes
//! a department written before a title into the title (财务部经理), and linking reads
//! the organization written before a department as the employer (星海集团人力资源部
//! 副总经理王某 works for 星海集团).

/// Endings of department names, and whether a title takes a department with that ending
/// into itself (财务部经理 is one title; 某某研究所所长 keeps 所长, the 研究所 being
/// mostly an organization of its own). Longer forms are listed too (事业部 ends in 部 but
/// is a unit of its own word).
pub(crate) const DEPARTMENT_ENDINGS: &[(&str, bool)] = &[
    ("部", true),
    ("科", true),
    ("处", true),
    ("室", true),
    ("系", true),
    ("组", true),
    ("办", true),
    ("车间", true),
    ("分厂", true),
    ("事业部", true),
    ("委员会", true),
    ("监事会", true),
    ("董事会", true),
    ("理事会", true),
    ("工会", true),
    ("党委", true),
    ("支部", true),
    ("党支部", true),
    ("办公室", true),
    ("项目", true),
    ("所", false),
    ("司", false),
    ("局", false),
    ("中心", false),
    ("研究所", false),
    ("团委", false),
];

/// Whether `word` ends in a department ending and is more than that ending (财务部, not
/// 部): linking reads the organization before it as the employer.
pub(crate) fn ends_in_department(word: &str) -> bool {
    DEPARTMENT_ENDINGS
        .iter()
        .any(|(e, _)| word.ends_with(e) && word != *e)
}

/// Whether `word` ends in a department ending a title takes into itself (财务部经理).
pub(crate) fn ends_in_title_department(word: &str) -> bool {
    DEPARTMENT_ENDINGS
        .iter()
        .any(|(e, in_title)| *in_title && word.ends_with(e) && word != *e)
}
