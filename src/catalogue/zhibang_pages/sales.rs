//! Projects and contracts (help nodes 36–53, 94, 252, 285, 286, 296; vendor reference §8.5, §8.6): what a
//! desk reads to know what a customer bought and under which terms.
//!
//! A contract is added in one of two ways. Every 32.x server takes the mobile pages: put products on the
//! account's pending line list (`contract_line_add`, edit or delete them), then `contract_save`, which takes
//! every pending line. Servers whose help lists the v3 web API (32.17 and later) also take `contract_add`,
//! with the lines inline and the customer, category and status named rather than numbered.

use super::{
    CHECKTYPE, Choice, Endpoint, PAGE_INDEX, PAGE_SIZE, Param, ResultShape, SCOPE_ORD, SEARCH_KEY, SORT, amount, c,
    date, decimal, ids, integer, list, mobile, rows, save, text, web_detail, web_write,
};

const APPROVAL_RESULT_PROJECT: &[Choice] = &[c("1", "同意"), c("2", "否决")];
const APPROVAL_RESULT_CONTRACT: &[Choice] = &[c("1", "同意"), c("2", "否决"), c("3", "退回")];

const fn approval_params(record: &'static str, results: &'static [Choice]) -> [Param; 6] {
    [
        integer("ord", record).required(),
        amount("@__sp_money", "审批金额 approved amount").required(),
        integer("@__sp_result", "审批结果 result").required().choices(results),
        text("@__sp_intro", "审批意见 comment").max_chars(50),
        text("@__sp_sign", "手写签名 signature").max_chars(50),
        text("@bill.approve.list", "审批列表 (the help's caption is missing)").max_chars(50),
    ]
}

const PROJECT_APPROVAL: [Param; 6] =
    approval_params("项目ID project id (project_list stype 1)", APPROVAL_RESULT_PROJECT);
const CONTRACT_APPROVAL: [Param; 6] =
    approval_params("合同ID contract id (contract_list stype 1)", APPROVAL_RESULT_CONTRACT);

const PROJECT_LIST_PARAMS: &[Param] = &[
    text("remind", "提醒类型: 146 最新项目 newest").choices(&[c("146", "最新项目")]),
    text("ly", "来源 statistics source"),
    text("tdate1", "发现日期 found on (statistics)"),
    text("tdate2", "预计签单日期 expected signing (statistics)"),
    integer("stype", "列表模式: empty all, 1 待审批项目 awaiting approval").choices(&[c("1", "待审批项目")]),
    text("company", "客户id customer id"),
    text("isCanQA", "是否可以质检 quality-check flag"),
    text("datatype", "范围: contract 合同关联, tel 客户关联")
        .choices(&[c("contract", "合同关联"), c("tel", "客户关联")]),
    text("ord", "the contract (datatype contract) or customer (datatype tel) id"),
    CHECKTYPE,
    text("a_cateid", "领用人Id owner id"),
    date("a_date_0", "发现日期起 found from"),
    date("a_date_1", "发现日期止 found to"),
    date("a_date2_0", "预计签单日期起 expected signing from"),
    date("a_date2_1", "预计签单日期止 expected signing to"),
    ids("complete1", "项目状态 status ids"),
    ids("sorce", "项目来源 source ids"),
    ids("complete2", "项目阶段 stage ids"),
    text("title", "项目主题 subject contains"),
    text("xmid", "项目编号 number contains"),
    text("cName", "客户名称 customer name contains"),
    text("cAddr", "客户地址 customer address contains"),
    text("cPhone", "办公电话 customer phone contains"),
    text("cFax", "传真 customer fax contains"),
    ids("trade", "项目分类 category ids"),
    ids("area", "项目地区 region ids"),
    SEARCH_KEY,
    PAGE_SIZE,
    PAGE_INDEX,
    SORT,
];

const CONTRACT_LIST_PARAMS: &[Param] = &[
    integer("stype", "列表模式: 0 all, 1 待审批合同 awaiting approval, 2 即将到期合同 expiring").choices(&[
        c("0", "所有合同列表"),
        c("1", "待审批合同"),
        c("2", "即将到期合同"),
    ]),
    text("datatype", "范围: tel 客户关联, product 产品关联, chance 项目关联").choices(&[
        c("tel", "客户关联"),
        c("product", "产品关联"),
        c("chance", "项目关联"),
    ]),
    SCOPE_ORD,
    text(
        "remind",
        "提醒类型: 14 合同审批, 17/156 员工合同到期, 21 合同到期, 23 合同交货, 128 员工合同审批, 151 最新合同, 201 合同共享",
    ),
    text("ly", "来源 statistics source"),
    date("tdate1", "添加时间起 added from (statistics)"),
    date("tdate2", "添加时间止 added to (statistics)"),
    text("bzpara", "币种 currency (statistics)"),
    CHECKTYPE,
    text("a_cateid", "销售人员 salesperson"),
    text("a_sort1", "合同来源 source"),
    date("a_date_0", "签订日期起 signed from"),
    date("a_date_1", "签订日期止 signed to"),
    text("a_sort2", "合同状态 status"),
    text("a_sort3", "合同分类 category"),
    integer("catetype", "人员类型: 1 销售人员 salesperson, 2 创建人员 creator (which person cateid filters)")
        .choices(&[c("1", "销售人员"), c("2", "创建人员")]),
    ids("cateid", "人员选择 staff ids"),
    ids("bz", "币种 currency ids"),
    ids("htfl", "合同分类 category ids"),
    ids("htzt", "合同状态 status ids"),
    text("title", "合同主题 subject contains"),
    text("htbh", "合同编号 number contains"),
    text("khmc", "客户名称 customer name contains"),
    decimal("htmoney_0", "合同金额 total from (the help swaps the captions; empty: no lower bound)"),
    decimal("htmoney_1", "合同金额 total to (empty: no upper bound)"),
    decimal("moneyall_0", "优惠后金额 net amount from"),
    decimal("moneyall_1", "优惠后金额 net amount to"),
    date("dateQD_0", "签订日期起 signed from"),
    date("dateQD_1", "签订日期止 signed to"),
    date("dateKS_0", "开始日期起 start from"),
    date("dateKS_1", "开始日期止 start to"),
    date("dateZZ_0", "终止日期起 end from"),
    date("dateZZ_1", "终止日期止 end to"),
    SEARCH_KEY,
    PAGE_SIZE,
    PAGE_INDEX,
    SORT,
];

const fn required_amount(name: &'static str, description: &'static str) -> Param {
    amount(name, description).required()
}

const LINE_EDIT_PARAMS: &[Param] = &[
    integer("ord", "明细ID the pending line to edit (contract_line_list id)").required(),
    text("productOrd", "产品id product id").max_chars(50),
    text("jf_per_num", "积分 points per unit").max_chars(50),
    text("includeTax", "是否含税 price includes tax").max_chars(50),
    text("title", "产品名称 product name").max_chars(50),
    text("order1", "编号 product number").max_chars(50),
    text("type1", "型号 model").max_chars(50),
    integer("unit", "单位 unit id (contract_unit_choices)").required(),
    amount("num1", "数量 quantity").required(),
    required_amount("price1", "未税单价 unit price before tax"),
    text("discountValue", "折扣 discount as shown").required().max_chars(50),
    decimal("discount", "折扣 discount rate").required(),
    required_amount("priceAfterDiscount", "未税折后单价 discounted unit price before tax"),
    required_amount("priceIncludeTax", "含税单价 unit price with tax"),
    required_amount("priceAfterTaxPre", "含税折后单价 discounted unit price with tax"),
    integer("invoiceType", "票据类型 invoice type id (sample: 0 不开票)").required(),
    required_amount("taxRate", "税率 tax rate"),
    required_amount("moneyAfterTax", "税后总价 total with tax"),
    required_amount("concessions", "明细优惠 line concession"),
    required_amount("priceAfterTax", "优惠后单价 unit price after concession"),
    required_amount("moneyAfterConcessions", "金额 amount"),
    required_amount("money1", "优惠后总价 total after concession"),
    required_amount("taxValue", "税额 tax"),
    required_amount("pricejy", "建议进价 suggested purchase price"),
    required_amount("tpricejy", "建议总价 suggested purchase total"),
    date("date2", "交货日期 delivery date"),
    text("intro", "备注 remark").max_chars(50),
    text("@InheritId_id_1", "自定义1 custom field 1").max_chars(50),
    text("@InheritId_id_2", "自定义2 custom field 2").max_chars(50),
    text("@InheritId_id_3", "自定义3 custom field 3").max_chars(50),
    text("@InheritId_id_4", "自定义4 custom field 4").max_chars(50),
    integer("@InheritId_id_5", "自定义5 custom option id of the server (sample: 1 红色 … 5 灰色)"),
    integer("@InheritId_id_6", "自定义6 custom option id of the server (sample: 6 大码, 7 中码, 8 小码)"),
    integer("jf", "积分 points").required(),
];

const CONTRACT_SAVE_PARAMS: &[Param] = &[
    integer("ord", "合同ID when editing; leave out to add a contract that takes the pending lines"),
    integer("company", "关联客户 customer id (customer_list datatype addcontract)").required(),
    text("htid", "合同编号 contract number, unique").required().max_chars(50),
    text("title", "合同主题 subject").required().max_chars(100),
    date("date3", "签订日期 signed on").required(),
    date("date1", "开始日期 start").required(),
    date("date2", "结束日期 end"),
    integer("cateid", "销售人员 salesperson id (staff_list sort 4)"),
    integer("person2id", "对方代表 the customer's representative: a contact id (contact_list checktype radio)"),
    integer("sort", "合同分类 category: an option id of the server (sample: 192 产品销售, 985 技术服务)").required(),
    integer("complete1", "合同状态 status: an option id of the server (sample: 195 生效执行中, 196 执行完毕)"),
    integer("bz", "币种 currency id (sample: 14 人民币)").required(),
    text("intro", "合同概要 summary").max_chars(4000),
    text("chance", "关联项目 project id").max_chars(50),
    required_amount("premoney", "合同总额 total"),
    required_amount("yhvalue", "优惠总额 discount"),
    required_amount("money1", "优惠后总额 net total"),
    integer(
        "fqhk",
        "收款计划 collection plan (sample: 0 自动生成, 3 出库自动收款, 4 发货自动收款, 5 开票自动收款, 6 对账手动生成)",
    )
    .required(),
    integer("invoicePlan", "开票计划 invoicing plan (sample: 1 自动开票, 3 出库自动开票, 4 发货自动开票)").required(),
    integer("invoiceMode", "开票类型 invoicing mode (sample: 2 明细, 0 不开票)").required(),
    amount("extras", "运杂费 freight and sundries"),
    integer("维修单id", "维修单id the repair order the contract is for (the help names the field this way)"),
    text("@contractlist", "合同明细 (the lines come from the pending line list)").max_chars(50),
    text("jh_intro3", "付款方式 payment terms").max_chars(100),
    text("jh_intro4", "交货地址 delivery address").max_chars(100),
    text("jh_intro5", "交货方式 delivery method").max_chars(100),
    text("jh_intro6", "交货时间 delivery time").max_chars(100),
    text("jh_intro1", "配件 accessories").max_chars(100),
    text("jh_intro2", "备注 remark").max_chars(500),
];

const V3_CONTRACT_LINE: &[Param] = &[
    text("ProductName", "产品名称 product name").required().max_chars(500),
    text("ProductCode", "产品编号 product number").required().max_chars(500),
    text("ProductType", "产品型号 model").max_chars(500),
    text("productUnitName", "产品单位 unit, by name").required().max_chars(500),
    text("InvoiceTypeName", "可开具票据类型 invoice type, by name").required().max_chars(500),
    integer("Id", "Id"),
    decimal("Num", "数量 quantity, more than 0").required(),
    decimal("Discount", "折扣 discount, not negative").required(),
    decimal("TaxRate", "税率 tax rate, not negative").required(),
    decimal("Price", "单价 unit price, not negative").required(),
    decimal("Concessions", "优惠金额 concession, not negative"),
    text("Intro", "备注 remark").max_chars(200),
    date("DeliveryDate", "交货日期 delivery date"),
    integer("Points", "积分 points, not negative"),
    integer("IsTax", "是否含税 price includes tax: 0 不含税, 1 含税")
        .required()
        .choices(&[c("0", "不含税"), c("1", "含税")]),
];

const V3_CONTRACT_PARAMS: &[Param] = &[
    text("Title", "合同主题 subject").required().max_chars(100),
    text("HTId", "合同编号 contract number").required().max_chars(50),
    text("CompanyName", "客户名称 customer, by its name").required(),
    date("SignDate", "签订日期 signed on").required(),
    date("BeginDate", "开始日期 start").required(),
    date("EndDate", "终止日期 end"),
    text("PersonName", "对方代表 the customer's representative, by name"),
    text("SeleManName", "销售人员 salesperson, by name"),
    text("SortName", "合同分类 category, by name").required(),
    text("Currency", "币种 currency: a currency name set up on the server").required(),
    integer("AutoCreateType", "自动预计划 plan ahead automatically: 0 否, 1 是")
        .required()
        .choices(&[c("0", "否"), c("1", "是")]),
    text("Intro", "合同概要 summary").max_chars(4000),
    text("StatusName", "合同状态 status, by name").required(),
    decimal("Extras", "运杂费 freight and sundries, not negative"),
    text("Payment", "收款方式 payment terms").max_chars(200),
    text("DeliveryAddress", "交货地址 delivery address").max_chars(200),
    text("DeliveryWay", "交货方式 delivery method").max_chars(200),
    text("DeliveryDate", "交货时间 delivery time").max_chars(200),
    text("Accessory", "配件 accessories").max_chars(200),
    text("Remark", "备注 remark").max_chars(200),
    integer("PaymentStatus", "收款计划 collection plan").required().choices(&[
        c("0", "自动生成"),
        c("1", "手动生成"),
        c("3", "出库自动收款"),
        c("4", "发货自动收款"),
        c("5", "开票自动收款"),
        c("6", "对账手动生成"),
    ]),
    integer("PaybackMode", "收款类型 collection mode").required().choices(&[c("1", "汇总"), c("2", "明细")]),
    integer("CKAccModel", "对账方式 reconciliation (only with PaymentStatus 6)").choices(&[
        c("1", "按合同对账"),
        c("2", "按出库对账"),
        c("3", "按发货对账"),
        c("4", "按开票对账"),
    ]),
    integer("InvoiceStatus", "开票计划 invoicing plan").required().choices(&[
        c("1", "自动开票"),
        c("2", "手动开票"),
        c("3", "出库自动开票"),
        c("4", "发货自动开票"),
        c("5", "对账手动生成"),
    ]),
    integer("InvoiceMode", "开票类型 invoicing mode").required().choices(&[
        c("0", "不开票"),
        c("1", "汇总开票"),
        c("2", "明细开票"),
    ]),
    rows("contractList", "合同明细 the lines", V3_CONTRACT_LINE),
];

pub(super) const ENDPOINTS: &[Endpoint] = &[
    list(
        "project_list",
        "项目列表 project (opportunity) list",
        "/sysa/mobilephone/salesmanage/chance/list.asp",
        "help.ashx node 36",
        PROJECT_LIST_PARAMS,
    ),
    mobile(
        "project_detail",
        "项目详情 project detail, with its follow-ups",
        "/sysa/mobilephone/salesmanage/chance/add.asp",
        "help.ashx node 37",
        None,
        &[integer("ord", "项目ID project id (project_list)").required()],
        ResultShape::Bill,
    ),
    save(
        "project_approve",
        "项目审批 approve or reject a project",
        "/sysa/mobilephone/systemmanage/approve.asp?dtype=25",
        "help.ashx node 39",
        &PROJECT_APPROVAL,
    ),
    Endpoint {
        writes: true,
        ..mobile(
            "contract_line_add",
            "加入合同 put a product on the account's pending contract lines (for contract_save)",
            "/sysa/mobilephone/salesmanage/contract/contractlist.asp?__msgid=addtocontract",
            "help.ashx nodes 42, 94",
            Some("addtocontract"),
            &[
                integer("ord", "产品ID product id (product_list)").required(),
                amount("num1", "产品数量 quantity (default 1)"),
                integer("company", "客户ID customer id, to price the line for that customer"),
            ],
            ResultShape::Message,
        )
    },
    list(
        "contract_line_list",
        "合同产品明细 the account's pending contract lines",
        "/sysa/mobilephone/salesmanage/contract/contractlist.asp",
        "help.ashx node 43",
        &[text("company", "关联客户ID customer id"), PAGE_SIZE, PAGE_INDEX, SORT],
    ),
    Endpoint {
        writes: true,
        ..mobile(
            "contract_line_delete",
            "删除合同明细 delete one pending contract line (batch 0, id) or all of them (batch 1)",
            "/sysa/mobilephone/salesmanage/contract/contractlist.asp?__msgid=delete&batch=0",
            "help.ashx node 44",
            Some("delete"),
            &[
                text("batch", "删除方式: 1 所有行 all lines, 0 单一选择 the line `id`")
                    .choices(&[c("1", "所有行删除"), c("0", "单一选择删除")]),
                text("id", "明细ID the line to delete (contract_line_list id)"),
            ],
            ResultShape::Message,
        )
    },
    save(
        "contract_line_edit",
        "编辑产品明细 edit a pending contract line",
        "/sysa/mobilephone/salesmanage/contract/contractlist_edit.asp",
        "help.ashx node 45",
        LINE_EDIT_PARAMS,
    ),
    mobile(
        "contract_unit_choices",
        "单位选择 the units a product's contract line can be in",
        "/sysa/mobilephone/salesmanage/contract/unitchange.asp?ord=0&__unit=0&company=0",
        "help.ashx node 46",
        None,
        &[integer("ord", "产品ID product id").required(), text("company", "客户ID customer id")],
        ResultShape::Bill,
    ),
    save(
        "contract_save",
        "合同添加 add a contract with the pending lines (no ord) or edit one (every 32.x server; contract_add is the \
         v3 way)",
        "/sysa/mobilephone/salesmanage/contract/add.asp",
        "help.ashx node 47",
        CONTRACT_SAVE_PARAMS,
    ),
    list(
        "contract_list",
        "所有合同列表 contract list",
        "/sysa/mobilephone/salesmanage/contract/billlist.asp",
        "help.ashx node 50",
        CONTRACT_LIST_PARAMS,
    ),
    save(
        "contract_share",
        "合同共享 share a contract with everyone or with listed users",
        "/sysa/mobilephone/salesmanage/contract/share.asp",
        "help.ashx node 52",
        &[
            integer("ord", "合同ID contract id").required(),
            integer("member1", "共享用户类型: 1 共享给所有用户 everyone, 0 共享给以下用户 member2")
                .required()
                .choices(&[c("1", "共享给所有用户"), c("0", "共享给以下用户")]),
            ids("member2", "共享用户集合 user ids (staff_list), needed with member1 0").max_chars(50),
        ],
    ),
    save(
        "contract_approve",
        "合同审批 approve, reject or send back a contract (every 32.x server; contract_approval_edit is the v3 way)",
        "/sysa/mobilephone/systemmanage/approve.asp?dtype=2",
        "help.ashx node 53",
        &CONTRACT_APPROVAL,
    ),
    web_detail(
        "contract_detail",
        "合同详情 contract detail with its lines, approvals and deliveries (servers with /webapi/v3)",
        "/webapi/v3/sales/contract/detail",
        "help.ashx node 252",
        &[integer("ord", "单据ID contract id (contract_list)").required()],
    ),
    web_write(
        "contract_approval_edit",
        "合同审批修改 approve, reject or send back a contract, or change a decision (servers with /webapi/v3)",
        "/webapi/v3/sales/contract/approve/edit",
        "help.ashx node 285",
        &[
            integer("ord", "单据ID contract id").required(),
            text("approveResult", "审批结果: 1 同意 agree, 0 否决 reject, 2 退回 send back").required().choices(&[
                c("1", "同意"),
                c("0", "否决"),
                c("2", "退回"),
            ]),
            text("returnProc", "退回级别 the stage to send back to (contract_approval_stages StageID)"),
            text("approveMessage", "审批意见 comment").required(),
            text("newApprovers", "下一级审批人 next approvers"),
            text("__cmdtag", "审批模式: empty = approve, __cmd_updateapprove = change a decision (改批)")
                .choices(&[c("__cmd_updateapprove", "改批")]),
        ],
    ),
    web_detail(
        "contract_approval_stages",
        "合同审批记录详情 the approval stages of a contract, for returnProc (servers with /webapi/v3)",
        "/webapi/v3/sales/contract/approve/approveStageList/detail",
        "help.ashx node 286",
        &[integer("ord", "单据ID contract id").required()],
    ),
    web_write(
        "contract_add",
        "合同添加 add a contract with its lines inline (servers with /webapi/v3; every 32.x server takes \
         contract_line_add + contract_save)",
        "/webapi/v3/sale/contract/add",
        "help.ashx node 296",
        V3_CONTRACT_PARAMS,
    ),
];
