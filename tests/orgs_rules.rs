//! Organization rules of issue 13, one table per rule, on invented sentences: each row
//! gives the organizations that must be found and those that must not.

mod common;

use common::assert_orgs;

#[test]
fn the_sides_of_a_match_are_teams() {
    assert_orgs(&[
        ("南昌vs杭州推荐：3", &["南昌", "杭州"], &[]),
        ("5、科尔多瓦vs埃尔切推荐：0", &["科尔多瓦", "埃尔切"], &[]),
        ("客队萨拉戈萨刚刚迎来三连胜。", &["萨拉戈萨"], &[]),
        ("上轮大连逼平成都。", &["大连", "成都"], &[]),
        // Players are no teams, nor is the venue after a preposition.
        ("决赛中王建国战胜李志强。", &[], &["王建国", "李志强"]),
        ("客队26日在昆明迎战长沙队。", &["长沙队"], &["昆明"]),
        ("中国战胜了贫困。", &[], &["中国"]),
    ]);
}

#[test]
fn a_sport_and_sex_after_a_place_make_a_team() {
    assert_orgs(&[
        (
            "巴西女篮以80比70战胜澳大利亚女篮。",
            &["巴西女篮", "澳大利亚女篮"],
            &[],
        ),
        ("古巴女排昨天抵达。", &["古巴女排"], &[]),
    ]);
}

#[test]
fn a_short_name_before_a_company_title_and_a_person_is_a_company() {
    assert_orgs(&[
        ("云岫智能董事长张明表示，将扩大产能。", &["云岫智能"], &[]),
        ("青禾珠宝总裁李军认为，金价还会上涨。", &["青禾珠宝"], &[]),
        // A person's name before a title is the person's.
        ("王明董事长李军表示。", &[], &["王明"]),
        ("北京董事长李军表示。", &[], &["北京"]),
    ]);
}

#[test]
fn a_name_quoting_odds_is_a_bookmaker() {
    assert_orgs(&[
        ("北辰博彩凯比值顺列排列。", &["北辰博彩"], &[]),
        ("bwin同赔率下，主队三胜。", &["bwin"], &[]),
        ("平均赔率为1.60。", &[], &["平均"]),
    ]);
}

#[test]
fn armed_forces_federations_and_works_after_a_place_are_organizations() {
    assert_orgs(&[
        ("日前，印度海军宣布接收新舰。", &["印度海军"], &[]),
        ("江西省残联理事长王华说。", &["江西省残联"], &[]),
        ("他请来湖北省科委的专家。", &["湖北省科委"], &[]),
        ("恰逢南昌胶鞋厂向全国招标。", &["南昌胶鞋厂"], &[]),
        ("北京房地产开发的各个环节透明度较差。", &[], &["北京房地产"]),
    ]);
}

#[test]
fn a_bare_committee_or_team_word_names_the_body() {
    assert_orgs(&[
        ("省委、省政府近日出台新规定。", &["省委"], &[]),
        ("市委副书记周某出席。", &["市委"], &[]),
        ("组委会当天决定推迟比赛。", &["组委会"], &[]),
        ("他终生不得代表国家队参赛。", &["国家队"], &[]),
        // Part of a longer name, or inside a title: not the bare body.
        ("省委书记周某出席。", &[], &["省委"]),
        ("博览会组委会昨天致函主办方。", &[], &["组委会"]),
    ]);
}

#[test]
fn a_latin_name_doing_what_a_company_does_is_a_company() {
    assert_orgs(&[
        ("这款游戏由Northwind开发。", &["Northwind"], &[]),
        ("日前，Contoso宣布推出新机型。", &["Contoso"], &[]),
        // A person's Latin name, and roles, are not companies.
        ("Tim Cook宣布了新计划。", &[], &["Cook"]),
        ("CEO宣布辞职。", &[], &["CEO"]),
    ]);
}

#[test]
fn report_words_before_a_name_are_not_part_of_it() {
    assert_orgs(&[
        (
            "新华网6月3日讯南州市参议院拨款委员会近日通过决议。",
            &["南州市参议院拨款委员会"],
            &[],
        ),
        (
            "区财政拨付到区民政局后再发放。",
            &["区民政局"],
            &["到区民政局"],
        ),
        (
            "注册管理部门南湖区教育局宣布处理结果。",
            &["南湖区教育局"],
            &[],
        ),
        (
            "市场预期星海银行的利润将增长。",
            &["星海银行"],
            &["预期星海银行"],
        ),
    ]);
}

#[test]
fn names_listed_with_an_organization_are_organizations() {
    assert_orgs(&[
        ("华为、荣事达、康佳等厂家纷纷降价。", &["华为", "康佳"], &[]),
        // A place in the list stays a place.
        ("华为、北京、上海等都有分部。", &["华为"], &["北京", "上海"]),
    ]);
}

#[test]
fn a_channel_after_a_portal_is_part_of_its_name() {
    assert_orgs(&[
        ("腾讯新闻昨天发布了榜单。", &["腾讯新闻"], &["腾讯"]),
        ("新浪房产讯，某楼盘已开盘。", &["新浪房产"], &[]),
    ]);
}

#[test]
fn a_stock_short_name_in_shares_or_pharma_is_a_company() {
    assert_orgs(&[
        (
            "交易所对天宇股份下发问询函，天宇股份随后回复。",
            &["天宇股份"],
            &[],
        ),
        (
            "知名上市公司天宇股份今日复牌。",
            &["天宇股份"],
            &["上市公司天宇股份"],
        ),
        ("他持有公司股份。", &[], &["公司股份"]),
    ]);
}

#[test]
fn a_kind_of_company_before_a_name_is_no_part_of_it() {
    assert_orgs(&[
        (
            "旗下子公司南岭汽车有限公司负责生产。",
            &["南岭汽车有限公司"],
            &["子公司南岭汽车有限公司"],
        ),
        ("西川上市公司协会召开年会。", &["西川上市公司协会"], &[]),
    ]);
}

#[test]
fn a_preposition_glued_to_a_division_char_is_no_part_of_the_body() {
    assert_orgs(&[
        (
            "记者从市卫健委获悉，新规下月实施。",
            &["市卫健委"],
            &["从市卫健委"],
        ),
        (
            "他随后向省财政厅提交了申请。",
            &["省财政厅"],
            &["向省财政厅"],
        ),
    ]);
}

#[test]
fn the_partner_of_an_organization_in_a_deal_is_an_organization() {
    assert_orgs(&[
        (
            "天宇股份与百岳神州签署合作协议，双方将共同开发新药。",
            &["天宇股份", "百岳神州"],
            &[],
        ),
        (
            "百岳神州与天宇股份达成战略合作。",
            &["百岳神州", "天宇股份"],
            &[],
        ),
        // A person is no partner, nor a place.
        ("天宇股份与王建国签署协议。", &["天宇股份"], &["王建国"]),
    ]);
}

#[test]
fn a_short_name_opening_a_clause_about_its_business_is_a_company() {
    assert_orgs(&[
        ("昨日，云帆物流发布了2023年财报。", &["云帆物流"], &[]),
        ("思远智能在科创板上市，首日大涨。", &["思远智能"], &[]),
        ("顺达快运旗下的无人机业务也在扩张。", &["顺达快运"], &[]),
        // A person, a common noun or a time word before the verb is no company.
        ("张华发布了一首新歌。", &[], &["张华"]),
        ("政策文件发布后，市场反应平稳。", &[], &["政策文件"]),
        ("王某家属随后发布声明。", &[], &["王某家属"]),
    ]);
}

#[test]
fn a_surname_and_a_speech_verb_make_an_abbreviation_a_given_name() {
    assert_orgs(&[
        ("李北大说，他明年还会再来。", &[], &["北大"]),
        ("据刘北大介绍，村里今年新修了路。", &[], &["北大"]),
        // A preposition or 原 before it, or a title after it: the university.
        ("他于北大表示感谢。", &["北大"], &[]),
        ("原北大教授周某出席。", &["北大"], &[]),
    ]);
}
