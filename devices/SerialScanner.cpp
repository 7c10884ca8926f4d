#include "SerialScanner.h"

#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace wh::devices {

namespace {

QString hexByte(char byte)
{
    return QStringLiteral("0x") + QString::number(quint8(byte), 16).rightJustified(2, QLatin1Char('0'));
}

} // namespace

SerialScanner::SerialScanner(ScannerConfig config, const Clock& clock, QObject* parent)
    : ScanSource(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_suffix(m_config.suffixBytes())
    , m_port(new QSerialPort(this))
    , m_pollTimer(new QTimer(this))
    , m_doubleReads(m_config.doubleReadMs)
    , m_stateReason(QStringLiteral("Not started."))
{
    m_pollTimer->setInterval(m_config.reopenIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &SerialScanner::poll);
    connect(m_port, &QSerialPort::readyRead, this, &SerialScanner::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialScanner::onError);
}

SerialScanner::~SerialScanner() = default;

void SerialScanner::start()
{
    m_running = true;
    m_wasLost = false; // "Stopped." is no reason to keep: a scanner missing at start is "not plugged in"
    m_pollTimer->start();
    tryOpen();
}

void SerialScanner::stop()
{
    m_running = false;
    m_pollTimer->stop();
    if (m_port->isOpen())
        lose(ScannerState::Disconnected, QStringLiteral("Stopped."));
}

void SerialScanner::tryOpen()
{
    if (m_port->isOpen())
        return;
    const QFileInfo device(m_config.path);
    if (!device.exists()) {
        // Still gone: the reason it went ("unplugged") says more than "not plugged in", and a screen should
        // not hear of the same absence on every tick.
        if (m_state == ScannerState::Disconnected && m_wasLost)
            return;
        setState(ScannerState::Disconnected,
                 QStringLiteral("No device at %1: the scanner is not plugged in.").arg(m_config.path));
        return;
    }
    m_port->setPortName(m_config.path);
    if (!m_port->open(QIODevice::ReadOnly)) {
        const bool gone =
            m_port->error() == QSerialPort::DeviceNotFoundError || !QFileInfo::exists(m_config.path);
        setState(
            gone ? ScannerState::Disconnected : ScannerState::Error,
            QStringLiteral("Cannot open the scanner at %1: %2.").arg(m_config.path, m_port->errorString()));
        m_port->clearError();
        return;
    }
    // A port that refuses a setting would read garbage or nothing: it is closed and reported, not used.
    if (!m_port->setBaudRate(m_config.baud) || !m_port->setDataBits(m_config.dataBits) ||
        !m_port->setParity(m_config.parity) || !m_port->setStopBits(m_config.stopBits) ||
        !m_port->setFlowControl(QSerialPort::NoFlowControl)) {
        const QString reason = QStringLiteral("The scanner at %1 refused its settings (%2): %3.")
                                   .arg(m_config.path, m_config.toSpec(), m_port->errorString());
        m_port->close();
        m_port->clearError();
        setState(ScannerState::Error, reason);
        return;
    }
    m_openedTarget = device.canonicalFilePath();
    m_buffer.clear();
    m_discarding = false;
    // A code read just before the unplug and again just after is two scans: the person scanned again.
    m_doubleReads.reset();
    setState(ScannerState::Connected, {});
}

void SerialScanner::poll()
{
    if (!m_running)
        return;
    if (!m_port->isOpen()) {
        tryOpen();
        return;
    }
    const QFileInfo device(m_config.path);
    if (!device.exists())
        lose(ScannerState::Disconnected,
             QStringLiteral("The scanner at %1 was unplugged.").arg(m_config.path));
    else if (device.canonicalFilePath() != m_openedTarget) {
        // Unplugged and plugged back in since the last tick: the open port belongs to the old device.
        lose(ScannerState::Disconnected,
             QStringLiteral("The scanner at %1 was unplugged and plugged back in.").arg(m_config.path));
        tryOpen();
    }
}

void SerialScanner::onError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port->isOpen())
        return;
    const bool gone = error == QSerialPort::ResourceError || !QFileInfo::exists(m_config.path);
    const QString reason =
        gone ? QStringLiteral("The scanner at %1 was unplugged (%2).")
                   .arg(m_config.path, m_port->errorString())
             : QStringLiteral("The scanner at %1 failed: %2.").arg(m_config.path, m_port->errorString());
    lose(gone ? ScannerState::Disconnected : ScannerState::Error, reason);
}

void SerialScanner::lose(ScannerState state, const QString& reason)
{
    // Read what the port still holds: a scan that was whole before the unplug is delivered, not dropped.
    if (m_port->isOpen() && m_port->bytesAvailable() > 0) {
        m_buffer.append(m_port->readAll());
        consume(m_clock.now());
    }
    if (!m_buffer.isEmpty() && !m_discarding)
        refuse(m_buffer, ScanRefusal::PartialRead,
               Refusal{QT_TRANSLATE_NOOP(
                           "wh::Refusal",
                           "The scanner was disconnected in the middle of a scan; the %1 bytes read so far "
                           "were dropped. Scan it again."),
                       {QString::number(m_buffer.size())}},
               m_clock.now());
    m_buffer.clear();
    m_discarding = false;
    m_port->close();
    m_port->clearError();
    m_wasLost = true;
    setState(state, reason);
}

void SerialScanner::setState(ScannerState state, const QString& reason)
{
    if (state == m_state && reason == m_stateReason)
        return;
    m_state = state;
    m_stateReason = reason;
    Q_EMIT stateChanged(m_config.id, state, reason);
}

void SerialScanner::onReadyRead()
{
    const QByteArray bytes = m_port->readAll();
    if (bytes.isEmpty())
        return;
    const QDateTime now = m_clock.now();
    // A partial scan that waited this long is not the start of the bytes now arriving: joined, they would
    // make one wrong scan (or two codes read as one).
    if (!m_buffer.isEmpty() && !m_discarding && m_config.stalePartialMs > 0 && m_lastByteAt.isValid() &&
        m_lastByteAt.msecsTo(now) > m_config.stalePartialMs) {
        refuse(m_buffer, ScanRefusal::PartialRead,
               Refusal{QT_TRANSLATE_NOOP(
                           "wh::Refusal",
                           "Only part of a scan came (%1 bytes, then nothing for %2 ms). Scan it again."),
                       {QString::number(m_buffer.size()), QString::number(m_lastByteAt.msecsTo(now))}},
               m_lastByteAt);
        m_buffer.clear();
    }
    m_lastByteAt = now;
    m_buffer.append(bytes);
    consume(now);
}

void SerialScanner::consume(const QDateTime& at)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_buffer.indexOf(m_suffix, start);
        if (end < 0)
            break;
        if (m_discarding)
            m_discarding = false; // the rest of the over-long line ends here; it was reported already
        else
            deliverLine(m_buffer.mid(start, end - start), at);
        start = end + m_suffix.size();
    }
    m_buffer.remove(0, start);
    if (m_discarding) {
        // Keep a CR that may be the first half of a CRLF suffix.
        m_buffer = m_buffer.right(m_suffix.size() - 1);
        return;
    }
    if (m_buffer.size() > m_config.maxScanBytes) {
        refuse(m_buffer.left(m_config.maxScanBytes), ScanRefusal::TooLong,
               Refusal{QT_TRANSLATE_NOOP(
                           "wh::Refusal",
                           "More than %1 bytes came without the scanner's suffix (%2): several scans ran "
                           "together, or the scanner ends its scans with another suffix. The bytes up to the "
                           "next suffix are dropped."),
                       {QString::number(m_config.maxScanBytes), scanSuffixName(m_config.suffix)}},
               at);
        m_discarding = true;
        m_buffer = m_buffer.right(m_suffix.size() - 1);
    }
}

void SerialScanner::deliverLine(const QByteArray& line, const QDateTime& at)
{
    QString text;
    switch (m_config.encoding) {
    case ScanEncoding::Utf8: {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(line);
        if (decoder.hasError())
            return refuse(
                line, ScanRefusal::BadEncoding,
                Refusal{QT_TRANSLATE_NOOP("wh::Refusal",
                                          "The scan holds bytes that are not UTF-8: line noise, or a scanner "
                                          "sending another encoding (set encoding=latin1)."),
                        {}},
                at);
        break;
    }
    case ScanEncoding::Latin1:
        text = QString::fromLatin1(line);
        break;
    case ScanEncoding::Ascii: {
        const qsizetype bad =
            std::find_if(line.begin(), line.end(), [](char c) { return quint8(c) > 0x7F; }) - line.begin();
        if (bad < line.size())
            return refuse(
                line, ScanRefusal::BadEncoding,
                Refusal{QT_TRANSLATE_NOOP(
                            "wh::Refusal",
                            "The scan holds byte %1 at position %2, which is not ASCII: line noise, "
                            "or a scanner sending another encoding."),
                        {hexByte(line[bad]), QString::number(bad + 1)}},
                at);
        text = QString::fromLatin1(line);
        break;
    }
    }
    if (!m_config.prefix.isEmpty()) {
        if (!text.startsWith(m_config.prefix))
            return refuse(
                line, ScanRefusal::PartialRead,
                Refusal{QT_TRANSLATE_NOOP(
                            "wh::Refusal",
                            "The scan does not start with the scanner's prefix: its start was lost, "
                            "or the scanner is set up without the prefix. Scan it again."),
                        {}},
                at);
        text.remove(0, m_config.prefix.size());
    }
    emitScan(ScanDecoder::decode(text, at.date()), at);
}

void SerialScanner::refuse(const QByteArray& bytes, ScanRefusal refusal, const Refusal& reason,
                           const QDateTime& at)
{
    ScanEvent event;
    // Latin-1 maps every byte to one character: what came is shown as it came, whatever it was.
    event.raw = QString::fromLatin1(bytes);
    event.data = event.raw;
    event.refusal = refusal;
    event.reason = reason.english();
    event.reasonWords = reason;
    Q_EMIT scanned(StationScan{m_config.station, m_config.id, std::move(event), at});
}

void SerialScanner::emitScan(ScanEvent event, const QDateTime& at)
{
    StationScan scan{m_config.station, m_config.id, std::move(event), at};
    if (m_doubleReads.isDoubleRead(scan.event.raw, at))
        Q_EMIT doubleRead(scan);
    else
        Q_EMIT scanned(scan);
}

} // namespace wh::devices
