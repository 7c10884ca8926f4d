// The appliance as a systemd service: sd_notify (READY, WATCHDOG, STATUS, STOPPING) to a real notification
// socket the test binds, and the log's categories and priorities, written to a journal socket in the
// journal's own native protocol when the service runs under systemd.
#include "ApplianceRun.h"
#include "Logging.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <csignal>

using namespace wh;

namespace {

// A bound AF_UNIX datagram socket, as systemd's notification socket and the journal's socket are.
class DatagramSocket
{
public:
    explicit DatagramSocket(const QString& path)
        : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        if (m_fd < 0 || size_t(encoded.size()) >= sizeof(address.sun_path))
            return;
        std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
    }
    ~DatagramSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (m_bound)
            QFile::remove(m_path);
    }
    bool bound() const { return m_bound; }

    // Every datagram waiting now.
    QList<QByteArray> drain()
    {
        QList<QByteArray> received;
        QByteArray buffer(64 * 1024, '\0');
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer.data(), size_t(buffer.size()), 0);
            if (n < 0)
                break;
            received.append(buffer.left(n));
        }
        return received;
    }

private:
    QString m_path;
    int m_fd = -1;
    bool m_bound = false;
};

// No display, and none of systemd's variables but those a test sets.
QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = wh::test::headlessEnvironment();
    for (const char* name : {"NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM", "WH_LOG"})
        env.remove(QLatin1String(name));
    return env;
}

// Reads datagrams while the process runs, until it ends or the time is up.
QList<QByteArray> collectWhileRunning(QProcess& process, DatagramSocket& socket, int timeoutMs)
{
    QList<QByteArray> received;
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
        process.waitForFinished(50);
        received += socket.drain();
    }
    received += socket.drain();
    return received;
}

// The appliance run headless in a folder of its own, with a notification socket bound there and systemd's
// variables set (WATCHDOG_USEC only when watchdogUsec > 0).
struct NotifiedRun
{
    NotifiedRun(const QStringList& arguments, int watchdogUsec)
    {
        REQUIRE(dir.isValid());
        notify = std::make_unique<DatagramSocket>(dir.filePath(QStringLiteral("notify")));
        REQUIRE(notify->bound());
        QProcessEnvironment env = headlessEnvironment();
        env.insert(QStringLiteral("NOTIFY_SOCKET"), dir.filePath(QStringLiteral("notify")));
        if (watchdogUsec > 0)
            env.insert(QStringLiteral("WATCHDOG_USEC"), QString::number(watchdogUsec));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(WH_APPLIANCE_EXE),
                      QStringList{QStringLiteral("run"), QStringLiteral("--headless"), QStringLiteral("--data-dir"),
                                  dir.path()} +
                          arguments);
        REQUIRE(process.waitForStarted());
    }

    QTemporaryDir dir;
    std::unique_ptr<DatagramSocket> notify;
    QProcess process;
};

} // namespace

TEST_CASE("a journal message carries its priority, its category and the appliance's name", "[app][service]")
{
    const QMessageLogContext context("Appliance.cpp", 42, "void run()", "wh.scanner");
    const QByteArrayList warning = app::journalFields(QtWarningMsg, context, QStringLiteral("scanner a: gone"));
    CHECK(warning.contains("MESSAGE=scanner a: gone"));
    CHECK(warning.contains("PRIORITY=4"));
    CHECK(warning.contains("WH_CATEGORY=wh.scanner"));
    CHECK(warning.contains("SYSLOG_IDENTIFIER=warehouse-appliance"));
    CHECK(warning.contains("CODE_FILE=Appliance.cpp"));
    CHECK(warning.contains("CODE_LINE=42"));
    CHECK(app::journalFields(QtInfoMsg, context, QStringLiteral("x")).contains("PRIORITY=6"));
    CHECK(app::journalFields(QtDebugMsg, context, QStringLiteral("x")).contains("PRIORITY=7"));
    CHECK(app::journalFields(QtCriticalMsg, context, QStringLiteral("x")).contains("PRIORITY=3"));
    // A message without a category or a place (a library's plain qWarning in a release build).
    const QMessageLogContext bare;
    const QByteArrayList plain = app::journalFields(QtWarningMsg, bare, QStringLiteral("é"));
    CHECK(plain.contains("WH_CATEGORY=default"));
    CHECK(plain.contains(QByteArray("MESSAGE=") + QStringLiteral("é").toUtf8()));
    for (const QByteArray& field : plain)
        CHECK_FALSE(field.startsWith("CODE_"));
}

TEST_CASE("the journal is chosen only when standard error is the stream systemd connected", "[app][service]")
{
    struct stat st = {};
    REQUIRE(::fstat(2, &st) == 0);
    const QByteArray ours = QByteArray::number(qulonglong(st.st_dev)) + ':' + QByteArray::number(qulonglong(st.st_ino));
    const QByteArray savedStream = qgetenv("JOURNAL_STREAM");
    const QByteArray savedForce = qgetenv("WH_LOG");
    qunsetenv("WH_LOG");
    qputenv("JOURNAL_STREAM", ours);
    CHECK(app::detectLogTarget() == app::LogTarget::Journal);
    // A child whose standard error was redirected inherits the variable, not the stream.
    qputenv("JOURNAL_STREAM", QByteArray::number(qulonglong(st.st_dev)) + ':' +
                                  QByteArray::number(qulonglong(st.st_ino) + 1));
    CHECK(app::detectLogTarget() == app::LogTarget::Console);
    qputenv("JOURNAL_STREAM", "garbage");
    CHECK(app::detectLogTarget() == app::LogTarget::Console);
    qunsetenv("JOURNAL_STREAM");
    CHECK(app::detectLogTarget() == app::LogTarget::Console);
    qputenv("WH_LOG", "journal");
    CHECK(app::detectLogTarget() == app::LogTarget::Journal);
    qputenv("WH_LOG", "console");
    qputenv("JOURNAL_STREAM", ours);
    CHECK(app::detectLogTarget() == app::LogTarget::Console);
    savedStream.isNull() ? qunsetenv("JOURNAL_STREAM") : qputenv("JOURNAL_STREAM", savedStream);
    savedForce.isNull() ? qunsetenv("WH_LOG") : qputenv("WH_LOG", savedForce);
}

TEST_CASE("the service tells systemd it is ready, pings the watchdog, reports its state and says it stops",
          "[app][service]")
{
    NotifiedRun run({QStringLiteral("--stock-round-minutes"), QStringLiteral("0")}, 300'000); // pings every 150 ms
    QProcess& process = run.process;
    DatagramSocket& notify = *run.notify;
    // Ready (once the demo is seeded: a loaded machine takes seconds), then pings; SIGTERM (systemctl stop)
    // two seconds after ready.
    QList<QByteArray> messages;
    QElapsedTimer clock;
    clock.start();
    qint64 readyAt = -1;
    while (process.state() == QProcess::Running && clock.elapsed() < 60'000 &&
           (readyAt < 0 || clock.elapsed() < readyAt + 2000)) {
        process.waitForFinished(50);
        messages += notify.drain();
        if (readyAt < 0 && !messages.isEmpty())
            readyAt = clock.elapsed();
    }
    REQUIRE(process.state() == QProcess::Running);
    REQUIRE(readyAt >= 0);
    process.terminate();
    messages += collectWhileRunning(process, notify, 10'000);
    INFO("stdout: " << process.readAllStandardOutput().toStdString()
                    << "\nstderr: " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);

    REQUIRE_FALSE(messages.isEmpty());
    QString all;
    for (const QByteArray& m : messages)
        all += QString::fromUtf8(m) + QStringLiteral(" | ");
    INFO("notifications: " << all.toStdString());
    // READY first (nothing before it), with what the service is doing.
    CHECK(messages.first().startsWith("READY=1\nSTATUS=running, no broker configured"));
    const auto pings = std::count(messages.cbegin(), messages.cend(), QByteArray("WATCHDOG=1"));
    CHECK(pings >= 8); // about 13 in two seconds at 150 ms; a loaded machine may skip some
    CHECK(messages.last() == QByteArray("STOPPING=1"));
}

TEST_CASE("without a watchdog the service says it is ready and sends no pings", "[app][service]")
{
    NotifiedRun run({QStringLiteral("--no-demo"), QStringLiteral("--exit-after"), QStringLiteral("1")}, 0);
    QProcess& process = run.process;
    const QList<QByteArray> messages = collectWhileRunning(process, *run.notify, 20'000);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(messages.size() == 2);
    CHECK(messages.first().startsWith("READY=1\n"));
    CHECK(messages.last() == QByteArray("STOPPING=1"));
}

TEST_CASE("under systemd each log line reaches the journal with its priority and category", "[app][service]")
{
    // The journal's socket has one fixed place. Where a journal runs, its messages must not be disturbed:
    // the native protocol is then checked only through journalFields (the first test case).
    const QString socketPath = QStringLiteral("/run/systemd/journal/socket");
    if (QFileInfo::exists(socketPath) || !QDir().mkpath(QStringLiteral("/run/systemd/journal"))) {
        WARN("a journal runs here (or /run is not writable): the live journal check is left out");
        return;
    }
    DatagramSocket journal(socketPath);
    if (!journal.bound()) {
        WARN("cannot bind the journal's socket here: the live journal check is left out");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcess process;
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("WH_LOG"), QStringLiteral("journal"));
    process.setProcessEnvironment(env);
    // A scanner that is not plugged in: a warning of wh.scanner; the start: information of wh.app.
    process.start(QStringLiteral(WH_APPLIANCE_EXE),
                  {QStringLiteral("run"), QStringLiteral("--headless"), QStringLiteral("--no-demo"),
                   QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--exit-after"), QStringLiteral("1"),
                   QStringLiteral("--scanner"), dir.filePath(QStringLiteral("ttyNONE")) + QStringLiteral(",station=pack-1")});
    REQUIRE(process.waitForStarted());
    QList<QByteArray> datagrams = collectWhileRunning(process, journal, 20'000);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);

    // Each datagram is one entry: KEY=value lines.
    QList<QMap<QByteArray, QByteArray>> entries;
    for (const QByteArray& d : datagrams) {
        QMap<QByteArray, QByteArray> entry;
        for (const QByteArray& line : d.split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                entry.insert(line.left(eq), line.mid(eq + 1));
        }
        entries.append(entry);
    }
    bool sawStart = false;
    bool sawScanner = false;
    for (const auto& e : entries) {
        CHECK(e.value("SYSLOG_IDENTIFIER") == "warehouse-appliance");
        if (e.value("MESSAGE").startsWith("Running headless")) {
            sawStart = true;
            CHECK(e.value("PRIORITY") == "6");
            CHECK(e.value("WH_CATEGORY") == "wh.app");
        }
        if (e.value("MESSAGE").startsWith("scanner ttyNONE: disconnected")) {
            sawScanner = true;
            CHECK(e.value("PRIORITY") == "4");
            CHECK(e.value("WH_CATEGORY") == "wh.scanner");
        }
    }
    INFO("entries: " << entries.size() << ", stderr: " << err.toStdString());
    CHECK(sawStart);
    CHECK(sawScanner);
    // What went to the journal did not also go to standard error.
    CHECK_FALSE(err.contains(QStringLiteral("scanner ttyNONE")));
}
