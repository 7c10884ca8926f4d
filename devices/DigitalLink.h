#pragma once

#include "Gs1.h"

#include <optional>

namespace wh::devices {

// GS1 Digital Link URIs (https://id.gs1.org/01/09501101530003/10/ABC?17=251231): the same element strings
// carried in a web address, as QR codes and DataMatrix codes on new packaging do.
class DigitalLink
{
public:
    // Nothing when `uri` is no Digital Link (not http(s), or no primary key such as /01/ in its path): the
    // caller treats it as plain data. Otherwise the elements (path first, then query attributes) or the
    // first error, judged by the same AI table and rules as a scanned element string.
    static std::optional<Gs1Message> parse(QStringView uri, QDate today);
};

} // namespace wh::devices
