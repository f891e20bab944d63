// SPDX-License-Identifier: GPL-3.0-or-later
// The zone the device is in, read once at the edge: CRAMPDIARY_ZONE, then TZ, then /etc/localtime
// (date::current_zone). The window and the command line both ask this.
#pragma once
#include <string>
std::string systemZoneName();
