//! Customers, contacts, follow-ups and the repair intake picker (help nodes 15–33, 297, 298; vendor
//! reference §8.2–§8.4): what a desk needs before and after an after-sales call.
//!
//! A customer is added in one of two ways. Every 32.x server takes the mobile pages: allocate an id
//! (`customer_new_id`), then save a company or a person customer under it. Servers whose help lists the v3
//! web API (32.17 and later) also take `customer_add` / `customer_edit`, which name the category, region and
//! salesperson by text instead of by id and do not answer the new id.

use super::{
    CHECKTYPE, Endpoint, PAGE_INDEX, PAGE_SIZE, Param, ReadBack, ResultShape, SEARCH_KEY, SORT, c, concat, date,
    decimal, ids, integer, list, mobile, save, text, web_write,
};

const CUSTOMER_ORD: Param = integer(
    "ord",
    "客户id: the id customer_new_id handed out (adding) or an existing customer's (editing); the help marks \
     it optional, but the page saves nothing without it",
)
.required();
const NAME: Param = text("name", "客户名称 customer name, unique").required().max_chars(100);
const PYM: Param = text("pym", "拼音码 pinyin code").max_chars(200);
const KHID: Param = text("khid", "客户编号 customer number (customer_new_id suggests one)").max_chars(50);
const SORT1: Param = text("sort1", "客户分类 customer category id (enum_options, or the category tree of the form)")
    .required()
    .max_chars(50);
const LY: Param = integer("ly", "客户来源 source: an option id of the server (enum_options 13)");
const JF2: Param =
    integer("jf2", "是否积分 earns points: 1 积分, 0 不积分").choices(&[c("1", "积分"), c("0", "不积分")]);
const AREA: Param = text("area", "客户区域 region id from region_list");
const TRADE: Param = integer("trade", "客户行业 industry: an option id of the server (enum_options 11)");
const JZ: Param = integer("jz", "价值评估 value rating: an option id of the server (enum_options 14)");
const CREDIT: Param = text("credit", "信用等级 credit rating").max_chars(50);
const URL: Param = text("url", "客户网址 website").max_chars(100);
const BZ: Param = text("bz", "客户币种 currency id (the sample server's 14 = 人民币)").max_chars(50);
const HK_XZ: Param = decimal("hk_xz", "到款限制 payment limit");
const ADDRESS: Param = text("address", "客户地址 address").max_chars(200);
const LNG: Param = text("lng", "经度 longitude").max_chars(50);
const LAT: Param = text("lat", "纬度 latitude").max_chars(50);
const ZIP: Param = text("zip", "邮编 post code").max_chars(10);
const DATE1: Param = date("date1", "添加时间 added on");
const SEX: Param = text("sex", "性别 sex: 男 or 女 (the help types it int, with the values 男/女)")
    .choices(&[c("男", "男"), c("女", "女")]);
const AGE: Param = integer("age", "年龄 age");
const YEAR1: Param = date("year1", "生日 birthday");
const PART1: Param = text("part1", "部门 department").max_chars(50);
const JOB: Param = text("job", "职务 job title").max_chars(50);
const PHONE: Param = text("phone", "办公电话 office phone").max_chars(50);
const FAX: Param = text("fax", "传真 fax").max_chars(50);
const MOBILE: Param = text("mobile", "手机 mobile").max_chars(50);
const PHONE2: Param = text("phone2", "家庭电话 home phone").max_chars(50);
const EMAIL: Param = text("email", "电子邮件 e-mail").max_chars(50);
const QQ: Param = text("qq", "QQ").max_chars(20);
const WEIXIN: Param = text("weixinAcc", "微信 WeChat").max_chars(50);
const XIQUE: Param = text("XiQueIntro", "喜鹊声声").max_chars(50);
const MSN: Param = text("msn", "MSN").max_chars(50);
const JG: Param = text("jg", "籍贯 native place").max_chars(50);
const PRODUCT: Param = text("product", "客户简介 profile").max_chars(4000);
const C2: Param = text("c2", "合作现状 cooperation status").max_chars(4000);
const C3: Param = text("c3", "合作前景 prospects").max_chars(4000);
const C4: Param = text("c4", "跟进策略 follow-up strategy").max_chars(4000);
const INTRO: Param = text("intro", "备注 remark").max_chars(4000);

const COMPANY_SAVE_PARAMS: &[Param] = &[
    CUSTOMER_ORD,
    NAME,
    PYM,
    KHID,
    SORT1,
    LY,
    JF2,
    AREA,
    TRADE,
    JZ,
    CREDIT,
    URL,
    BZ,
    HK_XZ,
    ADDRESS,
    LNG,
    LAT,
    ZIP,
    text("faren", "法人代表 legal representative").max_chars(50),
    decimal("zijin", "注册资本 registered capital"),
    integer("pernum1", "人员数量-销售 sales headcount"),
    integer("pernum2", "人员数量-技术 technical headcount"),
    DATE1,
    text("person_name", "联系人姓名 the contact's name").required().max_chars(50),
    text("@personpym", "联系人拼音码 the contact's pinyin code").max_chars(50),
    SEX,
    AGE,
    YEAR1,
    PART1,
    JOB,
    PHONE,
    FAX,
    MOBILE,
    PHONE2,
    EMAIL,
    QQ,
    WEIXIN,
    XIQUE,
    MSN,
    JG,
    PRODUCT,
    C2,
    C3,
    C4,
    INTRO,
    text("bank_1", "开户银行1 bank 1").max_chars(50),
    text("bank_2", "开户名称1 account name 1").max_chars(50),
    text("bank_7", "银行行号1 bank code 1").max_chars(50),
    text("bank_3", "银行账号1 account number 1").max_chars(50),
    text("bank_4", "税号1 tax number 1").max_chars(50),
    text("bank_5", "地址1 address 1").max_chars(50),
    text("bank_6", "电话1 phone 1").max_chars(50),
    text("bank2_1", "开户银行2 bank 2").max_chars(50),
    text("bank2_2", "开户名称2 account name 2").max_chars(50),
    text("bank2_7", "银行行号2 bank code 2").max_chars(50),
    text("bank2_3", "银行账号2 account number 2").max_chars(50),
    text("bank2_4", "税号2 tax number 2").max_chars(50),
    text("bank2_5", "地址2 address 2").max_chars(50),
    text("bank2_6", "电话2 phone 2").max_chars(50),
    integer("fkdays", "账期 credit days"),
    integer("fkdate", "结算日期 settlement day of the month"),
];

const PERSON_SAVE_PARAMS: &[Param] = &[
    CUSTOMER_ORD,
    NAME,
    PYM,
    KHID,
    SORT1,
    LY,
    JF2,
    AREA,
    TRADE,
    JZ,
    CREDIT,
    URL,
    BZ,
    HK_XZ,
    ADDRESS,
    LNG,
    LAT,
    ZIP,
    DATE1,
    SEX,
    AGE,
    YEAR1,
    PART1,
    JOB,
    PHONE,
    FAX,
    MOBILE,
    PHONE2,
    EMAIL,
    QQ,
    WEIXIN,
    XIQUE,
    MSN,
    JG,
    text("faren", "所在单位 employer").max_chars(50),
    PRODUCT,
    C2,
    C3,
    C4,
    INTRO,
];

/// The v3 add and edit: the same customer, named rather than numbered where the mobile form takes ids.
const V3_CUSTOMER_PARAMS: &[Param] = &[
    integer("sort2", "客户属性 kind: 1 单位客户 company, 2 个人客户 person")
        .required()
        .choices(&[c("1", "单位客户"), c("2", "个人客户")]),
    text("name", "客户名称 customer name; the server's policy decides whether it must be unique").required(),
    text("khid", "客户编号 customer number, unique"),
    text("sort", "客户分类 customer category, by name").required(),
    text("sort1", "跟进程度 follow-up stage, by name").required(),
    text("ly", "客户来源 source, by name"),
    text("area", "客户区域 region by name, following the region tree (at most 50 characters)").max_chars(50),
    text("trade", "客户行业 industry, by name"),
    text("jz", "价值评估 value rating, by name"),
    text("credit", "信用等级 credit rating"),
    text("url", "客户网址 website, e.g. https://www.example.com/"),
    integer("hk_xz", "到款限制(%) share of the amount that must be paid before goods leave").range(0, 100),
    integer("pernum1", "人员数量(销售) sales headcount"),
    integer("pernum2", "人员数量(技术) technical headcount"),
    text("address", "客户地址 address"),
    integer("zip", "邮编 post code, at most 6 digits").range(0, 999_999),
    text("faren", "法人代表 legal representative"),
    integer("zijin", "注册资本(万元) registered capital in 10,000 yuan"),
    text("product", "客户简介 profile"),
    text("c2", "合作现状 cooperation status"),
    text("c3", "合作前景 prospects"),
    text("c4", "跟进策略 follow-up strategy"),
    text("intro", "备注 remark"),
    text("bank_1", "开户银行1 bank 1"),
    text("bank_2", "开户名称1 account name 1"),
    text("bank_7", "银行行号1 bank code 1"),
    text("bank_3", "银行账号1 account number 1"),
    text("bank_4", "税号1 tax number 1"),
    text("bank_5", "地址1 address 1"),
    text("bank_6", "电话1 phone 1"),
    text("bank2_1", "开户银行2 bank 2"),
    text("bank2_2", "开户名称2 account name 2"),
    text("bank2_7", "银行行号2 bank code 2"),
    text("bank2_3", "银行账号2 account number 2"),
    text("bank2_4", "税号2 tax number 2"),
    text("bank2_5", "地址2 address 2"),
    text("bank2_6", "电话2 phone 2"),
    integer("fkdays", "账期 days after the contract's approval within which the customer pays").range(1, 365),
    integer("fkdate", "结算日期 day of the month by which the customer pays (wins over fkdays)").range(1, 31),
    text("sort98", "跟进方式 follow-up method, by name"),
    text("reply", "洽谈进展 the sales progress with this customer"),
    text("cateName", "销售人员 salesperson, one name"),
    date("Date1", "添加时间 added on (default: now)"),
    text("person_name", "联系人姓名 contact name; needed for any other contact field to be written").required(),
    text("sex", "联系人性别 the contact's sex"),
    date("year1", "联系人生日 the contact's birthday (Gregorian)"),
    text("jg", "联系人籍贯 native place"),
    text("part1", "联系人部门 department"),
    text("job", "联系人职务 job title"),
    text("role", "联系人角色 role"),
    text("phone", "联系人办公电话 office phone: area code + number + extension, e.g. 01012345678-052"),
    text("fax", "联系人传真 fax, written like the phone"),
    text("mobile", "联系人手机 mobile: an 11-digit number"),
    text("email", "联系人电子邮件 e-mail"),
    text("sphone", "联系人收货固定电话 delivery phone"),
    text("smobile", "联系人收货手机 delivery mobile"),
    text("sarea", "联系人收货区域 delivery region by name (at most 50 characters)").max_chars(50),
    text("saddress", "联系人收货详细地址 delivery address"),
    integer("szip", "联系人收货邮编 delivery post code"),
    integer("qq", "联系人QQ QQ number"),
    text("weixinAcc", "联系人微信 WeChat"),
    text("msn", "联系人MSN MSN"),
    text("Cateadd", "添加人员 added by, one name (default: the API account)"),
];

const V3_EDIT_PARAMS: [Param; V3_CUSTOMER_PARAMS.len() + 1] =
    concat(&[&[integer("ord", "单据ID the customer to edit").required()], V3_CUSTOMER_PARAMS]);

const MEMBER1_ALL_OR_LISTED: &[super::Choice] = &[c("1", "共享给所有用户"), c("0", "共享给以下用户")];
const YES_NO: &[super::Choice] = &[c("1", "是"), c("0", "否")];

const CONTACT_LIST_PARAMS: &[Param] = &[
    integer("stype", "列表模式: empty 联系人列表, 1 生日提醒 birthdays coming up").choices(&[c("1", "生日提醒")]),
    integer("company", "客户ID the customer whose contacts to list"),
    text("remind", "提醒类型: 7 生日提醒 birthdays").choices(&[c("7", "生日提醒")]),
    CHECKTYPE,
    text("person_name", "联系人姓名 contact name contains"),
    text("pym", "拼音码 pinyin code contains"),
    text("name", "客户名称 customer name contains"),
    ids("telsort", "客户分类 customer category ids"),
    ids("area", "客户区域 customer region ids"),
    ids("trade", "客户行业 customer industry ids"),
    text("part1", "部门 department contains"),
    text("job", "职务 job title contains"),
    text("mobile", "手机 mobile contains"),
    text("phone", "办公电话 office phone contains"),
    text("fax", "传真 fax contains"),
    text("qq", "QQ contains"),
    text("email", "电子邮件 e-mail contains"),
    text("joy", "联系人爱好 hobbies contain"),
    text("intro", "联系人备注 remark contains"),
    ids("sex", "性别 sexes, comma-separated (男,女)"),
    date("date1_0", "添加时间起 added from"),
    date("date1_1", "添加时间止 added to"),
    SEARCH_KEY,
    PAGE_SIZE,
    PAGE_INDEX,
    SORT,
];

const FOLLOW_UP_PARAMS: &[Param] = &[
    text("datatype", "跟进对象 what the follow-up is about: tel 客户, person 联系人, chance 项目, contract 合同")
        .required()
        .choices(&[c("tel", "客户"), c("person", "联系人"), c("chance", "项目"), c("contract", "合同")])
        .in_query(),
    integer("ord", "the customer, contact, project or contract id (the help's generic text says edits only)")
        .required(),
    text("intro", "选择模板 the follow-up text, or a template id of the server (sample: 106 谈的很好，让发合同。)")
        .required()
        .max_chars(1000),
    text("files", "添加附件 attachment").max_chars(50),
    integer(
        "sort",
        "跟进方式 method: an option id of the server (enum_options 98; sample: 481 电话, 482 邮件, 483 上门, 484 其他)",
    )
    .required(),
    integer("lead", "关联联系人 a contact of the customer, 0 none (datatype tel only)"),
    integer("plantype", "日程类型 schedule: 2 已完成日程 done, 1 待完成日程 to do, 0 不生成 none")
        .required()
        .choices(&[c("2", "已完成日程"), c("1", "待完成日程"), c("0", "不生成")]),
    date(
        "@ret2_0",
        "开始时间 start of the done schedule (required with plantype 2; the help marks it always required)",
    ),
    date("@ret2_1", "结束时间 end of the done schedule (required with plantype 2)"),
    text("@title2", "日程内容 content of the done schedule (required with plantype 2)").max_chars(1000),
    text("@intro2", "完成情况 result of the done schedule (required with plantype 2)").max_chars(1000),
    ids("@cateid", "执行人员 executors: user ids").max_chars(4000),
    integer("@remind", "是否提醒 remind: 0 提醒, 1 不提醒 (required with plantype 1)")
        .choices(&[c("0", "提醒"), c("1", "不提醒")]),
    date("@ret_0", "开始时间 start of the to-do schedule (required with plantype 1)"),
    date("@ret_1", "结束时间 end of the to-do schedule (required with plantype 1)"),
    text("@title1", "日程内容 content of the to-do schedule (required with plantype 1)").max_chars(1000),
];

const CUSTOMER_ONLY: &[Param] = &[integer("ord", "客户ID customer id, from customer_list").required()];

pub(super) const ENDPOINTS: &[Endpoint] = &[
    mobile(
        "customer_new_id",
        "分配新客户ID allocate the id (bill id) and a suggested number (field khid) of a new customer, before \
         customer_save_company or customer_save_person (every 32.x server)",
        "/sysa/mobilephone/salesmanage/custom/add.asp",
        "help.ashx node 15",
        None,
        &[integer("intsort", "客户类型: 1 单位客户 company, 2 个人客户 person")
            .choices(&[c("1", "单位客户"), c("2", "个人客户")])],
        ResultShape::Bill,
    ),
    save(
        "customer_save_company",
        "单位客户添加 save a company customer under an id from customer_new_id, or edit one (every 32.x server; \
         customer_add is the v3 way)",
        "/sysa/mobilephone/salesmanage/custom/add.asp?intsort=1",
        "help.ashx node 16",
        COMPANY_SAVE_PARAMS,
    )
    .verified_by(ReadBack { endpoint: "customer_detail", key: "ord", shows: &["name"] }),
    save(
        "customer_save_person",
        "个人客户添加 save a person customer under an id from customer_new_id, or edit one (every 32.x server; \
         customer_add is the v3 way)",
        "/sysa/mobilephone/salesmanage/custom/add.asp?intsort=2",
        "help.ashx node 17",
        PERSON_SAVE_PARAMS,
    )
    .verified_by(ReadBack { endpoint: "customer_detail", key: "ord", shows: &["name"] }),
    web_write(
        "customer_add",
        "客户添加 add a company or person customer through the v3 web API (servers with /webapi/v3, 32.17 help); \
         the answer names no id: find the customer in customer_list",
        "/webapi/v3/sales/customer/add",
        "help.ashx node 297",
        V3_CUSTOMER_PARAMS,
    ),
    web_write(
        "customer_edit",
        "客户修改 edit a customer through the v3 web API (servers with /webapi/v3); every 32.x server takes \
         customer_save_company / customer_save_person instead",
        "/webapi/v3/sales/customer/edit",
        "help.ashx node 298",
        &V3_EDIT_PARAMS,
    ),
    save(
        "customer_assign",
        "客户指派 assign a customer to users, or open it to everyone",
        "/sysa/mobilephone/systemmanage/order.asp?datatype=tel",
        "help.ashx node 20",
        &[
            integer("ord", "客户ID customer id").required(),
            integer("member1", "指派方式: 1 对所有用户公开 open to everyone, 0 指派给以下用户 assign to member2")
                .required()
                .choices(&[c("1", "对所有用户公开"), c("0", "指派给以下用户")]),
            ids("member2", "指派用户 user ids (from staff_list), needed with member1 0").max_chars(50),
        ],
    ),
    Endpoint {
        writes: true,
        ..mobile(
            "customer_take_back",
            "客户收回 take a customer back into the customer pool",
            "/sysa/mobilephone/salesmanage/custom/takeback.asp",
            "help.ashx node 21",
            None,
            CUSTOMER_ONLY,
            ResultShape::Message,
        )
    },
    Endpoint {
        writes: true,
        ..mobile(
            "customer_apply",
            "客户申请 apply to take over a customer of the pool (then customer_approve or customer_review)",
            "/sysa/mobilephone/salesmanage/custom/apply.asp",
            "help.ashx node 22",
            None,
            CUSTOMER_ONLY,
            ResultShape::Message,
        )
    },
    Endpoint {
        writes: true,
        ..mobile(
            "customer_approve",
            "客户审批 approve or reject an application for a customer",
            "/sysa/mobilephone/salesmanage/custom/approve.asp?__msgid=onsave",
            "help.ashx node 23",
            Some("onsave"),
            &[
                integer("ord", "客户ID customer id").required(),
                integer("blset", "审批结果: 1 同意 agree, 0 否决 reject")
                    .required()
                    .choices(&[c("1", "同意"), c("0", "否决")]),
            ],
            ResultShape::Message,
        )
    },
    save(
        "customer_review",
        "客户审核 review an application for a customer, with a comment",
        "/sysa/mobilephone/salesmanage/custom/approve_set.asp",
        "help.ashx node 24",
        &[
            integer("ord", "客户ID customer id").required(),
            integer("jg", "审核结果: 1 同意 agree, 2 否决 reject")
                .required()
                .choices(&[c("1", "同意"), c("2", "否决")]),
            text("intro", "审核意见 comment").max_chars(500),
            text("approveSign", "手写签名 signature").max_chars(50),
        ],
    ),
    save(
        "customer_share",
        "客户共享 share a customer with everyone or with listed users, and what goes with it",
        "/sysa/mobilephone/salesmanage/custom/share.asp",
        "help.ashx node 26",
        &[
            integer("ord", "客户ID customer id").required(),
            integer("member1", "共享类型: 1 共享给所有用户 everyone, 0 共享给以下用户 member2")
                .required()
                .choices(MEMBER1_ALL_OR_LISTED),
            ids("member2", "共享用户 user ids (from staff_list), needed with member1 0").max_chars(50),
            integer("sharecontact", "客户联系人 also the contacts: 1 是, 0 否").required().choices(YES_NO),
            integer("replyshare", "洽谈进展 also the follow-ups: 1 是, 0 否").required().choices(YES_NO),
            integer("chanceshare", "客户项目 also the projects: 1 是, 0 否").required().choices(YES_NO),
            integer("contractshare", "客户合同 also the contracts: 1 是, 0 否").required().choices(YES_NO),
        ],
    ),
    Endpoint {
        writes: true,
        ..mobile(
            "customer_protect",
            "客户保护 protect a customer (it cannot be taken back into the pool)",
            "/sysa/mobilephone/salesmanage/custom/add.asp?__msgid=profect",
            "help.ashx node 27",
            Some("profect"),
            CUSTOMER_ONLY,
            ResultShape::Message,
        )
    },
    Endpoint {
        writes: true,
        ..mobile(
            "customer_unprotect",
            "客户放弃保护 stop protecting a customer",
            "/sysa/mobilephone/salesmanage/custom/add.asp?__msgid=unprofect",
            "help.ashx node 28",
            Some("unprofect"),
            CUSTOMER_ONLY,
            ResultShape::Message,
        )
    },
    save(
        "contact_save",
        "联系人添加 add a contact to a customer (no ord) or edit one (ord)",
        "/sysa/mobilephone/salesmanage/person/add.asp",
        "help.ashx node 30",
        &[
            integer("ord", "联系人ID when editing; leave out to add"),
            integer("company", "关联客户 customer id (customer_list)").required(),
            text("person_name", "联系人姓名 name").required().max_chars(50),
            text("pym", "拼音码 pinyin code").max_chars(50),
            SEX.max_chars(50),
            AGE,
            YEAR1,
            PART1,
            JOB,
            PHONE,
            FAX,
            MOBILE,
            text("mobile2", "手机2 second mobile").max_chars(50),
            PHONE2,
            EMAIL,
            QQ,
            WEIXIN,
            XIQUE,
            MSN,
            JG,
            ZIP,
            text("joy", "爱好特长 hobbies").max_chars(3000),
            text("intro", "备注 remark").max_chars(5000),
        ],
    ),
    mobile(
        "contact_detail",
        "联系人详情 contact detail, with the contact's follow-ups",
        "/sysa/mobilephone/salesmanage/person/add.asp?edit=1",
        "help.ashx node 31",
        None,
        &[integer("ord", "联系人ID contact id (contact_list)").required()],
        ResultShape::Bill,
    ),
    list(
        "contact_list",
        "联系人列表 contact list; checktype radio is the contact picker (person/list.asp?checktype=radio)",
        "/sysa/mobilephone/salesmanage/person/list.asp",
        "help.ashx node 32",
        CONTACT_LIST_PARAMS,
    ),
    save(
        "follow_up",
        "洽谈进展 write a follow-up of a customer, contact, project or contract (reply.asp?datatype=tel, person, \
         chance, contract)",
        "/sysa/mobilephone/systemmanage/reply.asp",
        "help.ashx nodes 25, 33, 38, 51",
        FOLLOW_UP_PARAMS,
    ),
    list(
        "repair_intake_list",
        "维修受理单 the repair intakes repair_save's repair_sl is picked from (datatype addDeal, checktype radio)",
        "/sysa/mobilephone/salesmanage/repair/list.asp",
        "named by help.ashx node 61 (repair_sl: 来自接口 repair/list.asp?datatype=addDeal&checktype=radio); the page's \
         own help was not captured",
        &[
            text("datatype", "列表模式: addDeal = the picker of dealadd.asp")
                .choices(&[c("addDeal", "维修单选择受理单")]),
            CHECKTYPE,
            SEARCH_KEY,
            PAGE_SIZE,
            PAGE_INDEX,
            SORT,
        ],
    )
    .inferred("vendor reference §8.2: repair_save's repair_sl comes from this list; no parameter table was captured"),
];
