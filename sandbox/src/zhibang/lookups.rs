//! The pickers other calls take their ids from (reference §8.9): product categories, staff, regions
//! and the generic enumerations of `source.asp`.

use serde_json::Value;

use super::data::{self, DEPARTMENTS, ENUMERATIONS, PRODUCT_CATEGORIES, SALES_DEPARTMENT};
use super::document::{self, tree_node};
use super::request::PagePost;
use crate::demo::REGIONS;

const SALES_STAFF: &str = "4";

/// `product_sort_list.asp`: the category tree, value = category id.
pub fn product_categories() -> Value {
    fn children(parent: u64, depth: u32) -> Vec<Value> {
        PRODUCT_CATEGORIES
            .iter()
            .filter(|category| category.parent == parent)
            .map(|category| {
                let id = category.id.to_string();
                tree_node(id.clone(), category.name, id, depth, children(category.id, depth + 1))
            })
            .collect()
    }
    document::trees_source(tree_node("0".to_owned(), "全部分类", "0".to_owned(), 0, children(0, 1)))
}

/// `gate_list.asp`: departments with their staff as leaves (value = the user's ord); `sort=4`
/// keeps the sales staff only. Departments have an empty value: only people can be picked.
pub fn staff(post: &PagePost) -> Value {
    let sales_only = post.get("sort") == SALES_STAFF;
    let wanted = |department: u64| !sales_only || department == SALES_DEPARTMENT;
    fn department_node(id: u64, depth: u32, wanted: &dyn Fn(u64) -> bool) -> Option<Value> {
        let mut nodes: Vec<Value> = data::staff()
            .filter(|user| user.department == id && wanted(id))
            .map(|user| tree_node(format!("u{}", user.ord), user.name, user.ord.to_string(), depth + 1, Vec::new()))
            .collect();
        nodes.extend(
            DEPARTMENTS
                .iter()
                .filter(|department| department.parent == id)
                .filter_map(|department| department_node(department.id, depth + 1, wanted)),
        );
        (!nodes.is_empty()).then(|| tree_node(format!("d{id}"), data::department_name(id), String::new(), depth, nodes))
    }
    let company = DEPARTMENTS.iter().find(|department| department.parent == 0).map_or(1, |department| department.id);
    let root = department_node(company, 0, &wanted).unwrap_or_else(|| {
        tree_node(format!("d{company}"), data::department_name(company), String::new(), 0, Vec::new())
    });
    document::trees_source(root)
}

/// `area_list.asp`: province > city > district, value = the region id.
pub fn regions() -> Value {
    fn children(parent: u32, depth: u32) -> Vec<Value> {
        REGIONS
            .iter()
            .filter(|region| region.parent == parent)
            .map(|region| {
                let id = region.id.to_string();
                tree_node(id.clone(), region.name, id, depth, children(region.id, depth + 1))
            })
            .collect()
    }
    document::trees_source(tree_node("0".to_owned(), "全部区域", "0".to_owned(), 0, children(0, 1)))
}

/// `source.asp?enumid=N`; an unknown id answers empty options.
pub fn enumeration(post: &PagePost) -> Value {
    let requested = post.get("enumid").parse::<u32>().ok();
    let options = ENUMERATIONS
        .iter()
        .filter(|enumeration| Some(enumeration.id) == requested)
        .flat_map(|enumeration| enumeration.options.iter())
        .map(|(id, label)| (id.to_string(), *label));
    document::options_source(document::options(options))
}
