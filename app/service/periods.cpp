// SPDX-License-Identifier: GPL-3.0-or-later
#include "periods.hpp"

namespace cramp {

Period today_length_from(Night from) { return {from, from + date::days{kTodayNights - 1}}; }

Period report_period(Night last, int weeks) { return {last - date::days{7 * weeks - 1}, last}; }

}  // namespace cramp
