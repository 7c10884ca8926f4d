#pragma once

// The appliance binary (or another program) run for real by the app tests, as an operator runs it on a bare
// appliance box: no display at all, standard output and standard error kept apart.

#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>
#include <QStringList>

namespace wh::test {

struct Run
{
    int exitCode = -1; // -1: the program crashed
    QString out;
    QString err;
};

// This process's environment without a display (DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM).
inline QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    return env;
}

// Starts the appliance headless; the caller waits.
inline void startHeadless(QProcess& process, const QStringList& arguments)
{
    process.setProcessEnvironment(headlessEnvironment());
    process.start(QStringLiteral(WH_APPLIANCE_EXE), arguments);
}

// What a finished process said and how it ended; the outputs go with the next assertion's message.
inline Run collect(QProcess& process)
{
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    UNSCOPED_INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    return run;
}

// Runs a program headless to its end, `input` on its standard input (closed after it).
inline Run execute(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                   int timeoutMs = 60'000)
{
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(timeoutMs));
    return collect(process);
}

// Runs the appliance headless to its end.
inline Run appliance(const QStringList& arguments, int timeoutMs = 60'000, const QByteArray& input = {})
{
    return execute(QStringLiteral(WH_APPLIANCE_EXE), arguments, input, timeoutMs);
}

} // namespace wh::test
