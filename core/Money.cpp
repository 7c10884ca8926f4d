#include "Money.h"

namespace wh {

QString Money::toString() const
{
    const std::int64_t magnitude = m_minor < 0 ? -m_minor : m_minor;
    QString whole = QString::number(static_cast<qlonglong>(magnitude / 100));
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    const QString cents = QStringLiteral("%1").arg(static_cast<qlonglong>(magnitude % 100), 2, 10, QLatin1Char('0'));
    return (m_minor < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + whole + QLatin1Char('.') + cents;
}

} // namespace wh
