#include "Money.h"

namespace wh {

QString Money::toString() const
{
    // Negated as unsigned: -m_minor overflows for the most negative amount, which a peer can send.
    const auto raw = static_cast<std::uint64_t>(m_minor);
    const std::uint64_t magnitude = m_minor < 0 ? 0 - raw : raw;
    QString whole = QString::number(static_cast<qulonglong>(magnitude / 100));
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    const QString cents =
        QStringLiteral("%1").arg(static_cast<qulonglong>(magnitude % 100), 2, 10, QLatin1Char('0'));
    return (m_minor < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + whole + QLatin1Char('.') + cents;
}

} // namespace wh
