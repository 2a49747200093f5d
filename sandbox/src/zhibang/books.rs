//! The records the sandbox's saves change: customers and their contacts and follow-ups, projects,
//! contracts and the pending contract lines, shipments, stock, products, departments and accounts.
//!
//! They start from the demo installation on first use and live behind one lock, so a save that checks
//! one record against others (a unique contract number, a customer that must exist) sees one state.

use std::sync::Mutex;

use super::data::Dataset;
use super::{crm, orgs, products, sales, stock};
use crate::locks;

pub(crate) struct Ledger {
    pub customers: Vec<crm::Customer>,
    pub contacts: Vec<crm::Contact>,
    pub follow_ups: Vec<crm::FollowUp>,
    /// Customer ids handed out by "allocate a new customer id" and not saved yet.
    pub allocated: Vec<u64>,
    pub next_customer: u64,
    pub projects: Vec<sales::Project>,
    pub contracts: Vec<sales::Contract>,
    /// The account's contract lines waiting for the next contract save (`contractlist.asp`).
    pub pending_lines: Vec<sales::Line>,
    pub next_line: u64,
    pub shipments: Vec<stock::Shipment>,
    pub stock: Vec<stock::StockRecord>,
    pub products: Vec<products::ProductRecord>,
    pub departments: Vec<orgs::Department>,
    pub accounts: Vec<orgs::Account>,
}

impl Ledger {
    fn seed(dataset: &Dataset) -> Ledger {
        let customers = crm::seed_customers(dataset);
        let contacts = crm::seed_contacts(dataset);
        let follow_ups = crm::seed_follow_ups(&customers);
        let next_customer = customers.iter().map(|customer| customer.ord).max().unwrap_or(0) + 1;
        let products = products::seed(dataset);
        let projects = sales::seed_projects(dataset);
        let contracts = sales::seed_contracts(dataset);
        let shipments = stock::seed_shipments(&contracts);
        let stock = stock::seed_stock(dataset);
        Ledger {
            customers,
            contacts,
            follow_ups,
            allocated: Vec::new(),
            next_customer,
            projects,
            contracts,
            pending_lines: Vec::new(),
            next_line: 1,
            shipments,
            stock,
            products,
            departments: orgs::seed_departments(),
            accounts: orgs::seed_accounts(),
        }
    }
}

/// The ledger, built on first use and dropped by a reset.
#[derive(Default)]
pub(crate) struct Books {
    ledger: Mutex<Option<Ledger>>,
}

impl Books {
    pub fn with<R>(&self, dataset: &Dataset, work: impl FnOnce(&mut Ledger) -> R) -> R {
        let mut ledger = locks::lock(&self.ledger);
        work(ledger.get_or_insert_with(|| Ledger::seed(dataset)))
    }

    pub fn reset(&self) {
        *locks::lock(&self.ledger) = None;
    }
}
