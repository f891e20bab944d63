// The zone the device is in, read once at the edge (date::current_zone reads /etc/localtime).
#pragma once
#include <string>
std::string systemZoneName();
