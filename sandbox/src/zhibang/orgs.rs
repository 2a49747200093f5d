//! Departments and accounts, family B (`/webapi/v3/orgs/...`, help pages 部门 and 账号): the lists,
//! details, adds, edits and the account delete. The staff picker (`gate_list.asp`) and the names on
//! services stay those of the seeded staff.

use serde_json::{Map, Value, json};

use super::books::Ledger;
use super::data::{self, DEPARTMENTS, USERS};
use super::forms::{self, Input, Kind, Values, input, text};
use super::request::WebPost;
use crate::calendar::LocalTime;

const DEFAULT_PAGE_SIZE: usize = 20;

pub struct Department {
    pub id: u64,
    pub name: String,
    pub parent: u64,
    pub values: Values,
    pub added_by: u64,
    pub added: LocalTime,
}

pub struct Account {
    pub ord: u64,
    pub name: String,
    pub username: String,
    pub department: u64,
    pub frozen: bool,
    pub values: Values,
}

pub fn seed_departments() -> Vec<Department> {
    DEPARTMENTS
        .iter()
        .map(|department| Department {
            id: department.id,
            name: department.name.to_owned(),
            parent: department.parent,
            values: Values::new(),
            added_by: data::API_ACCOUNT,
            added: LocalTime::midnight(2020, 1, 6).plus_minutes(540),
        })
        .collect()
}

pub fn seed_accounts() -> Vec<Account> {
    USERS
        .iter()
        .map(|user| {
            let mut values = Values::new();
            values.insert("Ygid".into(), format!("ZB{:04}", user.ord));
            values.insert("WorkPosition".into(), if user.ord == data::API_ACCOUNT { "939" } else { "891" }.into());
            values.insert("QxTemplate".into(), "-1".into());
            Account {
                ord: user.ord,
                name: user.name.to_owned(),
                username: user.username.to_owned(),
                department: user.department,
                frozen: user.frozen,
                values,
            }
        })
        .collect()
}

fn page_of(post: &WebPost) -> (usize, usize) {
    let positive = |name: &str| post.get(name).parse::<usize>().ok().filter(|number| *number > 0);
    (positive("page_size").unwrap_or(DEFAULT_PAGE_SIZE), positive("page_index").unwrap_or(1))
}

fn department_and_below(ledger: &Ledger, id: u64) -> Vec<u64> {
    let mut found = vec![id];
    let mut position = 0;
    while position < found.len() {
        let parent = found[position];
        found.extend(
            ledger.departments.iter().filter(|department| department.parent == parent).map(|department| department.id),
        );
        position += 1;
    }
    found
}

fn department_name(ledger: &Ledger, id: u64) -> &str {
    ledger.departments.iter().find(|department| department.id == id).map_or("", |department| department.name.as_str())
}

fn full_path(ledger: &Ledger, department: &Department) -> String {
    let mut names = vec![department.name.as_str()];
    let mut parent = department.parent;
    while let Some(above) = ledger.departments.iter().find(|candidate| candidate.id == parent) {
        names.push(&above.name);
        parent = above.parent;
    }
    names.reverse();
    names.join("/")
}

/// `/webapi/v3/orgs/user/list`.
pub fn users(ledger: &Ledger, post: &WebPost) -> Value {
    let (page_size, page_index) = page_of(post);
    let departments = post.get("orgsid").parse::<u64>().ok().map(|id| department_and_below(ledger, id));
    let matching: Vec<&Account> = ledger
        .accounts
        .iter()
        .filter(|account| match post.get("userstatus") {
            "1" => !account.frozen,
            "2" => account.frozen,
            _ => true,
        })
        .filter(|account| account.name.contains(post.get("name")) && account.username.contains(post.get("username")))
        .filter(|account| {
            post.get("orgsid").is_empty() || departments.as_ref().is_some_and(|ids| ids.contains(&account.department))
        })
        .collect();
    let total = matching.len();
    let rows: Vec<Value> = matching
        .iter()
        .skip((page_index - 1).saturating_mul(page_size))
        .take(page_size)
        .map(|account| {
            json!([
                account.ord.to_string(),
                account.username,
                account.values.get("Ygid").cloned().unwrap_or_default(),
                account.name,
                if account.frozen { "2" } else { "1" },
                account.department.to_string(),
                department_name(ledger, account.department),
            ])
        })
        .collect();
    let cols = ["ord", "username", "ygid", "name", "status", "orgsid", "partname"].map(|id| json!({"id": id}));
    json!({
        "Code": 200,
        "Msg": "获取成功",
        "Page": {"RecordCount": total, "PageSize": page_size, "PageIndex": page_index, "PageCount": total.div_ceil(page_size)},
        "Cols": cols,
        "Rows": rows,
    })
}

/// `/webapi/v3/orgs/dept/list`: `Page`, `Cols` and `Rows` as the help documents them, every department
/// with the chain of names from the company down (`fullpath`), filtered by `orgsname` and paged.
pub fn departments(ledger: &Ledger, post: &WebPost) -> Value {
    let (page_size, page_index) = page_of(post);
    let matching: Vec<&Department> =
        ledger.departments.iter().filter(|department| department.name.contains(post.get("orgsname"))).collect();
    let total = matching.len();
    let rows: Vec<Value> = matching
        .iter()
        .skip((page_index - 1).saturating_mul(page_size))
        .take(page_size)
        .map(|department| {
            json!([
                department.id.to_string(),
                department.parent.to_string(),
                department.name,
                full_path(ledger, department),
                data::account_name(department.added_by).unwrap_or_default(),
                department.added.date_seconds(),
                department.values.get("Stoped").map_or("0", String::as_str),
                department.values.get("sort").map_or("0", String::as_str),
            ])
        })
        .collect();
    let cols = ["NodeId", "ParentId", "NodeText", "fullpath", "adduname", "addtime", "stoped", "fullsort"]
        .map(|id| json!({"id": id}));
    json!({
        "Code": 200,
        "Msg": "获取成功",
        "Page": {"RecordCount": total, "PageSize": page_size, "PageIndex": page_index, "PageCount": total.div_ceil(page_size)},
        "Cols": cols,
        "Rows": rows,
    })
}

const OPEN_PRICE: &[(&str, &str)] = &[("1", "开启"), ("0", "关闭")];
const STOPPED: &[(&str, &str)] = &[("1", "停用"), ("0", "正常")];

const DEPARTMENT_FORM: &[Input] = &[
    text("name", "部门名称", 50).required(),
    text("shortname", "部门简称", 50),
    input("pid", "上级部门", Kind::Integer).required(),
    input("openprice", "价格策略", Kind::Choice(OPEN_PRICE)),
    input("sort", "重要指数", Kind::Integer),
    text("funtext", "部门职能", 500),
    text("intro", "部门概要", 500),
    input("Stoped", "是否停用", Kind::Choice(STOPPED)),
];

fn answer(outcome: Result<&str, String>) -> Value {
    match outcome {
        Ok(message) => json!({"Code": 200, "Msg": message}),
        Err(message) => json!({"Code": 300, "Msg": message.trim_end_matches('！').trim_end_matches("，不能保存")}),
    }
}

/// `/webapi/v3/orgs/dept/add` and `/edit`.
pub fn save_department(ledger: &mut Ledger, post: &WebPost, edit: bool) -> Value {
    answer((|| {
        let position = if edit {
            if post.get("ord").is_empty() {
                return Err("单据ID不能为空".to_owned());
            }
            Some(
                ledger
                    .departments
                    .iter()
                    .position(|department| department.id.to_string() == post.get("ord"))
                    .ok_or("部门不存在")?,
            )
        } else {
            None
        };
        let values = forms::check(post, DEPARTMENT_FORM)?;
        let parent = values.get("pid").and_then(|pid| pid.parse::<u64>().ok()).unwrap_or(0);
        if !ledger.departments.iter().any(|department| department.id == parent) {
            return Err("上级部门不存在".to_owned());
        }
        if let Some(position) = position
            && department_and_below(ledger, ledger.departments[position].id).contains(&parent)
        {
            return Err("上级部门不能是本部门或下级部门".to_owned());
        }
        let name = values.get("name").cloned().unwrap_or_default();
        match position {
            Some(position) => {
                let department = &mut ledger.departments[position];
                department.name = name;
                department.parent = parent;
                department.values = values;
                Ok("修改成功")
            }
            None => {
                let id = ledger.departments.iter().map(|department| department.id).max().unwrap_or(0) + 1;
                ledger.departments.push(Department {
                    id,
                    name,
                    parent,
                    values,
                    added_by: data::API_ACCOUNT,
                    added: LocalTime::now(),
                });
                Ok("添加成功")
            }
        }
    })())
}

/// `/webapi/v3/orgs/dept/detail`.
pub fn department_detail(ledger: &Ledger, post: &WebPost) -> Value {
    let Some(department) = ledger.departments.iter().find(|department| department.id.to_string() == post.get("ord"))
    else {
        return json!({"Code": 300, "Msg": "部门不存在"});
    };
    let value = |id: &str| department.values.get(id).cloned().unwrap_or_default();
    json!({"Code": 200, "Msg": "获取成功", "Data": {
        "name": department.name, "shortname": value("shortname"), "pid": department.parent,
        "openprice": value("openprice"), "sort": value("sort").parse::<i64>().unwrap_or(0),
        "funtext": value("funtext"), "intro": value("intro"),
    }})
}

const WORK_POSITION: &[(&str, &str)] = &[
    ("473", "总经理"),
    ("474", "董事长"),
    ("475", "总裁"),
    ("476", "经理"),
    ("477", "主管"),
    ("478", "总经理助理"),
    ("891", "代表"),
    ("939", "客服"),
];
const QX_TEMPLATE: &[(&str, &str)] = &[
    ("-1", "普通员工"),
    ("-2", "部门主管"),
    ("-3", "主管理员"),
    ("-4", "超级管理员"),
    ("-5", "销售经理"),
    ("-6", "销售代表"),
    ("-9", "库管"),
    ("-15", "会计"),
    ("-18", "行政"),
];
const TOP1: &[(&str, &str)] = &[("2", "超级管理员"), ("1", "普通管理员"), ("0", "普通账号")];

const ACCOUNT_FORM: &[Input] = &[
    text("Name", "姓名", 50).required(),
    input("Orgsid", "所属部门", Kind::Integer).required(),
    input("WorkPosition", "岗位", Kind::Choice(WORK_POSITION)).required(),
    text("Title", "职位", 50),
    text("Username", "用户名", 50).required(),
    text("Pw", "密码", 50).required(),
    text("ConfirmPassword", "确认密码", 50).required(),
    input("Top1", "账号性质", Kind::Choice(TOP1)),
    input("QxTemplate", "权限模板", Kind::Choice(QX_TEMPLATE)).required(),
    input("Sex", "性别", Kind::Choice(&[("男", "男"), ("女", "女")])),
    input("Date1", "出生日期", Kind::Date),
    text("Mobile", "手机", 50),
    text("Email", "电子邮件", 100),
];

/// What an account's detail shows; the password never leaves the server.
const DETAIL_FIELDS: &[&str] = &[
    "Autohrm",
    "Partadmin",
    "WorkPosition",
    "Title",
    "Top1",
    "QxTemplate",
    "IsMobileLoginOn",
    "mobileRole",
    "zxbflag",
    "Ygid",
    "Cardid",
    "Sex",
    "Jg",
    "Mz",
    "Date1",
    "Date2",
    "date3",
    "Xl",
    "Zy",
    "Xx",
    "Phone1",
    "Phone2",
    "Mobile",
    "Fax",
    "Email",
    "Address",
    "Alt",
    "Intro",
];

/// `/webapi/v3/orgs/user/add` and `/edit`.
pub fn save_account(ledger: &mut Ledger, post: &WebPost, edit: bool) -> Value {
    answer((|| {
        let position = if edit {
            if post.get("ord").is_empty() {
                return Err("单据ID不能为空".to_owned());
            }
            Some(
                ledger
                    .accounts
                    .iter()
                    .position(|account| account.ord.to_string() == post.get("ord"))
                    .ok_or("账号不存在")?,
            )
        } else {
            None
        };
        let values = forms::check(post, ACCOUNT_FORM)?;
        if values.get("Pw") != values.get("ConfirmPassword") {
            return Err("两次输入的密码不一致".to_owned());
        }
        let department = values.get("Orgsid").and_then(|id| id.parse::<u64>().ok()).unwrap_or(0);
        if !ledger.departments.iter().any(|known| known.id == department) {
            return Err("所属部门不存在".to_owned());
        }
        let username = values.get("Username").cloned().unwrap_or_default();
        let own = position.map(|position| ledger.accounts[position].ord);
        if ledger.accounts.iter().any(|account| account.username == username && Some(account.ord) != own) {
            return Err("用户名已存在".to_owned());
        }
        let mut kept: Values = DETAIL_FIELDS
            .iter()
            .filter(|id| !post.get(id).is_empty())
            .map(|id| ((*id).to_owned(), post.get(id).to_owned()))
            .collect();
        kept.extend(values.into_iter().filter(|(id, _)| DETAIL_FIELDS.contains(&id.as_str())));
        let name = post.get("Name").to_owned();
        match position {
            Some(position) => {
                let account = &mut ledger.accounts[position];
                account.values.extend(kept);
                account.name = name;
                account.username = username;
                account.department = department;
                Ok("修改成功")
            }
            None => {
                let ord = ledger.accounts.iter().map(|account| account.ord).max().unwrap_or(0) + 1;
                kept.entry("Ygid".into()).or_insert_with(|| format!("ZB{ord:04}"));
                ledger.accounts.push(Account { ord, name, username, department, frozen: false, values: kept });
                Ok("添加成功")
            }
        }
    })())
}

/// `/webapi/v3/orgs/user/delete`: the API account itself cannot be deleted.
pub fn delete_account(ledger: &mut Ledger, post: &WebPost) -> Value {
    let ord = post.get("ord");
    if ord == data::API_ACCOUNT.to_string() {
        return json!({"Code": 300, "Msg": "不能删除当前登录的账号"});
    }
    let before = ledger.accounts.len();
    ledger.accounts.retain(|account| account.ord.to_string() != ord);
    if ledger.accounts.len() < before {
        json!({"Code": 200, "Msg": "删除成功"})
    } else {
        json!({"Code": 300, "Msg": "账号不存在或已被删除"})
    }
}

/// `/webapi/v3/orgs/user/detail`: the documented fields; `Pw` and `ConfirmPassword` come masked.
pub fn account_detail(ledger: &Ledger, post: &WebPost) -> Value {
    let Some(account) = ledger.accounts.iter().find(|account| account.ord.to_string() == post.get("ord")) else {
        return json!({"Code": 300, "Msg": "账号不存在或已被删除"});
    };
    let mut data = Map::new();
    data.insert("Name".into(), json!(account.name));
    data.insert("Orgsid".into(), json!(account.department));
    data.insert("Username".into(), json!(account.username));
    data.insert("Pw".into(), json!("******"));
    data.insert("ConfirmPassword".into(), json!("******"));
    for id in DETAIL_FIELDS {
        let value = account.values.get(*id).cloned().unwrap_or_default();
        let number = matches!(*id, "WorkPosition" | "Top1" | "QxTemplate" | "mobileRole" | "Alt");
        data.insert((*id).to_owned(), if number { json!(value.parse::<i64>().unwrap_or(0)) } else { json!(value) });
    }
    json!({"Code": 200, "Msg": "获取成功", "Data": data})
}
