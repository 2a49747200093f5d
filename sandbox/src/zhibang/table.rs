//! What every family-A list shares (reference §7): `pagesize`/`pageindex` paging, `_rpt_sort` over a
//! column id, `searchKey` over the text columns, and comma-separated id filters.

use std::cmp::Ordering;

use serde_json::Value;

use super::document::{self, Column, TablePage};
use super::request::PagePost;

const DEFAULT_PAGE_SIZE: usize = 20;

/// Paging and sorting of one list request.
pub struct ListQuery {
    pub page_size: usize,
    pub page_index: usize,
    /// Column position and direction; `None` keeps the list's own order (newest first).
    pub sort: Option<(usize, bool)>,
}

impl ListQuery {
    /// Empty, unreadable or zero paging values fall back to the defaults; an unknown sort column is
    /// ignored, as the vendor does.
    pub fn from_post(post: &PagePost, columns: &[Column]) -> ListQuery {
        let positive = |id: &str| post.get(id).parse::<usize>().ok().filter(|number| *number > 0);
        let sort = post.get("_rpt_sort");
        let (name, descending) = match sort.strip_prefix('-') {
            Some(name) => (name, true),
            None => (sort, false),
        };
        ListQuery {
            page_size: positive("pagesize").unwrap_or(DEFAULT_PAGE_SIZE),
            page_index: positive("pageindex").unwrap_or(1),
            sort: columns
                .iter()
                .position(|column| column.id.eq_ignore_ascii_case(name))
                .map(|position| (position, descending)),
        }
    }

    /// Positions `first..end` of the full list that this page covers.
    pub fn window(&self, total: usize) -> std::ops::Range<usize> {
        let first = (self.page_index - 1).saturating_mul(self.page_size).min(total);
        first..first.saturating_add(self.page_size).min(total)
    }

    pub fn page_info(&self, total: usize) -> TablePage {
        TablePage { record_count: total, page_size: self.page_size, page_index: self.page_index }
    }

    /// Sorts (when asked) the complete matching rows and answers the requested page of them.
    pub fn answer(&self, columns: &[Column], mut rows: Vec<Vec<String>>) -> Value {
        if let Some((position, descending)) = self.sort {
            let numeric = matches!(columns[position].dbtype, "int" | "money" | "number");
            rows.sort_by(|left, right| {
                let order = compare_cells(&left[position], &right[position], numeric);
                if descending { order.reverse() } else { order }
            });
        }
        let total = rows.len();
        let window = self.window(total);
        let page: Vec<Vec<String>> = rows.drain(window).collect();
        document::table(columns, page, &self.page_info(total))
    }
}

fn compare_cells(left: &str, right: &str, numeric: bool) -> Ordering {
    let number = |cell: &str| cell.replace(',', "").parse::<f64>().ok();
    match (numeric, number(left), number(right)) {
        (true, Some(left), Some(right)) => left.total_cmp(&right),
        _ => left.cmp(right),
    }
}

/// A comma-separated id filter: `None` when empty; ids that are not numbers match nothing.
pub fn id_list(post: &PagePost, id: &str) -> Option<Vec<u64>> {
    let text = post.get(id);
    (!text.is_empty()).then(|| text.split(',').filter_map(|item| item.trim().parse().ok()).collect())
}

/// A fuzzy (substring) filter: `None` when empty.
pub fn fuzzy<'a>(post: &'a PagePost, id: &str) -> Option<&'a str> {
    Some(post.get(id)).filter(|text| !text.is_empty())
}

pub fn allows(ids: &Option<Vec<u64>>, id: u64) -> bool {
    ids.as_ref().is_none_or(|ids| ids.contains(&id))
}

pub fn allows_text(needle: Option<&str>, haystack: &str) -> bool {
    needle.is_none_or(|needle| haystack.contains(needle))
}

/// `searchKey`: a substring of any cell of the row.
pub fn searched(search: Option<&str>, cells: &[String]) -> bool {
    search.is_none_or(|search| cells.iter().any(|cell| cell.contains(search)))
}

#[cfg(test)]
mod tests {
    use super::compare_cells;
    use std::cmp::Ordering;

    #[test]
    fn numeric_columns_compare_as_numbers_despite_separators() {
        assert_eq!(compare_cells("9", "10", true), Ordering::Less);
        assert_eq!(compare_cells("12,800.00", "980.00", true), Ordering::Greater);
        assert_eq!(compare_cells("9", "10", false), Ordering::Greater);
    }
}
