//! The Zhibang endpoints (vendor reference §2, §8.1–8.3, §8.7, §8.9): session, after-sales service and
//! repair, customers, products, and the lookups that give the ids other calls need.
//!
//! UI-only parameters the vendor says to leave empty (`_insert_rowindex`, `debug`, `apihelp`) are left
//! out on purpose: sending them switches pages into help or editing modes.
//!
//! The pages around the desk (customers, contacts, projects, contracts, shipments, stock, org) are in
//! `zhibang_pages`; both lists make the one Zhibang catalogue.

use super::{
    Choice, HttpMethod, MAX_PAGE_INDEX, PageEnd, Paging, Param, ParamType, Provider, ReadBack, Shape, Vendor, concat,
    zhibang_pages,
};

/// The 智邦国际 ERP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Zhibang;

impl Vendor for Zhibang {
    const PROVIDER: Provider = Provider::Zhibang;
    const WITH_ARTICLE: &'static str = "a Zhibang";
    type Wire = Wire;
    const ENDPOINTS: &'static [Endpoint] = ENDPOINTS;

    fn result(wire: Wire) -> Shape {
        match wire {
            Wire::Login => Shape::Session,
            Wire::Logout => Shape::LoggedOut,
            Wire::Mobile { result, .. } => result.shape(),
            Wire::WebApi { result } => result.shape(),
            Wire::Handler => Shape::Table,
        }
    }

    fn cmdkey(wire: Wire) -> Option<&'static str> {
        match wire {
            Wire::Mobile { cmdkey, .. } => cmdkey,
            Wire::Login | Wire::Logout | Wire::WebApi { .. } | Wire::Handler => None,
        }
    }
}

pub(super) type Endpoint = super::Endpoint<Zhibang>;

const ENDPOINTS: &[Endpoint] = &ALL;
static ALL: [Endpoint; CORE.len() + zhibang_pages::ENDPOINTS.len()] = concat(&[CORE, zhibang_pages::ENDPOINTS]);

/// How a Zhibang call travels on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wire {
    /// `POST /webapi/v3/ov1/login` with `txt:` credentials.
    Login,
    /// `POST /sysa/mobilephone/logout.asp` with the session.
    Logout,
    /// Family A: `POST {session, cmdkey, datas}` answered by a ZBDocument whose payload is `result`.
    Mobile { cmdkey: Option<&'static str>, result: ResultShape },
    /// Family B: `POST` named JSON fields with a `ZBAPI-Token` header, `{Code, Msg, ...}` answer.
    WebApi { result: WebApiResult },
    /// Family C (apiHelper handlers): `POST {Token, Datas}`, answered by `{flag, code, msg, datas}`; the
    /// `datas` rows (at most 50) are normalized to a table.
    Handler,
}

/// The payload of a family-A page's ZBDocument, and what it is normalized to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultShape {
    /// A list page's `source.table`.
    Table,
    /// A detail or form page's `bill`.
    Bill,
    /// A command's `message`, read for its outcome.
    Message,
    /// A picker's `source`: a table, trees, options or text.
    Source,
}

impl ResultShape {
    pub const fn shape(self) -> Shape {
        match self {
            ResultShape::Table => Shape::Table,
            ResultShape::Bill => Shape::Bill,
            ResultShape::Message => Shape::Message,
            ResultShape::Source => Shape::Source,
        }
    }
}

/// What a family-B answer holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebApiResult {
    /// `Page`, `Cols` and `Rows`, at the top level or inside `Data`.
    Table,
    /// A detail page's `Data`.
    Data,
    /// A write's `Msg`: `Code` 200 is done, 300 refused (the error vendor_rejected).
    Message,
}

impl WebApiResult {
    pub const fn shape(self) -> Shape {
        match self {
            WebApiResult::Table => Shape::Table,
            WebApiResult::Data => Shape::Data,
            WebApiResult::Message => Shape::Message,
        }
    }
}

pub(super) const fn text(name: &'static str, description: &'static str) -> Param {
    Param::new(name, ParamType::Text, description)
}

pub(super) const fn integer(name: &'static str, description: &'static str) -> Param {
    Param::new(name, ParamType::Integer, description)
}

pub(super) const fn ids(name: &'static str, description: &'static str) -> Param {
    Param::new(name, ParamType::IdList, description)
}

pub(super) const fn date(name: &'static str, description: &'static str) -> Param {
    Param::new(name, ParamType::Date, description)
}

/// The vendor's `999999999以内` on amounts and quantities.
pub(super) const AMOUNT_LIMIT: i64 = 999_999_999;

pub(super) const fn c(value: &'static str, label: &'static str) -> Choice {
    Choice { value, label }
}

const ORD: Param = integer("ord", "记录id record id (from the matching list)").required();
pub(super) const SEARCH_KEY: Param = text("searchKey", "快速检索 quick search over every text column");
/// The vendor documents no largest page (community clients used 200–500); the bound is its 32-bit
/// integers, and `max_response_bytes` bounds what one page may cost.
pub(super) const PAGE_SIZE: Param =
    integer("pagesize", "每页记录数 rows per page (vendor default 20)").range(1, MAX_PAGE_INDEX);
pub(super) const PAGE_INDEX: Param = integer("pageindex", "页码 page number, 1-based").range(1, MAX_PAGE_INDEX);
pub(super) const SORT: Param = text("_rpt_sort", "排序列 a column id of the result; prefix `-` for descending");
pub(super) const CHECKTYPE: Param =
    text("checktype", "关联单据选择模式: radio = single-select picker").choices(&[c("radio", "单选")]);
const SCOPE_DATATYPE: Param = text("datatype", "范围: tel 客户, contract 合同, product 产品, chance 项目").choices(&[
    c("", "全部"),
    c("tel", "客户关联"),
    c("contract", "合同关联"),
    c("product", "产品关联"),
    c("chance", "项目关联"),
]);
pub(super) const SCOPE_ORD: Param =
    text("ord", "the id of the record `datatype` scopes to (customer/contract/product/project)");

pub(super) const WEB_PAGE_SIZE: Param =
    integer("page_size", "每页返回数据行数 rows per page (vendor default 20)").range(1, MAX_PAGE_INDEX);
pub(super) const WEB_PAGE_INDEX: Param =
    integer("page_index", "从第几页开始返回 page number, 1-based").range(1, MAX_PAGE_INDEX);

/// The paging of the web API's lists (`page_size`/`page_index`, answered with `Page.PageCount`).
pub(super) const WEB_PAGING: Option<Paging> = Some(Paging {
    index_param: "page_index",
    size_param: "page_size",
    vendor_default_size: 20,
    cursor_default_size: 200,
    end: PageEnd::PageCount,
});

pub(super) const MOBILE_PAGING: Option<Paging> = Some(Paging {
    index_param: "pageindex",
    size_param: "pagesize",
    vendor_default_size: 20,
    cursor_default_size: 200,
    end: PageEnd::PageCount,
});

pub(super) const fn endpoint(
    name: &'static str,
    title: &'static str,
    path: &'static str,
    doc: &'static str,
    wire: Wire,
    params: &'static [Param],
) -> Endpoint {
    Endpoint::new(name, title, HttpMethod::Post, path, doc, wire, params)
}

pub(super) const fn mobile(
    name: &'static str,
    title: &'static str,
    path: &'static str,
    doc: &'static str,
    cmdkey: Option<&'static str>,
    params: &'static [Param],
    result: ResultShape,
) -> Endpoint {
    endpoint(name, title, path, doc, Wire::Mobile { cmdkey, result }, params)
}

pub(super) const fn list(
    name: &'static str,
    title: &'static str,
    path: &'static str,
    doc: &'static str,
    params: &'static [Param],
) -> Endpoint {
    Endpoint { paging: MOBILE_PAGING, ..mobile(name, title, path, doc, Some("refresh"), params, ResultShape::Table) }
}

pub(super) const fn save(
    name: &'static str,
    title: &'static str,
    path: &'static str,
    doc: &'static str,
    params: &'static [Param],
) -> Endpoint {
    Endpoint { writes: true, ..mobile(name, title, path, doc, Some("__sys_dosave"), params, ResultShape::Message) }
}

pub(super) const fn web_api(
    name: &'static str,
    title: &'static str,
    path: &'static str,
    doc: &'static str,
    params: &'static [Param],
    result: WebApiResult,
) -> Endpoint {
    endpoint(name, title, path, doc, Wire::WebApi { result }, params)
}

const SERVICE_LIST_PARAMS: &[Param] = &[
    text("remind", "提醒类型: 22 待处理售后, 137 最新售后, 202 售后共享").choices(&[
        c("", "全部"),
        c("22", "待处理售后"),
        c("137", "最新售后"),
        c("202", "售后共享"),
    ]),
    integer("stype", "列表模式: 0 所有售后服务, 1 待处理售后").choices(&[c("0", "所有售后服务"), c("1", "待处理售后")]),
    SCOPE_DATATYPE,
    SCOPE_ORD,
    CHECKTYPE,
    ids("catetype", "人员类型 which staff role `cateid` filters on (ids)"),
    ids("cateid", "人员选择 staff ids"),
    ids("great1", "紧急程度 urgency ids"),
    ids("result1", "处理结果 handling-result ids"),
    ids("sort1", "售后分类 after-sales category ids"),
    text("title", "售后主题 subject contains"),
    text("shid", "售后编号 number contains"),
    text("introts", "售后内容 service content contains"),
    text("introN", "处理内容 handling content contains"),
    text("introb", "备注 remark contains"),
    ids("telsort", "客户分类 customer category ids"),
    ids("teljz", "客户价值 customer value-rating ids"),
    ids("area", "客户区域 customer region ids"),
    text("TelName", "客户名称 customer name contains"),
    text("ProName", "产品名称 product name contains"),
    SEARCH_KEY,
    PAGE_SIZE,
    PAGE_INDEX,
    SORT,
];

const REPAIR_LIST_PARAMS: &[Param] = &[
    text("remind", "提醒类型: 102 维修处理").choices(&[c("", "全部"), c("102", "维修处理")]),
    integer("stype", "列表模式 list mode"),
    SCOPE_DATATYPE,
    SCOPE_ORD,
    SEARCH_KEY,
    PAGE_SIZE,
    PAGE_INDEX,
    SORT,
];

const CUSTOMER_LIST_PARAMS: &[Param] = &[
    text("datatype", "empty = list; addcontract = picker for contracts")
        .choices(&[c("", "全部"), c("addcontract", "合同选择客户")]),
    integer("stype", "列表: 1 客户池, 2 待审核, 3 已保护, 4 我共享的, 5 共享给我的"),
    text("remind", "提醒类型: 147 最新客户"),
    text("tjly", "统计来源 statistics source"),
    date("tdate1", "领用日期起 taken-over from"),
    date("tdate2", "领用日期止 taken-over to"),
    CHECKTYPE,
    ids("telsort", "客户分类 category ids"),
    text("Ismode", "供应商概况标记 supplier overview flag"),
    ids("a_cateid", "销售人员 salesperson ids"),
    text("khjz", "客户价值 value rating (single)"),
    text("khhy", "客户行业 industry (single)"),
    text("khly", "客户来源 source (single)"),
    date("a_date_0", "添加日期起 added from"),
    date("a_date_1", "添加日期止 added to"),
    text("telord", "客户id customer id"),
    text("name", "客户名称 name contains"),
    text("pym", "拼音码 pinyin code contains"),
    text("khid", "客户编号 number contains"),
    text("phone", "电话 phone contains"),
    text("fax", "传真 fax contains"),
    text("url", "网址 website contains"),
    text("address", "地址 address contains"),
    text("zip", "邮编 post code contains"),
    text("intro", "备注 remark contains"),
    ids("catetype", "人员类型 1 领用人, 2 释放人, 3 添加人, 4 添加人+领用人, 5 添加人+释放人, 6 保护人, 7 未保护"),
    ids("cateid", "人员 staff ids"),
    ids("ly", "客户来源 source ids"),
    ids("jz", "客户价值 value ids"),
    ids("area", "区域 region ids"),
    ids("trade", "行业 industry ids"),
    date("date1_0", "创建日期起 created from"),
    date("date1_1", "创建日期止 created to"),
    SEARCH_KEY,
    PAGE_SIZE,
    PAGE_INDEX,
    SORT,
];

const PRODUCT_LIST_PARAMS: &[Param] = &[
    text("listadd", "列表附加模式 list add mode"),
    text("company", "客户id customer id (for pricing)"),
    text("specialCompany", "供应商id supplier id"),
    text("companyFromType", "客户来源类型 company source type"),
    text("htcateid", "合同人员 contract staff id"),
    text("IsTools", "工具标记 tools flag"),
    text("bz", "币种 currency id"),
    text("repairOrder", "维修单id repair order id"),
    text("secpro", "二级产品标记"),
    text("fromtype", "来源类型"),
    text("totalNum", "合计数量"),
    text("totalCount", "合计条数"),
    text("flag", "标记"),
    text("remind", "提醒类型: 16001 审批, 9920901 资质到期"),
    ids("ords", "产品id列表 product ids"),
    ids("idProductClass", "产品分类id category id"),
    text("cpname", "产品名称 name contains"),
    text("cpbh", "产品编号 number contains"),
    text("cpxh", "产品型号 model contains"),
    text("txm", "条形码 barcode contains"),
    text("kcxx_0", "库存下限 min stock from"),
    text("kcxx_1", "库存下限 min stock to"),
    text("kcsx_0", "库存上限 max stock from"),
    text("kcsx_1", "库存上限 max stock to"),
    ids("cateid", "添加人员 staff ids"),
    date("adddate_0", "添加日期起 added from"),
    date("adddate_1", "添加日期止 added to"),
    SEARCH_KEY,
    PAGE_SIZE,
    PAGE_INDEX,
    SORT,
];

/// The session, after-sales service and repair, customer and product pages, and the pickers.
const CORE: &[Endpoint] = &[
    endpoint(
        "login",
        "系统登录 log in (done automatically; call it to check credentials or answer a captcha)",
        "/webapi/v3/ov1/login",
        "help.ashx node 11 (/webapi/v3/ov1/login)",
        Wire::Login,
        &[text("rndcode", "验证码 the captcha text, once captcha_required was returned")],
    ),
    endpoint(
        "logout",
        "退出系统 log out and forget the session",
        "/sysa/mobilephone/logout.asp",
        "help.ashx node 12; /sysa/mobilephone/logout.asp",
        Wire::Logout,
        &[],
    ),
    list(
        "service_list",
        "售后服务 after-sales service list",
        "/sysa/mobilephone/salesmanage/service/list.asp",
        "help.ashx node 56 (/webapi/v3/ov1/salesmanage/service/list)",
        SERVICE_LIST_PARAMS,
    ),
    mobile(
        "service_detail",
        "服务详情 after-sales service detail",
        "/sysa/mobilephone/salesmanage/service/add.asp",
        "help.ashx node 57 (/webapi/v3/ov1/salesmanage/service/add?apihelptype=get)",
        None,
        &[ORD],
        ResultShape::Bill,
    ),
    save(
        "service_handle",
        "售后处理 handle an after-sales service",
        "/sysa/mobilephone/salesmanage/service/chuli.asp",
        "help.ashx node 58 (/webapi/v3/ov1/salesmanage/service/chuli?apihelptype=save)",
        &[
            integer("ord", "售后服务id the service being handled").required(),
            text("cateid", "指派售后 assigned handler: user id(s) from staff_list/user_list").required().max_chars(50),
            text("info1", "处理内容 handling notes (the vendor's caption is missing)").required().max_chars(4000),
            text("cate", "客户销售人员 the customer's salesperson: user id").required().max_chars(50),
            text("intro", "处理结果 handling result: an option value from service_handle_form")
                .required()
                .max_chars(50),
        ],
    )
    .verified_by(ReadBack { endpoint: "service_detail", key: "ord", shows: &["info1", "intro"] }),
    mobile(
        "service_handle_form",
        "售后处理表单 the handling form: captions, current values and the options the server accepts",
        "/sysa/mobilephone/salesmanage/service/chuli.asp",
        "help.ashx node 58, loaded without cmdkey (vendor reference §8.1.3)",
        None,
        &[integer("ord", "售后服务id the service to handle").required()],
        ResultShape::Bill,
    )
    .inferred(
        "vendor reference §8.1.3 and §3: a page loaded without cmdkey answers its form; the help documents only \
         the save",
    ),
    list(
        "repair_list",
        "售后维修 repair order list",
        "/sysa/mobilephone/salesmanage/repair/deallist.asp",
        "help.ashx node 62",
        REPAIR_LIST_PARAMS,
    ),
    mobile(
        "repair_detail",
        "维修单详情 repair order detail",
        "/sysa/mobilephone/salesmanage/repair/dealcontent.asp",
        "help.ashx node 63",
        None,
        &[ORD],
        ResultShape::Bill,
    ),
    save(
        "repair_save",
        "维修单添加 add (no ord) or edit (ord) a repair order",
        "/sysa/mobilephone/salesmanage/repair/dealadd.asp",
        "help.ashx node 61",
        &[
            integer("ord", "维修单id when editing; omit to add"),
            text("title", "维修主题 subject").required().max_chars(100),
            text("SerialNumber", "维修单号 repair number, unique").required().max_chars(100),
            integer("repair_sl", "关联受理单 the intake record id, from repair_intake_list").required(),
            integer("ProcessID", "维修流程 repair workflow id").required(),
            text("Summary", "概要 summary").max_chars(500),
            text("hiddentmp", "vendor helper field; leave out unless the form says otherwise").max_chars(50),
            Param::new("num", ParamType::Decimal, "数量 quantity").required().range(0, AMOUNT_LIMIT),
            Param::new("Cost", ParamType::Decimal, "维修费 repair fee").required().range(0, AMOUNT_LIMIT),
        ],
    ),
    list(
        "customer_list",
        "客户列表 customer list",
        "/sysa/mobilephone/salesmanage/custom/list.asp",
        "help.ashx node 19",
        CUSTOMER_LIST_PARAMS,
    ),
    mobile(
        "customer_detail",
        "客户详情 customer detail",
        "/sysa/mobilephone/salesmanage/custom/add.asp?edit=1",
        "help.ashx node 18",
        None,
        &[
            integer("ord", "客户id customer id").required(),
            integer("intsort", "客户类型: 1 单位 company, 2 个人 person")
                .choices(&[c("1", "单位客户"), c("2", "个人客户")]),
        ],
        ResultShape::Bill,
    ),
    list(
        "product_list",
        "产品管理 product list",
        "/sysa/mobilephone/salesmanage/product/billlist.asp",
        "help.ashx node 92",
        PRODUCT_LIST_PARAMS,
    ),
    mobile(
        "product_detail",
        "产品详情 product detail",
        "/sysa/mobilephone/salesmanage/product/billservice.asp",
        "help.ashx node 93",
        None,
        &[
            integer("ord", "产品id product id").required(),
            text("company", "客户id, for customer prices"),
            text("repairOrder", "维修单id repair order id"),
            text("PID", "父产品id parent product id"),
            text("remind", "提醒类型 reminder type"),
        ],
        ResultShape::Bill,
    ),
    mobile(
        "product_category_tree",
        "产品分类 product category tree",
        "/sysa/mobilephone/systemmanage/product_sort_list.asp?stype=check",
        "help.ashx node 90",
        None,
        &[],
        ResultShape::Source,
    ),
    mobile(
        "staff_list",
        "人员选择 staff picker: the user ids for cateid, cate and other staff fields",
        "/sysa/mobilephone/systemmanage/gate_list.asp",
        "vendor reference §8.9 (gate_list.asp)",
        None,
        &[
            text("stype", "check 多选 multi-select, radio 单选 single")
                .choices(&[c("check", "多选"), c("radio", "单选")])
                .default("check")
                .in_query(),
            integer("sort", "人员范围: 4 销售人员 sales staff, 2 费用人员 expense users").in_query(),
        ],
        ResultShape::Source,
    )
    .inferred(
        "vendor reference §8.9: the help names gate_list.asp as the source of staff fields (sort=4&stype=radio) \
         but has no page of its own; the answer's type (trees or table) is not documented",
    ),
    Endpoint {
        paging: WEB_PAGING,
        ..web_api(
            "user_list",
            "账号列表 user accounts with their ids",
            "/webapi/v3/orgs/user/list",
            "help.ashx 组织架构 › 账号 › 账号列表 (/webapi/v3/orgs/user/list)",
            &[
                integer("userstatus", "账号状态: 1 正常 normal, 2 冻结 frozen")
                    .choices(&[c("1", "正常"), c("2", "冻结")]),
                text("name", "员工姓名 name contains"),
                text("username", "账号名称 account contains"),
                integer("orgsid", "部门id department id (dept_list NodeId); the departments below it count too"),
                WEB_PAGE_SIZE,
                WEB_PAGE_INDEX,
            ],
            WebApiResult::Table,
        )
    },
    Endpoint {
        paging: WEB_PAGING,
        ..web_api(
            "dept_list",
            "部门列表 departments with their ids and paths",
            "/webapi/v3/orgs/dept/list",
            "help.ashx 组织架构 › 部门 › 部门列表 (/webapi/v3/orgs/dept/list)",
            &[text("orgsname", "部门名称 department name contains"), WEB_PAGE_SIZE, WEB_PAGE_INDEX],
            WebApiResult::Table,
        )
    },
    mobile(
        "region_list",
        "区域选择 region tree: the ids for area filters",
        "/sysa/mobilephone/systemmanage/area_list.asp",
        "vendor reference §8.9 (area_list.asp)",
        None,
        &[text("stype", "radio 单选 single, check 多选 multi-select")
            .choices(&[c("radio", "单选"), c("check", "多选")])
            .default("radio")
            .in_query()],
        ResultShape::Source,
    )
    .inferred(
        "vendor reference §8.9: named by the customer save's `area` (来自接口 area_list.asp?stype=radio); no help \
         page of its own",
    ),
    mobile(
        "enum_options",
        "枚举选项 the options of a vendor enumeration (13 客户来源, 11 行业, 14 客户价值, 98 跟进方式)",
        "/sysa/mobilephone/source.asp",
        "vendor reference §8.9 (source.asp?enumid=N)",
        None,
        &[integer("enumid", "枚举id enumeration id").required().in_query()],
        ResultShape::Source,
    )
    .inferred(
        "vendor reference §8.9: from a hand-compiled community document; the page exists on 32.05 servers, the \
         enumeration ids are that document's",
    ),
];
