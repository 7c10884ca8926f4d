#include "ScanSource.h"

namespace wh::devices {

QString scannerStateName(ScannerState state)
{
    switch (state) {
    case ScannerState::Disconnected:
        return QStringLiteral("disconnected");
    case ScannerState::Connected:
        return QStringLiteral("connected");
    case ScannerState::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace wh::devices
