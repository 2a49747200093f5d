//! Beijing wall-clock times and the formats the vendors write them in. Both vendors show local (UTC+8)
//! times without a zone, so times are kept as naive seconds since 1970-01-01 00:00 local.

use std::time::{SystemTime, UNIX_EPOCH};

const SECONDS_PER_DAY: i64 = 86_400;
const BEIJING_OFFSET_SECONDS: i64 = 8 * 3600;

/// The last day of the generated demo history: relative filters such as Zhibang's "newest 30 days"
/// count back from here, so they select the same rows on every day the sandbox runs.
pub const DEMO_TODAY: LocalTime = LocalTime::midnight(2025, 6, 30);

/// A Beijing wall-clock time, in seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalTime(i64);

impl LocalTime {
    pub const fn midnight(year: i64, month: u32, day: u32) -> LocalTime {
        LocalTime(days_from_civil(year, month, day) * SECONDS_PER_DAY)
    }

    pub fn now() -> LocalTime {
        let utc = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_secs() as i64);
        LocalTime(utc + BEIJING_OFFSET_SECONDS)
    }

    pub const fn plus_seconds(self, seconds: i64) -> LocalTime {
        LocalTime(self.0 + seconds)
    }

    pub const fn plus_minutes(self, minutes: i64) -> LocalTime {
        self.plus_seconds(minutes * 60)
    }

    pub const fn plus_days(self, days: i64) -> LocalTime {
        self.plus_seconds(days * SECONDS_PER_DAY)
    }

    pub const fn seconds_until(self, later: LocalTime) -> i64 {
        later.0 - self.0
    }

    pub const fn whole_minutes(self) -> LocalTime {
        LocalTime(self.0.div_euclid(60) * 60)
    }

    /// `2020-04-29`
    pub fn date(self) -> String {
        let (year, month, day) = civil_from_days(self.0.div_euclid(SECONDS_PER_DAY));
        format!("{year:04}-{month:02}-{day:02}")
    }

    /// `2020-04-29 16:20`
    pub fn date_minutes(self) -> String {
        let (hour, minute, _) = self.clock();
        format!("{} {hour:02}:{minute:02}", self.date())
    }

    /// `2020/4/29 16:20:16`, the unpadded form of eshouhou's HandedTime.
    /// `2025-06-30 08:30:00`, the web API's format.
    pub fn date_seconds(self) -> String {
        let (hour, minute, second) = self.clock();
        format!("{} {hour:02}:{minute:02}:{second:02}", self.date())
    }

    pub fn slash_seconds(self) -> String {
        let (year, month, day) = civil_from_days(self.0.div_euclid(SECONDS_PER_DAY));
        let (hour, minute, second) = self.clock();
        format!("{year}/{month}/{day} {hour}:{minute:02}:{second:02}")
    }

    /// Reads `yyyy-MM-dd` (one-digit month and day allowed) as the start of that day.
    pub fn parse_date(text: &str) -> Option<LocalTime> {
        let mut parts = text.trim().split('-');
        // Four-digit years only: anything wider would overflow the day arithmetic.
        let year = parts.next()?.parse::<i64>().ok().filter(|year| (1..=9999).contains(year))?;
        let month = parts.next()?.parse::<u32>().ok()?;
        let day = parts.next()?.parse::<u32>().ok()?;
        if parts.next().is_some() || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let days = days_from_civil(year, month, day);
        (civil_from_days(days) == (year, month, day)).then_some(LocalTime(days * SECONDS_PER_DAY))
    }

    fn clock(self) -> (i64, i64, i64) {
        let seconds = self.0.rem_euclid(SECONDS_PER_DAY);
        (seconds / 3600, seconds / 60 % 60, seconds % 60)
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
const fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = if year >= 0 { year } else { year - 399 } / 400;
    let year_of_era = year - era * 400;
    let month = month as i64;
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day as i64 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

const fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = if days >= 0 { days } else { days - 146_096 } / 146_097;
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 } as u32;
    let year = year_of_era + era * 400 + if month <= 2 { 1 } else { 0 };
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::LocalTime;

    #[test]
    fn formats_the_vendor_styles() {
        let handed = LocalTime::midnight(2020, 4, 29).plus_seconds(16 * 3600 + 20 * 60 + 16);
        assert_eq!(handed.slash_seconds(), "2020/4/29 16:20:16");
        assert_eq!(handed.date(), "2020-04-29");
        assert_eq!(handed.date_minutes(), "2020-04-29 16:20");
        assert_eq!(handed.whole_minutes().slash_seconds(), "2020/4/29 16:20:00");
    }

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(LocalTime::parse_date("2020-9-12"), Some(LocalTime::midnight(2020, 9, 12)));
        assert_eq!(LocalTime::parse_date("2024-02-29"), Some(LocalTime::midnight(2024, 2, 29)));
        assert_eq!(LocalTime::parse_date("2023-02-29"), None);
        assert_eq!(LocalTime::parse_date("2020/09/12"), None);
        assert_eq!(LocalTime::parse_date("yesterday"), None);
        assert_eq!(LocalTime::parse_date("99999999999999-01-01"), None);
    }
}
