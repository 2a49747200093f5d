//! Departments and accounts, v3 web API (the help's 组织架构 pages): the details behind `dept_list` and
//! `user_list`, and the writes. Every one needs a server with `/webapi/v3`.

use super::{Endpoint, Param, c, concat, date, integer, rows, text, web_detail, web_write};

const DEPARTMENT_FIELDS: [Param; 8] = [
    text("name", "部门名称 name").required(),
    text("shortname", "部门简称 short name"),
    integer("pid", "上级部门 parent department id (dept_list NodeId)").required(),
    text("openprice", "价格策略 price policy: 1 开启, 0 关闭").choices(&[c("1", "开启"), c("0", "关闭")]),
    integer("sort", "重要指数 importance"),
    text("funtext", "部门职能 function"),
    text("intro", "部门概要 summary"),
    integer("Stoped", "是否停用: 1 停用 stopped, 0 正常 in use (default)").choices(&[c("1", "停用"), c("0", "正常")]),
];

const DEPARTMENT_EDIT: [Param; 9] = concat(&[&[integer("ord", "单据ID department id").required()], &DEPARTMENT_FIELDS]);

const DEVICE: &[Param] = &[
    integer("id", "id"),
    integer("addcate", "addcate"),
    text("macsn", "设备串号 device serial"),
    text("useBind", "状态 state"),
    text("phone", "备注 remark"),
    date("date7", "添加时间 added on"),
    text("addName", "添加人员 added by"),
];

const ACCOUNT_FIELDS: [Param; 34] = [
    text("Name", "姓名 name").required(),
    text("Autohrm", "1 = 将该员工同步至员工档案 also file the employee record")
        .choices(&[c("1", "将该员工同步至员工档案")]),
    text("Partadmin", "1 = 将该账号标记为所属部门负责人 head of the department")
        .choices(&[c("1", "标记为所属部门负责人")]),
    integer("Orgsid", "所属部门 department id (dept_list NodeId)").required(),
    integer("WorkPosition", "岗位 position: an option id of the server (sample: 476 经理, 891 代表, 939 客服)")
        .required(),
    text("Title", "职位 job title"),
    text("Username", "用户名 login name").required(),
    text("Pw", "密码 password (a secret: kept out of every message)").required().secret(),
    text("ConfirmPassword", "确认密码 the password again").required().secret(),
    integer("Top1", "账号性质: 2 超级管理员, 1 普通管理员, 0 普通账号").choices(&[
        c("2", "超级管理员"),
        c("1", "普通管理员"),
        c("0", "普通账号"),
    ]),
    integer("QxTemplate", "权限模板 permission template id of the server (sample: -1 普通员工, -5 销售经理)")
        .required(),
    text("IsMobileLoginOn", "1 = 允许移动登录 mobile login allowed").choices(&[c("1", "允许移动登录")]),
    integer("mobileRole", "移动端账号角色配置 mobile role (sample: 1 默认, 3 销售经理, 4 销售代表, 6 库管)"),
    text("zxbflag", "1 = 启用在线客服 online service on").choices(&[c("1", "启用在线客服")]),
    rows("limitMobile", "可登录设备 devices the account may log in from", DEVICE),
    text("Ygid", "员工编码 employee number"),
    text("Cardid", "身份证号 identity card number"),
    text("Sex", "性别 男 or 女").choices(&[c("男", "男"), c("女", "女")]),
    text("Jg", "籍贯 native place"),
    text("Mz", "民族 ethnicity"),
    date("Date1", "出生日期 birthday"),
    date("Date2", "合同开始 contract start"),
    date("date3", "合同截止 contract end"),
    text("Xl", "学历 education (小学, 初中, 高中, 技校, 中专, 大专, 本科, 硕士, 博士)"),
    text("Zy", "专业 major"),
    text("Xx", "毕业院校 school"),
    text("Phone1", "办公电话 office phone"),
    text("Phone2", "家庭电话 home phone"),
    text("Mobile", "手机 mobile"),
    text("Fax", "传真 fax"),
    text("Email", "电子邮件 e-mail"),
    text("Address", "家庭住址 home address"),
    integer("Alt", "合同提醒 contract reminder: 1 开启, 0 关闭").choices(&[c("1", "开启"), c("0", "关闭")]),
    text("Intro", "特长/爱好/备注 skills, hobbies, remark"),
];

const ACCOUNT_EDIT: [Param; 35] =
    concat(&[&[integer("ord", "单据ID account id (user_list ord)").required()], &ACCOUNT_FIELDS]);

const BY_ORD: &[Param] = &[integer("ord", "单据ID").required()];

pub(super) const ENDPOINTS: &[Endpoint] = &[
    web_write(
        "dept_add",
        "部门添加 add a department",
        "/webapi/v3/orgs/dept/add",
        "help.ashx 组织架构 › 部门 › 部门添加 (/webapi/v3/orgs/dept/add)",
        &DEPARTMENT_FIELDS,
    ),
    web_write(
        "dept_edit",
        "部门修改 edit a department",
        "/webapi/v3/orgs/dept/edit",
        "help.ashx 组织架构 › 部门 › 部门修改 (/webapi/v3/orgs/dept/edit)",
        &DEPARTMENT_EDIT,
    ),
    web_detail(
        "dept_detail",
        "部门详情 department detail",
        "/webapi/v3/orgs/dept/detail",
        "help.ashx 组织架构 › 部门 › 部门详情 (/webapi/v3/orgs/dept/detail)",
        BY_ORD,
    ),
    web_write(
        "user_add",
        "账号添加 add an account",
        "/webapi/v3/orgs/user/add",
        "help.ashx 组织架构 › 账号 › 账号添加 (/webapi/v3/orgs/user/add)",
        &ACCOUNT_FIELDS,
    ),
    web_write(
        "user_edit",
        "账号修改 edit an account",
        "/webapi/v3/orgs/user/edit",
        "help.ashx 组织架构 › 账号 › 账号修改 (/webapi/v3/orgs/user/edit)",
        &ACCOUNT_EDIT,
    ),
    web_write(
        "user_delete",
        "账号删除 delete an account",
        "/webapi/v3/orgs/user/delete",
        "help.ashx 组织架构 › 账号 › 账号删除 (/webapi/v3/orgs/user/delete)",
        BY_ORD,
    ),
    web_detail(
        "user_detail",
        "账号详情 account detail (the password comes as the server sends it; the sandbox masks it)",
        "/webapi/v3/orgs/user/detail",
        "help.ashx 组织架构 › 账号 › 账号详情 (/webapi/v3/orgs/user/detail)",
        BY_ORD,
    ),
];
