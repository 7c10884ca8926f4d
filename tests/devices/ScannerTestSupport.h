#pragma once

#include "DevicesTestSupport.h"
#include "PtyPair.h"
#include "ScanSource.h"

#include <QByteArray>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include <functional>
#include <type_traits>
#include <vector>

namespace Catch {
template <> struct StringMaker<wh::devices::ScannerState>
{
    static std::string convert(wh::devices::ScannerState value)
    {
        return wh::devices::scannerStateName(value).toStdString();
    }
};
} // namespace Catch

namespace wh::devices::test {

// The scanner's side of the cable: writes bytes into the device end of a pty pair, as a scanner sends them.
class ScannerEnd
{
public:
    explicit ScannerEnd(const QString& path)
        : m_path(path)
    {}
    ~ScannerEnd() { close(); }
    ScannerEnd(const ScannerEnd&) = delete;
    ScannerEnd& operator=(const ScannerEnd&) = delete;

    // Opens (again, after the pair was restarted) the device end.
    bool open()
    {
        close();
        m_fd = ::open(m_path.toLocal8Bit().constData(), O_WRONLY | O_NOCTTY);
        return m_fd >= 0;
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    bool write(const QByteArray& bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }

private:
    QString m_path;
    int m_fd = -1;
};

// Everything a source reported, in order.
struct Received
{
    std::vector<StationScan> scans;
    std::vector<StationScan> doubleReads;
    std::vector<std::pair<ScannerState, QString>> states;
    std::vector<QThread*> deliveredOn;

    template <typename Source> void listen(Source* source, QObject* context)
    {
        QObject::connect(source, &Source::scanned, context, [this](const StationScan& scan) {
            scans.push_back(scan);
            deliveredOn.push_back(QThread::currentThread());
        });
        QObject::connect(source, &Source::doubleRead, context,
                         [this](const StationScan& scan) { doubleReads.push_back(scan); });
        if constexpr (std::is_base_of_v<ScanSource, Source>)
            QObject::connect(source, &Source::stateChanged, context,
                             [this](const QString&, ScannerState state, const QString& reason) {
                                 states.emplace_back(state, reason);
                             });
        else
            QObject::connect(source, &Source::scannerStateChanged, context,
                             [this](const QString&, ScannerState state, const QString& reason) {
                                 states.emplace_back(state, reason);
                             });
    }
};

inline bool waitFor(const std::function<bool()>& condition, int ms = 5000)
{
    return QTest::qWaitFor(condition, ms);
}

} // namespace wh::devices::test
