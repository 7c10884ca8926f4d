#include "WedgeDetector.h"

namespace wh::devices {

namespace {

constexpr char16_t kGsChar = 0x1D;
// A burst this long without a terminator is no scan anyone prints (a held key, a paste): typing.
constexpr qsizetype kMaxHeld = 4096;

} // namespace

QHash<QChar, QChar> WedgeConfig::usScannerOnGermanHost()
{
    // Arrives on the German host -> the US key the scanner pressed. Unshifted, then shifted.
    static const char16_t pairs[][2] = {
        {u'y', u'z'},  {u'z', u'y'},      {u'Y', u'Z'},      {u'Z', u'Y'},      {u'\u00DF', u'-'},
        {u'-', u'/'},  {u'\u00FC', u'['}, {u'+', u']'},      {u'\u00F6', u';'}, {u'\u00E4', u'\''},
        {u'#', u'\\'}, {u'\u00DC', u'{'}, {u'*', u'}'},      {u'\u00D6', u':'}, {u'\u00C4', u'"'},
        {u'\'', u'|'}, {u'"', u'@'},      {u'\u00A7', u'#'}, {u'&', u'^'},      {u'/', u'&'},
        {u'(', u'*'},  {u')', u'('},      {u'=', u')'},      {u'?', u'_'},      {u';', u'<'},
        {u':', u'>'},  {u'_', u'?'},
    };
    QHash<QChar, QChar> map;
    for (const auto& pair : pairs)
        map.insert(QChar(pair[0]), QChar(pair[1]));
    return map;
}

WedgeDetector::WedgeDetector(WedgeConfig config)
    : m_config(std::move(config))
{}

bool WedgeDetector::isTerminator(QChar key) const
{
    if (m_config.terminators.contains(key))
        return true;
    return key == QLatin1Char('\n') && m_config.terminators.contains(QLatin1Char('\r'));
}

bool WedgeDetector::canStillBeScan() const
{
    const qsizetype n = std::min(m_pending.size(), m_config.prefix.size());
    return QStringView(m_pending).left(n) == QStringView(m_config.prefix).left(n) &&
           m_pending.size() < kMaxHeld;
}

void WedgeDetector::releaseTyped(QList<WedgeOutput>& out)
{
    if (m_pending.isEmpty())
        return;
    out.append(WedgeOutput{WedgeOutput::Kind::Typed, m_pending, m_pending, m_firstMs, m_lastMs, {}});
    m_pending.clear();
}

QList<WedgeOutput> WedgeDetector::feed(QChar key, qint64 timestampMs)
{
    QList<WedgeOutput> out;
    // A gap ends the burst; so does time going backwards (a new source of events): never join across it.
    if (!m_pending.isEmpty()) {
        const qint64 gap = timestampMs - m_lastMs;
        if (gap < 0 || gap > m_config.maxGapMs)
            releaseTyped(out);
    }
    if (m_pending.isEmpty())
        m_firstMs = timestampMs;
    m_pending += key;
    m_lastMs = timestampMs;
    if (isTerminator(key)) {
        out.append(settle());
        m_pending.clear();
    } else if (!canStillBeScan()) {
        releaseTyped(out);
    }
    return out;
}

WedgeOutput WedgeDetector::settle() const
{
    WedgeOutput typed{WedgeOutput::Kind::Typed, m_pending, m_pending, m_firstMs, m_lastMs, {}};
    QStringView body = QStringView(m_pending).chopped(1);
    if (!body.startsWith(m_config.prefix) || !body.endsWith(m_config.suffix) ||
        body.size() < m_config.prefix.size() + m_config.suffix.size())
        return typed;
    body = body.mid(m_config.prefix.size(), body.size() - m_config.prefix.size() - m_config.suffix.size());
    if (body.size() < std::max(1, m_config.minLength))
        return typed;

    WedgeOutput scan{WedgeOutput::Kind::Scan, m_pending, {}, m_firstMs, m_lastMs, {}};
    scan.text.reserve(body.size());
    for (QChar c : body) {
        // The stand-in is matched as it arrives, before the remap: it is what the operator saw arrive.
        if (!m_config.gsStandIn.isNull() && c == m_config.gsStandIn)
            scan.text += QChar(kGsChar);
        else
            scan.text += m_config.remap.value(c, c);
    }
    if (m_config.expectAim && scan.text.front() != QLatin1Char(']')) {
        const QChar first = body.front();
        const auto remapsToAim = WedgeConfig::usScannerOnGermanHost().value(first) == QLatin1Char(']');
        scan.layoutProblem =
            QStringLiteral("The scan starts with '%1' where the code's type (']') was expected: the scanner "
                           "types with another keyboard layout than this computer's%2. Set the scanner to "
                           "this computer's layout, or set the layout remap.")
                .arg(QString(first), remapsToAim ? QStringLiteral(" (a US-layout scanner on a German layout "
                                                                  "sends ']' as '+')")
                                                 : QString());
    }
    return scan;
}

QList<WedgeOutput> WedgeDetector::expire(qint64 nowMs)
{
    QList<WedgeOutput> out;
    if (!m_pending.isEmpty() && (nowMs - m_lastMs > m_config.maxGapMs || nowMs < m_lastMs))
        releaseTyped(out);
    return out;
}

QList<WedgeOutput> WedgeDetector::flush()
{
    QList<WedgeOutput> out;
    releaseTyped(out);
    return out;
}

std::optional<qint64> WedgeDetector::deadline() const
{
    if (m_pending.isEmpty())
        return std::nullopt;
    return m_lastMs + m_config.maxGapMs + 1;
}

} // namespace wh::devices
